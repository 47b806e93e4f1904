/**
 * The call-surge controller: a pure state machine fed with samples of
 * (time, callers waiting) that says which seat sources join the inbound
 * seats and when they leave (CCS-6.3.2a–f, CCS-6.3.3, CCS-6.3.4n).
 *
 * How the plan is read, documented here once:
 *
 * - The steps join in the policy's order, one at most per sample, each once
 *   the queue has stayed above its `waitingAbove` for `sustainedMinutes`,
 *   counted from the later of the start of that run and the previous step's
 *   joining (6.3.2b, c: "still so after the step before"). A step with no
 *   sustain (6.3.2d, more than ten waiting) joins at the first sample after
 *   the step before, once the queue is above its threshold.
 * - `waitingAtMost` describes the band of steps 1–3 (5 < n ≤ 10). A queue
 *   above the band is still "more than five", so it keeps their clocks
 *   running: a queue that jumps past ten climbs steps 1–3 at their pace and
 *   then takes step 4 at once, in the source's order. A single spike never
 *   brings seats in.
 * - A run of samples counts as sustained from its first sample; the queue is
 *   taken as holding between two samples.
 * - At or below `releaseAtOrBelow` waiting, the seats that joined leave one
 *   source per sample, last joined first (6.3.3: 按簽入順序反方向逐步簽出).
 *   Between the release level and a step's threshold nothing changes.
 * - Night (`nightFrom`–`nightTo`, site time, wrapping past midnight; equal
 *   times mean no night): when the first step's condition has held for its
 *   sustain, everyone but `nightKeepSupervisors` on-site supervisors joins
 *   at once (6.3.4n) instead of the daytime steps. That join leaves like any
 *   other, when the queue falls to the release level, even after daybreak;
 *   the daytime steps then start from the first one not yet joined.
 * - Samples that cannot be read, or that come before the last one taken in,
 *   are ignored and leave the state as it was.
 *
 * The state is plain JSON, so it can be stored between samples.
 */
import { addMinutes } from 'date-fns';
import type { MessageId } from '../messages.js';
import type { ClauseId } from '../policy/clauses.js';
import type { ResolvedPolicy } from '../policy/resolve.js';
import type { SurgeSource } from '../policy/schema.js';
import { minutesOfDay } from '../policy/time-of-day.js';
import { formatInstant } from '../time/format-instant.js';
import { parseInstant } from '../time/parse-instant.js';
import { siteMinutesOf } from './duty-time.js';

/** What the monitoring shows at an instant. */
export interface SurgeSample {
  /** ISO 8601 with an offset. */
  readonly at: string;
  /** Callers waiting in the inbound queue. */
  readonly waiting: number;
}

/** Something that joined the inbound seats: a step of the policy, or the whole night staff. */
export type SurgeJoin =
  | { readonly kind: 'step'; readonly step: number; readonly at: string; readonly atMs: number }
  | { readonly kind: 'night'; readonly at: string; readonly atMs: number };

export interface SurgeState {
  /** The last sample taken in. */
  readonly lastMs: number | null;
  /** Who joined, in joining order; the last one leaves first. */
  readonly joined: readonly SurgeJoin[];
  /** Per policy step: since when the queue has stayed above its threshold (`null`: it is not). */
  readonly aboveSince: readonly (number | null)[];
}

/** The night mode's pseudo-source: every non-inbound seat. */
export const NIGHT_SOURCE = 'all-non-inbound';

export interface SurgeAction {
  readonly action: 'join' | 'release';
  /** The policy step's id, or `night`. */
  readonly step: string;
  readonly source: SurgeSource | typeof NIGHT_SOURCE;
  /** Seats the step adds, as the policy gives them (night: undefined, everyone joins). */
  readonly seats: { readonly min: number; readonly max: number } | undefined;
  /** Night mode: on-site supervisors who stay off the inbound seats. */
  readonly keepSupervisors: number | undefined;
  /** The sample's instant, with the site's offset. */
  readonly at: string;
  readonly clauses: readonly ClauseId[];
  readonly messageId: MessageId;
  readonly params: Readonly<Record<string, string | number>>;
}

export type SurgeIgnoredReason = 'invalid-sample' | 'out-of-order';

export interface SurgeStepResult {
  readonly state: SurgeState;
  readonly actions: readonly SurgeAction[];
  /** Why the sample was not taken in; the state is then unchanged. */
  readonly ignored: SurgeIgnoredReason | undefined;
}

export interface SurgeController {
  initialSurgeState(): SurgeState;
  step(state: SurgeState, sample: SurgeSample): SurgeStepResult;
}

/** The clause each seat source is added by. */
const SOURCE_CLAUSES: Readonly<Record<SurgeSource, ClauseId>> = {
  'floating-experts': 'CCS-6.3.2a',
  'outbound-seats': 'CCS-6.3.2b',
  'quality-control': 'CCS-6.3.2c',
  'back-office': 'CCS-6.3.2d',
  'longer-shifts': 'CCS-6.3.2e',
  'emergency-overtime': 'CCS-6.3.2f',
};

export function surgeController(policy: ResolvedPolicy): SurgeController {
  const { steps, releaseAtOrBelow, nightKeepSupervisors, nightFrom, nightTo } = policy.escalation.surge;
  const { timeZone } = policy;

  function initialSurgeState(): SurgeState {
    return { lastMs: null, joined: [], aboveSince: steps.map(() => null) };
  }

  function isNight(ms: number): boolean {
    const minute = siteMinutesOf(ms, timeZone);
    const from = minutesOfDay(nightFrom);
    const to = minutesOfDay(nightTo);
    if (from < to) return minute >= from && minute < to;
    if (from > to) return minute >= from || minute < to;
    return false;
  }

  /** Whether the queue has held above step `index`'s threshold long enough, counted from `notBefore`. */
  function sustained(state: SurgeState, index: number, notBefore: number, ms: number): boolean {
    const step = steps[index];
    const since = state.aboveSince[index];
    if (step === undefined || since === undefined || since === null) return false;
    return addMinutes(Math.max(since, notBefore), step.sustainedMinutes).getTime() <= ms;
  }

  function joinAction(join: SurgeJoin): SurgeAction {
    if (join.kind === 'night') {
      return {
        action: 'join',
        step: 'night',
        source: NIGHT_SOURCE,
        seats: undefined,
        keepSupervisors: nightKeepSupervisors,
        at: join.at,
        clauses: ['CCS-6.3.4n'],
        messageId: 'escalation.surge.night-join',
        params: { keep: nightKeepSupervisors },
      };
    }
    const step = steps[join.step];
    if (step === undefined) throw new RangeError(`No surge step ${join.step}`);
    return {
      action: 'join',
      step: step.id,
      source: step.source,
      seats: { min: step.addMin, max: step.addMax },
      keepSupervisors: undefined,
      at: join.at,
      clauses: [SOURCE_CLAUSES[step.source]],
      messageId: 'escalation.surge.join',
      params: { source: step.source, min: step.addMin, max: step.addMax },
    };
  }

  function releaseAction(join: SurgeJoin, at: string): SurgeAction {
    const joined = joinAction(join);
    return {
      ...joined,
      action: 'release',
      seats: undefined,
      keepSupervisors: undefined,
      at,
      clauses: join.kind === 'night' ? ['CCS-6.3.3', 'CCS-6.3.4n'] : ['CCS-6.3.3'],
      messageId: join.kind === 'night' ? 'escalation.surge.night-release' : 'escalation.surge.release',
      params: join.kind === 'night' ? {} : { source: joined.source },
    };
  }

  function step(state: SurgeState, sample: SurgeSample): SurgeStepResult {
    const ms = parseInstant(sample.at);
    if (ms === undefined || !Number.isInteger(sample.waiting) || sample.waiting < 0) {
      return { state, actions: [], ignored: 'invalid-sample' };
    }
    if (state.lastMs !== null && ms < state.lastMs) return { state, actions: [], ignored: 'out-of-order' };

    const { waiting } = sample;
    const at = formatInstant(ms, timeZone);
    const aboveSince = steps.map((candidate, index) =>
      waiting > candidate.waitingAbove ? (state.aboveSince[index] ?? ms) : null,
    );
    const next: SurgeState = { lastMs: ms, joined: state.joined, aboveSince };
    const done = (joined: readonly SurgeJoin[], actions: readonly SurgeAction[]): SurgeStepResult => ({
      state: { ...next, joined },
      actions,
      ignored: undefined,
    });

    // De-escalation: the last source in leaves first (CCS-6.3.3).
    if (waiting <= releaseAtOrBelow) {
      const last = state.joined[state.joined.length - 1];
      return last === undefined
        ? done(state.joined, [])
        : done(state.joined.slice(0, -1), [releaseAction(last, at)]);
    }

    // Night: everyone but the on-site supervisors joins at once (CCS-6.3.4n).
    if (isNight(ms)) {
      const nightJoined = state.joined.some((join) => join.kind === 'night');
      if (nightJoined || steps.length === 0 || !sustained(next, 0, Number.NEGATIVE_INFINITY, ms)) {
        return done(state.joined, []);
      }
      const join: SurgeJoin = { kind: 'night', at, atMs: ms };
      return done([...state.joined, join], [joinAction(join)]);
    }

    // Day: the first step not yet in, once its condition has held long enough (CCS-6.3.2a–f).
    const index = steps.findIndex((_, candidate) => !isJoined(state, candidate));
    if (index < 0) return done(state.joined, []);
    const previous = index === 0 ? undefined : lastJoinOf(state, index - 1);
    if (!sustained(next, index, previous?.atMs ?? Number.NEGATIVE_INFINITY, ms))
      return done(state.joined, []);
    const join: SurgeJoin = { kind: 'step', step: index, at, atMs: ms };
    return done([...state.joined, join], [joinAction(join)]);
  }

  return { initialSurgeState, step };
}

function isJoined(state: SurgeState, step: number): boolean {
  return state.joined.some((join) => join.kind === 'step' && join.step === step);
}

function lastJoinOf(state: SurgeState, step: number): SurgeJoin | undefined {
  return state.joined.findLast((join) => join.kind === 'step' && join.step === step);
}
