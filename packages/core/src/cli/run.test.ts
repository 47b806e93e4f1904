import { describe, expect, it } from 'vitest';
import { runCli, sampleJournalText } from './cli-test-helpers.js';
import type { Command } from './command.js';
import { run } from './run.js';

describe('help and version', () => {
  it('prints the program help with every command', async () => {
    for (const argv of [['--help'], ['-h'], ['help']]) {
      const result = await runCli(argv);
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(result.stdout).toMatch(/^Usage: duty-handover <command> \[options\]\n/);
      expect(result.stdout).toMatch(
        /\n {2}verify <journal\.json> +Check that an exported journal is intact\n/,
      );
      expect(result.stdout).toMatch(/\n {2}export <journal\.json> +Write a journal as CSV/);
      expect(result.stdout).toMatch(
        /\n {2}check <roster\.json \| roster\.csv> +Check a month's duty roster against its policy\n/,
      );
      expect(result.stdout).toContain('-V, --version');
    }
  });

  it('prints a command help with its usage, options and exit codes', async () => {
    for (const argv of [
      ['verify', '--help'],
      ['help', 'verify'],
      ['--help', 'verify'],
      ['verify', 'x.json', '-h'],
    ]) {
      const result = await runCli(argv);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(
        /^Usage: duty-handover verify <journal\.json> \[--format text\|json\] \[--lang zh-Hant\|zh-Hans\|en\]\n/,
      );
      expect(result.stdout).toContain('\nExit codes:\n  0  the journal is intact\n  1  ');
    }
    const exportHelp = await runCli(['export', '--help']);
    expect(exportHelp.stdout).toMatch(
      /^Usage: duty-handover export <journal\.json> --csv \[--out <file>\] \[--time-zone <Area\/City>\] \[--lang zh-Hant\|zh-Hans\|en\]\n/,
    );
    expect(exportHelp.stdout).toContain('not a record');
  });

  it('prints the version', async () => {
    expect(await runCli(['--version'])).toMatchObject({ code: 0, stdout: 'duty-handover 9.9.9-test\n' });
    expect(await runCli(['-V'])).toMatchObject({ code: 0, stdout: 'duty-handover 9.9.9-test\n' });
  });

  it('speaks the language of --lang, else of the environment, else English', async () => {
    expect((await runCli(['--help', '--lang', 'zh-Hant'])).stdout).toMatch(/^用法:duty-handover/);
    expect((await runCli(['--help'], {}, { LANG: 'zh_CN.UTF-8' })).stdout).toContain('命令:');
    expect(
      (await runCli(['verify', '--help', '--lang=zh-Hans'], {}, { LANG: 'zh_TW.UTF-8' })).stdout,
    ).toContain('退出代码:');
    expect((await runCli(['--help'], {}, { LANG: 'C.UTF-8' })).stdout).toMatch(/^Usage:/);
  });
});

describe('usage errors: one line, the usage, exit 2', () => {
  it.each([
    [[], 'no command given', 'duty-handover <command> [options]'],
    [['bogus'], 'unknown command "bogus"', 'duty-handover <command> [options]'],
    [['--bogus'], 'unknown option --bogus', 'duty-handover <command> [options]'],
    [['help', 'bogus'], 'unknown command "bogus"', 'duty-handover <command> [options]'],
    [['verify'], 'missing <journal.json>', 'duty-handover verify <journal.json>'],
    [['verify', 'a.json', 'b.json'], 'unexpected argument "b.json"', 'duty-handover verify'],
    [['verify', 'a.json', '--bogus'], 'unknown option --bogus', 'duty-handover verify'],
    [
      ['verify', 'a.json', '--format', 'xml'],
      'invalid value "xml" for --format: expected text, json',
      'verify',
    ],
    [['verify', 'a.json', '--format'], 'option --format needs a value (text|json)', 'verify'],
    [
      ['verify', 'a.json', '--lang', 'fr'],
      'invalid value "fr" for --lang: expected zh-Hant, zh-Hans, en',
      'verify',
    ],
    [['--lang', 'klingon', 'verify'], 'invalid value "klingon" for --lang', 'duty-handover <command>'],
    [['export', 'a.json'], 'missing --csv', 'duty-handover export <journal.json> --csv'],
    [['export', 'a.json', '--csv', '--csv'], 'option --csv is given more than once', 'export'],
  ])('%j', async (argv, error, usage) => {
    const result = await runCli(argv, { 'a.json': await sampleJournalText(1) });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.split('\n');
    expect(lines[0]).toContain(`duty-handover: ${error}`);
    expect(lines[1]).toMatch(/^Usage: /);
    expect(lines[1]).toContain(usage);
    expect(lines[2]).toMatch(/^Run "duty-handover .*--help"/);
    expect(lines).toHaveLength(4);
  });

  it('writes usage errors in the chosen language', async () => {
    const result = await runCli(['verify', '--bogus', '--lang', 'zh-Hant']);
    // --bogus comes first, so the language is not known yet: the environment's is used.
    expect(result.stderr).toMatch(/^duty-handover: unknown option --bogus\n/);
    const chinese = await runCli(['verify'], {}, { LC_ALL: 'zh_TW.UTF-8' });
    expect(chinese.stderr).toMatch(/^duty-handover: 缺少 <journal\.json>\n用法:/);
  });
});

describe('the command framework', () => {
  it('runs a command with its operands and options, and reports a crash as an internal error (exit 2)', async () => {
    const seen: unknown[] = [];
    const probe: Command = {
      name: 'probe',
      operands: ['thing'],
      options: [{ name: 'level', value: 'n', description: 'cli.option.help' }],
      summary: 'cli.option.help',
      description: 'cli.option.help',
      exitCodes: ['cli.option.help', 'cli.option.help', 'cli.option.help'],
      run(context) {
        seen.push([context.operands, context.option('level'), context.flag('level'), context.locale]);
        if (context.operands[0] === 'boom') return Promise.reject(new Error('kaboom'));
        return Promise.resolve(1);
      },
    };
    let stderr = '';
    const io = {
      stdout: () => undefined,
      stderr: (text: string) => {
        stderr += text;
      },
      readFile: () => Promise.resolve(new Uint8Array()),
      writeFile: () => Promise.resolve(),
      resolvePath: (path: string) => path,
      env: {},
      version: '0',
    };
    expect(await run(['probe', 'x', '--level', '3', '--lang', 'zh-Hans'], io, [probe])).toBe(1);
    expect(seen).toEqual([[['x'], '3', false, 'zh-Hans']]);
    expect(await run(['probe', 'boom'], io, [probe])).toBe(2);
    expect(stderr).toBe(
      'duty-handover: internal error (kaboom); please report it with the command you ran\n',
    );
  });
});
