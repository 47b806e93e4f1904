import { describe, expect, it } from 'vitest';
import { resolvePolicy } from '../policy/resolve.js';
import { handoverTimes, wallClockInstant } from './timing.js';

describe("handover times in the site's zone (HOR-1.1)", () => {
  it("CSD night shift crossing midnight: due, window, handover time and the next morning's countersign", () => {
    const times = handoverTimes(
      {
        outgoingShift: { key: '2026-12-01/night/front-desk', scheduledEnd: '2026-12-02T01:00:00+08:00' },
        incomingShift: { scheduledStart: '2026-12-02T01:00:00+08:00' },
      },
      resolvePolicy('cs-department'),
    );
    expect(times).toEqual({
      arrivalDueAt: '2026-12-02T00:45:00+08:00',
      preparationOpensAt: '2026-12-02T00:45:00+08:00',
      handoverAt: '2026-12-02T01:00:00+08:00',
      // The duty day is the day the night shift began: its record is reviewed the next morning.
      countersignDueAt: '2026-12-02T09:00:00+08:00',
    });
  });

  it('REG7-9.1: the incoming person is due before the post changes hands, whether shifts overlap or not', () => {
    const policy = resolvePolicy('reg7');
    const overlapping = handoverTimes(
      {
        outgoingShift: { key: '2026-12-01/early/front-desk', scheduledEnd: '2026-12-01T17:00:00+08:00' },
        incomingShift: { scheduledStart: '2026-12-01T12:00:00+08:00' },
      },
      policy,
    );
    expect(overlapping.arrivalDueAt).toBe('2026-12-01T16:55:00+08:00');
    const overnightGap = handoverTimes(
      {
        outgoingShift: { key: '2026-12-01/middle/front-desk', scheduledEnd: '2026-12-01T21:00:00+08:00' },
        incomingShift: { scheduledStart: '2026-12-02T08:00:00+08:00' },
      },
      policy,
    );
    expect(overnightGap.arrivalDueAt).toBe('2026-12-02T07:55:00+08:00');
  });

  it('REG7-9.9: a countersign falling on a daylight-saving change keeps its wall-clock time', () => {
    const policy = resolvePolicy('reg7', { timeZone: 'America/New_York' });
    const times = handoverTimes(
      {
        outgoingShift: { key: '2026-03-07/middle/front-desk', scheduledEnd: '2026-03-07T21:00:00-05:00' },
        incomingShift: { scheduledStart: '2026-03-08T08:00:00-04:00' },
      },
      policy,
    );
    expect(times.countersignDueAt).toBe('2026-03-08T10:00:00-04:00');
    expect(times.arrivalDueAt).toBe('2026-03-08T07:55:00-04:00');
  });

  it("a wall-clock time that does not exist moves forward with the zone's clocks", () => {
    expect(wallClockInstant('2026-03-08', '02:30', 'America/New_York')).toBe('2026-03-08T03:30:00-04:00');
    expect(wallClockInstant('2026-12-01', '24:00', 'Asia/Hong_Kong')).toBe('2026-12-02T00:00:00+08:00');
  });
});
