/**
 * Each person's duties as an iCalendar (RFC 5545) file, so staff can
 * subscribe in any calendar app.
 *
 * Times are local times of the site with a `TZID`, and the file carries a
 * `VTIMEZONE` built from the zone's real offsets over the month (one
 * observance for the offset in force when the month begins, one per change
 * inside it), so a calendar shows the right hours even on a DST night and
 * never depends on its own copy of the zone rules. Lines end in CRLF, are
 * folded at 75 octets without splitting a character, and text is escaped.
 * UIDs are stable (instance key and person), so re-publishing a changed
 * roster updates events instead of duplicating them. DTSTAMP comes from
 * `options.now`: the core never reads the clock.
 */
import { TZDate, tzOffset, tzScan } from '@date-fns/tz';
import { format } from 'date-fns';
import type { Locale } from '../diagnostics/format.js';
import type { ResolvedPolicy } from '../policy/resolve.js';
import { parseInstant } from '../time/parse-instant.js';
import type { InstanceSlot } from './calendar.js';
import { buildRosterContext, type RosterContext } from './context.js';
import type { Roster } from './document.js';
import { RosterError } from './roster-error.js';
import { problem } from '../diagnostics/problem.js';

export interface ICalendarOptions {
  /** When the file is made (ISO 8601 with offset): every event's DTSTAMP. */
  readonly now: string;
  /** Language of event titles and the calendar name. Default `zh-Hant`. */
  readonly locale?: Locale;
  /** Right-hand side of every UID, naming the issuing system. Default `duty-handover`. */
  readonly uidDomain?: string;
}

const PRODID = '-//duty-handover//roster calendar//EN';
const DAY_MS = 24 * 60 * 60 * 1000;
const LINE_OCTETS = 75;

/**
 * The iCalendar file of one person's shifts in `roster`.
 *
 * @throws {RosterError} when the roster does not resolve, the person is not
 *   on the staff list, or `now` is not an instant.
 */
export function staffICalendar(
  roster: Roster,
  policy: ResolvedPolicy,
  staffId: string,
  options: ICalendarOptions,
): string {
  const context = buildRosterContext(roster, policy);
  const staff = context.staffIndex.get(staffId);
  if (staff === undefined) {
    throw new RosterError([problem(['staff'], 'roster.unknown-staff', { staff: staffId })]);
  }
  return personCalendar(context, staff, options);
}

/** Every rostered person's iCalendar file, by staff id, from one pass over the roster. */
export function rosterICalendars(
  roster: Roster,
  policy: ResolvedPolicy,
  options: ICalendarOptions,
): Map<string, string> {
  const context = buildRosterContext(roster, policy);
  const files = new Map<string, string>();
  roster.staff.forEach((member, staff) => {
    if ((context.byStaff[staff]?.length ?? 0) > 0)
      files.set(member.id, personCalendar(context, staff, options));
  });
  return files;
}

function personCalendar(context: RosterContext, staff: number, options: ICalendarOptions): string {
  const nowMs = parseInstant(options.now);
  if (nowMs === undefined) throw new RosterError([problem(['now'], 'roster.format.instant')]);
  const { roster, policy, calendar } = context;
  const locale = options.locale ?? 'zh-Hant';
  const domain = options.uidDomain ?? 'duty-handover';
  const member = roster.staff[staff];
  const timeZone = calendar.timeZone;
  const stamp = format(new TZDate(nowMs, 'UTC'), "yyyyMMdd'T'HHmmss'Z'");
  const postName = (id: string) => policy.posts.find((post) => post.id === id)?.name[locale] ?? id;

  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${text(`${member?.name ?? ''} · ${roster.site} · ${roster.month}`)}`,
    `X-WR-TIMEZONE:${timeZone}`,
    ...vtimezone(timeZone, calendar.monthStartMs - DAY_MS, calendar.monthEndMs + 2 * DAY_MS),
  ];
  for (const { slot } of context.byStaff[staff] ?? []) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${text(`${slot.key}/${member?.id ?? ''}@${domain}`)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;TZID=${timeZone}:${localTime(slot.startMs, timeZone)}`,
      `DTEND;TZID=${timeZone}:${localTime(slot.endMs, timeZone)}`,
      `SUMMARY:${text(`${slot.shift.name[locale]} · ${postName(slot.post)}`)}`,
      `LOCATION:${text(roster.site)}`,
      `DESCRIPTION:${text(description(slot))}`,
      'STATUS:CONFIRMED',
      'TRANSP:OPAQUE',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

function description(slot: InstanceSlot): string {
  const { shift } = slot;
  const meal = shift.mealBreakMinutes === undefined ? '' : ` (${shift.mealBreakMinutes} min meal break)`;
  return `${slot.key}\n${shift.start}–${shift.end}${meal}`;
}

/**
 * A VTIMEZONE valid for `[fromMs, toMs)`: the offset in force at `fromMs`,
 * then one observance per change. An observance is DAYLIGHT when its offset
 * is above the zone's lowest offset over the year before, else STANDARD.
 */
export function vtimezone(timeZone: string, fromMs: number, toMs: number): string[] {
  const start = new TZDate(fromMs, 'UTC');
  const initial = tzOffset(timeZone, start);
  const yearBefore = tzScan(timeZone, { start: new TZDate(fromMs - 366 * DAY_MS, 'UTC'), end: start });
  const standard = Math.min(initial, ...yearBefore.map((change) => change.offset - change.change));
  const changes = tzScan(timeZone, { start, end: new TZDate(toMs, 'UTC') });
  const kind = (offset: number) => (offset > standard ? 'DAYLIGHT' : 'STANDARD');
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  // The first observance only has to start before any event; 1970 is the customary origin.
  lines.push(
    `BEGIN:${kind(initial)}`,
    'DTSTART:19700101T000000',
    `TZOFFSETFROM:${offsetText(initial)}`,
    `TZOFFSETTO:${offsetText(initial)}`,
    `END:${kind(initial)}`,
  );
  for (const change of changes) {
    const before = change.offset - change.change;
    // DTSTART of an observance is the wall time at the change, read in the offset it replaces.
    const onset = format(new TZDate(change.date.getTime() + before * 60_000, 'UTC'), "yyyyMMdd'T'HHmmss");
    lines.push(
      `BEGIN:${kind(change.offset)}`,
      `DTSTART:${onset}`,
      `TZOFFSETFROM:${offsetText(before)}`,
      `TZOFFSETTO:${offsetText(change.offset)}`,
      `END:${kind(change.offset)}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

function localTime(ms: number, timeZone: string): string {
  return format(new TZDate(ms, timeZone), "yyyyMMdd'T'HHmmss");
}

/** `480` → `+0800`, `-570` → `-0930`. */
function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const whole = Math.abs(Math.round(minutes));
  return `${sign}${String(Math.floor(whole / 60)).padStart(2, '0')}${String(whole % 60).padStart(2, '0')}`;
}

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function text(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line so no line exceeds 75 octets of UTF-8 (RFC 5545
 * §3.1): continuation lines start with one space, and a character is never
 * split across lines.
 */
export function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    if (octets + size > LINE_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}
