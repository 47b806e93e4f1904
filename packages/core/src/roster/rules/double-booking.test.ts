import { describe, expect, it } from 'vitest';
import { findingsOf, rowsOf, scenario, withAssignments } from './rule-test-helpers.js';

const RULE = 'roster/double-booking';

describe('roster/double-booking (CCS-6.1.1, TKC-4.1B)', () => {
  it('CCS-6.1.1: nobody on two overlapping shifts passes', () => {
    const { roster, policy } = scenario('reg7');
    expect(findingsOf(RULE, roster, policy)).toEqual([]);
  });

  it('CCS-6.1.1: early and middle on the same day overlap 12:00–17:00 and are reported', () => {
    const { roster, policy } = scenario('reg7');
    const early = rowsOf(roster, 'S001').find((a) => a.shift === 'early')!;
    const double = withAssignments(roster, (rows) => [
      ...rows,
      { staff: 'S001', date: early.date, shift: 'middle' },
    ]);
    expect(findingsOf(RULE, double, policy)).toEqual([
      expect.objectContaining({
        messageId: 'roster.double-booked',
        params: {
          staff: 'S001',
          first: `${early.date}/early/front-desk`,
          second: `${early.date}/middle/front-desk`,
          start: `${early.date}T12:00:00+08:00`,
          end: `${early.date}T17:00:00+08:00`,
        },
        subject: expect.objectContaining({
          staff: ['S001'],
          interval: { start: `${early.date}T12:00:00+08:00`, end: `${early.date}T17:00:00+08:00` },
        }) as unknown,
      }),
    ]);
  });

  it('TKC-4.1B: shifts that meet end to end (night until 01:00, overnight from 01:00) are not a clash', () => {
    const { roster, policy } = scenario('cs-department');
    const touching = withAssignments(roster, (rows) => [
      ...rows.filter((a) => a.staff !== 'S001' || (a.date !== '2026-12-20' && a.date !== '2026-12-21')),
      { staff: 'S001', date: '2026-12-20', shift: 'night' },
      { staff: 'S001', date: '2026-12-21', shift: 'overnight' },
    ]);
    expect(findingsOf(RULE, touching, policy)).toEqual([]);
  });
});
