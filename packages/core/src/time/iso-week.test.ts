import { describe, expect, it } from 'vitest';
import { isoWeekKey } from './iso-week.js';

describe('isoWeekKey', () => {
  it('starts weeks on Monday', () => {
    expect(isoWeekKey('2026-11-30')).toBe('2026-W49');
    expect(isoWeekKey('2026-12-06')).toBe('2026-W49');
    expect(isoWeekKey('2026-12-07')).toBe('2026-W50');
  });

  it('gives days at the turn of the year to the year that holds their Thursday', () => {
    expect(isoWeekKey('2026-12-31')).toBe('2026-W53');
    expect(isoWeekKey('2027-01-03')).toBe('2026-W53');
    expect(isoWeekKey('2027-01-04')).toBe('2027-W01');
    expect(isoWeekKey('2025-12-29')).toBe('2026-W01');
  });
});
