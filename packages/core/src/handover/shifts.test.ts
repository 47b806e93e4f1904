import { describe, expect, it } from 'vitest';
import { resolvePolicy } from '../policy/resolve.js';
import { handoverShiftsAt, postShiftInstances } from './shifts.js';

const keys = (result: ReturnType<typeof handoverShiftsAt>) =>
  result === undefined ? undefined : [result.outgoing.key, result.incoming.key];

describe('which shift hands over to which (REG7-9.1, GXP-4.2)', () => {
  const reg7 = resolvePolicy('reg7');

  it('REG7: the early shift hands the desk to the overlapping middle shift at 17:00', () => {
    for (const at of ['2026-12-01T16:40:00+08:00', '2026-12-01T17:10:00+08:00']) {
      expect(keys(handoverShiftsAt(reg7, 'front-desk', at))).toEqual([
        '2026-12-01/early/front-desk',
        '2026-12-01/middle/front-desk',
      ]);
    }
    const shifts = handoverShiftsAt(reg7, 'front-desk', '2026-12-01T16:40:00+08:00');
    expect(shifts?.outgoing.end).toBe('2026-12-01T17:00:00+08:00');
    expect(shifts?.incoming.start).toBe('2026-12-01T12:00:00+08:00');
  });

  it('REG7: across the closed night the middle shift hands over to the next morning’s early shift', () => {
    expect(keys(handoverShiftsAt(reg7, 'front-desk', '2026-12-01T20:50:00+08:00'))).toEqual([
      '2026-12-01/middle/front-desk',
      '2026-12-02/early/front-desk',
    ]);
    // Read in the site's zone whatever the zone of the instant: 23:50 UTC is 07:50 in Shanghai.
    expect(keys(handoverShiftsAt(reg7, 'front-desk', '2026-12-01T23:50:00Z'))).toEqual([
      '2026-12-01/middle/front-desk',
      '2026-12-02/early/front-desk',
    ]);
  });

  it('a shift crossing midnight hands over after midnight, keyed by the day it began', () => {
    const csd = resolvePolicy('cs-department');
    const post = csd.shifts.find((shift) => shift.id === 'night')?.post ?? 'front-desk';
    const shifts = handoverShiftsAt(csd, post, '2026-12-02T00:50:00+08:00');
    expect(shifts?.outgoing.key).toBe(`2026-12-01/night/${post}`);
    expect(shifts?.outgoing.end).toBe('2026-12-02T01:00:00+08:00');
    expect(shifts !== undefined && shifts.incoming.startMs >= shifts.outgoing.startMs).toBe(true);
  });

  it('nothing for a post without shifts or an unreadable instant', () => {
    expect(handoverShiftsAt(reg7, 'no-such-post', '2026-12-01T16:40:00+08:00')).toBeUndefined();
    expect(handoverShiftsAt(reg7, 'front-desk', 'not a time')).toBeUndefined();
    // HOR-1.1: a local time without an offset would be read on the host's clock.
    expect(handoverShiftsAt(reg7, 'front-desk', '2026-12-01T16:40:00')).toBeUndefined();
  });

  it('nothing, never a RangeError, for an instant outside the years 2000–2999', () => {
    for (const at of [
      Number.NaN,
      8.64e15,
      -8.64e15,
      Date.UTC(1999, 11, 31, 23),
      new Date(Number.NaN),
      new Date(Date.UTC(3000, 0, 1)),
      '9999-12-31T23:59:59-23:59',
      '0000-01-01T00:00:00Z',
      '2026-12-01T16:40:00.1234567891+08:00',
    ]) {
      expect(handoverShiftsAt(reg7, 'front-desk', at), String(at)).toBeUndefined();
    }
  });

  it('reads epoch milliseconds and dates as the same instant as text', () => {
    const text = '2026-12-01T16:40:00+08:00';
    const expected = keys(handoverShiftsAt(reg7, 'front-desk', text));
    expect(keys(handoverShiftsAt(reg7, 'front-desk', Date.parse(text)))).toEqual(expected);
    expect(keys(handoverShiftsAt(reg7, 'front-desk', new Date(Date.parse(text))))).toEqual(expected);
  });

  it('proposes at the very end of the range, the site day running into 3000-01-01', () => {
    const shifts = handoverShiftsAt(reg7, 'front-desk', '2999-12-31T23:30:00Z');
    expect(shifts?.outgoing.key).toBe('2999-12-31/middle/front-desk');
    expect(shifts?.incoming.key).toBe('3000-01-01/early/front-desk');
  });

  it('lists a post’s instances day by day in start order', () => {
    const list = postShiftInstances(reg7, 'front-desk', '2026-12-01', '2026-12-02').map((i) => i.key);
    expect(list).toEqual([
      '2026-12-01/early/front-desk',
      '2026-12-01/middle/front-desk',
      '2026-12-02/early/front-desk',
      '2026-12-02/middle/front-desk',
    ]);
  });
});
