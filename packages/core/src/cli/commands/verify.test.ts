import { describe, expect, it } from 'vitest';
import { exportJournalJson } from '../../index.js';
import { EXPORTED_AT, runCli, sampleEntries, sampleJournalText } from '../cli-test-helpers.js';

type Data = { entries: Record<string, unknown>[] } & Record<string, unknown>;

async function sampleData(count = 6): Promise<Data> {
  return JSON.parse(await sampleJournalText(count)) as Data;
}

async function verifyJson(text: string | Uint8Array, extra: string[] = []) {
  const result = await runCli(['verify', 'journal.json', '--format', 'json', ...extra], {
    'journal.json': text,
  });
  return { ...result, json: JSON.parse(result.stdout) as Record<string, unknown> };
}

/** Changes one character of a value, keeping its kind (digit, hex, letter, Han) so formats stay valid. */
function changed(value: string | number | boolean): string | number | boolean {
  if (typeof value === 'boolean') return !value;
  if (typeof value === 'number') return value + 1;
  for (let i = value.length - 1; i >= 0; i--) {
    const c = value.charAt(i);
    let next: string | undefined;
    if (/[0-8]/.test(c)) next = String(Number(c) + 1);
    else if (c === '9') next = '0';
    else if (/[a-e]/.test(c)) next = String.fromCharCode(c.charCodeAt(0) + 1);
    else if (c === 'f') next = 'a';
    else if (/[g-y]/.test(c)) next = String.fromCharCode(c.charCodeAt(0) + 1);
    else if (/[A-Y]/.test(c)) next = String.fromCharCode(c.charCodeAt(0) + 1);
    else if (/\p{Script=Han}/u.test(c)) next = c === '陳' ? '林' : '陳';
    if (next !== undefined) return value.slice(0, i) + next + value.slice(i + 1);
  }
  throw new Error(`nothing to change in ${value}`);
}

type Path = (string | number)[];

function leaves(value: unknown, path: Path = []): Path[] {
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, inner]) =>
      leaves(inner, [...path, Array.isArray(value) ? Number(key) : key]),
    );
  }
  return [path];
}

function tamper(data: Data, index: number, path: Path): Data {
  const copy = structuredClone(data);
  let parent = copy.entries[index] as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  parent[last] = changed(parent[last] as string | number | boolean);
  return copy;
}

describe('verify: exit 0 when intact', () => {
  it('prints the count and the head hash', async () => {
    const entries = await sampleEntries(6);
    const text = exportJournalJson(entries, {
      exportedAt: EXPORTED_AT,
      site: { id: 'harbour-view', name: '海景花園', timeZone: 'Asia/Hong_Kong' },
    });
    const result = await runCli(['verify', 'journal.json'], { 'journal.json': text });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(
      `journal.json: intact: 6 entries, last seq 5, head hash ${entries[5]!.hash}\n` +
        `Exported at ${EXPORTED_AT} for site 海景花園 (harbour-view).\n`,
    );
  });

  it('says so in Chinese', async () => {
    const text = await sampleJournalText(2);
    const hant = await runCli(['verify', 'journal.json', '--lang', 'zh-Hant'], { 'journal.json': text });
    expect(hant.stdout).toMatch(/^journal\.json: 完整:2 筆記錄,最後序號 1,最後雜湊值 [0-9a-f]{64}\n匯出時間/);
    const hans = await runCli(['verify', 'journal.json'], { 'journal.json': text }, { LANG: 'zh_CN.UTF-8' });
    expect(hans.stdout).toMatch(/^journal\.json: 完整:2 条记录/);
  });

  it('accepts an empty journal', async () => {
    const text = exportJournalJson([], { exportedAt: EXPORTED_AT });
    const result = await runCli(['verify', 'journal.json'], { 'journal.json': text });
    expect(result).toMatchObject({ code: 0 });
    expect(result.stdout).toBe(
      `journal.json: intact: the journal holds no entries\nExported at ${EXPORTED_AT}.\n`,
    );
  });

  it('reports JSON for programs', async () => {
    const entries = await sampleEntries(3);
    const { code, json } = await verifyJson(exportJournalJson(entries, { exportedAt: EXPORTED_AT }));
    expect(code).toBe(0);
    expect(json).toEqual({
      file: 'journal.json',
      status: 'intact',
      count: 3,
      head: { seq: 2, hash: entries[2]!.hash },
      exportedAt: EXPORTED_AT,
    });
  });

  it('reads a file with a UTF-8 byte-order mark, and UTF-16 files with theirs', async () => {
    const text = await sampleJournalText(2);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect((await runCli(['verify', 'j'], { j: withBom })).code).toBe(0);
    const le = [0xff, 0xfe];
    const be = [0xfe, 0xff];
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      le.push(unit & 0xff, unit >> 8);
      be.push(unit >> 8, unit & 0xff);
    }
    expect((await runCli(['verify', 'j'], { j: new Uint8Array(le) })).code).toBe(0);
    expect((await runCli(['verify', 'j'], { j: new Uint8Array(be) })).code).toBe(0);
  });
});

describe('verify: exit 1 when broken, naming the seq', () => {
  it('detects a one-character change to ANY field of ANY entry in the file, at that seq', async () => {
    const data = await sampleData(4);
    let checked = 0;
    for (const [index, entry] of data.entries.entries()) {
      for (const path of leaves(entry)) {
        const { code, json } = await verifyJson(JSON.stringify(tamper(data, index, path)));
        expect(code, `${index}:${path.join('.')}`).toBe(1);
        expect(json, `${index}:${path.join('.')}`).toMatchObject({ status: 'broken', seq: index });
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(4 * 10);
  });

  it('prints the seq, the reason in words and the detail', async () => {
    const data = await sampleData(4);
    data.entries[2]!['payload'] = { ...(data.entries[2]!['payload'] as object), caller: '黃先生, 5座' };
    const result = await runCli(['verify', 'journal.json'], { 'journal.json': JSON.stringify(data) });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      'journal.json: BROKEN at seq 2: an entry was changed after it was recorded\n' +
        '  Entry seq 2 (position 3) was changed after it was recorded: its hash does not match its content.\n',
    );
    const zh = await runCli(['verify', 'journal.json', '--lang', 'zh-Hant'], {
      'journal.json': JSON.stringify(data),
    });
    expect(zh.stdout).toMatch(/^journal\.json: 已損壞,斷於序號 2:有記錄在寫入後被修改\n {2}序號 2/);
  });

  it.each([
    ['a removed entry', (d: Data) => d.entries.splice(2, 1), 3, 'removed'],
    [
      'two swapped entries',
      (d: Data) => d.entries.splice(1, 2, d.entries[2]!, d.entries[1]!),
      1,
      'reordered',
    ],
    ['a repeated entry', (d: Data) => d.entries.splice(2, 0, d.entries[1]!), 2, 'reordered'],
    ['a cut tail (the head no longer matches)', (d: Data) => d.entries.splice(4), 4, 'head-mismatch'],
    ['an added tail', (d: Data) => d.entries.push({ ...d.entries[5]!, seq: 6, id: 'extra' }), 6, 'altered'],
    ['a malformed entry', (d: Data) => (d.entries[3]!['at'] = 'yesterday'), 3, 'malformed'],
    [
      'an entry that is not an object',
      (d: Data) => (d.entries[1] = 'x' as unknown as Record<string, unknown>),
      1,
      'malformed',
    ],
  ])('detects %s', async (_, change, seq, reason) => {
    const data = await sampleData(6);
    change(data);
    const { code, json } = await verifyJson(JSON.stringify(data));
    expect(code).toBe(1);
    expect(json).toMatchObject({ status: 'broken', seq, reason });
    expect(typeof json['message']).toBe('string');
  });

  it('lists what is wrong with a malformed entry, field by field', async () => {
    const data = await sampleData(3);
    data.entries[1]!['at'] = 'yesterday';
    const result = await runCli(['verify', 'journal.json'], { 'journal.json': JSON.stringify(data) });
    expect(result.stdout).toContain(
      'journal.json: BROKEN at seq 1: an entry is not a well-formed journal entry\n',
    );
    expect(result.stdout).toContain('  journal.json: entries[1].at: Times are ISO 8601 instants');
  });

  it('detects a duplicate id, which the chain alone cannot show', async () => {
    const { createJournal, createMemoryAdapter } = await import('../../index.js');
    // Two journals that each accepted "e-0": joined by hand, they chain, but an id is used twice.
    const journal = createJournal({ adapter: createMemoryAdapter(), allowUnknownTypes: true });
    const first = await journal.append({
      id: 'e-0',
      at: EXPORTED_AT,
      actor: { staffId: 'E1' },
      type: 'case.opened',
      payload: 1,
    });
    const { hashEntry } = await import('../../index.js');
    const second = { ...first, seq: 1, prev: first.hash };
    const sealedSecond = { ...second, hash: await hashEntry(second) };
    const text = exportJournalJson([first, sealedSecond], { exportedAt: EXPORTED_AT });
    const { code, json } = await verifyJson(text);
    expect(code).toBe(1);
    expect(json).toMatchObject({ status: 'broken', seq: 1, reason: 'duplicate-id' });
  });
});

describe('verify: exit 2 when the file cannot be read, naming it', () => {
  it.each([
    ['a missing file', undefined, 'missing.json: no such file'],
    ['an empty file', '', 'journal.json: the file is empty'],
    ['blank text', '  \n', 'journal.json: The file is empty: a journal export was expected.'],
    [
      'garbage',
      'hello',
      'journal.json:1:1: The JSON is not valid at line 1, column 1: "h" is not allowed there.',
    ],
    ['another document', '{"site":"x"}', 'journal.json: format: This is not a duty-handover journal export'],
    [
      'a wrong version',
      '{"format":"duty-handover-journal","version":7}',
      'journal.json: version: This journal export has version 7',
    ],
    [
      'Big5 text',
      new Uint8Array([0x7b, 0xa4, 0xa4, 0x7d]),
      'journal.json:1:2: not UTF-8 text (invalid byte at offset 1); if it was saved as Big5 or GBK',
    ],
    [
      'UTF-16 without a mark',
      new Uint8Array([0x7b, 0x00, 0x7d, 0x00]),
      'journal.json:1:2: contains a NUL byte at offset 1',
    ],
  ])('%s', async (_, content, message) => {
    const files: Record<string, string | Uint8Array> =
      content === undefined ? {} : { 'journal.json': content };
    const file = content === undefined ? 'missing.json' : 'journal.json';
    const result = await runCli(['verify', file], files);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.startsWith(message)).toBe(true);
  });

  it('gives the line and column of a JSON syntax error, and says a cut file may be truncated', async () => {
    const text = await sampleJournalText(3);
    const cut = text.slice(0, text.lastIndexOf('"hash"'));
    const result = await runCli(['verify', 'journal.json'], { 'journal.json': cut });
    expect(result.code).toBe(2);
    const line = cut.split('\n').length;
    expect(result.stderr).toMatch(
      new RegExp(
        `^journal\\.json:${line}:\\d+: The JSON ends too early at line ${line}, column \\d+: the file may be truncated\\.\\n$`,
      ),
    );
  });

  it('refuses a file over the size limit', async () => {
    const huge = new Uint8Array(64 * 1024 * 1024 + 1);
    const result = await runCli(['verify', 'huge.json'], { 'huge.json': huge });
    expect(result).toMatchObject({ code: 2, stderr: 'huge.json: the file is larger than the 64 MB limit\n' });
  });

  it('names a directory and standard input', async () => {
    expect((await runCli(['verify', 'some/dir/'])).stderr).toBe('some/dir/: is a directory, not a file\n');
    const stdin = await runCli(['verify', '-', '--lang', 'zh-Hant'], { '-': '' });
    expect(stdin.stderr).toBe('標準輸入: 檔案是空的\n');
  });

  it('reports JSON for programs, with line and column', async () => {
    const { code, json, stderr } = await verifyJson('{"format": "duty-handover-journal",\n  "version": 1,,');
    expect(code).toBe(2);
    expect(stderr).toBe('');
    expect(json).toEqual({
      file: 'journal.json',
      status: 'unreadable',
      problems: [
        {
          path: null,
          line: 2,
          column: 16,
          code: 'journal.import.json.unexpected',
          message: 'The JSON is not valid at line 2, column 16: "," is not allowed there.',
        },
      ],
    });
  });

  it('never crashes on hostile input', async () => {
    const data = await sampleData(1);
    const good = JSON.stringify(data);
    const hostile = [
      '['.repeat(100_000) + ']'.repeat(100_000),
      good.replace('"entries":[', `"entries":[${'{"__proto__":{"x":1}},'.repeat(10_000)}`),
      good.replace('"caller":"黃先生, 3座"', '"caller":1e999'),
      good.replace(EXPORTED_AT, 'x'.repeat(1_000_000)),
      '\uFEFF\uFEFF{}',
      '"\\ud800"',
    ];
    for (const text of hostile) {
      const result = await runCli(['verify', 'journal.json'], { 'journal.json': text });
      expect([1, 2]).toContain(result.code);
      expect(result.stderr + result.stdout).not.toContain('internal error');
    }
  });
});
