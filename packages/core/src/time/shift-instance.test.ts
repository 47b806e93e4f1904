import { describe, expect, it } from 'vitest';
import { shiftInstance, shiftInstanceKey } from './shift-instance.js';

const day = { id: 'day', start: '08:30', end: '17:30', post: 'front-desk', mealBreakMinutes: 60 };
const night = { id: 'night', start: '17:30', end: '01:00', post: 'front-desk' };

describe('shiftInstance', () => {
  it('gives the exact interval with the site offset, the key and the working minutes', () => {
    expect(shiftInstance('2026-12-01', day, 'Asia/Shanghai')).toEqual({
      key: '2026-12-01/day/front-desk',
      date: '2026-12-01',
      shiftId: 'day',
      post: 'front-desk',
      start: '2026-12-01T08:30:00+08:00',
      end: '2026-12-01T17:30:00+08:00',
      startMs: Date.UTC(2026, 11, 1, 0, 30),
      endMs: Date.UTC(2026, 11, 1, 9, 30),
      workMinutes: 480,
    });
  });

  it('CSD-D1: the night shift 17:30–01:00 ends on the next day, also at month and year end', () => {
    const instance = shiftInstance('2026-12-31', night, 'Asia/Hong_Kong');
    expect(instance.start).toBe('2026-12-31T17:30:00+08:00');
    expect(instance.end).toBe('2027-01-01T01:00:00+08:00');
    expect(instance.workMinutes).toBe(450);
    expect(instance.key).toBe('2026-12-31/night/front-desk');
  });

  it('a middle shift ending at 00:00 ends at the next midnight', () => {
    const middle = { id: 'middle', start: '16:00', end: '00:00', post: 'hotline' };
    expect(shiftInstance('2026-12-01', middle, 'Asia/Shanghai').end).toBe('2026-12-02T00:00:00+08:00');
  });

  it('counts the real time worked on a DST night (America/New_York)', () => {
    const spring = shiftInstance('2026-03-07', night, 'America/New_York');
    expect([spring.start, spring.end]).toEqual(['2026-03-07T17:30:00-05:00', '2026-03-08T01:00:00-05:00']);
    const overnight = { id: 'overnight', start: '22:00', end: '06:00', post: 'hotline' };
    expect(shiftInstance('2026-03-07', overnight, 'America/New_York')).toMatchObject({
      start: '2026-03-07T22:00:00-05:00',
      end: '2026-03-08T06:00:00-04:00',
      workMinutes: 420,
    });
    expect(shiftInstance('2026-10-31', overnight, 'America/New_York').workMinutes).toBe(540);
  });

  it('counts the real time worked on a DST night (Europe/London)', () => {
    const overnight = {
      id: 'overnight',
      start: '22:00',
      end: '06:00',
      post: 'hotline',
      mealBreakMinutes: 30,
    };
    expect(shiftInstance('2026-03-28', overnight, 'Europe/London')).toMatchObject({
      start: '2026-03-28T22:00:00+00:00',
      end: '2026-03-29T06:00:00+01:00',
      workMinutes: 390,
    });
  });

  it('builds the key from date, shift and post', () => {
    expect(shiftInstanceKey('2026-12-01', 'early', 'hotline')).toBe('2026-12-01/early/hotline');
  });
});
