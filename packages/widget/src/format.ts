/**
 * Dates, times and messages as the panel shows them. Every instant is shown
 * in the site's time zone (the policy's `timeZone`), whatever the zone of
 * the device, through `Intl.DateTimeFormat`.
 */
import type { Locale } from '@duty-handover/core';

export interface Formatter {
  /** `2026年12月1日 17:00` / `1 Dec 2026, 17:00` */
  dateTime(instant: string): string;
  /** `17:00` */
  time(instant: string): string;
  /** A calendar day `yyyy-MM-dd` in words, read as a date (no zone shift). */
  day(day: string): string;
  /** The calendar day (`yyyy-MM-dd`) an instant falls on at the site. */
  siteDay(instant: string): string;
}

const cache = new Map<string, Formatter>();

/** The formatter for a language and a site's time zone (cached). */
export function formatter(locale: Locale, timeZone: string): Formatter {
  const key = `${locale}|${timeZone}`;
  let made = cache.get(key);
  if (made === undefined) {
    const dateTime = new Intl.DateTimeFormat(locale, {
      timeZone,
      dateStyle: 'medium',
      timeStyle: 'short',
      hourCycle: 'h23',
    });
    const time = new Intl.DateTimeFormat(locale, { timeZone, timeStyle: 'short', hourCycle: 'h23' });
    const day = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', dateStyle: 'medium' });
    const parts = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    const safe =
      (format: Intl.DateTimeFormat) =>
      (text: string): string => {
        const date = new Date(text);
        return Number.isNaN(date.getTime()) ? text : format.format(date);
      };
    made = {
      dateTime: safe(dateTime),
      time: safe(time),
      day: (text) => (/^\d{4}-\d{2}-\d{2}$/.test(text) ? safe(day)(`${text}T00:00:00Z`) : text),
      siteDay: (text) => {
        const date = new Date(text);
        return Number.isNaN(date.getTime()) ? text.slice(0, 10) : parts.format(date);
      },
    };
    cache.set(key, made);
  }
  return made;
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Message parameters with instants written in the site's time. */
export function readableParams(
  params: Readonly<Record<string, string | number>>,
  format: Formatter,
): Record<string, string | number> {
  const result: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    result[name] = typeof value === 'string' && INSTANT.test(value) ? format.dateTime(value) : value;
  }
  return result;
}

/** Fills `{name}` placeholders of the widget's own strings. */
export function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
