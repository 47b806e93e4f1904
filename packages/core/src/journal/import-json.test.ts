import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPath, type Problem } from '../diagnostics/problem.js';
import type { SealedEntry } from './entry.js';
import { exportJournalJson } from './export-json.js';
import {
  importJournalJson,
  JOURNAL_IMPORT_MAX_DEPTH,
  JOURNAL_IMPORT_MAX_PROBLEMS,
  type JournalImportResult,
} from './import-json.js';
import { createJournal } from './journal.js';
import { createMemoryAdapter } from './memory-adapter.js';
import { verifyJournal } from './verify.js';

const EXPORTED_AT = '2026-12-31T23:59:00+08:00';

async function sealed(count: number): Promise<SealedEntry[]> {
  const journal = createJournal({ adapter: createMemoryAdapter(), allowUnknownTypes: true });
  return journal.appendMany(
    Array.from({ length: count }, (_, i) => ({
      id: `e-${i}`,
      at: `2026-12-01T09:${String(i % 60).padStart(2, '0')}:00+08:00`,
      actor: { staffId: 'E1024', name: '陳小明' },
      type: 'case.opened',
      payload: { caseId: `C-${i}`, caller: '黃先生' },
    })),
  );
}

async function exported(count = 3): Promise<string> {
  return exportJournalJson(await sealed(count), { exportedAt: EXPORTED_AT });
}

/** The document of an export as plain data, to change before importing it again. */
async function documentData(
  count = 3,
): Promise<{ entries: Record<string, unknown>[] } & Record<string, unknown>> {
  return JSON.parse(await exported(count)) as { entries: Record<string, unknown>[] } & Record<
    string,
    unknown
  >;
}

function problemsOf(result: JournalImportResult): readonly Problem[] {
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

/** `[path, code]` of every problem. */
function summary(result: JournalImportResult): [string, string][] {
  return problemsOf(result).map((p) => [formatPath(p.path), p.code]);
}

describe('importJournalJson: a good file', () => {
  it('returns the document with the entries exactly as written', async () => {
    const entries = await sealed(3);
    const result = importJournalJson(exportJournalJson(entries, { exportedAt: EXPORTED_AT }));
    expect(result).toEqual({
      ok: true,
      document: {
        format: 'duty-handover-journal',
        version: 1,
        exportedAt: EXPORTED_AT,
        head: { seq: 2, hash: entries[2]!.hash },
        entries,
      },
    });
  });

  it('ignores a leading byte-order mark', async () => {
    const result = importJournalJson(`\uFEFF${await exported()}`);
    expect(result.ok).toBe(true);
  });

  it('keeps text exactly (no trimming), so that hashes still match', async () => {
    const journal = createJournal({ adapter: createMemoryAdapter(), allowUnknownTypes: true });
    const entries = await journal.appendMany([
      {
        id: ' spaced ',
        at: EXPORTED_AT,
        actor: { staffId: ' E1 ', name: ' 陳 ' },
        type: 'case.opened',
        payload: ' x ',
      },
    ]);
    const result = importJournalJson(exportJournalJson(entries, { exportedAt: EXPORTED_AT }));
    if (!result.ok) throw new Error('expected a document');
    expect(result.document.entries).toEqual(entries);
    expect(await verifyJournal(result.document.entries)).toMatchObject({ intact: true });
  });

  it('reads a file written by another tool: any key order, any whitespace', async () => {
    const data = await documentData(2);
    const reordered = {
      entries: data.entries,
      head: data['head'],
      exportedAt: EXPORTED_AT,
      version: 1,
      format: data['format'],
    };
    const result = importJournalJson(JSON.stringify(reordered, null, '\t').replaceAll('\n', '\r\n'));
    expect(result.ok).toBe(true);
  });
});

describe('importJournalJson: malformed text', () => {
  it('locates a JSON syntax error by line and column', () => {
    const text = '{\n  "format": "duty-handover-journal",\n  "version": 1,,\n}';
    expect(problemsOf(importJournalJson(text))).toEqual([
      expect.objectContaining({
        path: [],
        code: 'journal.import.json.unexpected',
        params: { line: 3, column: 16, found: '","' },
      }),
    ]);
  });

  it('says a truncated file ends too early, at its last line and column', async () => {
    const text = await exported();
    const cut = text.slice(0, text.indexOf('"prev"', 300));
    const [problem] = problemsOf(importJournalJson(cut));
    expect(problem?.code).toBe('journal.import.json.unexpected-end');
    const lines = cut.split('\n');
    expect(problem?.params).toEqual({
      line: lines.length,
      column: Array.from(lines[lines.length - 1]!).length + 1,
    });
    expect(problem?.message.en).toMatch(/ends too early at line \d+, column \d+: the file may be truncated/);
  });

  it('never throws and never accepts a truncated export, whatever the cut', async () => {
    const text = await exported(2);
    for (let length = 0; length < text.trimEnd().length - 1; length++) {
      const result = importJournalJson(text.slice(0, length));
      expect(result.ok, `cut at ${length}`).toBe(false);
      expect(problemsOf(result).length).toBeGreaterThan(0);
    }
  });

  it('refuses empty and blank text', () => {
    expect(summary(importJournalJson(''))).toEqual([['(document)', 'journal.import.empty']]);
    expect(summary(importJournalJson('\uFEFF  \r\n\t'))).toEqual([['(document)', 'journal.import.empty']]);
  });

  it('recognises UTF-16 read as UTF-8 by its NUL characters', async () => {
    const text = await exported(1);
    const asUtf16 = Array.from(text, (c) => `${c}\u0000`).join('');
    expect(problemsOf(importJournalJson(asUtf16))).toEqual([
      expect.objectContaining({ code: 'journal.import.nul', params: { line: 1, column: 2 } }),
    ]);
  });

  it('refuses text over the size limit without parsing it', () => {
    const result = importJournalJson('[' + '0,'.repeat(1000) + '0]', { maxLength: 1000 });
    expect(summary(result)).toEqual([['(document)', 'journal.import.too-large']]);
  });

  it('refuses absurdly deep nesting before anything recurses into it', async () => {
    const data = await documentData(1);
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    const text = JSON.stringify(data).replace('"payload":{', `"payload":{"deep":${deep},`);
    const [problem] = problemsOf(importJournalJson(text));
    expect(problem?.code).toBe('journal.import.too-deep');
    expect(problem?.params).toEqual({ limit: JOURNAL_IMPORT_MAX_DEPTH });
    expect(formatPath(problem!.path)).toBe('entries[0].payload.deep');
  });

  it('accepts nesting up to the limit, and not one level more', async () => {
    // The document is level 1, entries 2, an entry 3, its payload 4: 96 lists reach level 100.
    const nested = (levels: number): unknown => JSON.parse('['.repeat(levels) + ']'.repeat(levels));
    for (const [levels, ok] of [
      [JOURNAL_IMPORT_MAX_DEPTH - 4, true],
      [JOURNAL_IMPORT_MAX_DEPTH - 3, false],
    ] as const) {
      const journal = createJournal({ adapter: createMemoryAdapter(), allowUnknownTypes: true });
      const entries = await journal.appendMany([
        {
          id: 'n',
          at: EXPORTED_AT,
          actor: { staffId: 'E1' },
          type: 'case.opened',
          payload: { deep: nested(levels) },
        },
      ]);
      expect(importJournalJson(exportJournalJson(entries, { exportedAt: EXPORTED_AT })).ok, `${levels}`).toBe(
        ok,
      );
    }
  });

  it('reads huge strings', async () => {
    const journal = createJournal({ adapter: createMemoryAdapter(), allowUnknownTypes: true });
    const big = '交'.repeat(2_000_000);
    const entries = await journal.appendMany([
      { id: 'big', at: EXPORTED_AT, actor: { staffId: 'E1' }, type: 'case.opened', payload: { note: big } },
    ]);
    const result = importJournalJson(exportJournalJson(entries, { exportedAt: EXPORTED_AT }));
    if (!result.ok) throw new Error('expected a document');
    expect(await verifyJournal(result.document.entries)).toMatchObject({ intact: true });
  });

  it('never throws on arbitrary text or JSON values (fast-check)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.string({ unit: 'binary' })), (text) => {
        const result = importJournalJson(text);
        if (result.ok) throw new Error(`accepted ${text}`);
        expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on a mangled export (fast-check: characters replaced, inserted or deleted)', async () => {
    const text = await exported(2);
    fc.assert(
      fc.property(
        fc.nat(text.length - 1),
        fc.string({ unit: 'binary', maxLength: 3 }),
        fc.nat(3),
        (at, insert, remove) => {
          const mangled = text.slice(0, at) + insert + text.slice(at + remove);
          const result = importJournalJson(mangled);
          if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('importJournalJson: not a journal export', () => {
  it.each([
    ['an array', '[]', '(document)'],
    ['a number', '42', '(document)'],
    ['null', 'null', '(document)'],
    ['a string', '"duty-handover-journal"', '(document)'],
    ['a roster', '{"site":"harbour-view","month":"2026-12","staff":[]}', 'format'],
    ['another format', '{"format":"duty-handover-roster","version":1}', 'format'],
  ])('refuses %s', (_, text, path) => {
    expect(summary(importJournalJson(text))).toEqual([[path, 'journal.import.not-a-journal']]);
  });

  it.each([[2], ['1'], [null], [undefined]])('refuses version %j', async (version) => {
    const data = await documentData();
    data['version'] = version;
    const [problem] = problemsOf(importJournalJson(JSON.stringify(data)));
    expect(problem?.code).toBe('journal.import.version');
    expect(problem?.message.en).toContain('reads version 1');
  });

  it('reports every problem of the envelope with its path', async () => {
    const data = await documentData();
    data['exportedAt'] = 'yesterday';
    data['head'] = { seq: -1, hash: 'abc' };
    data['site'] = { id: '', timeZone: 'Mars/Olympus' };
    data['extra'] = true;
    expect(summary(importJournalJson(JSON.stringify(data))).sort()).toEqual(
      [
        ['extra', 'input.unknown-field'],
        ['exportedAt', 'journal.format.instant'],
        ['head.hash', 'journal.format.hash'],
        ['head.seq', 'input.number-too-small'],
        ['site.id', 'input.text-empty'],
        ['site.timeZone', 'journal.import.time-zone'],
      ].sort(),
    );
  });

  it('needs a list of entries', async () => {
    const data = await documentData();
    (data as Record<string, unknown>)['entries'] = { 0: {} };
    expect(summary(importJournalJson(JSON.stringify(data)))).toEqual([['entries', 'input.expected-list']]);
  });
});

describe('importJournalJson: entries at fault', () => {
  it('reports an entry that is not a sealed entry, field by field, and returns what it found', async () => {
    const data = await documentData();
    data.entries[1]!['at'] = '2026-12-01 09:01';
    data.entries[1]!['hash'] = 'XYZ';
    delete data.entries[2]!['actor'];
    const result = importJournalJson(JSON.stringify(data));
    expect(summary(result)).toEqual([
      ['entries[1].at', 'journal.format.instant'],
      ['entries[1].hash', 'journal.format.hash'],
      ['entries[2].actor', 'input.required'],
    ]);
    if (result.ok) throw new Error('expected problems');
    expect(result.found?.entries).toEqual(data.entries);
    expect(result.found?.head).toEqual(data['head']);
  });

  it('reports duplicate ids with the seq that has the id first', async () => {
    const data = await documentData();
    data.entries[2]!['id'] = 'e-0';
    expect(problemsOf(importJournalJson(JSON.stringify(data)))).toEqual([
      expect.objectContaining({
        path: ['entries', 2, 'id'],
        code: 'journal.duplicate-id',
        params: { id: 'e-0', seq: 0 },
      }),
    ]);
  });

  it('reports seqs out of order', async () => {
    const data = await documentData(4);
    [data.entries[1], data.entries[2]] = [data.entries[2]!, data.entries[1]!];
    expect(summary(importJournalJson(JSON.stringify(data)))).toEqual([
      ['entries[1].seq', 'journal.import.seq-order'],
      ['entries[2].seq', 'journal.import.seq-order'],
      ['entries[3].seq', 'journal.import.seq-order'],
    ]);
  });

  it('reports entries cut from the end: the head written at export no longer matches', async () => {
    const data = await documentData(4);
    data.entries.pop();
    const result = importJournalJson(JSON.stringify(data));
    expect(problemsOf(result)).toEqual([
      expect.objectContaining({
        path: ['head'],
        code: 'journal.import.head-mismatch',
        params: { headSeq: 3, lastSeq: 2 },
      }),
    ]);
    // The chain alone is intact: only the head shows the cut.
    if (result.ok) throw new Error('expected problems');
    expect(await verifyJournal(result.found!.entries)).toMatchObject({ intact: true });
  });

  it('reports entries where the export said there were none, and none where it said there were some', async () => {
    const data = await documentData(2);
    const emptied = { ...data, entries: [] };
    expect(summary(importJournalJson(JSON.stringify(emptied)))).toEqual([
      ['head', 'journal.import.head-mismatch'],
    ]);
    const filled = { ...data, head: null };
    expect(summary(importJournalJson(JSON.stringify(filled)))).toEqual([
      ['head', 'journal.import.head-mismatch'],
    ]);
  });

  it('refuses numbers no hash could cover (1e999 parses as Infinity)', async () => {
    const text = (await exported(1)).replace('"caseId":"C-0"', '"caseId":1e999');
    expect(summary(importJournalJson(text))).toEqual([
      ['entries[0].payload.caseId', 'journal.json.not-finite'],
    ]);
  });

  it('keeps "__proto__" a plain key: refused on an entry, harmless in a payload', async () => {
    const data = await documentData(1);
    const text = JSON.stringify(data);
    const onEntry = text.replace('[{"seq":0,', '[{"__proto__":{"polluted":true},"seq":0,');
    expect(summary(importJournalJson(onEntry))).toEqual([['entries[0].__proto__', 'input.unknown-field']]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();

    const journal = createJournal({ adapter: createMemoryAdapter(), allowUnknownTypes: true });
    const payload = JSON.parse('{"__proto__":{"isAdmin":true},"note":"x"}') as unknown;
    const entries = await journal.appendMany([
      { id: 'p', at: EXPORTED_AT, actor: { staffId: 'E1' }, type: 'case.opened', payload },
    ]);
    const result = importJournalJson(exportJournalJson(entries, { exportedAt: EXPORTED_AT }));
    if (!result.ok) throw new Error('expected a document');
    const imported = result.document.entries[0]!.payload as Record<string, unknown>;
    expect(Object.keys(imported)).toEqual(['__proto__', 'note']);
    expect(Object.getPrototypeOf(imported)).toBe(Object.prototype);
    expect((imported as { isAdmin?: unknown }).isAdmin).toBeUndefined();
    expect(await verifyJournal(result.document.entries)).toMatchObject({ intact: true });
  });

  it('lists at most the first problems and counts the rest', async () => {
    const data = await documentData(0);
    const bad = Array.from({ length: 5000 }, () => ({ seq: 'x' }));
    const result = importJournalJson(JSON.stringify({ ...data, entries: bad, head: null }));
    const problems = problemsOf(result);
    expect(problems.length).toBeLessThanOrEqual(JOURNAL_IMPORT_MAX_PROBLEMS + 10);
    const last = problems[problems.length - 1]!;
    expect(last.code).toBe('journal.import.too-many-problems');
    expect(Number(last.params['count'])).toBeGreaterThan(5000);
  });
});

describe('problem messages', () => {
  it('are written in every language', async () => {
    const data = await documentData(2);
    data.entries[1]!['id'] = 'e-0';
    for (const problem of problemsOf(importJournalJson(JSON.stringify(data)))) {
      expect(problem.message.en).toMatch(/already recorded/);
      expect(problem.message['zh-Hant']).toMatch(/識別碼/);
      expect(problem.message['zh-Hans']).toMatch(/标识符/);
    }
  });
});
