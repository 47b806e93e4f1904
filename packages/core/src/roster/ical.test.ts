import { describe, expect, it } from 'vitest';
import { resolvePolicy, type ResolvedPolicy } from '../policy/resolve.js';
import { buildRosterContext } from './context.js';
import type { Roster } from './document.js';
import { cleanMonth } from './fixtures/clean-month.js';
import { fold, rosterICalendars, staffICalendar, text } from './ical.js';
import { RosterError } from './roster-error.js';

const NOW = { now: '2026-11-21T16:00:00+08:00' };

interface Property {
  readonly name: string;
  readonly params: Record<string, string>;
  readonly value: string;
}

/** Splits a file into physical lines, checking CRLF and the 75-octet limit on the way. */
function physicalLines(file: string): string[] {
  expect(file.endsWith('\r\n')).toBe(true);
  expect(file.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const lines = file.slice(0, -2).split('\r\n');
  for (const line of lines) {
    const bytes = new TextEncoder().encode(line);
    expect(bytes.length, line).toBeLessThanOrEqual(75);
    // A fold never cuts a character in two.
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe(line);
  }
  return lines;
}

/** Unfolds and parses content lines (RFC 5545 §3.1). */
function parse(file: string): Property[] {
  const logical: string[] = [];
  for (const line of physicalLines(file)) {
    if (line.startsWith(' ')) logical.push(`${logical.pop() ?? ''}${line.slice(1)}`);
    else logical.push(line);
  }
  return logical.map((line) => {
    const colon = line.indexOf(':');
    const [name = '', ...params] = line.slice(0, colon).split(';');
    return {
      name,
      params: Object.fromEntries(params.map((p) => p.split('=') as [string, string])),
      value: line.slice(colon + 1),
    };
  });
}

function components(props: readonly Property[], kind: string): Property[][] {
  const found: Property[][] = [];
  let current: Property[] | undefined;
  for (const prop of props) {
    if (prop.name === 'BEGIN' && prop.value === kind) current = [];
    else if (prop.name === 'END' && prop.value === kind && current) {
      found.push(current);
      current = undefined;
    } else current?.push(prop);
  }
  return found;
}

const value = (props: readonly Property[], name: string) => props.find((p) => p.name === name)?.value ?? '';

/** `yyyyMMddTHHmmss` read as if UTC, in ms. */
function wall(text: string): number {
  const [, y, mo, d, h, mi, s] = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})$/.exec(text) ?? [];
  return Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
}

function offsetMs(text: string): number {
  const sign = text.startsWith('-') ? -1 : 1;
  return sign * (Number(text.slice(1, 3)) * 60 + Number(text.slice(3, 5))) * 60_000;
}

/**
 * Resolves a local time with the file's own VTIMEZONE, as RFC 5545 §3.3.5
 * reads it: a time that occurs twice is its first occurrence, a time the
 * change skips is read with the offset before the change.
 */
function toUtc(props: readonly Property[], local: string): number {
  const observances = [...components(props, 'STANDARD'), ...components(props, 'DAYLIGHT')]
    .map((o) => ({
      onset: wall(value(o, 'DTSTART')) - offsetMs(value(o, 'TZOFFSETFROM')),
      from: offsetMs(value(o, 'TZOFFSETFROM')),
      to: offsetMs(value(o, 'TZOFFSETTO')),
    }))
    .sort((a, b) => a.onset - b.onset);
  const offsetAt = (utc: number) => observances.filter((o) => o.onset <= utc).pop()?.to ?? Number.NaN;
  const valid = [...new Set(observances.map((o) => o.to))]
    .map((offset) => wall(local) - offset)
    .filter((utc) => wall(local) - utc === offsetAt(utc));
  if (valid.length > 0) return Math.min(...valid);
  const after = observances.filter((o) => wall(local) - o.from >= o.onset).pop();
  return wall(local) - (after?.from ?? Number.NaN);
}

function expectEventsMatch(roster: Roster, policy: ResolvedPolicy, staff: string): void {
  const props = parse(staffICalendar(roster, policy, staff, NOW));
  const context = buildRosterContext(roster, policy);
  const placements = context.byStaff[context.staffIndex.get(staff)!]!;
  const events = components(props, 'VEVENT');
  expect(events).toHaveLength(placements.length);
  events.forEach((event, i) => {
    const slot = placements[i]!.slot;
    const start = event.find((p) => p.name === 'DTSTART')!;
    expect(start.params['TZID']).toBe(policy.timeZone);
    expect(toUtc(props, start.value), slot.key).toBe(slot.startMs);
    expect(toUtc(props, value(event, 'DTEND')), slot.key).toBe(slot.endMs);
  });
}

describe('staffICalendar (RFC 5545)', () => {
  const policy = resolvePolicy('cs-department');
  const roster = cleanMonth('cs-department', '2026-12');

  it('is a VCALENDAR with one VEVENT per shift and the required properties', () => {
    const props = parse(staffICalendar(roster, policy, 'S001', NOW));
    expect(props[0]).toMatchObject({ name: 'BEGIN', value: 'VCALENDAR' });
    expect(props[props.length - 1]).toMatchObject({ name: 'END', value: 'VCALENDAR' });
    expect(value(props, 'VERSION')).toBe('2.0');
    expect(value(props, 'PRODID')).toMatch(/^-\/\/duty-handover\/\//);
    expect(value(props, 'X-WR-TIMEZONE')).toBe('Asia/Shanghai');
    const begins = props.filter((p) => p.name === 'BEGIN').length;
    expect(props.filter((p) => p.name === 'END').length).toBe(begins);
    const events = components(props, 'VEVENT');
    expect(events.length).toBe(roster.assignments.filter((a) => a.staff === 'S001').length);
    for (const event of events) {
      for (const name of ['UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY'])
        expect(value(event, name), name).not.toBe('');
      expect(value(event, 'DTSTAMP')).toBe('20261121T080000Z');
    }
    expect(new Set(events.map((e) => value(e, 'UID'))).size).toBe(events.length);
  });

  it('CSD-D1: a night shift ends on the next day, and the file’s VTIMEZONE places it exactly', () => {
    const staff = roster.assignments.find((a) => a.shift === 'night')!.staff;
    const props = parse(staffICalendar(roster, policy, staff, NOW));
    const night = components(props, 'VEVENT').find((e) => value(e, 'UID').includes('/night/'))!;
    const date = value(night, 'DTSTART').slice(0, 8);
    expect(value(night, 'DTSTART')).toBe(`${date}T173000`);
    expect(value(night, 'DTEND')).toMatch(/T010000$/);
    expect(value(night, 'DTEND').slice(0, 8)).not.toBe(date);
    expectEventsMatch(roster, policy, staff);
  });

  it.each([
    ['cs-department', 'America/New_York', '2026-11'],
    ['cs-department', 'America/New_York', '2026-03'],
    ['call-centre', 'Europe/London', '2026-10'],
    ['call-centre', 'Europe/London', '2026-03'],
  ] as const)(
    '%s in %s, %s: every event resolves to its instant through the VTIMEZONE',
    (id, zone, month) => {
      const zoned = resolvePolicy(id, { timeZone: zone });
      const monthRoster = cleanMonth(id, month);
      for (const staff of [...new Set(monthRoster.assignments.map((a) => a.staff))].slice(0, 6)) {
        expectEventsMatch(monthRoster, zoned, staff);
      }
      const props = parse(staffICalendar(monthRoster, zoned, monthRoster.assignments[0]!.staff, NOW));
      expect(components(props, 'DAYLIGHT').length + components(props, 'STANDARD').length).toBe(2);
    },
  );

  it('escapes text and folds long lines at 75 octets without splitting a character', () => {
    const site = '太古城中心 第一座, 大堂; 客服中心 "VIP" \\ 前台\n（東翼）— 物業管理處客戶服務中心值班表';
    const props = parse(staffICalendar({ ...roster, site }, policy, 'S001', { ...NOW, locale: 'zh-Hant' }));
    const location = value(components(props, 'VEVENT')[0]!, 'LOCATION');
    expect(location).toBe(text(site));
    expect(location).toContain('第一座\\, 大堂\\; 客服中心 "VIP" \\\\ 前台\\n（東翼）');
    expect(value(components(props, 'VEVENT')[0]!, 'SUMMARY')).toBe('白班 · 客服值班台');
  });

  it('keeps UIDs stable, so a changed roster updates events instead of duplicating them', () => {
    const first = components(parse(staffICalendar(roster, policy, 'S001', NOW)), 'VEVENT');
    const changed = {
      ...roster,
      assignments: roster.assignments.filter((a) => a !== roster.assignments.find((b) => b.staff === 'S001')),
    };
    const second = components(
      parse(staffICalendar(changed, policy, 'S001', { now: '2026-12-01T09:00:00+08:00' })),
      'VEVENT',
    );
    const uids = new Set(first.map((e) => value(e, 'UID')));
    expect(second.every((e) => uids.has(value(e, 'UID')))).toBe(true);
    expect(second).toHaveLength(first.length - 1);
    expect(value(first[0]!, 'UID')).toMatch(/^2026-12-\d\d\/\w+\/front-desk\/S001@duty-handover$/);
  });

  it('refuses an unknown person or a `now` that is not an instant', () => {
    expect(() => staffICalendar(roster, policy, 'nobody', NOW)).toThrow(RosterError);
    expect(() => staffICalendar(roster, policy, 'S001', { now: 'today' })).toThrow(RosterError);
  });

  it('makes one file per rostered person', () => {
    const files = rosterICalendars(roster, policy, NOW);
    expect([...files.keys()].sort()).toEqual([...new Set(roster.assignments.map((a) => a.staff))].sort());
    expect(files.get('S001')).toBe(staffICalendar(roster, policy, 'S001', NOW));
  });
});

describe('fold and text', () => {
  it('folds at 75 octets with a leading space on continuation lines', () => {
    const line = `DESCRIPTION:${'x'.repeat(200)}`;
    const folded = fold(line).split('\r\n');
    expect(folded[0]).toHaveLength(75);
    expect(folded.slice(1).every((l) => l.startsWith(' ') && l.length <= 75)).toBe(true);
    expect(folded.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(line);
    expect(fold('SUMMARY:short')).toBe('SUMMARY:short');
  });

  it('counts a Chinese character as three octets and an emoji as four', () => {
    const folded = fold(`SUMMARY:${'班'.repeat(40)}😀😀`).split('\r\n');
    for (const l of folded) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
    expect(folded.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(`SUMMARY:${'班'.repeat(40)}😀😀`);
  });

  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(text('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });
});
