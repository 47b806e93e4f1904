import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/**
 * An instant as ISO 8601 with the zone's offset at that instant,
 * `2026-12-01T17:30:00+08:00`, so a reader sees the site's wall clock and the
 * text still names one exact instant.
 */
export function formatInstant(ms: number, timeZone: string): string {
  return format(new TZDate(ms, timeZone), "yyyy-MM-dd'T'HH:mm:ssxxx");
}
