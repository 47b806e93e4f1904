/**
 * The tools the sample month is written with: the site and its staff, the
 * duty rota, site time (Beijing time, +08:00, whatever the machine's zone),
 * a seeded random generator, and the timeline that runs every planned step
 * in time order against one real journal.
 *
 * Nothing here makes an entry by hand: a step runs a command of
 * `@duty-handover/core` (a handover session's, a case's or the key
 * register's) and appends what it returns, or the journal's own `amend`. A
 * refused command stops the generation with the refusal, so a sample that
 * the engine would not accept cannot be written.
 */
import {
  CASE_PAYLOAD_SCHEMAS,
  HANDOVER_PAYLOAD_SCHEMAS,
  KEYS_PAYLOAD_SCHEMAS,
  createHandoverSession,
  createJournal,
  createMemoryAdapter,
  resolvePolicy,
  type Actor,
  type CaseCommandContext,
  type HandoverSession,
  type Journal,
  type KeyCommandContext,
  type ResolvedPolicy,
  type SealedEntry,
  type SessionOutcome,
  type UnsealedEntry,
} from '@duty-handover/core';

// ——— The site ————————————————————————————————————————————————————————————

export const SITE = { id: 'harbour-view', name: '海景花園客服中心', timeZone: 'Asia/Shanghai' } as const;
export const PRESET = 'reg7';
export const POST = 'front-desk';
/** Every day of the sample month. */
export const DAYS: readonly string[] = Array.from(
  { length: 31 },
  (_, index) => `2026-12-${String(index + 1).padStart(2, '0')}`,
);

/** The four duty officers who work the desk's two shifts, and the two supervisors who countersign. */
export const STAFF = {
  chan: { staffId: 'HV-2031', name: '陳美玲', role: 'duty-officer' },
  wong: { staffId: 'HV-2047', name: '黃志強', role: 'duty-officer' },
  lau: { staffId: 'HV-2052', name: '劉曉燕', role: 'duty-officer' },
  cheung: { staffId: 'HV-2068', name: '張家豪', role: 'duty-officer' },
  lee: { staffId: 'HV-1012', name: '李慧芬', role: 'cs-supervisor' },
  wang: { staffId: 'HV-1019', name: '王建國', role: 'cs-supervisor' },
} as const satisfies Record<string, Actor>;

export const OFFICERS: readonly Actor[] = [STAFF.chan, STAFF.wong, STAFF.lau, STAFF.cheung];

/** `HV-2031 陳美玲`: how a matter names its owner. */
export function named(actor: Actor): string {
  return actor.name === undefined ? actor.staffId : `${actor.staffId} ${actor.name}`;
}

// ——— Site time ————————————————————————————————————————————————————————————

/** The presets keep Beijing time, which has no daylight saving: +08:00 all year. */
const OFFSET = '+08:00';
const OFFSET_MS = 8 * 60 * 60 * 1000;
export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;

/** The instant of a site wall-clock time (`HH:mm` or `HH:mm:ss`) on a day. */
export function instant(day: string, time: string): number {
  return Date.parse(`${day}T${time.length === 5 ? `${time}:00` : time}${OFFSET}`);
}

/** ISO 8601 in site time, as the engine writes it: `2026-12-01T16:53:00+08:00`. */
export function iso(ms: number): string {
  return `${new Date(ms + OFFSET_MS).toISOString().slice(0, 19)}${OFFSET}`;
}

/** The site day (`yyyy-MM-dd`) of an instant. */
export function dayOf(ms: number): string {
  return new Date(ms + OFFSET_MS).toISOString().slice(0, 10);
}

/** `HH:mm` in site time. */
export function clockOf(ms: number): string {
  return new Date(ms + OFFSET_MS).toISOString().slice(11, 16);
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 24 * HOUR).toISOString().slice(0, 10);
}

/** 0 for Sunday … 6 for Saturday. */
export function weekday(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

/** `12 月 3 日`. */
export function spokenDay(day: string): string {
  return `${Number(day.slice(5, 7))} 月 ${Number(day.slice(8, 10))} 日`;
}

/** `09:12` on `today`, `12 月 3 日 09:12` on any other day. */
export function spokenTime(ms: number, today: string): string {
  const day = dayOf(ms);
  return day === today ? clockOf(ms) : `${spokenDay(day)} ${clockOf(ms)}`;
}

// ——— A seeded generator ————————————————————————————————————————————————————

/** mulberry32: small, fast and the same on every machine, which is all a sample needs. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  /** An integer from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(list: readonly T[]): T {
    const item = list[this.int(0, list.length - 1)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** `count` different items, in the order drawn. */
  sample<T>(list: readonly T[], count: number): T[] {
    const pool = [...list];
    const drawn: T[] = [];
    while (drawn.length < count && pool.length > 0)
      drawn.push(...pool.splice(this.int(0, pool.length - 1), 1));
    return drawn;
  }

  /** A number of seconds from `min` to `max`, as milliseconds. */
  seconds(min: number, max: number): number {
    return this.int(min, max) * SECOND;
  }
}

// ——— The duty rota ————————————————————————————————————————————————————————

/**
 * Who works which shift: REG7's early shift (08:00–17:00) hands the desk to
 * the middle shift (12:00–21:00) at 17:00; the desk is closed overnight. The
 * four officers rotate, each working about two days in four.
 */
export function rota(dayIndex: number): { readonly early: Actor; readonly middle: Actor } {
  const week = Math.floor(dayIndex / 7);
  const early = OFFICERS[dayIndex % 4];
  const middle = OFFICERS[(dayIndex + 1 + (week % 3)) % 4];
  if (early === undefined || middle === undefined) throw new Error('rota out of range');
  return { early, middle };
}

/** The supervisor who countersigns on a day: 李慧芬 on weekdays, 王建國 at weekends. */
export function supervisorOn(day: string): Actor {
  const dow = weekday(day);
  return dow === 0 || dow === 6 ? STAFF.wang : STAFF.lee;
}

interface Window {
  readonly start: number;
  readonly end: number;
}

/** When a member of staff can do case and key work: their shifts, less the handover itself. */
function windowsOf(staffId: string): Window[] {
  const windows: Window[] = [];
  DAYS.forEach((day, index) => {
    const { early, middle } = rota(index);
    if (early.staffId === staffId) windows.push({ start: instant(day, '08:05'), end: instant(day, '16:30') });
    if (middle.staffId === staffId)
      windows.push({ start: instant(day, '12:05'), end: instant(day, '20:45') });
  });
  return windows;
}

/** The officer at the desk at an instant: the early one until the handover, then the middle one. */
export function atDesk(ms: number): Actor {
  const day = dayOf(ms);
  const { early, middle } = rota(DAYS.indexOf(day));
  return ms < instant(day, '17:10') ? early : middle;
}

// ——— The timeline ————————————————————————————————————————————————————————

interface Step {
  readonly at: number;
  readonly order: number;
  readonly what: string;
  readonly run: () => Promise<void>;
}

/** What a case or key command returns. */
type Result =
  | { readonly ok: true; readonly entry: UnsealedEntry }
  | { readonly ok: false; readonly refusal: { readonly code: string; readonly params: object } };

/**
 * One month of one site: a journal, a clock, and the steps planned for it.
 * Planning draws every random choice up front; `play` then runs the steps in
 * time order (planning order among equal times), setting the clock to each
 * step's instant first. The journal only accepts entries in time order, so
 * this is also what lets a case, a key loan and a handover interleave.
 */
export class Month {
  readonly policy: ResolvedPolicy = resolvePolicy(PRESET);
  readonly journal: Journal = createJournal({
    adapter: createMemoryAdapter(),
    payloadSchemas: { ...HANDOVER_PAYLOAD_SCHEMAS, ...KEYS_PAYLOAD_SCHEMAS, ...CASE_PAYLOAD_SCHEMAS },
  });
  readonly random: Random;
  /** Ids of entries written, by a label a later step names them with (the correction). */
  readonly written = new Map<string, string>();
  private readonly steps: Step[] = [];
  private readonly sessions = new Map<string, HandoverSession>();
  private readonly windows = new Map<string, Window[]>();
  private now = 0;

  constructor(seed: number) {
    this.random = new Random(seed);
  }

  /** Plans a step at `at`. */
  plan(at: number, what: string, run: () => Promise<void>): void {
    if (Number.isNaN(at)) throw new Error(`no time for ${what}`);
    this.steps.push({ at, order: this.steps.length, what, run });
  }

  /** Plans a command of the key register. */
  keys(
    at: number,
    actor: Actor,
    what: string,
    command: (entries: readonly SealedEntry[], context: KeyCommandContext) => Result,
  ): void {
    this.plan(at, what, async () => {
      await this.append(what, command(await this.journal.entries(), { actor, at: iso(this.now) }));
    });
  }

  /** Plans a case command. */
  case(
    at: number,
    actor: Actor,
    what: string,
    command: (entries: readonly SealedEntry[], context: CaseCommandContext) => Result,
  ): void {
    this.plan(at, what, async () => {
      const context = { policy: this.policy, actor, at: iso(this.now) };
      await this.append(what, command(await this.journal.entries(), context));
    });
  }

  /**
   * Plans a command of a handover session. The session follows one handover
   * and reads the time from the month's clock; `label` keeps the entry's id.
   */
  handover(
    at: number,
    handoverId: string,
    what: string,
    command: (session: HandoverSession) => Promise<SessionOutcome>,
    label?: string,
  ): void {
    this.plan(at, `${handoverId}: ${what}`, async () => {
      let session = this.sessions.get(handoverId);
      if (session === undefined) {
        session = createHandoverSession({
          journal: this.journal,
          policy: this.policy,
          clock: () => this.now,
          handoverId,
        });
        this.sessions.set(handoverId, session);
      }
      const outcome = await command(session);
      if (!outcome.ok) {
        throw new Error(
          `${handoverId}: ${what} was refused: ${outcome.refusal.code} ${JSON.stringify(outcome.refusal.params)}`,
        );
      }
      if (label !== undefined) this.written.set(label, outcome.entry.id);
    });
  }

  /** Runs every planned step in time order. */
  async play(): Promise<readonly SealedEntry[]> {
    const steps = [...this.steps].sort((a, b) => a.at - b.at || a.order - b.order);
    for (const step of steps) {
      this.now = step.at;
      await step.run();
    }
    return this.journal.entries();
  }

  /**
   * A time for `staff` to do something at least `min` and at most `max`
   * minutes after `after`, within one of their shifts (the next one if the
   * current one is too short); `undefined` when the month has no such shift left.
   */
  slot(staff: Actor, after: number, min: number, max: number): number | undefined {
    let windows = this.windows.get(staff.staffId);
    if (windows === undefined) {
      windows = windowsOf(staff.staffId);
      this.windows.set(staff.staffId, windows);
    }
    for (const window of windows) {
      const from = Math.max(after, window.start);
      const room = Math.floor((window.end - from) / SECOND);
      if (room < min * 60) continue;
      return from + this.random.int(min * 60, Math.min(max * 60, room)) * SECOND;
    }
    return undefined;
  }

  private async append(what: string, result: Result): Promise<void> {
    if (!result.ok)
      throw new Error(`${what} was refused: ${result.refusal.code} ${JSON.stringify(result.refusal.params)}`);
    await this.journal.append(result.entry);
  }
}
