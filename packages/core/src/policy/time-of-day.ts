/**
 * Wall-clock times of a policy (`HH:mm`) as minutes after midnight. These are
 * positions on a 24-hour dial, not instants: anything tied to a calendar day
 * goes through the time module and date-fns instead.
 */
export const MINUTES_PER_DAY = 24 * 60;

/** `08:30` → 510; `24:00` → 1440. The input has passed the schema's format check. */
export function minutesOfDay(time: string): number {
  const [hours = '0', minutes = '0'] = time.split(':');
  return Number(hours) * 60 + Number(minutes);
}

/** 510 → `08:30`; 1440 → `24:00`. */
export function timeOfDayText(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** A half-open span `[start, end)` of minutes within one day, `0 ≤ start < end ≤ 1440`. */
export interface DaySpan {
  readonly start: number;
  readonly end: number;
}

/**
 * The spans of the day a `from`–`to` range occupies. A range whose end is not
 * after its start wraps past midnight and occupies two spans.
 */
export function daySpans(from: string, to: string): DaySpan[] {
  const start = minutesOfDay(from);
  const end = minutesOfDay(to);
  if (end > start) return [{ start, end }];
  const spans: DaySpan[] = [];
  if (start < MINUTES_PER_DAY) spans.push({ start, end: MINUTES_PER_DAY });
  if (end > 0) spans.push({ start: 0, end });
  return spans;
}

/** Parts of `needed` not covered by any of `covering`, merged and in order. */
export function uncoveredSpans(needed: readonly DaySpan[], covering: readonly DaySpan[]): DaySpan[] {
  const sorted = [...covering].sort((a, b) => a.start - b.start);
  const gaps: DaySpan[] = [];
  for (const span of needed) {
    let cursor = span.start;
    for (const cover of sorted) {
      if (cover.end <= cursor || cover.start >= span.end) continue;
      if (cover.start > cursor) gaps.push({ start: cursor, end: cover.start });
      cursor = Math.max(cursor, cover.end);
      if (cursor >= span.end) break;
    }
    if (cursor < span.end) gaps.push({ start: cursor, end: span.end });
  }
  return mergeSpans(gaps);
}

function mergeSpans(spans: readonly DaySpan[]): DaySpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: DaySpan[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) {
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, span.end) };
    } else {
      merged.push(span);
    }
  }
  return merged;
}
