/**
 * The example rosters of `examples/rosters/`: the committed files are what
 * the generator writes today, and `duty-handover check` finds in each what
 * its README says (no error in a clean month, exactly the documented rules
 * in a month with problems, for the JSON document and the CSV alike).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES_DIR, PRESETS, generateExamples, type Examples } from '../examples/rosters/generate.js';
import { nodeIo } from '../packages/core/src/cli/node-io.js';
import { run } from '../packages/core/src/cli/run.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Runs `duty-handover check … --format json` in-process on the real files, from the repository root. */
async function check(args: readonly string[]) {
  let stdout = '';
  let stderr = '';
  const io = {
    ...nodeIo(),
    stdout: (text: string) => {
      stdout += text;
    },
    stderr: (text: string) => {
      stderr += text;
    },
    env: { LANG: 'en_US.UTF-8' },
  };
  const absolute = args.map((arg) => (arg.startsWith('examples/') ? join(root, arg) : arg));
  const code = await run(['check', ...absolute, '--format', 'json'], io);
  return { code, json: JSON.parse(stdout) as Record<string, unknown>, stderr };
}

let examples: Examples;

beforeAll(async () => {
  examples = await generateExamples();
}, 120_000);

describe('examples/rosters', () => {
  it('holds exactly what generate.ts writes', async () => {
    for (const file of examples.files) {
      const committed = await readFile(join(EXAMPLES_DIR, file.path));
      const fresh = typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : file.content;
      expect(
        committed.equals(Buffer.from(fresh)),
        `${file.path} differs: run examples/rosters/generate.ts`,
      ).toBe(true);
    }
    const onDisk = (await readdir(EXAMPLES_DIR, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => relative(EXAMPLES_DIR, join(entry.parentPath, entry.name)).split('\\').join('/'))
      .filter((path) => path !== 'generate.ts' && path !== 'tsconfig.json')
      .sort();
    expect(onDisk).toEqual(examples.files.map((file) => file.path).sort());
  });

  it('covers every preset with a clean month and a month of at least four distinct problems, in JSON and CSV', () => {
    const presets = ['reg7', 'estate-group', 'taikoo-front-desk', 'call-centre', 'cs-department'];
    for (const preset of presets) {
      for (const name of ['clean', 'problems']) {
        const checks = examples.checks.filter((c) =>
          c.args[0]?.startsWith(`examples/rosters/${preset}/${name}.`),
        );
        expect(checks.map((c) => c.args[0]?.split('.').pop())).toEqual(['json', 'csv']);
        for (const c of checks) {
          if (name === 'clean') expect(c).toMatchObject({ exitCode: 0, rules: [] });
          else expect(c.rules.length).toBeGreaterThanOrEqual(4);
        }
      }
    }
    const layouts = PRESETS.map((preset) => preset.csv.layout);
    expect(new Set(layouts)).toEqual(new Set(['long', 'wide']));
  });

  it('gives the documented exit status and rules for every file', async () => {
    expect(examples.checks.length).toBe(5 * 2 * 2 + 1);
    for (const { args, exitCode, rules } of examples.checks) {
      const { code, json, stderr } = await check(args);
      const label = args.join(' ');
      expect(code, `${label}: ${stderr}`).toBe(exitCode);
      if (exitCode === 2) {
        expect(json['status'], label).toBe('unreadable');
        const problems = json['problems'] as { code: string; line: number; column: number }[];
        expect(
          problems.map((p) => p.code),
          label,
        ).toEqual(rules);
        for (const problem of problems) expect(problem.line, label).toBeGreaterThan(0);
        continue;
      }
      const findings = json['findings'] as { rule: string; clauses: string[]; message: string }[];
      expect([...new Set(findings.map((f) => f.rule))].sort(), label).toEqual(rules);
      for (const finding of findings) {
        expect(finding.clauses.length, label).toBeGreaterThan(0);
        expect(finding.message.length, label).toBeGreaterThan(0);
      }
      // A clean month is not only free of errors: it raises no finding at all.
      if (rules.length === 0) expect(findings, label).toEqual([]);
    }
  }, 120_000);

  it('finds the same in a problem month whether it is read from JSON or from the CSV and its meta file', async () => {
    const pairs = examples.checks.filter((c) => c.args[0]?.includes('/problems.'));
    for (let i = 0; i < pairs.length; i += 2) {
      const [fromJson, fromCsv] = await Promise.all([check(pairs[i]!.args), check(pairs[i + 1]!.args)]);
      const strip = (json: Record<string, unknown>) =>
        (json['findings'] as Record<string, unknown>[]).map((finding) => ({
          ...finding,
          location: undefined,
        }));
      expect(strip(fromCsv.json), pairs[i + 1]!.args[0]).toEqual(strip(fromJson.json));
    }
  }, 120_000);
});
