/**
 * Which shift hands over to which: the two shift instances of a post that
 * meet at a handover near a given instant, read from the policy's shift
 * definitions in the site's time zone. A form that opens a handover uses it
 * to propose the outgoing and incoming shifts (and, with a roster, the
 * people on them); the result is a proposal, the opening entry records what
 * the parties confirm.
 */
import { isDate, toDate } from 'date-fns';
import type { ResolvedPolicy } from '../policy/resolve.js';
import { addCalendarDays } from '../time/add-calendar-days.js';
import { formatInstant } from '../time/format-instant.js';
import { parseInstant } from '../time/parse-instant.js';
import { shiftInstance, type ShiftInstance } from '../time/shift-instance.js';
import { isSupportedInstant } from '../time/supported-range.js';
import type { Instant } from './timing.js';

/** The outgoing shift instance and the one that takes over from it. */
export interface HandoverShifts {
  readonly outgoing: ShiftInstance;
  readonly incoming: ShiftInstance;
}

/**
 * Every shift instance of `post` that starts on the days from `fromDay` to
 * `toDay` (`yyyy-MM-dd`, both included), ordered by start, then end.
 */
export function postShiftInstances(
  policy: ResolvedPolicy,
  post: string,
  fromDay: string,
  toDay: string,
): ShiftInstance[] {
  const shifts = policy.shifts.filter((shift) => shift.post === post);
  const instances: ShiftInstance[] = [];
  for (let day = fromDay; day <= toDay; day = addCalendarDays(day, 1)) {
    for (const shift of shifts) instances.push(shiftInstance(day, shift, policy.timeZone));
  }
  return instances.sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
}

/**
 * The handover of `post` nearest to `at`: the outgoing instance is the one
 * already started whose end is closest to `at` (just before or just after
 * it: a handover runs a little past the shift's end); the incoming instance
 * is the first to start among those that end after it — the overlapping
 * middle shift at 17:00, the next morning's first shift across a closed night.
 * `undefined` when the policy has no shift at that post, or when `at` is not
 * an instant of the years 2000–2999 (text `parseInstant` does not read, NaN,
 * a number or a `Date` out of that range): a form then proposes nothing.
 */
export function handoverShiftsAt(
  policy: ResolvedPolicy,
  post: string,
  at: Instant,
): HandoverShifts | undefined {
  const now = instantMillis(at);
  if (now === undefined) return undefined;
  const day = formatInstant(now, policy.timeZone).slice(0, 10);
  const instances = postShiftInstances(policy, post, addCalendarDays(day, -1), addCalendarDays(day, 2));
  let outgoing: ShiftInstance | undefined;
  for (const instance of instances) {
    if (instance.startMs > now) continue;
    const distance = Math.abs(instance.endMs - now);
    if (outgoing === undefined || distance < Math.abs(outgoing.endMs - now)) outgoing = instance;
  }
  if (outgoing === undefined) return undefined;
  const from = outgoing;
  const incoming = instances.find((instance) => instance.endMs > from.endMs && instance.key !== from.key);
  return incoming === undefined ? undefined : { outgoing, incoming };
}

/**
 * Epoch milliseconds of an instant the product accepts (HOR-1.1: the same
 * definition as the journal's), or `undefined`. Text is read by `parseInstant`
 * only: an offset is required, so the host's zone never comes into it.
 */
function instantMillis(at: unknown): number | undefined {
  let ms: number | undefined;
  if (typeof at === 'string') ms = parseInstant(at);
  else if (typeof at === 'number') ms = at;
  else if (isDate(at)) ms = toDate(at).getTime();
  return ms !== undefined && isSupportedInstant(ms) ? ms : undefined;
}
