import { describe, expect, it } from 'vitest';
import { findingsOf, scenario } from './rule-test-helpers.js';

const RULE = 'roster/emergency-seats';
const HOLIDAY = { publicHolidays: ['2026-12-25'] };

describe('roster/emergency-seats (CCS-6.3.4)', () => {
  it('CCS-6.3.4: a holiday with at least five people free for the emergency seats passes', () => {
    const { roster, policy } = scenario('call-centre', HOLIDAY);
    expect(policy.roster.holidayHeadroom.emergencySeatsMin).toBe(5);
    expect(findingsOf(RULE, roster, policy)).toEqual([]);
  });

  it('CCS-6.3.4: too few people free on the holiday is reported, naming who is free', () => {
    const { roster } = scenario('call-centre', HOLIDAY);
    const { policy } = scenario('call-centre', HOLIDAY, {
      roster: { holidayHeadroom: { extraStaff: 1, emergencySeatsMin: 30, emergencySeatsMax: 30 } },
    });
    const findings = findingsOf(RULE, roster, policy);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      messageId: 'roster.emergency-seats-short',
      params: { date: '2026-12-25', required: 30 },
      subject: { dates: ['2026-12-25'] },
      clauses: ['CCS-6.3.4'],
    });
    expect(findings[0]?.subject.staff).toHaveLength(Number(findings[0]?.params['available']));
  });

  it('CCS-6.3.4: ordinary days are not checked', () => {
    const { roster, policy } = scenario('call-centre');
    expect(findingsOf(RULE, roster, policy)).toEqual([]);
  });
});
