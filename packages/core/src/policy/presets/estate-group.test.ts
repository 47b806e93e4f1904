import { describe, expect, it } from 'vitest';
import { isClauseId } from '../clauses.js';
import { Policy } from '../schema.js';
import { PROJECT_FORBIDDEN_REPLIES } from './cs-department.js';
import { estateGroup } from './estate-group.js';
import { PRESETS, PRESET_INFO } from './index.js';
import { citationProblems, citedClauses, citesFor, consistencyProblems } from './preset-test-helpers.js';

const cites = (path: string) => citesFor(estateGroup, path);

describe('preset estate-group: shape and bookkeeping', () => {
  it('is a valid Policy', () => {
    const result = Policy.safeParse(estateGroup);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.success).toBe(true);
  });

  it('is registered under its id, sourced from CSG', () => {
    expect(estateGroup.id).toBe('estate-group');
    expect(PRESETS['estate-group']).toBe(estateGroup);
    expect(PRESET_INFO['estate-group'].source).toBe('CSG');
  });

  it('cites only catalogue clauses, each at a path the policy has', () => {
    expect(citationProblems(estateGroup, isClauseId)).toEqual([]);
  });

  it('cites CSG’s own clauses, and REG7 (or CSD-4) only where CSG repeats that text', () => {
    for (const id of citedClauses(estateGroup)) expect(id).toMatch(/^(CSG|REG7)-|^CSD-4$/);
  });

  it('is internally consistent (posts, roles, midnight flags, tiers)', () => {
    expect(consistencyProblems(estateGroup)).toEqual([]);
  });

  it('leaves uncited what CSG does not state, including everything after its text breaks off in 9.3', () => {
    for (const path of [
      'timeZone',
      'roster.reviewedBy',
      'roster.maxAverageWeeklyHours',
      'swaps',
      'handover.outgoingPreparationMinutes',
      'handover.faceToFace',
      'handover.outgoingStaysUntilSigned',
      'handover.outgoingChecklist.1',
      'handover.outgoingChecklist.2',
      'handover.incomingChecklist.3',
      'handover.blockingConditions',
      'handover.countersign',
      'handover.countersign.role',
      'cases.forbiddenReplies',
      'escalation.reportTriggers',
    ]) {
      expect(cites(path), path).toEqual([]);
    }
  });
});

describe('preset estate-group: roster (CSG-4.2, CSG-4.3)', () => {
  it('CSG-4.2: the supervisor prepares the roster before month end, with no review step', () => {
    expect(estateGroup.roster.preparedBy).toBe('cs-supervisor');
    expect(estateGroup.roster.reviewRequired).toBe(false);
    expect(estateGroup.roster.reviewedBy).toBeUndefined();
    expect(estateGroup.roster.deadline).toEqual({ kind: 'month-end' });
    for (const path of ['roster.preparedBy', 'roster.reviewRequired', 'roster.deadline']) {
      expect(cites(path), path).toContain('CSG-4.2');
    }
  });

  it('CSG-4.3: a single day shift, 08:30–17:30', () => {
    expect(estateGroup.shifts).toHaveLength(1);
    expect(estateGroup.shifts[0]).toMatchObject({
      id: 'day',
      start: '08:30',
      end: '17:30',
      crossesMidnight: false,
      post: 'front-desk',
    });
    expect(cites('shifts')).toContain('CSG-4.3');
  });

  it('CSG-4.3: the desk is staffed during the day shift only', () => {
    expect(estateGroup.posts.every((post) => !post.roundTheClock)).toBe(true);
    expect(cites('posts.0.roundTheClock')).toContain('CSG-4.3');
    expect(estateGroup.roster.coverage).toHaveLength(1);
    expect(estateGroup.roster.coverage[0]).toMatchObject({ from: '08:30', to: '17:30', minStaff: 1 });
    expect(cites('roster.coverage.0.from')).toContain('CSG-4.3');
  });
});

describe('preset estate-group: handover (CSG-9.x, REG7-9.1, REG7-9.3)', () => {
  it('REG7-9.1 (repeated as CSG 9.1): incoming staff arrive 5 minutes early', () => {
    expect(estateGroup.handover.arriveEarlyMinutes).toBe(5);
    expect(cites('handover.arriveEarlyMinutes')).toContain('REG7-9.1');
  });

  it('CSG-9.2: radios, fire extinguishers and water bottles are counted', () => {
    expect(estateGroup.handover.inventory.map((item) => item.id)).toEqual([
      'radio',
      'fire-extinguisher',
      'water-bottle',
    ]);
    estateGroup.handover.inventory.forEach((_, i) => {
      expect(cites(`handover.inventory.${i}.name`)).toContain('CSG-9.2');
    });
    expect(estateGroup.handover.incomingChecklist[0]?.id).toBe('count-shared-items');
    expect(cites('handover.incomingChecklist.0')).toContain('CSG-9.2');
  });

  it('REG7-9.3 (repeated as CSG 9.3): the incoming person reads the previous ledger and notes follow-ups', () => {
    expect(estateGroup.handover.incomingChecklist.slice(1, 3).map((item) => item.id)).toEqual([
      'read-previous-ledger',
      'ask-and-note-follow-ups',
    ]);
    expect(cites('handover.incomingChecklist.1')).toContain('REG7-9.3');
    expect(cites('handover.incomingChecklist.2')).toContain('REG7-9.3');
  });

  it('CSD-4 (CSG 8.5): the outgoing person writes the work ledger', () => {
    expect(estateGroup.handover.outgoingChecklist[0]?.id).toBe('write-work-ledger');
    expect(cites('handover.outgoingChecklist.0')).toContain('CSD-4');
  });

  it('default: with one shift a day the handover is written, not face to face', () => {
    expect(estateGroup.handover.faceToFace).toBe(false);
    expect(estateGroup.handover.outgoingStaysUntilSigned).toBe(false);
  });
});

describe('preset estate-group: escalation and records (CSG 7.x–8.x = REG7 text)', () => {
  it('REG7-7.2a/b (repeated as CSG 7.2): duty officer → supervisor → property manager', () => {
    expect(estateGroup.escalation.tiers.map((tier) => tier.role)).toEqual([
      'duty-officer',
      'cs-supervisor',
      'property-manager',
    ]);
    expect(cites('escalation.tiers.1')).toContain('REG7-7.2a');
    expect(cites('escalation.tiers.2')).toContain('REG7-7.2b');
  });

  it('REG7-7.2c and REG7-7.3 (repeated in CSG): three rings, incoming calls only', () => {
    expect(estateGroup.escalation.answerWithinRings).toBe(3);
    expect(cites('escalation.answerWithinRings')).toContain('REG7-7.2c');
    expect(estateGroup.escalation.hotlineIncomingOnly).toBe(true);
    expect(cites('escalation.hotlineIncomingOnly')).toContain('REG7-7.3');
  });

  it('REG7-8.4 (repeated as CSG 8.4): five managers on call after hours and on holidays', () => {
    expect(estateGroup.escalation.onCall.roles).toEqual([
      'property-manager',
      'assistant-manager',
      'cs-supervisor',
      'security-head',
      'engineering-head',
    ]);
    expect(estateGroup.escalation.onCall.afterHours && estateGroup.escalation.onCall.holidays).toBe(true);
    expect(cites('escalation.onCall')).toContain('REG7-8.4');
  });

  it('CSD-4: everything goes into the work ledger; no separate incident report', () => {
    expect(estateGroup.escalation.incidentReportRequired).toBe(false);
    expect(cites('escalation.incidentReportRequired')).toContain('CSD-4');
  });

  it('REG7-8.5b (repeated as CSG 8.5): records kept three years, archived monthly', () => {
    expect(estateGroup.records).toEqual({ retentionYears: 3, archiveCadence: 'monthly' });
    expect(cites('records')).toContain('REG7-8.5b');
  });

  it('default: the project’s forbidden replies, as a copy of its own', () => {
    expect(estateGroup.cases.forbiddenReplies).toEqual(PROJECT_FORBIDDEN_REPLIES);
    expect(estateGroup.cases.forbiddenReplies.en).not.toBe(PROJECT_FORBIDDEN_REPLIES.en);
  });
});
