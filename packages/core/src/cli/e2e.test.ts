/**
 * The real command, end to end: the CLI's sources run through tsx in a
 * child process (nothing is built), on real files, and the exit codes are
 * what scripts will see.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleJournalText } from './cli-test-helpers.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const cli = fileURLToPath(new URL('./index.ts', import.meta.url));

interface Outcome {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function duty(args: readonly string[], input?: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', cli, ...args],
      {
        cwd: root,
        env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
        timeout: 60_000,
      },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
        resolve({ code, stdout, stderr });
      },
    );
    child.stdin?.end(input ?? '');
  });
}

let dir = '';
const file = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'duty-handover-cli-'));
  const text = await sampleJournalText(5);
  await writeFile(file('intact.json'), text);
  const data = JSON.parse(text) as { entries: Record<string, unknown>[] };
  data.entries[3]!['actor'] = { staffId: 'E999' };
  await writeFile(file('tampered.json'), JSON.stringify(data));
  await writeFile(file('truncated.json'), text.slice(0, text.length - 40));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('duty-handover (sources through tsx, in a child process)', () => {
  it('exits 0 when intact, 1 when broken (naming the seq), 2 when unreadable (naming the file)', async () => {
    const [intact, tampered, truncated] = await Promise.all([
      duty(['verify', file('intact.json')]),
      duty(['verify', file('tampered.json')]),
      duty(['verify', file('truncated.json')]),
    ]);
    expect(intact.code).toBe(0);
    expect(intact.stdout).toMatch(/intact: 5 entries, last seq 4, head hash [0-9a-f]{64}\n/);
    expect(tampered.code).toBe(1);
    expect(tampered.stdout).toContain('BROKEN at seq 3: an entry was changed after it was recorded');
    expect(truncated.code).toBe(2);
    expect(truncated.stderr).toMatch(/truncated\.json:\d+:\d+: The JSON ends too early/);
  }, 60_000);

  it('reads standard input and writes a CSV file', async () => {
    const exported = await duty(
      ['export', '-', '--csv', '--out', file('intact.csv')],
      await sampleJournalText(2),
    );
    expect(exported).toMatchObject({
      code: 0,
      stdout: `Wrote 2 entries to ${file('intact.csv')}.\n`,
      stderr: '',
    });
    const csv = await readFile(file('intact.csv'));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8')).toContain('Seq,Id,Time (Asia/Hong_Kong)');
  }, 60_000);
});
