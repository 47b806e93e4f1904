import { describe, expect, it } from 'vitest';
import { bandAppliesOn } from './band-applies-on.js';

const holidays = new Set(['2026-12-25']);

describe('bandAppliesOn', () => {
  it('every-day bands apply on every day', () => {
    expect(bandAppliesOn('every-day', '2026-12-05', holidays)).toBe(true);
    expect(bandAppliesOn('every-day', '2026-12-25', holidays)).toBe(true);
  });

  it('weekday and weekend bands follow the calendar, holidays included', () => {
    expect(bandAppliesOn('weekdays', '2026-12-04', holidays)).toBe(true);
    expect(bandAppliesOn('weekdays', '2026-12-05', holidays)).toBe(false);
    expect(bandAppliesOn('weekends', '2026-12-06', holidays)).toBe(true);
    // Christmas 2026 is a Friday: still a weekday.
    expect(bandAppliesOn('weekdays', '2026-12-25', holidays)).toBe(true);
  });

  it('holiday bands apply only on the caller’s holidays (CCS-6.3.4)', () => {
    expect(bandAppliesOn('public-holidays', '2026-12-25', holidays)).toBe(true);
    expect(bandAppliesOn('public-holidays', '2026-12-26', holidays)).toBe(false);
  });
});
