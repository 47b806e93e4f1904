/**
 * A site bench for the liability and quality-figure tests; the library never
 * imports this file. It wires the real journal (Web Crypto hashes, the
 * payload schemas of every domain) to the real commands: handover sessions
 * with a clock the test sets, case and key commands run against the
 * journal's entries. Its handovers are the customer-service department's
 * (CSD) three shifts at the front desk: day 08:30–17:30, night 17:30–01:00,
 * overnight 01:00–08:30, in Beijing time.
 */
import { addMinutes, formatISO, parseISO } from 'date-fns';
import { tz } from '@date-fns/tz';
import type { CaseCommandContext, CaseSource } from '../cases/commands.js';
import type { CaseCommandResult } from '../cases/refusal.js';
import { CASE_PAYLOAD_SCHEMAS } from '../cases/entries.js';
import type { CarryOverMatterInput } from '../handover/commands.js';
import { HANDOVER_PAYLOAD_SCHEMAS, type InventoryStatus } from '../handover/entries.js';
import { createHandoverSession, type HandoverSession, type SessionOutcome } from '../handover/session.js';
import { KEYS_PAYLOAD_SCHEMAS } from '../keys/entries.js';
import type { KeyCommandContext, KeyCommandResult, KeyRegisterSource } from '../keys/commands.js';
import type { Actor, SealedEntry } from '../journal/entry.js';
import { createJournal, type Journal } from '../journal/journal.js';
import { createMemoryAdapter } from '../journal/memory-adapter.js';
import { KPI_PAYLOAD_SCHEMAS } from '../kpi/entries.js';
import { resolvePolicy, type ResolvedPolicy } from '../policy/resolve.js';
import type { Roster } from '../roster/document.js';
import { shiftInstance } from '../time/shift-instance.js';
import { indexJournal, type JournalIndex } from './journal-index.js';

export const PAYLOAD_SCHEMAS = {
  ...HANDOVER_PAYLOAD_SCHEMAS,
  ...KEYS_PAYLOAD_SCHEMAS,
  ...CASE_PAYLOAD_SCHEMAS,
  ...KPI_PAYLOAD_SCHEMAS,
};

export const ALICE: Actor = { staffId: 'S-101', name: '陳美玲', role: 'duty-officer' };
export const BEN: Actor = { staffId: 'S-102', name: '黃志強', role: 'duty-officer' };
export const CARL: Actor = { staffId: 'S-103', name: '張家豪', role: 'duty-officer' };
export const SUPERVISOR: Actor = { staffId: 'M-201', name: '李主任', role: 'cs-supervisor' };
export const MANAGER: Actor = { staffId: 'M-301', name: '何經理', role: 'department-manager' };

export const ZONE = 'Asia/Shanghai';

/** An instant at the site, Beijing time: `at('2026-12-01', '17:30')`. */
export function at(day: string, time: string): string {
  return `${day}T${time}:00+08:00`;
}

/** The CSD front desk's shifts and which one takes over from which. */
export type Shift = 'day' | 'night' | 'overnight';
const NEXT: Readonly<Record<Shift, Shift>> = { day: 'night', night: 'overnight', overnight: 'day' };

/** A shared item's count at a handover; every item not listed is counted in order. */
export interface Count {
  readonly counted: number;
  readonly status: InventoryStatus;
  readonly explanation?: string;
}

/** One handover to run through the session, step by step, as a desk does it. */
export interface HandoverPlan {
  readonly id: string;
  /** The day the outgoing shift starts. */
  readonly day: string;
  readonly from: Shift;
  readonly outgoing: Actor;
  readonly incoming: Actor;
  /** Matters the outgoing person writes; each is acknowledged by the incoming person. */
  readonly matters?: readonly CarryOverMatterInput[];
  readonly counts?: Readonly<Record<string, Count>>;
  /** How many minutes before the handover time the incoming person arrives (20 when omitted). */
  readonly arriveMinutesBefore?: number;
  /** Stop before this step: `arrive` (the incoming person never comes), `sign` or `leave`. */
  readonly stopBefore?: 'arrive' | 'sign' | 'leave';
  /** Extra steps while both are at the post, five minutes before the handover time. */
  readonly during?: (session: HandoverSession) => Promise<void>;
  /** The outgoing person leaves right after `during`, before anyone signs (a policy must allow it). */
  readonly leaveBeforeSigning?: boolean;
}

/** The instants of a handover run: the handover time (the outgoing shift's end) and around it. */
export interface HandoverTimes {
  readonly handoverAt: string;
  minus(minutes: number): string;
  plus(minutes: number): string;
}

export interface Site {
  readonly policy: ResolvedPolicy;
  readonly journal: Journal;
  /** The clock the sessions read. */
  readonly clock: { now: number };
  /** Runs a handover through a session; the clock ends just after it. */
  handover(plan: HandoverPlan, policy?: ResolvedPolicy): Promise<HandoverTimes>;
  /** The handover's instants, without running it. */
  timesOf(day: string, from: Shift): HandoverTimes;
  /** Runs a case command against the journal and appends its entry; fails the test on a refusal. */
  caseAct(
    actor: Actor,
    time: string,
    command: (s: CaseSource, c: CaseCommandContext) => CaseCommandResult,
  ): Promise<SealedEntry>;
  /** Runs a key register command and appends its entry. */
  keyAct(
    actor: Actor,
    time: string,
    command: (s: KeyRegisterSource, c: KeyCommandContext) => KeyCommandResult,
  ): Promise<SealedEntry>;
  /** Appends a quality entry (patrol, incident report, meeting) as its author. */
  record(actor: Actor, time: string, id: string, type: string, payload: unknown): Promise<SealedEntry>;
  entries(): Promise<SealedEntry[]>;
  index(): Promise<JournalIndex>;
}

export function expectOk(outcome: SessionOutcome): SealedEntry {
  if (!outcome.ok)
    throw new Error(`refused: ${outcome.refusal.code} ${JSON.stringify(outcome.refusal.params)}`);
  return outcome.entry;
}

export function site(policy: ResolvedPolicy = resolvePolicy('cs-department'), journal?: Journal): Site {
  const store = journal ?? createJournal({ adapter: createMemoryAdapter(), payloadSchemas: PAYLOAD_SCHEMAS });
  const clock = { now: 0 };
  const set = (instant: string) => {
    clock.now = parseISO(instant).getTime();
  };

  const timesOf = (day: string, from: Shift): HandoverTimes => {
    const shift = policy.shifts.find((candidate) => candidate.id === from);
    if (shift === undefined) throw new Error(`no shift ${from}`);
    const end = shiftInstance(day, shift, policy.timeZone).endMs;
    const shifted = (minutes: number) => formatISO(addMinutes(end, minutes), { in: tz(ZONE) });
    return { handoverAt: shifted(0), minus: (m) => shifted(-m), plus: (m) => shifted(m) };
  };

  return {
    policy,
    journal: store,
    clock,
    timesOf,
    async handover(plan, writer = policy) {
      const times = timesOf(plan.day, plan.from);
      const session = createHandoverSession({
        journal: store,
        policy: writer,
        clock: () => clock.now,
        handoverId: plan.id,
      });
      const next = NEXT[plan.from];
      const outgoingShift = shiftInstance(plan.day, policyShift(writer, plan.from), writer.timeZone);
      // The night shift ends after midnight: the overnight shift it hands over to starts on the next day.
      const incomingDay = plan.from === 'night' ? outgoingShift.end.slice(0, 10) : plan.day;
      const incomingShift = shiftInstance(incomingDay, policyShift(writer, next), writer.timeZone);
      const { outgoing, incoming } = plan;

      set(times.minus(30));
      expectOk(
        await session.open(outgoing, {
          handoverId: plan.id,
          site: 'gaoxin-plaza',
          post: 'front-desk',
          outgoing: { staffId: outgoing.staffId },
          incoming: { staffId: incoming.staffId },
          outgoingShift: { key: outgoingShift.key, scheduledEnd: outgoingShift.end },
          incomingShift: { key: incomingShift.key, scheduledStart: incomingShift.start },
        }),
      );
      for (const matter of plan.matters ?? []) expectOk(await session.carryOverMatter(outgoing, matter));
      if (plan.stopBefore === 'arrive') return times;

      // The incoming person arrives 20 minutes ahead unless told otherwise; checks start once they are here.
      const arriveBefore = plan.arriveMinutesBefore ?? 20;
      const arrive = async () => {
        set(times.minus(arriveBefore));
        expectOk(await session.arrive(incoming));
      };
      if (arriveBefore >= 12) await arrive();
      set(times.minus(12));
      for (const item of writer.handover.outgoingChecklist) {
        expectOk(await session.checkItem(outgoing, { itemId: item.id }));
      }
      expectOk(await session.markPrepared(outgoing));
      if (arriveBefore < 12) await arrive();
      set(times.minus(Math.min(10, arriveBefore)));
      for (const item of writer.handover.incomingChecklist) {
        expectOk(await session.checkItem(incoming, { itemId: item.id }));
      }
      for (const item of writer.handover.inventory) {
        const count = plan.counts?.[item.id];
        expectOk(
          await session.countItem(incoming, {
            itemId: item.id,
            counted: count?.counted ?? item.expected,
            status: count?.status ?? 'ok',
            ...(count?.explanation === undefined
              ? {}
              : { explanation: { text: count.explanation, by: outgoing.staffId } }),
          }),
        );
      }
      for (const matterId of (await session.state()).unacknowledgedMatters) {
        expectOk(await session.acknowledgeMatter(incoming, { matterId }));
      }
      set(times.minus(Math.min(5, arriveBefore)));
      await plan.during?.(session);
      if (plan.leaveBeforeSigning === true) {
        expectOk(await session.leave(outgoing));
        return times;
      }
      if (plan.stopBefore === 'sign') return times;

      set(times.handoverAt);
      const matterCount = (await session.state()).matters.length;
      expectOk(await session.sign(incoming, { matterCount }));
      expectOk(await session.sign(outgoing, { matterCount }));
      if (plan.stopBefore === 'leave') return times;
      set(times.plus(2));
      expectOk(await session.leave(outgoing));
      return times;
    },
    async caseAct(actor, time, command) {
      const result = command(await store.entries(), { policy, actor, at: time });
      if (!result.ok)
        throw new Error(`refused: ${result.refusal.code} ${JSON.stringify(result.refusal.params)}`);
      return store.append(result.entry);
    },
    async keyAct(actor, time, command) {
      const result = command(await store.entries(), { actor, at: time });
      if (!result.ok)
        throw new Error(`refused: ${result.refusal.code} ${JSON.stringify(result.refusal.params)}`);
      return store.append(result.entry);
    },
    record(actor, time, id, type, payload) {
      return store.append({ id, at: time, actor, type, payload });
    },
    entries: () => store.entries(),
    index: async () => indexJournal(await store.entries(), policy),
  };
}

function policyShift(policy: ResolvedPolicy, id: Shift) {
  const shift = policy.shifts.find((candidate) => candidate.id === id);
  if (shift === undefined) throw new Error(`no shift ${id}`);
  return shift;
}

/** A matter as the outgoing person writes it: in progress, with its story, next step and owner. */
export function matter(
  matterId: string,
  overrides: Partial<CarryOverMatterInput> = {},
): CarryOverMatterInput {
  return {
    matterId,
    title: 'B 座 2 號升降機停用',
    cause: 'B 座 2 號升降機 15:20 於 7 樓停頓,一名住戶被困約八分鐘',
    course: '即時通知工程部及升降機公司,15:35 技工到場放人,住戶無受傷',
    result: '升降機暫停使用,待升降機公司更換控制板',
    status: 'in-progress',
    nextStep: '致電升降機公司確認到場時間並通知 B 座住戶',
    owner: '接班值班員',
    ...overrides,
  };
}

/** A case intake with every field CSD requires (FCR-4.5). */
export function intakeOf(caseId: string, gravity: 'general' | 'difficult' | 'complaint' | 'major-complaint') {
  return {
    caseId,
    gravity,
    channel: 'phone',
    callerName: '周太太',
    callerPhone: '138 0013 8000',
    matter: '12 樓走廊燈不亮',
    category: 'repairs',
    inRemit: true,
  } as const;
}

/**
 * A hand-built December 2026 roster of the CSD front desk: the three
 * officers on the day, night and overnight shifts of the 1st and 2nd, the
 * supervisor and the department manager. `swaps` and `leave` as given.
 */
export function december(
  options: Partial<Pick<Roster, 'swaps' | 'leave' | 'assignments' | 'staff'>> = {},
): Roster {
  const rows = (date: string) => [
    { staff: ALICE.staffId, date, shift: 'day', post: 'front-desk' },
    { staff: BEN.staffId, date, shift: 'night', post: 'front-desk' },
    { staff: CARL.staffId, date, shift: 'overnight', post: 'front-desk' },
  ];
  return {
    site: 'Gaoxin International Plaza',
    month: '2026-12',
    policy: 'cs-department',
    staff: options.staff ?? [
      { id: ALICE.staffId, name: '陳美玲', roles: ['duty-officer'] },
      { id: BEN.staffId, name: '黃志強', roles: ['duty-officer'] },
      { id: CARL.staffId, name: '張家豪', roles: ['duty-officer'] },
      { id: SUPERVISOR.staffId, name: '李主任', roles: ['cs-supervisor'] },
      { id: MANAGER.staffId, name: '何經理', roles: ['department-manager'] },
    ],
    assignments: options.assignments ?? [...rows('2026-12-01'), ...rows('2026-12-02')],
    leave: options.leave ?? [],
    swaps: options.swaps ?? [],
    publications: [],
    publicHolidays: [],
  };
}
