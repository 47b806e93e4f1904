import { describe, expect, it } from 'vitest';
import { isClauseId } from '../clauses.js';
import { Policy } from '../schema.js';
import { PRESETS, PRESET_INFO } from './index.js';
import {
  citationProblems,
  citedClauses,
  citesFor,
  consistencyProblems,
  minutesOf,
  shiftHours,
} from './preset-test-helpers.js';
import { FIRST_CONTACT_FORBIDDEN_REPLIES, reg7 } from './reg7.js';

const cites = (path: string) => citesFor(reg7, path);

describe('preset reg7: shape and bookkeeping', () => {
  it('is a valid Policy', () => {
    const result = Policy.safeParse(reg7);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.success).toBe(true);
  });

  it('is registered under its id, sourced from REG7', () => {
    expect(reg7.id).toBe('reg7');
    expect(PRESETS.reg7).toBe(reg7);
    expect(PRESET_INFO.reg7.source).toBe('REG7');
  });

  it('cites only catalogue clauses, each at a path the policy has', () => {
    expect(citationProblems(reg7, isClauseId)).toEqual([]);
  });

  it('cites REG7 and the same centre’s DUTY, FCR and FINE clauses, nothing else', () => {
    for (const id of citedClauses(reg7)) expect(id).toMatch(/^(REG7|DUTY|FCR|FINE)-/);
  });

  it('is internally consistent (posts, roles, midnight flags, tiers)', () => {
    expect(consistencyProblems(reg7)).toEqual([]);
  });

  it('leaves the values REG7 does not state uncited', () => {
    for (const path of [
      'timeZone',
      'roster.holidayPublicationLeadDays',
      'roster.maxAverageWeeklyHours',
      'roster.maxConsecutiveWorkingDays',
      'roster.minRestBetweenShiftsHours',
      'roster.coverage.0.days',
      'swaps',
      'swaps.monthlyLimit',
      'handover.inventory.0.expected',
      'handover.countersign.by',
      'cases.complaintPlanWithinHours',
      'escalation.reportTriggers',
      'escalation.surge',
    ]) {
      expect(cites(path), path).toEqual([]);
    }
  });
});

describe('preset reg7: roster (REG7-3.2, REG7-4.2, REG7-4.3)', () => {
  it('REG7-3.2: the senior assistant prepares the roster', () => {
    expect(reg7.roster.preparedBy).toBe('senior-assistant');
    expect(cites('roster.preparedBy')).toContain('REG7-3.2');
  });

  it('REG7-4.2: the roster is reviewed before it is in force, and due by month end', () => {
    expect(reg7.roster.reviewRequired).toBe(true);
    expect(reg7.roster.reviewedBy).toBe('cs-supervisor');
    expect(reg7.roster.deadline).toEqual({ kind: 'month-end' });
    for (const path of ['roster.reviewRequired', 'roster.reviewedBy', 'roster.deadline']) {
      expect(cites(path), path).toContain('REG7-4.2');
    }
  });

  it('REG7-4.3: early 08:00–17:00 and middle 12:00–21:00 (the source’s "12:00-9:00" read as 21:00)', () => {
    expect(
      reg7.shifts.map(({ id, start, end, crossesMidnight }) => [id, start, end, crossesMidnight]),
    ).toEqual([
      ['early', '08:00', '17:00', false],
      ['middle', '12:00', '21:00', false],
    ]);
    expect(reg7.shifts.map(shiftHours)).toEqual([8, 8]);
    expect(cites('shifts')).toContain('REG7-4.3');
  });

  it('REG7-4.3: the duty desk is staffed 08:00–21:00, not round the clock', () => {
    expect(reg7.posts.every((post) => !post.roundTheClock)).toBe(true);
    expect(cites('posts.0.roundTheClock')).toContain('REG7-4.3');
    expect(reg7.roster.coverage[0]).toMatchObject({
      post: 'front-desk',
      from: '08:00',
      to: '21:00',
      minStaff: 1,
    });
    expect(cites('roster.coverage.0.from')).toContain('REG7-4.3');
    expect(cites('roster.coverage.0.to')).toContain('REG7-4.3');
    expect(cites('roster.coverage.0.minStaff')).toContain('REG7-7.1');
  });

  it('default: the 11-hour rest still allows a middle shift followed by the next early shift', () => {
    const early = reg7.shifts.find((shift) => shift.id === 'early');
    const middle = reg7.shifts.find((shift) => shift.id === 'middle');
    if (!early || !middle) throw new Error('reg7 lost a shift');
    const restHours = (24 * 60 - minutesOf(middle.end) + minutesOf(early.start)) / 60;
    expect(restHours).toBe(11);
    expect(restHours).toBeGreaterThanOrEqual(reg7.roster.minRestBetweenShiftsHours);
  });
});

describe('preset reg7: handover (REG7-9.x)', () => {
  it('REG7-9.1: incoming staff arrive 5 minutes early', () => {
    expect(reg7.handover.arriveEarlyMinutes).toBe(5);
    expect(cites('handover.arriveEarlyMinutes')).toContain('REG7-9.1');
  });

  it('REG7-9.6: the outgoing person starts preparing 15 minutes before the end', () => {
    expect(reg7.handover.outgoingPreparationMinutes).toBe(15);
    expect(cites('handover.outgoingPreparationMinutes')).toContain('REG7-9.6');
  });

  it('REG7-9.2: radios, keys and documents are counted at every handover', () => {
    expect(reg7.handover.inventory.map((item) => item.id)).toEqual(['radio', 'keys', 'documents']);
    reg7.handover.inventory.forEach((_, i) => {
      expect(cites(`handover.inventory.${i}.name`)).toContain('REG7-9.2');
    });
    expect(reg7.handover.incomingChecklist[0]?.id).toBe('count-shared-items');
    expect(cites('handover.incomingChecklist.0')).toContain('REG7-9.2');
  });

  it('REG7-9.2–9.4: the incoming checklist counts items, reads the record, notes follow-ups, inspects the area', () => {
    expect(reg7.handover.incomingChecklist.map((item) => item.id)).toEqual([
      'count-shared-items',
      'read-previous-record',
      'ask-and-note-follow-ups',
      'inspect-area',
    ]);
    expect(reg7.handover.incomingChecklist.every((item) => item.required)).toBe(true);
    expect(cites('handover.incomingChecklist.1')).toContain('REG7-9.3');
    expect(cites('handover.incomingChecklist.3')).toContain('REG7-9.4');
  });

  it('REG7-9.6–9.8: the outgoing checklist; finishing the shift’s work is "in general", not required', () => {
    const ids = reg7.handover.outgoingChecklist.map((item) => item.id);
    expect(ids).toEqual([
      'arrange-shared-items',
      'clear-desk',
      'complete-duty-record',
      'collect-evidence',
      'brief-unfinished-work',
      'finish-shift-work',
    ]);
    const finish = reg7.handover.outgoingChecklist.find((item) => item.id === 'finish-shift-work');
    expect(finish?.required).toBe(false);
    expect(cites('handover.outgoingChecklist.0')).toContain('REG7-9.6');
    expect(cites('handover.outgoingChecklist.2')).toContain('REG7-9.7');
    expect(cites('handover.outgoingChecklist.4')).toContain('REG7-9.8');
  });

  it('REG7-9.8: important unfinished work blocks the handover; nobody leaves before both sign', () => {
    expect(reg7.handover.blockingConditions).toEqual(['important-work-unfinished']);
    expect(cites('handover.blockingConditions')).toContain('REG7-9.8');
    expect(reg7.handover.outgoingStaysUntilSigned).toBe(true);
    expect(cites('handover.outgoingStaysUntilSigned')).toContain('REG7-9.8');
  });

  it('REG7-9.5: both parties confirm and sign together', () => {
    expect(reg7.handover.faceToFace).toBe(true);
    expect(cites('handover.faceToFace')).toContain('REG7-9.5');
  });

  it('REG7-9.9: the supervisor countersigns the record daily, the next morning', () => {
    expect(reg7.handover.countersign).toMatchObject({ role: 'cs-supervisor', dayOffset: 1 });
    expect(cites('handover.countersign.role')).toContain('REG7-9.9');
    expect(cites('handover.countersign.dayOffset')).toContain('REG7-9.9');
  });
});

describe('preset reg7: escalation and records (REG7-7.x, REG7-8.x)', () => {
  it('REG7-7.2a/b: duty officer → customer-service supervisor → property manager', () => {
    expect(reg7.escalation.tiers.map((tier) => [tier.level, tier.role, tier.decides])).toEqual([
      [1, 'duty-officer', ['routine', 'emergency']],
      [2, 'cs-supervisor', ['difficult']],
      [3, 'property-manager', ['major']],
    ]);
    expect(cites('escalation.tiers.1')).toContain('REG7-7.2a');
    expect(cites('escalation.tiers.2')).toContain('REG7-7.2b');
    expect(cites('escalation.tiers.0.decides.1')).toContain('REG7-8.1');
  });

  it('REG7-7.2c: calls are answered within three rings', () => {
    expect(reg7.escalation.answerWithinRings).toBe(3);
    expect(cites('escalation.answerWithinRings')).toContain('REG7-7.2c');
  });

  it('REG7-7.3: the duty hotline takes incoming calls only', () => {
    expect(reg7.escalation.hotlineIncomingOnly).toBe(true);
    expect(cites('escalation.hotlineIncomingOnly')).toContain('REG7-7.3');
  });

  it('REG7-8.4: five managers are on call after hours and on holidays', () => {
    expect(reg7.escalation.onCall).toEqual({
      roles: ['property-manager', 'assistant-manager', 'cs-supervisor', 'security-head', 'engineering-head'],
      afterHours: true,
      holidays: true,
    });
    expect(cites('escalation.onCall')).toContain('REG7-8.4');
  });

  it('REG7-8.5: every emergency gets an incident report', () => {
    expect(reg7.escalation.incidentReportRequired).toBe(true);
    expect(cites('escalation.incidentReportRequired')).toContain('REG7-8.5');
  });

  it('REG7-8.5b: records are archived monthly and kept three years', () => {
    expect(reg7.records).toEqual({ retentionYears: 3, archiveCadence: 'monthly' });
    expect(cites('records')).toContain('REG7-8.5b');
  });

  it('FCR-5.2 and DUTY-4: the property manager goes on site and receives major complaints', () => {
    expect(reg7.escalation.dissatisfiedComplaintOnSite).toBe('property-manager');
    expect(cites('escalation.dissatisfiedComplaintOnSite')).toContain('FCR-5.2');
    expect(reg7.escalation.majorComplaintReportedTo).toBe('property-manager');
    expect(cites('escalation.majorComplaintReportedTo')).toContain('DUTY-4');
  });
});

describe('preset reg7: cases and quality targets (FCR, FINE)', () => {
  it('FINE-3.4 / FINE-3.5 / FCR-4.6: same day, one week, at most two contacts', () => {
    expect(reg7.cases.generalCloseBy).toBe('24:00');
    expect(cites('cases.generalCloseBy')).toContain('FINE-3.4');
    expect(reg7.cases.difficultCloseWithinDays).toBe(7);
    expect(cites('cases.difficultCloseWithinDays')).toContain('FINE-3.5');
    expect(reg7.cases.maxContactsToClose).toBe(2);
    expect(cites('cases.maxContactsToClose')).toContain('FCR-4.6');
  });

  it('FCR-4.7: "I don’t know", "nothing can be done", "not my business" are forbidden, in every locale', () => {
    const { forbiddenReplies } = reg7.cases;
    expect(forbiddenReplies).toBe(FIRST_CONTACT_FORBIDDEN_REPLIES);
    expect(forbiddenReplies['zh-Hant']).toEqual(expect.arrayContaining(['不知道', '沒辦法', '不歸我管']));
    expect(forbiddenReplies['zh-Hans']).toEqual(expect.arrayContaining(['不知道', '没办法', '不归我管']));
    expect(forbiddenReplies.en).toEqual(
      expect.arrayContaining(["I don't know", "There's nothing I can do", "That's not my job"]),
    );
    for (const locale of ['zh-Hant', 'zh-Hans', 'en'] as const) {
      expect(forbiddenReplies[locale].length).toBeGreaterThanOrEqual(10);
      expect(forbiddenReplies[locale]).toHaveLength(forbiddenReplies.en.length);
    }
    expect(cites('cases.forbiddenReplies')).toContain('FCR-4.7');
  });

  it('FCR-4.5: the matter, the caller’s name and number are registered', () => {
    expect(reg7.cases.requiredIntakeFields).toEqual(
      expect.arrayContaining(['channel', 'callerName', 'callerPhone', 'matter', 'inRemit']),
    );
    expect(cites('cases.requiredIntakeFields.1')).toContain('FCR-4.5');
    expect(cites('cases.requiredIntakeFields.5')).toContain('FCR-4.4');
  });

  it('FINE-3.x: the quality targets of table 3', () => {
    expect(reg7.targets).toEqual({
      attendanceRate: 0.999,
      revisitRate: 0.9,
      answerWithinRings: 3,
      incidentReportRate: 1,
      complaintReplyOnTimeRate: 0.999,
      complaintSatisfactionRate: 0.9,
      patrolsPerWorkingDay: 2,
      departmentMeetingsPerWeek: 1,
    });
    expect(cites('targets.attendanceRate')).toContain('FINE-3.1');
    expect(cites('targets.revisitRate')).toContain('FINE-3.9');
    expect(cites('targets.answerWithinRings')).toContain('FINE-3.10');
    expect(cites('targets.incidentReportRate')).toContain('FINE-3.11');
    expect(cites('targets.patrolsPerWorkingDay')).toContain('FINE-3.16');
    expect(cites('targets.complaintReplyOnTimeRate')).toContain('FINE-3.19');
    expect(cites('targets.complaintSatisfactionRate')).toContain('FINE-3.20');
    expect(cites('targets.departmentMeetingsPerWeek')).toContain('FINE-3.21');
  });
});
