import { describe, expect, it } from 'vitest';
import { daySpans, minutesOfDay, timeOfDayText, uncoveredSpans } from './time-of-day.js';

describe('time of day', () => {
  it('converts HH:mm to minutes and back', () => {
    expect(minutesOfDay('08:30')).toBe(510);
    expect(minutesOfDay('24:00')).toBe(1440);
    expect(timeOfDayText(510)).toBe('08:30');
    expect(timeOfDayText(1440)).toBe('24:00');
  });

  it('splits a range that crosses midnight (CSD-D1 night shift 17:30–01:00) into two spans', () => {
    expect(daySpans('17:30', '01:00')).toEqual([
      { start: 1050, end: 1440 },
      { start: 0, end: 60 },
    ]);
    expect(daySpans('08:30', '17:30')).toEqual([{ start: 510, end: 1050 }]);
    expect(daySpans('00:00', '24:00')).toEqual([{ start: 0, end: 1440 }]);
  });

  it('finds what the covering spans leave uncovered', () => {
    // REG7-4.3: early 08:00–17:00 and middle 12:00–21:00 leave the night open.
    const shifts = [...daySpans('08:00', '17:00'), ...daySpans('12:00', '21:00')];
    expect(uncoveredSpans(daySpans('00:00', '24:00'), shifts)).toEqual([
      { start: 0, end: 480 },
      { start: 1260, end: 1440 },
    ]);
    expect(uncoveredSpans(daySpans('12:00', '13:30'), shifts)).toEqual([]);
  });
});
