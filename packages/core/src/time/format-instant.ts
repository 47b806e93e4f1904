import { TZDate } from '@date-fns/tz';
import { DAY_MS, daysFromCivil } from './civil-days.js';

/**
 * An instant as ISO 8601 with the zone's offset at that instant,
 * `2026-12-01T17:30:00+08:00`, so a reader sees the site's wall clock and the
 * text still names one exact instant: `parseInstant` reads it back to the
 * same second (milliseconds are not written).
 *
 * The year is the calendar year (`uuuu`: the year before 0001 is 0000), not
 * the year of an era (`yyyy`, which would write it 0001).
 *
 * @throws {RangeError} when `ms` is not an instant, `timeZone` is not a zone,
 *   the wall clock there is outside the years 0000–9999 (four digits cannot
 *   write it), or the zone's offset at that instant has seconds (the local
 *   mean time zones kept before standard time: Shanghai ran 8:05:43 ahead of
 *   UTC until 1901), since `±HH:mm` would then name another instant. Neither
 *   happens for an instant of the years the product accepts (2000–2999).
 */
export function formatInstant(ms: number, timeZone: string): string {
  const date = new TZDate(ms, timeZone);
  // NaN for an unknown zone, for `ms` that is not an instant, or a wall clock past what a date can hold.
  const wallMs = wallClockMillis(date);
  if (Number.isNaN(wallMs)) {
    throw new RangeError(`Cannot write instant ${String(ms)} in time zone ${timeZone}`);
  }
  const year = date.getFullYear();
  if (year < 0 || year > 9999) {
    throw new RangeError(`Instant ${ms} falls in year ${year} in ${timeZone}: not writable as yyyy`);
  }
  const offsetMs = wallMs - date.getTime();
  if (offsetMs % 60_000 !== 0) {
    throw new RangeError(
      `${timeZone} was off UTC by an offset with seconds at instant ${ms}: ±HH:mm cannot write it`,
    );
  }
  // The zone's wall clock comes from @date-fns/tz; only the digits are written
  // here (date-fns' `format` would bring its locale tables into every bundle).
  const offset = Math.abs(offsetMs / 60_000);
  return (
    `${pad(year, 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${offsetMs < 0 ? '-' : '+'}${pad(Math.floor(offset / 60))}:${pad(offset % 60)}`
  );
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** The wall clock a zoned date shows, as if it were UTC, in epoch milliseconds. */
function wallClockMillis(date: TZDate): number {
  const day = daysFromCivil(date.getFullYear(), date.getMonth() + 1, date.getDate());
  return (
    day * DAY_MS +
    ((date.getHours() * 60 + date.getMinutes()) * 60 + date.getSeconds()) * 1000 +
    date.getMilliseconds()
  );
}
