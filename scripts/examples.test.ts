/**
 * The sample month in `examples/journals/`: the committed journal verifies,
 * every December day has its handover signed by both and countersigned, the
 * findings are the few the sample means to show, the tampered copy breaks
 * where it was tampered with, and the generator gives the committed files
 * byte for byte.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  checkCases,
  checkHandover,
  checkKeys,
  foldHandovers,
  importJournalJson,
  resolvePolicy,
  verifyJournal,
  type JournalDocument,
} from '@duty-handover/core';
import {
  EXPORTED_AT,
  FILES,
  LATE_ARRIVALS,
  LATE_COUNTERSIGN_DAY,
  SITE,
  TAMPERED,
  generateSampleMonth,
} from '../examples/journals/sample-month.js';

const folder = new URL('../examples/journals/', import.meta.url);
const policy = resolvePolicy('reg7');
const DECEMBER = Array.from({ length: 31 }, (_, index) => `2026-12-${String(index + 1).padStart(2, '0')}`);

function committed(name: string): Promise<string> {
  return readFile(new URL(name, folder), 'utf8');
}

async function load(name: string): Promise<JournalDocument> {
  const imported = importJournalJson(await committed(name));
  if (!imported.ok) throw new Error(`${name} does not import: ${JSON.stringify(imported.problems)}`);
  return imported.document;
}

describe('examples/journals: the sample month', () => {
  it('verifies intact, with its site and the head written at export', async () => {
    const document = await load(FILES.json);
    expect(document.exportedAt).toBe(EXPORTED_AT);
    expect(document.site).toEqual(SITE);
    const verified = await verifyJournal(document.entries);
    expect(verified.intact).toBe(true);
    const last = document.entries.at(-1);
    expect(document.head).toEqual({ seq: last?.seq, hash: last?.hash });
    expect(verified).toMatchObject({ count: document.entries.length, head: { hash: last?.hash } });
    // Big enough to be a month, small enough to read.
    expect(document.entries.length).toBeGreaterThan(900);
    expect((await committed(FILES.json)).length).toBeLessThan(2_000_000);
  });

  it('has every day’s handover signed by both and countersigned, with nothing set aside', async () => {
    const { entries } = await load(FILES.json);
    const handovers = foldHandovers(entries, policy);
    expect(handovers.map((state) => state.opened?.outgoingShift.key.slice(0, 10))).toEqual(DECEMBER);
    for (const state of handovers) {
      expect(state.phase, state.handoverId).toBe('countersigned');
      expect(state.signatures.outgoing?.staffId).toBe(state.outgoing?.staffId);
      expect(state.signatures.incoming?.staffId).toBe(state.incoming?.staffId);
      expect(state.countersign?.staffId).toMatch(/^HV-10/);
      expect(state.outgoingLeft).toBeDefined();
      expect(state.ignored).toEqual([]);
    }
    // The damaged radio, the smoke alarm and the correction are all there.
    expect(handovers.flatMap((state) => state.discrepancies.map((line) => line.count?.status))).toEqual([
      'damaged',
    ]);
    expect(handovers.flatMap((state) => state.flags.map((flag) => flag.cleared !== undefined))).toEqual([
      true,
    ]);
    expect(handovers.flatMap((state) => state.amendments.map((amendment) => amendment.applied))).toEqual([
      true,
    ]);
  });

  it('shows exactly the findings the sample is written to show', async () => {
    const { entries } = await load(FILES.json);
    const now = EXPORTED_AT;
    const findings = [
      ...checkHandover(entries, policy, { now }),
      ...checkCases(entries, policy, { now }),
      ...checkKeys(entries, policy, { now }),
    ];
    const arrivals = Object.keys(LATE_ARRIVALS).map((day) => ['handover/arrival-late', `h-${day}-early`]);
    expect(findings.map((finding) => [finding.rule, finding.subject.record]).sort()).toEqual(
      [
        ['handover/countersign-deadline', `h-${LATE_COUNTERSIGN_DAY}-early`],
        ...arrivals,
        ['case/callback-kept', expect.stringMatching(/^C-12\d\d-\d\d$/) as unknown],
      ].sort(),
    );
  });

  it('detects the tampered copy at the seq of the entry changed, and only there', async () => {
    const [original, tampered] = await Promise.all([committed(FILES.json), committed(FILES.tampered)]);
    expect(original.length).toBe(tampered.length);
    const changed = Array.from({ length: original.length }, (_, index) => index).filter(
      (index) => original.charCodeAt(index) !== tampered.charCodeAt(index),
    );
    expect(changed).toHaveLength(1);

    const document = await load(FILES.tampered);
    const target = document.entries.find(
      (entry) => entry.type === 'handover.arrived' && entry.id.startsWith(`h-${TAMPERED.day}-`),
    );
    expect(target?.payload).toMatchObject({ arrivedAt: `${TAMPERED.day}T${TAMPERED.to}+08:00` });
    const verified = await verifyJournal(document.entries);
    expect(verified).toMatchObject({ intact: false, seq: target?.seq, reason: 'altered' });
  });

  it('is what the generator writes, byte for byte', { timeout: 60_000 }, async () => {
    const month = await generateSampleMonth();
    expect(month.json).toBe(await committed(FILES.json));
    expect(month.csv).toBe(await committed(FILES.csv));
    expect(month.tampered.json).toBe(await committed(FILES.tampered));
  });
});
