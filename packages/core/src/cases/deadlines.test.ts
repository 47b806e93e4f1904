import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatInstant } from '../time/format-instant.js';
import { siteClock } from './deadlines.js';

describe('siteClock', () => {
  it.each(['Asia/Shanghai', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Pacific/Chatham'])(
    '%s: writes every instant as formatInstant does, DST days included',
    (timeZone) => {
      const clock = siteClock(timeZone);
      // 2025–2027, in random order, so the day caches are hit out of sequence.
      fc.assert(
        fc.property(fc.integer({ min: 1_735_689_600_000, max: 1_830_297_600_000 }), (ms) => {
          expect(clock.text(ms)).toBe(formatInstant(ms, timeZone));
          const day = clock.dayOf(ms);
          expect(ms >= day.startMs && ms < day.endMs).toBe(true);
          expect(day.date).toBe(formatInstant(ms, timeZone).slice(0, 10));
        }),
        { numRuns: 400 },
      );
    },
  );
});
