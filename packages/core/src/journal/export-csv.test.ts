import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor, SealedEntry } from './entry.js';
import {
  CSV_BOM,
  CSV_CELL_MAX_LENGTH,
  exportJournalCsv,
  formatCsv,
  neutraliseCsvCell,
  quoteCsvCell,
} from './export-csv.js';
import { createJournal } from './journal.js';
import { createMemoryAdapter } from './memory-adapter.js';

/** An RFC 4180 reader, as a spreadsheet reads the file. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (quoted) {
      if (c === '"' && text.charAt(i + 1) === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text.charAt(i + 1) === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  expect(quoted, 'a quote is left open').toBe(false);
  expect(cell === '' && row.length === 0, 'the last row ends with CRLF').toBe(true);
  return rows;
}

function csvRows(csv: string): string[][] {
  expect(csv.startsWith(CSV_BOM)).toBe(true);
  return parseCsv(csv.slice(1));
}

/** What a spreadsheet may take for a formula. */
const FORMULA = /^(?:[\t\r]|\s*[=+\-@])/;

async function journalOf(
  payloads: readonly unknown[],
  actor: Actor = { staffId: 'E1024', name: '陳小明', role: 'duty-officer' },
  id = (i: number) => `e-${i}`,
): Promise<SealedEntry[]> {
  const journal = createJournal({ adapter: createMemoryAdapter(), allowUnknownTypes: true });
  return journal.appendMany(
    payloads.map((payload, i) => ({
      id: id(i),
      at: `2026-12-01T0${i % 10}:30:00Z`,
      actor,
      type: 'case.opened',
      payload,
    })),
  );
}

describe('exportJournalCsv', () => {
  it('writes a BOM, a header in the chosen language and one row per entry', async () => {
    const entries = await journalOf([{ caseId: 'C-1', caller: '黃先生' }]);
    const [header, row] = csvRows(exportJournalCsv(entries, { locale: 'en' }));
    expect(header).toEqual(['Seq', 'Id', 'Time', 'Recorded by', 'Type', 'Content', 'Hash']);
    expect(row).toEqual([
      '0',
      'e-0',
      '2026-12-01T00:30:00Z',
      'E1024 陳小明 (duty-officer)',
      'case.opened',
      'caseId: C-1; caller: 黃先生',
      entries[0]!.hash,
    ]);
    expect(csvRows(exportJournalCsv(entries, { locale: 'zh-Hant' }))[0]).toEqual([
      '序號',
      '識別碼',
      '時間',
      '記錄人',
      '類型',
      '內容',
      '雜湊值',
    ]);
    expect(csvRows(exportJournalCsv(entries, { locale: 'zh-Hans' }))[0]?.[6]).toBe('哈希值');
  });

  it('ends every row with CRLF, including the last', async () => {
    const csv = exportJournalCsv(await journalOf([1, 2]), { locale: 'en' });
    expect(csv.split('\r\n')).toHaveLength(4);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it("shows times in the site's time zone, naming it in the header", async () => {
    const entries = await journalOf([1, 2]);
    const rows = csvRows(exportJournalCsv(entries, { locale: 'en', timeZone: 'Asia/Hong_Kong' }));
    expect(rows[0]?.[2]).toBe('Time (Asia/Hong_Kong)');
    expect(rows[1]?.[2]).toBe('2026-12-01 08:30:00');
    expect(rows[2]?.[2]).toBe('2026-12-01 09:30:00');
    const newYork = csvRows(exportJournalCsv(entries, { locale: 'zh-Hant', timeZone: 'America/New_York' }));
    expect(newYork[0]?.[2]).toBe('時間(America/New_York)');
    expect(newYork[1]?.[2]).toBe('2026-11-30 19:30:00');
  });

  it('refuses an unknown time zone', async () => {
    const entries = await journalOf([1]);
    expect(() => exportJournalCsv(entries, { locale: 'en', timeZone: 'Mars/Olympus' })).toThrow(RangeError);
  });

  it('quotes commas, double quotes and line breaks (RFC 4180)', async () => {
    const note = 'a, "b"\r\nc\nd\re';
    const entries = await journalOf([note]);
    const csv = exportJournalCsv(entries, { locale: 'en' });
    expect(csv).toContain('"a, ""b""\r\nc\nd\re"');
    expect(csvRows(csv)[1]?.[5]).toBe(note);
  });

  it('summarises payloads field by field, in the order they were written', async () => {
    const entries = await journalOf([
      { caseId: 'C-7', sla: { hours: 24, tier: 1 }, items: ['key-A1', 'radio-2'], ok: true, missing: null },
      {
        rows: [
          { item: 'key', count: 2 },
          { item: 'radio', count: 1 },
        ],
        empty: [],
        none: {},
      },
      'plain text',
      42,
      false,
    ]);
    const summaries = csvRows(exportJournalCsv(entries, { locale: 'en' }))
      .slice(1)
      .map((row) => row[5]);
    expect(summaries).toEqual([
      'caseId: C-7; sla.hours: 24; sla.tier: 1; items: key-A1, radio-2; ok: yes; missing: —',
      'rows[0].item: key; rows[0].count: 2; rows[1].item: radio; rows[1].count: 1; empty: —; none: —',
      'plain text',
      '42',
      'no',
    ]);
    const zh = csvRows(exportJournalCsv(entries, { locale: 'zh-Hant' }));
    expect(zh[1]?.[5]).toContain('ok: 是');
  });

  it('says in words what a correction and a purge checkpoint are', async () => {
    const journal = createJournal({ adapter: createMemoryAdapter(), allowUnknownTypes: true });
    await journal.appendMany([
      {
        id: 'old',
        at: '2020-01-05T08:00:00+08:00',
        actor: { staffId: 'E1' },
        type: 'case.opened',
        payload: {},
      },
      {
        id: 'c-1',
        at: '2026-12-01T09:00:00+08:00',
        actor: { staffId: 'E1' },
        type: 'case.opened',
        payload: { caller: '黃先生, 3座' },
      },
    ]);
    await journal.amend(
      'c-1',
      { caller: '黃先生, 5座' },
      { staffId: 'E1' },
      '2026-12-01T09:10:00+08:00',
      '座數記錯',
    );
    await journal.purge('2026-12-31T00:00:00+08:00', {
      timeZone: 'Asia/Hong_Kong',
      records: { retentionYears: 3, archiveCadence: 'monthly' },
    });
    const rows = csvRows(exportJournalCsv(await journal.entries(), { locale: 'en' }));
    expect(rows[1]?.[5]).toBe(
      'Checkpoint: 1 earlier entries (seq 0 to 0, the last dated 2020-01-05T08:00:00+08:00) were purged after their retention period.',
    );
    expect(rows[3]?.[5]).toBe('Corrects seq 1 (c-1): caller: 黃先生, 5座. Reason: 座數記錯');
  });

  it('cuts a cell to what a spreadsheet holds', async () => {
    const entries = await journalOf([{ note: '交'.repeat(100_000) }]);
    const cell = csvRows(exportJournalCsv(entries, { locale: 'en' }))[1]?.[5] ?? '';
    expect(cell.length).toBeLessThanOrEqual(CSV_CELL_MAX_LENGTH);
    expect(cell.endsWith('…')).toBe(true);
  });

  it('summarises a deeply nested payload without overflowing the stack', async () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 5000; i++) deep = { d: deep };
    const entry = { ...(await journalOf([1]))[0]!, payload: deep } as SealedEntry;
    const cell = csvRows(exportJournalCsv([entry], { locale: 'en' }))[1]?.[5] ?? '';
    expect(cell).toMatch(/^(d\.){15}d: …$/);
  });
});

describe('formula injection', () => {
  const attacks = [
    "=cmd|' /C calc'!A0",
    '@SUM(1+1)',
    '+1',
    '-2+3',
    '=HYPERLINK("http://evil.example","click")',
    '\t=1+1',
    '\r=1+1',
    '\tplain',
    '\rplain',
    '  =1+1',
    '\u3000=1+1',
    '\n-1',
    ' @x',
  ];

  it.each(attacks)('neutralises %j in every column a person can fill', async (attack) => {
    const entries = await journalOf(
      [attack, { [attack]: 1 }],
      { staffId: attack, name: attack, role: attack },
      (i) => (i === 0 ? attack : `${attack}#${i}`),
    );
    const rows = csvRows(exportJournalCsv(entries, { locale: 'en' }));
    for (const row of rows.slice(1)) {
      for (const cell of row) expect(FORMULA.test(cell), JSON.stringify(cell)).toBe(false);
    }
    const [, first, second] = rows;
    expect(first?.[1]).toBe(`'${attack}`);
    expect(first?.[3]).toBe(`'${attack} ${attack} (${attack})`);
    expect(first?.[5]).toBe(`'${attack}`);
    expect(second?.[5]).toBe(`'${attack}: 1`);
  });

  it('leaves ordinary text alone, including signs that do not start a cell', () => {
    for (const cell of ['E1024', 'a=b', '1+1', 'x-y', 'mail@example.com', '陳小明', '', ' ', "'quoted"]) {
      expect(neutraliseCsvCell(cell)).toBe(cell);
    }
  });

  it('no cell of any row ever reads as a formula (fast-check)', () => {
    const risky = fc.string({
      unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', ' ', '"', ',', 'a', '交'),
    });
    fc.assert(
      fc.property(fc.array(fc.array(risky, { maxLength: 5 }), { maxLength: 5 }), (rows) => {
        const normal = rows.filter((row) => row.length > 0);
        const parsed = normal.length === 0 ? [] : parseCsv(formatCsv(normal));
        expect(parsed).toHaveLength(normal.length);
        parsed.forEach((row, r) => {
          row.forEach((cell, c) => {
            expect(FORMULA.test(cell)).toBe(false);
            const original = normal[r]?.[c] ?? '';
            expect(cell === original || cell === `'${original}`).toBe(true);
          });
        });
      }),
    );
  });
});

describe('quoteCsvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
    ['', ''],
  ])('%j → %j', (cell, quoted) => {
    expect(quoteCsvCell(cell)).toBe(quoted);
  });
});
