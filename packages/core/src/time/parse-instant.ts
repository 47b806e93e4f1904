import { calendarParts } from './calendar-day.js';
import { DAY_MS, daysFromCivil } from './civil-days.js';
import { isSupportedInstant } from './supported-range.js';

/**
 * The shape of an instant: ISO 8601 date and time, seconds optional, up to
 * nine fractional digits, and an explicit offset (`Z` or `±HH:mm`). The
 * shape only, for JSON Schema and the like: {@link parseInstant} also
 * checks that the date exists, the clock and the offset are in range, and
 * the instant falls in the years the product accepts.
 */
export const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

const INSTANT_PARTS =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:Z|([+-])(\d{2}):(\d{2}))$/;

/**
 * Epoch milliseconds of an instant, or `undefined` when the text is not one
 * the product accepts. This is the one definition of an instant: the
 * journal's `InstantSchema`, the roster's `Instant` and every reader of a
 * stored time use it, so whatever one accepts, all can read.
 *
 * An instant is written `yyyy-MM-ddTHH:mm`, optionally `:ss` and up to nine
 * fractional digits (`.123456789`; digits past the millisecond are dropped),
 * then `Z` or an offset `±HH:mm` up to ±23:59. The date must exist, the clock
 * runs from 00:00:00 to 23:59:59 (no `24:00`, no leap second `:60`), and the
 * instant must fall from 2000-01-01T00:00:00Z up to, not including,
 * 3000-01-01T00:00:00Z (see `isSupportedInstant`).
 *
 * The offset is required: a bare local time would be read in the host's
 * zone, and results must not depend on the machine. Reading is plain
 * arithmetic, so it does not either.
 */
export function parseInstant(text: string): number | undefined {
  const ms = readInstant(text);
  return ms !== undefined && isSupportedInstant(ms) ? ms : undefined;
}

/**
 * Why {@link parseInstant} refuses `text`: `'format'` when it is not an
 * ISO 8601 instant at all, `'range'` when it is one outside the years
 * 2000–2999; `undefined` when it is accepted. Schemas use it to tell the
 * two apart in their messages.
 */
export function instantRefusal(text: string): 'format' | 'range' | undefined {
  const ms = readInstant(text);
  if (ms === undefined) return 'format';
  return isSupportedInstant(ms) ? undefined : 'range';
}

/** The instant an ISO 8601 text names, whatever its year; `undefined` when it is not one. */
function readInstant(text: string): number | undefined {
  // A caller in plain JavaScript may pass anything; only text can be an instant.
  if (typeof (text as unknown) !== 'string') return undefined;
  const match = INSTANT_PARTS.exec(text);
  if (!match) return undefined;
  const [, date = '', hh = '', mm = '', ss = '00', fraction = '', sign, offsetHh = '00', offsetMm = '00'] =
    match;
  const parts = calendarParts(date);
  const hours = Number(hh);
  const minutes = Number(mm);
  const seconds = Number(ss);
  const offsetHours = Number(offsetHh);
  const offsetMinutes = Number(offsetMm);
  if (parts === undefined || hours > 23 || minutes > 59 || seconds > 59) return undefined;
  if (offsetHours > 23 || offsetMinutes > 59) return undefined;
  const offsetMs = (sign === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
  return (
    daysFromCivil(parts.year, parts.monthIndex + 1, parts.day) * DAY_MS +
    ((hours * 60 + minutes) * 60 + seconds) * 1000 +
    Number(fraction.padEnd(3, '0').slice(0, 3)) -
    offsetMs
  );
}
