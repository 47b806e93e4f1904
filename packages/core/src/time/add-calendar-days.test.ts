import { describe, expect, it } from 'vitest';
import { addCalendarDays } from './add-calendar-days.js';

describe('addCalendarDays', () => {
  it('steps over month and year ends', () => {
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addCalendarDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29');
  });

  it('is a calendar step, unaffected by a DST change in any zone', () => {
    expect(addCalendarDays('2026-03-08', 1)).toBe('2026-03-09');
    expect(addCalendarDays('2026-10-25', 1)).toBe('2026-10-26');
  });

  it('throws on a date that does not exist (a caller bug, not data)', () => {
    expect(() => addCalendarDays('2026-02-30', 1)).toThrow(RangeError);
  });

  it('counts across years 0000–0099 as written', () => {
    expect(addCalendarDays('0099-12-31', 1)).toBe('0100-01-01');
    expect(addCalendarDays('0001-01-01', -1)).toBe('0000-12-31');
    expect(addCalendarDays('0000-02-28', 1)).toBe('0000-02-29');
  });

  it('throws rather than write a day yyyy-MM-dd cannot hold (10000-01-01) or a fraction of a day', () => {
    expect(() => addCalendarDays('9999-12-31', 1)).toThrow(RangeError);
    expect(() => addCalendarDays('0000-01-01', -1)).toThrow(RangeError);
    expect(() => addCalendarDays('2026-12-01', Number.NaN)).toThrow(RangeError);
    expect(() => addCalendarDays('2026-12-01', 0.5)).toThrow(RangeError);
  });
});
