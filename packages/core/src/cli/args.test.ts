import { describe, expect, it } from 'vitest';
import { parseArgs, type OptionSpec } from './args.js';

const specs: OptionSpec[] = [
  { name: 'format', value: 'text|json', choices: ['text', 'json'], description: 'cli.verify.option.format' },
  { name: 'out', value: 'file', description: 'cli.export.option.out' },
  { name: 'csv', description: 'cli.export.option.csv' },
  { name: 'help', short: 'h', description: 'cli.option.help' },
];

function ok(argv: string[], stopAtOperand = false) {
  const result = parseArgs(argv, specs, { stopAtOperand });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return { operands: result.args.operands, options: Object.fromEntries(result.args.options) };
}

function error(argv: string[]) {
  const result = parseArgs(argv, specs);
  if (result.ok) throw new Error('expected an error');
  return result.error;
}

describe('parseArgs', () => {
  it('reads operands, flags, short flags, and values in both spellings', () => {
    expect(ok(['a.json', '--csv', '--out', 'x.csv', '--format=json', '-h', 'b'])).toEqual({
      operands: ['a.json', 'b'],
      options: { csv: true, out: 'x.csv', format: 'json', help: true },
    });
  });

  it('takes everything after -- as operands, and a lone - as an operand', () => {
    expect(ok(['--', '--csv', '-h'])).toEqual({ operands: ['--csv', '-h'], options: {} });
    expect(ok(['-', '--out', '-'])).toEqual({ operands: ['-'], options: { out: '-' } });
  });

  it('accepts an empty value written with =', () => {
    expect(ok(['--out='])).toEqual({ operands: [], options: { out: '' } });
  });

  it('stops at the first operand when asked (options before a command)', () => {
    expect(ok(['-h', 'verify', '--bogus', 'x'], true)).toEqual({
      operands: ['verify', '--bogus', 'x'],
      options: { help: true },
    });
  });

  it.each([
    [['--bogus'], 'cli.error.unknown-option', { option: '--bogus' }],
    [['-x'], 'cli.error.unknown-option', { option: '-x' }],
    [['-hx'], 'cli.error.unknown-option', { option: '-hx' }],
    [['--bogus=1'], 'cli.error.unknown-option', { option: '--bogus' }],
    [['--out'], 'cli.error.missing-value', { option: '--out', value: 'file' }],
    [['--out', '--csv'], 'cli.error.missing-value', { option: '--out', value: 'file' }],
    [['--csv=yes'], 'cli.error.unexpected-value', { option: '--csv' }],
    [
      ['--format', 'xml'],
      'cli.error.invalid-choice',
      { option: '--format', value: 'xml', choices: 'text, json' },
    ],
    [['--csv', '--csv'], 'cli.error.repeated-option', { option: '--csv' }],
    [['--out', 'a', '--out=b'], 'cli.error.repeated-option', { option: '--out' }],
  ])('%j → %s', (argv, id, params) => {
    expect(error(argv)).toEqual({ id, params });
  });
});
