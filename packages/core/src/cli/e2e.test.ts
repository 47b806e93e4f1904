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
import { cleanMonth, resolvePolicy, writeRosterCsv } from '../index.js';
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

  const roster = cleanMonth('reg7', '2026-12');
  const meta = Object.fromEntries(Object.entries(roster).filter(([key]) => key !== 'assignments'));
  await writeFile(
    file('roster.csv'),
    writeRosterCsv(roster, resolvePolicy('reg7'), { layout: 'wide', bom: true }),
  );
  await writeFile(file('roster-meta.json'), JSON.stringify(meta, null, 2));
  const unreviewed = { ...roster, publications: [{ ...roster.publications[0], reviewedBy: undefined }] };
  await writeFile(file('unreviewed.json'), JSON.stringify(unreviewed, null, 2));
  await writeFile(file('photo.csv'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]));
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

  it('checks a roster: 0 when clean, 1 with errors, 2 when unreadable (naming file, line and column)', async () => {
    const [clean, unreviewed, photo] = await Promise.all([
      duty(['check', file('roster.csv'), '--meta', file('roster-meta.json')]),
      duty(['check', file('unreviewed.json'), '--format', 'json']),
      duty(['check', file('photo.csv'), '--policy', 'reg7']),
    ]);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain('No findings: the roster meets every rule checked.');
    expect(unreviewed.code).toBe(1);
    const json = JSON.parse(unreviewed.stdout) as { findings: { rule: string; clauses: string[] }[] };
    expect(json.findings).toEqual([
      expect.objectContaining({ rule: 'roster/review', clauses: ['REG7-4.2'] }),
    ]);
    expect(photo.code).toBe(2);
    expect(photo.stderr).toBe(
      `${file('photo.csv')}:3:1: contains a NUL byte at offset 8: it is probably UTF-16 without a byte-order mark, or not a text file\n`,
    );
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
