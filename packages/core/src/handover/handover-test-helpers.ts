/**
 * A handover test bench shared by the handover and key register tests; the
 * library never imports this file. It wires the real journal (Web Crypto
 * hashes, in-memory adapter, the real payload schemas) to a session with a
 * clock the test sets, and knows two realistic handovers: REG7's early shift
 * handing over to the middle shift, and the customer-service department's
 * night shift handing over to the overnight shift after midnight.
 */
import { addMinutes, parseISO } from 'date-fns';
import type { Actor, SealedEntry } from '../journal/entry.js';
import { createJournal, type Journal } from '../journal/journal.js';
import { createMemoryAdapter } from '../journal/memory-adapter.js';
import { resolvePolicy, type ResolvedPolicy } from '../policy/resolve.js';
import { KEYS_PAYLOAD_SCHEMAS } from '../keys/entries.js';
import type { OpenHandoverInput } from './commands.js';
import { HANDOVER_PAYLOAD_SCHEMAS } from './entries.js';
import { createHandoverSession, type HandoverSession, type SessionOutcome } from './session.js';
import { isoIn } from './timing.js';

export const PAYLOAD_SCHEMAS = { ...HANDOVER_PAYLOAD_SCHEMAS, ...KEYS_PAYLOAD_SCHEMAS };

export function newJournal(initial: readonly SealedEntry[] = []): Journal {
  return createJournal({ adapter: createMemoryAdapter(initial), payloadSchemas: PAYLOAD_SCHEMAS });
}

/** A clock the test moves by hand. */
export interface TestClock {
  (): number;
  set(instant: string): void;
  advance(minutes: number): void;
}

export function testClock(start: string): TestClock {
  let now = parseISO(start).getTime();
  const clock = (() => now) as TestClock;
  clock.set = (instant) => {
    now = parseISO(instant).getTime();
  };
  clock.advance = (minutes) => {
    now = addMinutes(now, minutes).getTime();
  };
  return clock;
}

export const OUTGOING: Actor = { staffId: 'S-101', name: '陳美玲', role: 'duty-officer' };
export const INCOMING: Actor = { staffId: 'S-102', name: '黃志強', role: 'duty-officer' };
export const SUBSTITUTE: Actor = { staffId: 'S-103', name: '張家豪', role: 'duty-officer' };
export const STRANGER: Actor = { staffId: 'S-999', name: '路人甲', role: 'duty-officer' };

export type PresetCase = 'reg7' | 'cs-department';

/** One realistic handover of a preset: times are Beijing time (the presets' zone). */
export interface HandoverCase {
  readonly policy: ResolvedPolicy;
  readonly open: OpenHandoverInput;
  readonly supervisor: Actor;
  /** When the outgoing person opens the record. */
  readonly openAt: string;
  /** Inside the preparation window. */
  readonly prepareAt: string;
  /** The incoming person arrives, on time. */
  readonly arriveAt: string;
  /** Handover time: the outgoing shift's end. */
  readonly signAt: string;
  /** The next morning, before the countersign deadline. */
  readonly countersignAt: string;
  /** Just after the countersign deadline. */
  readonly afterCountersignDue: string;
}

export const CASES: Readonly<Record<PresetCase, HandoverCase>> = {
  // REG7: the early shift (08:00–17:00) hands the desk to the middle shift (12:00–21:00) at 17:00.
  reg7: {
    policy: resolvePolicy('reg7'),
    open: {
      handoverId: 'h-2026-12-01-early',
      site: 'harbour-view',
      post: 'front-desk',
      outgoing: { staffId: OUTGOING.staffId, name: '陳美玲' },
      incoming: { staffId: INCOMING.staffId, name: '黃志強' },
      outgoingShift: { key: '2026-12-01/early/front-desk', scheduledEnd: '2026-12-01T17:00:00+08:00' },
      incomingShift: { key: '2026-12-01/middle/front-desk', scheduledStart: '2026-12-01T12:00:00+08:00' },
    },
    supervisor: { staffId: 'S-201', name: '李主任', role: 'cs-supervisor' },
    openAt: '2026-12-01T16:40:00+08:00',
    prepareAt: '2026-12-01T16:50:00+08:00',
    arriveAt: '2026-12-01T16:53:00+08:00',
    signAt: '2026-12-01T17:00:00+08:00',
    countersignAt: '2026-12-02T09:30:00+08:00',
    afterCountersignDue: '2026-12-02T10:01:00+08:00',
  },
  // CSD: the night shift (17:30–01:00) hands over to the overnight shift (01:00–08:30) after midnight.
  'cs-department': {
    policy: resolvePolicy('cs-department'),
    open: {
      handoverId: 'h-2026-12-01-night',
      site: 'gaoxin-plaza',
      post: 'front-desk',
      outgoing: { staffId: OUTGOING.staffId, name: '陳美玲' },
      incoming: { staffId: INCOMING.staffId, name: '黃志強' },
      outgoingShift: { key: '2026-12-01/night/front-desk', scheduledEnd: '2026-12-02T01:00:00+08:00' },
      incomingShift: { key: '2026-12-02/overnight/front-desk', scheduledStart: '2026-12-02T01:00:00+08:00' },
    },
    supervisor: { staffId: 'S-301', name: '何經理', role: 'department-manager' },
    openAt: '2026-12-02T00:30:00+08:00',
    prepareAt: '2026-12-02T00:50:00+08:00',
    arriveAt: '2026-12-02T00:44:00+08:00',
    signAt: '2026-12-02T01:00:00+08:00',
    countersignAt: '2026-12-02T08:50:00+08:00',
    afterCountersignDue: '2026-12-02T09:01:00+08:00',
  },
};

/** A journal, a session and a clock around one handover case. */
export interface Bench {
  readonly policy: ResolvedPolicy;
  readonly journal: Journal;
  readonly session: HandoverSession;
  readonly clock: TestClock;
  readonly handover: HandoverCase;
  /** Sets the clock, then runs the step. */
  at<T>(instant: string, step: () => Promise<T>): Promise<T>;
  /** The number of entries stored. */
  size(): Promise<number>;
}

export function bench(preset: PresetCase, policy: ResolvedPolicy = CASES[preset].policy): Bench {
  const handover = CASES[preset];
  const journal = newJournal();
  const clock = testClock(handover.openAt);
  const session = createHandoverSession({ journal, policy, clock });
  return {
    policy,
    journal,
    session,
    clock,
    handover,
    at: (instant, step) => {
      clock.set(instant);
      return step();
    },
    size: async () => (await journal.entries()).length,
  };
}

/** Asserts an allowed command and returns the stored entry. */
export function expectAllowed(outcome: SessionOutcome): SealedEntry {
  if (!outcome.ok) {
    throw new Error(
      `expected the command to be allowed, got ${outcome.refusal.code}: ${JSON.stringify(outcome.refusal)}`,
    );
  }
  return outcome.entry;
}

export const OPEN_MATTER = {
  matterId: 'm-lift-b',
  title: 'B 座升降機困人後檢修',
  cause: 'B 座 2 號升降機 15:20 於 7 樓停頓,一名住戶被困約八分鐘',
  course: '即時通知工程部及升降機公司,15:35 技工到場放人,住戶無受傷',
  result: '升降機暫停使用,待升降機公司明早更換控制板',
  status: 'in-progress',
  nextStep: '明早 09:00 跟進升降機公司到場時間並通知 B 座住戶',
  owner: 'S-102 黃志強',
  due: '2026-12-02',
} as const;

export const RESOLVED_MATTER = {
  matterId: 'm-parcel-1203',
  title: '12 樓 3 室包裹代收',
  cause: '快遞員於 14:10 送到 12 樓 3 室包裹,住戶不在家',
  course: '前台代收並致電住戶,住戶 16:20 到前台領取並簽收',
  result: '包裹已交住戶本人,簽收記錄存檔',
  status: 'resolved',
} as const;

/**
 * Brings a handover to just before the signatures: opened, outgoing
 * checklist done and prepared, the incoming person arrived, incoming
 * checklist done, every shared item counted, and the given matters written
 * and acknowledged.
 */
export async function readyToSign(b: Bench, options: { readonly matters?: number } = {}): Promise<void> {
  const { session, handover, policy } = b;
  expectAllowed(await b.at(handover.openAt, () => session.open(OUTGOING, handover.open)));
  // Entries go in time order: the night case has the incoming person arrive before preparation ends.
  const arriveFirst = parseISO(handover.arriveAt) < parseISO(handover.prepareAt);
  if (arriveFirst) expectAllowed(await b.at(handover.arriveAt, () => session.arrive(INCOMING)));
  await outgoingPrepared(b, options);
  if (!arriveFirst) expectAllowed(await b.at(handover.arriveAt, () => session.arrive(INCOMING)));
  for (const item of policy.handover.incomingChecklist.filter((candidate) => candidate.required)) {
    expectAllowed(await session.checkItem(INCOMING, { itemId: item.id }));
  }
  for (const item of policy.handover.inventory) {
    expectAllowed(
      await session.countItem(INCOMING, { itemId: item.id, counted: item.expected, status: 'ok' }),
    );
  }
  for (const matterId of session.current().unacknowledgedMatters) {
    expectAllowed(await session.acknowledgeMatter(INCOMING, { matterId }));
  }
  b.clock.set(handover.signAt);
}

/** Opens nothing: ticks the outgoing checklist, writes matters and marks the preparation done. */
export async function outgoingPrepared(b: Bench, options: { readonly matters?: number } = {}): Promise<void> {
  const { session, handover, policy } = b;
  b.clock.set(handover.prepareAt);
  for (const item of policy.handover.outgoingChecklist.filter((candidate) => candidate.required)) {
    expectAllowed(await session.checkItem(OUTGOING, { itemId: item.id }));
  }
  const matters = [OPEN_MATTER, RESOLVED_MATTER].slice(0, options.matters ?? 1);
  for (const matter of matters) expectAllowed(await session.carryOverMatter(OUTGOING, matter));
  expectAllowed(await session.markPrepared(OUTGOING));
}

/** ISO text of an instant in the policy's zone, for comparing with state fields. */
export function siteTime(policy: ResolvedPolicy, instant: string): string {
  return isoIn(instant, policy.timeZone);
}
