import { describe, expect, it } from 'vitest';
import { CanonicalError } from './canonical.js';
import { GENESIS_PREV, type SealedEntry } from './entry.js';
import { exportJournalJson, isKnownTimeZone, JOURNAL_FORMAT, JOURNAL_FORMAT_VERSION } from './export-json.js';
import { importJournalJson } from './import-json.js';
import { createJournal } from './journal.js';
import { createMemoryAdapter } from './memory-adapter.js';
import { verifyJournal } from './verify.js';

const EXPORTED_AT = '2026-12-31T23:59:00+08:00';

async function entries(count: number): Promise<SealedEntry[]> {
  const journal = createJournal({ adapter: createMemoryAdapter(), allowUnknownTypes: true });
  return journal.appendMany(
    Array.from({ length: count }, (_, i) => ({
      id: `e-${i}`,
      at: `2026-12-01T08:${String(10 + i).padStart(2, '0')}:00+08:00`,
      actor: i % 2 === 0 ? { staffId: 'E1024', name: '陳小明', role: 'duty-officer' } : { staffId: 'E2048' },
      type: i % 2 === 0 ? 'handover.arrived' : 'case.opened',
      payload: { n: i, text: '鑰匙交接 "A1", 第二行\n', nested: { list: [1, 'two', null, true], empty: {} } },
    })),
  );
}

describe('exportJournalJson', () => {
  it('writes the versioned document: format, version, exportedAt, site, head, one entry per line', async () => {
    const sealed = await entries(3);
    const text = exportJournalJson(sealed, {
      exportedAt: EXPORTED_AT,
      site: { id: 'harbour-view', name: '海景花園', timeZone: 'Asia/Hong_Kong' },
    });
    const lines = text.split('\n');
    expect(lines.slice(0, 6)).toEqual([
      '{',
      '  "format": "duty-handover-journal",',
      '  "version": 1,',
      `  "exportedAt": "${EXPORTED_AT}",`,
      '  "site": {"id":"harbour-view","name":"海景花園","timeZone":"Asia/Hong_Kong"},',
      `  "head": {"seq":2,"hash":"${sealed[2]!.hash}"},`,
    ]);
    // Each entry on its own line, fields in reading order.
    expect(lines[7]).toMatch(/^ {4}\{"seq":0,"id":"e-0","at":.*,"prev":"0{64}","hash":"[0-9a-f]{64}"\},$/);
    expect(text.endsWith('  ]\n}\n')).toBe(true);
    const parsed = JSON.parse(text) as Record<string, unknown>;
    expect(parsed).toEqual({
      format: JOURNAL_FORMAT,
      version: JOURNAL_FORMAT_VERSION,
      exportedAt: EXPORTED_AT,
      site: { id: 'harbour-view', name: '海景花園', timeZone: 'Asia/Hong_Kong' },
      head: { seq: 2, hash: sealed[2]!.hash },
      entries: sealed,
    });
  });

  it('writes an empty journal with a null head and no site when none is given', () => {
    const text = exportJournalJson([], { exportedAt: EXPORTED_AT });
    expect(JSON.parse(text)).toEqual({
      format: JOURNAL_FORMAT,
      version: 1,
      exportedAt: EXPORTED_AT,
      head: null,
      entries: [],
    });
  });

  it('round-trips: the imported entries equal the stored ones and the chain verifies intact', async () => {
    const sealed = await entries(40);
    const imported = importJournalJson(exportJournalJson(sealed, { exportedAt: EXPORTED_AT }));
    if (!imported.ok) throw new Error(JSON.stringify(imported.problems));
    expect(imported.document.entries).toEqual(sealed);
    expect(imported.document.head).toEqual({ seq: 39, hash: sealed[39]!.hash });
    expect(await verifyJournal(imported.document.entries)).toEqual({
      intact: true,
      count: 40,
      head: sealed[39],
    });
  });

  it('round-trips a journal that starts with a purge checkpoint', async () => {
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
        id: 'new',
        at: '2026-12-01T08:00:00+08:00',
        actor: { staffId: 'E1' },
        type: 'case.opened',
        payload: {},
      },
    ]);
    const purged = await journal.purge('2026-12-31T00:00:00+08:00', {
      timeZone: 'Asia/Hong_Kong',
      records: { retentionYears: 3, archiveCadence: 'monthly' },
    });
    expect(purged.removed).toBe(1);
    const stored = await journal.entries();
    expect(stored[0]!.prev).not.toBe(GENESIS_PREV);
    const imported = importJournalJson(exportJournalJson(stored, { exportedAt: EXPORTED_AT }));
    if (!imported.ok) throw new Error(JSON.stringify(imported.problems));
    expect(await verifyJournal(imported.document.entries)).toMatchObject({ intact: true, count: 3 });
  });

  it('refuses an exportedAt that is not an instant with an offset, and an invalid site', async () => {
    const sealed = await entries(1);
    expect(() => exportJournalJson(sealed, { exportedAt: '2026-12-31 23:59' })).toThrow(RangeError);
    expect(() => exportJournalJson(sealed, { exportedAt: '2026-12-31T23:59:00' })).toThrow(RangeError);
    expect(() =>
      exportJournalJson(sealed, { exportedAt: EXPORTED_AT, site: { id: 'x', timeZone: 'Mars/Olympus' } }),
    ).toThrow(/site\.timeZone/);
    expect(() => exportJournalJson(sealed, { exportedAt: EXPORTED_AT, site: { id: ' ' } })).toThrow(
      RangeError,
    );
  });

  it('refuses an entry JSON.stringify would silently change, instead of writing a file that no longer verifies', async () => {
    const [entry] = await entries(1);
    const withHole = { ...entry!, payload: { list: [1, undefined, 3] } } as unknown as SealedEntry;
    const withNaN = { ...entry!, payload: { n: Number.NaN } } as unknown as SealedEntry;
    const withDate = { ...entry!, payload: { when: new Date(0) } } as unknown as SealedEntry;
    for (const bad of [withHole, withNaN, withDate]) {
      expect(() => exportJournalJson([bad], { exportedAt: EXPORTED_AT })).toThrow(CanonicalError);
    }
  });
});

describe('isKnownTimeZone', () => {
  it.each([
    ['Asia/Hong_Kong', true],
    ['Asia/Shanghai', true],
    ['UTC', true],
    ['Mars/Olympus', false],
    ['', false],
    ['x'.repeat(10_000), false],
  ])('%s → %s', (zone, known) => {
    expect(isKnownTimeZone(zone)).toBe(known);
  });
});
