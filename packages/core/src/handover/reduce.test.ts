import { describe, expect, it } from 'vitest';
import { createJournal } from '../journal/journal.js';
import { JournalError } from '../journal/errors.js';
import { createMemoryAdapter } from '../journal/memory-adapter.js';
import type { SealedEntry, UnsealedEntry } from '../journal/entry.js';
import {
  bench,
  CASES,
  expectAllowed,
  INCOMING,
  OPEN_MATTER,
  OUTGOING,
  readyToSign,
  STRANGER,
} from './handover-test-helpers.js';
import { emptyHandoverRecord, foldHandover, foldHandovers, reduceHandover } from './reduce.js';
import { deriveHandover } from './derive.js';
import { writtenList } from './written.js';

const { policy, open } = CASES.reg7;
const handoverId = open.handoverId;

/** A journal that accepts any payload, to write what the commands never would. */
function looseJournal() {
  return createJournal({ adapter: createMemoryAdapter(), allowUnknownTypes: true });
}

function raw(id: string, at: string, type: string, payload: unknown, actor = OUTGOING): UnsealedEntry {
  return { id, at, actor, type, payload };
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

describe('the handover state machine', () => {
  it('runs draft → outgoing-prepared → incoming-checking → signed-by-both → countersigned', async () => {
    const b = bench('reg7');
    const phases: string[] = [];
    const note = () => phases.push(b.session.current().phase);
    expectAllowed(await b.at(b.handover.openAt, () => b.session.open(OUTGOING, open)));
    note();
    b.clock.set(b.handover.prepareAt);
    for (const item of policy.handover.outgoingChecklist.filter((candidate) => candidate.required)) {
      expectAllowed(await b.session.checkItem(OUTGOING, { itemId: item.id }));
    }
    expectAllowed(await b.session.markPrepared(OUTGOING));
    note();
    expectAllowed(await b.at(b.handover.arriveAt, () => b.session.arrive(INCOMING)));
    note();
    for (const item of policy.handover.incomingChecklist)
      expectAllowed(await b.session.checkItem(INCOMING, { itemId: item.id }));
    for (const item of policy.handover.inventory) {
      expectAllowed(
        await b.session.countItem(INCOMING, { itemId: item.id, counted: item.expected, status: 'ok' }),
      );
    }
    b.clock.set(b.handover.signAt);
    expectAllowed(await b.session.sign(INCOMING, { matterCount: 0 }));
    note();
    expectAllowed(await b.session.sign(OUTGOING, { matterCount: 0 }));
    note();
    expectAllowed(await b.at(b.handover.countersignAt, () => b.session.countersign(b.handover.supervisor)));
    note();
    expect(phases).toEqual([
      'draft',
      'outgoing-prepared',
      'incoming-checking',
      'incoming-checking',
      'signed-by-both',
      'countersigned',
    ]);
  });

  it('derives who arrived when, checklist progress, discrepancies and open matters', async () => {
    const b = bench('reg7');
    await readyToSign(b, { matters: 2 });
    const state = foldHandover(await b.journal.entries(), policy);
    expect(state.arrivals).toEqual([
      expect.objectContaining({ staffId: INCOMING.staffId, arrivedAt: '2026-12-01T16:53:00+08:00' }),
    ]);
    expect(state.checklistProgress.outgoing.filter((line) => !line.done).map((line) => line.itemId)).toEqual([
      'finish-shift-work',
    ]);
    expect(state.missingRequired).toEqual({ outgoing: [], incoming: [] });
    expect(state.discrepancies).toEqual([]);
    expect(state.matters.map((matter) => matter.matterId)).toEqual(['m-lift-b', 'm-parcel-1203']);
    expect(state.openMatters.map((matter) => matter.matterId)).toEqual(['m-lift-b']);
    expect(state.times).toEqual({
      arrivalDueAt: '2026-12-01T16:55:00+08:00',
      preparationOpensAt: '2026-12-01T16:45:00+08:00',
      handoverAt: '2026-12-01T17:00:00+08:00',
      countersignDueAt: '2026-12-02T10:00:00+08:00',
    });
  });
});

describe('reduceHandover', () => {
  it('is pure: the record passed in is never changed', async () => {
    const b = bench('reg7');
    await readyToSign(b);
    const entries = await b.journal.entries();
    let record = deepFreeze(emptyHandoverRecord());
    for (const entry of entries) record = deepFreeze(reduceHandover(record, deepFreeze(entry)));
    expect(deriveHandover(record, policy)).toEqual(foldHandover(entries, policy));
  });

  it('reading entries one at a time gives the same state as folding them all', async () => {
    const b = bench('cs-department');
    await readyToSign(b, { matters: 2 });
    const entries = await b.journal.entries();
    const prefixes = entries.map((_, index) => foldHandover(entries.slice(0, index + 1), b.policy));
    let record = emptyHandoverRecord();
    entries.forEach((entry, index) => {
      record = reduceHandover(record, entry);
      expect(deriveHandover(record, b.policy)).toEqual(prefixes[index]);
    });
  });

  it("skips other handovers, other domains and the journal's own entries", async () => {
    const journal = looseJournal();
    await journal.append(
      raw('o-0', '2026-12-01T16:00:00+08:00', 'handover.opened', { ...open, handoverId: 'h-other' }),
    );
    await journal.append(raw('h-0', '2026-12-01T16:40:00+08:00', 'handover.opened', open));
    await journal.append(raw('c-1', '2026-12-01T16:41:00+08:00', 'case.opened', { caseId: 'C-1' }));
    await journal.append(
      raw('k-1', '2026-12-01T16:42:00+08:00', 'keys.room-returned', { loanId: 'l-1', handoverId }),
    );
    await journal.append(
      raw(
        'o-1',
        '2026-12-01T16:43:00+08:00',
        'handover.arrived',
        {
          handoverId: 'h-other',
          staffId: INCOMING.staffId,
          arrivedAt: '2026-12-01T16:43:00+08:00',
        },
        INCOMING,
      ),
    );
    const state = foldHandover(await journal.entries(), policy, { handoverId });
    expect(writtenList(state.written).map((entry) => entry.id)).toEqual(['h-0']);
    expect(state.arrivals).toEqual([]);
    expect(state.ignored).toEqual([]);
    // Without a handover id the fold follows the first handover opened.
    expect(foldHandover(await journal.entries(), policy).handoverId).toBe('h-other');
  });

  it('sets aside what it cannot read as a fact, and never throws', async () => {
    const journal = looseJournal();
    await journal.append(
      raw('e-0', '2026-12-01T16:39:00+08:00', 'handover.arrived', {
        handoverId,
        staffId: 'S-102',
        arrivedAt: '2026-12-01T16:39:00+08:00',
      }),
    );
    await journal.append(raw('e-1', '2026-12-01T16:40:00+08:00', 'handover.opened', open));
    await journal.append(raw('e-2', '2026-12-01T16:41:00+08:00', 'handover.opened', open));
    await journal.append(
      raw('e-3', '2026-12-01T16:42:00+08:00', 'handover.matter-carried-over', { handoverId, title: '-' }),
    );
    await journal.append(raw('e-4', '2026-12-01T16:43:00+08:00', 'handover.teleported', { handoverId }));
    await journal.append(
      raw(
        'e-5',
        '2026-12-01T16:44:00+08:00',
        'handover.signed',
        {
          handoverId,
          role: 'outgoing',
          staffId: STRANGER.staffId,
          signedAt: '2026-12-01T16:44:00+08:00',
          matterCount: 0,
        },
        STRANGER,
      ),
    );
    await journal.append(
      raw(
        'e-6',
        '2026-12-01T16:45:00+08:00',
        'handover.matter-acknowledged',
        { handoverId, matterId: 'm-none' },
        INCOMING,
      ),
    );
    await journal.append(
      raw('e-7', '2026-12-01T16:46:00+08:00', 'handover.countersigned', {
        handoverId,
        staffId: 'S-201',
        role: 'cs-supervisor',
      }),
    );
    const state = foldHandover(await journal.entries(), policy, { handoverId });
    expect(state.ignored.map((entry) => [entry.id, entry.reason])).toEqual([
      ['e-0', 'before-opened'],
      ['e-2', 'duplicate-open'],
      ['e-3', 'invalid-payload'],
      ['e-4', 'unknown-type'],
      ['e-5', 'not-a-party'],
      ['e-6', 'unknown-subject'],
      ['e-7', 'out-of-sequence'],
    ]);
    expect(state.signatures).toEqual({ outgoing: undefined, incoming: undefined });
    expect(state.phase).toBe('draft');
  });
});

describe('amendments (REG7-8.5a: corrections are new entries)', () => {
  it('a corrected field replaces the original in the state; the original entry stays as written', async () => {
    const b = bench('reg7');
    expectAllowed(await b.at(b.handover.openAt, () => b.session.open(OUTGOING, open)));
    const matter = expectAllowed(
      await b.session.carryOverMatter(OUTGOING, { ...OPEN_MATTER, owner: '工程部' }),
    );
    expectAllowed(await b.at(b.handover.arriveAt, () => b.session.arrive(INCOMING)));
    await b.journal.amend(
      matter.id,
      { owner: '工程部 周師傅' },
      OUTGOING,
      '2026-12-01T16:54:00+08:00',
      '寫錯跟進人',
    );
    const entries = await b.journal.entries();
    const state = foldHandover(entries, policy);
    expect(state.matters[0]?.owner).toBe('工程部 周師傅');
    expect(state.amendments).toEqual([
      expect.objectContaining({ originalId: matter.id, reason: '寫錯跟進人', applied: true }),
    ]);
    expect((entries.find((entry) => entry.id === matter.id)?.payload as { owner: string }).owner).toBe(
      '工程部',
    );
    // Facts written after the corrected entry are kept.
    expect(state.arrivals).toHaveLength(1);
    // The session's own state follows the amendment too.
    expect(await b.session.state()).toEqual(state);
  });

  it('a correction that changes an arrival time changes the lateness it shows', async () => {
    const b = bench('reg7');
    expectAllowed(await b.at(b.handover.openAt, () => b.session.open(OUTGOING, open)));
    const arrival = expectAllowed(await b.at('2026-12-01T16:54:00+08:00', () => b.session.arrive(INCOMING)));
    expect(foldHandover(await b.journal.entries(), policy).arrival?.late).toBe(false);
    await b.journal.amend(
      arrival.id,
      { arrivedAt: '2026-12-01T16:58:00+08:00' },
      OUTGOING,
      '2026-12-01T17:05:00+08:00',
      '補記實際到崗時間',
    );
    expect(foldHandover(await b.journal.entries(), policy).arrival).toMatchObject({
      late: true,
      minutesLate: 3,
    });
  });

  it("the journal refuses a correction that breaks the entry's schema, so the fold never sees it", async () => {
    const b = bench('reg7');
    await readyToSign(b);
    const count = (await b.journal.entries()).find((entry) => entry.type === 'handover.item-counted');
    const error = await b.journal
      .amend(count?.id ?? '', { status: 'missing' }, OUTGOING, b.handover.signAt, '數錯')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(JournalError);
    expect((error as JournalError).problems[0]?.code).toBe('handover.count.explanation-required');
  });

  it('a correction that would move an entry to another handover is not applied', async () => {
    const b = bench('reg7');
    expectAllowed(await b.at(b.handover.openAt, () => b.session.open(OUTGOING, open)));
    const matter = expectAllowed(await b.session.carryOverMatter(OUTGOING, OPEN_MATTER));
    await b.journal.amend(
      matter.id,
      { handoverId: 'h-elsewhere' },
      OUTGOING,
      b.handover.openAt,
      '移到別的交接',
    );
    const state = foldHandover(await b.journal.entries(), policy);
    expect(state.matters).toHaveLength(1);
    expect(state.amendments[0]?.applied).toBe(false);
  });
});

describe('foldHandovers', () => {
  it('folds every handover of a journal, interleaved, in the order they were opened', async () => {
    const journal = looseJournal();
    const second = {
      ...open,
      handoverId: 'h-2',
      outgoing: { staffId: 'S-201' },
      incoming: { staffId: 'S-202' },
    };
    await journal.append(raw('a-0', '2026-12-01T16:40:00+08:00', 'handover.opened', open));
    await journal.append(
      raw('b-0', '2026-12-01T16:41:00+08:00', 'handover.opened', second, { staffId: 'S-201' }),
    );
    const matter = await journal.append(
      raw('a-1', '2026-12-01T16:42:00+08:00', 'handover.matter-carried-over', {
        handoverId,
        ...OPEN_MATTER,
        major: false,
      }),
    );
    await journal.append(
      raw(
        'b-1',
        '2026-12-01T16:43:00+08:00',
        'handover.arrived',
        { handoverId: 'h-2', staffId: 'S-202', arrivedAt: '2026-12-01T16:43:00+08:00' },
        { staffId: 'S-202' },
      ),
    );
    await journal.amend(
      matter.id,
      { owner: '保安部 何隊長' },
      OUTGOING,
      '2026-12-01T16:44:00+08:00',
      '補寫跟進人',
    );
    const entries: SealedEntry[] = await journal.entries();
    const states = foldHandovers(entries, policy);
    expect(states.map((state) => state.handoverId)).toEqual([handoverId, 'h-2']);
    expect(states[0]).toEqual(foldHandover(entries, policy, { handoverId }));
    expect(states[0]?.matters[0]?.owner).toBe('保安部 何隊長');
    expect(states[1]?.arrivals.map((arrival) => arrival.staffId)).toEqual(['S-202']);
  });
});
