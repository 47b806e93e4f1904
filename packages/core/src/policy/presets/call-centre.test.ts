import { describe, expect, it } from 'vitest';
import { isClauseId } from '../clauses.js';
import { Policy } from '../schema.js';
import { callCentre } from './call-centre.js';
import { PRESETS, PRESET_INFO } from './index.js';
import {
  citationProblems,
  citedClauses,
  citesFor,
  consistencyProblems,
  gapsInDay,
  shiftHours,
} from './preset-test-helpers.js';

const ccs = callCentre;
const cites = (path: string) => citesFor(ccs, path);

describe('preset call-centre: shape and bookkeeping', () => {
  it('is a valid Policy', () => {
    const result = Policy.safeParse(ccs);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.success).toBe(true);
  });

  it('is registered under its id, sourced from CCS', () => {
    expect(ccs.id).toBe('call-centre');
    expect(PRESETS['call-centre']).toBe(ccs);
    expect(PRESET_INFO['call-centre'].source).toBe('CCS');
  });

  it('cites only catalogue clauses, each at a path the policy has', () => {
    expect(citationProblems(ccs, isClauseId)).toEqual([]);
  });

  it('cites CCS and CSM clauses only', () => {
    for (const id of citedClauses(ccs)) expect(id).toMatch(/^(CCS|CSM)-/);
  });

  it('is internally consistent (posts, roles, midnight flags, tiers, surge steps)', () => {
    expect(consistencyProblems(ccs)).toEqual([]);
  });

  it('leaves uncited the shift pattern, head-counts and surge sizes CCS does not give', () => {
    for (const path of [
      'shifts',
      'shifts.0',
      'roster.coverage',
      'roster.coverage.1.minStaff',
      'roster.maxConsecutiveWorkingDays',
      'roster.minRestBetweenShiftsHours',
      'escalation.tiers',
      'escalation.surge.steps.0.addMax',
      'escalation.surge.steps.4.sustainedMinutes',
      'escalation.surge.steps.5.addMax',
      'escalation.surge.nightFrom',
      'handover.outgoingPreparationMinutes',
      'handover.countersign',
    ]) {
      expect(cites(path), path).toEqual([]);
    }
  });
});

describe('preset call-centre: scheduling (CCS-6.1.x, CCS-6.3.4)', () => {
  it('CCS-6.1.1: the hotline is round the clock and its shifts cover every minute of the day', () => {
    const hotline = ccs.posts.find((post) => post.id === 'hotline');
    expect(hotline?.roundTheClock).toBe(true);
    expect(cites('posts.0.roundTheClock')).toContain('CCS-6.1.1');
    const shifts = ccs.shifts.filter((shift) => shift.post === 'hotline');
    expect(gapsInDay(shifts.map((shift) => ({ from: shift.start, to: shift.end })))).toEqual([]);
  });

  it('CCS-6.1.1: the coverage bands ask for someone at every minute of every day', () => {
    const bands = ccs.roster.coverage.filter((band) => band.post === 'hotline' && band.days === 'every-day');
    expect(gapsInDay(bands)).toEqual([]);
    expect(bands.every((band) => band.minStaff >= 1)).toBe(true);
  });

  it('default: three 8-hour shifts end to end, the middle one ending at midnight', () => {
    expect(
      ccs.shifts.map(({ id, start, end, crossesMidnight }) => [id, start, end, crossesMidnight]),
    ).toEqual([
      ['early', '08:00', '16:00', false],
      ['middle', '16:00', '00:00', true],
      ['night', '00:00', '08:00', false],
    ]);
    expect(ccs.shifts.map(shiftHours)).toEqual([8, 8, 8]);
  });

  it('CCS-6.1.2: at most 40 hours a week on average, i.e. five of these shifts', () => {
    expect(ccs.roster.maxAverageWeeklyHours).toBe(40);
    expect(cites('roster.maxAverageWeeklyHours')).toContain('CCS-6.1.2');
    expect(5 * shiftHours(ccs.shifts[0]!)).toBe(40);
  });

  it('CCS-6.1.4: a reserve is kept every day (at least one person)', () => {
    expect(ccs.roster.reserveHeadcount).toBeGreaterThanOrEqual(1);
    expect(cites('roster.reserveHeadcount')).toContain('CCS-6.1.4');
  });

  it('CCS-6.3.4: holidays get headroom in every band and 5–7 emergency seats', () => {
    expect(ccs.roster.holidayHeadroom).toEqual({ extraStaff: 1, emergencySeatsMin: 5, emergencySeatsMax: 7 });
    expect(cites('roster.holidayHeadroom')).toContain('CCS-6.3.4');
  });
});

describe('preset call-centre: surge staffing (CCS-6.3.2a–f, CCS-6.3.3, CCS-6.3.4n)', () => {
  const step = (i: number) => ccs.escalation.surge.steps[i];

  it('CCS-6.3.2a–f: six steps, in the order the source lists them', () => {
    expect(ccs.escalation.surge.steps.map((s) => s.source)).toEqual([
      'floating-experts',
      'outbound-seats',
      'quality-control',
      'back-office',
      'longer-shifts',
      'emergency-overtime',
    ]);
  });

  it('CCS-6.3.2a: more than 5 waiting for 5 minutes brings in the floating experts', () => {
    expect(step(0)).toMatchObject({ source: 'floating-experts', waitingAbove: 5, sustainedMinutes: 5 });
    expect(cites('escalation.surge.steps.0.waitingAbove')).toContain('CCS-6.3.2a');
    expect(cites('escalation.surge.steps.0.sustainedMinutes')).toContain('CCS-6.3.2a');
  });

  it('CCS-6.3.2b: still so 5 minutes later, 2–3 outbound seats join', () => {
    expect(step(1)).toMatchObject({ waitingAbove: 5, sustainedMinutes: 5, addMin: 2, addMax: 3 });
    expect(cites('escalation.surge.steps.1')).toContain('CCS-6.3.2b');
  });

  it('CCS-6.3.2c: still so 5 minutes later, 2–3 quality-control staff join', () => {
    expect(step(2)).toMatchObject({ waitingAbove: 5, sustainedMinutes: 5, addMin: 2, addMax: 3 });
    expect(cites('escalation.surge.steps.2')).toContain('CCS-6.3.2c');
  });

  it('CCS-6.3.2d: more than 10 waiting brings in 2–3 back-office staff at once', () => {
    expect(step(3)).toMatchObject({ waitingAbove: 10, sustainedMinutes: 0, addMin: 2, addMax: 3 });
    expect(cites('escalation.surge.steps.3')).toContain('CCS-6.3.2d');
  });

  it('CCS-6.3.2e / CCS-6.3.2f: longer shifts, then emergency overtime, while the overload lasts', () => {
    expect(step(4)).toMatchObject({ source: 'longer-shifts', waitingAbove: 10 });
    expect(cites('escalation.surge.steps.4.source')).toContain('CCS-6.3.2e');
    expect(step(5)).toMatchObject({ source: 'emergency-overtime', waitingAbove: 10 });
    expect(cites('escalation.surge.steps.5.source')).toContain('CCS-6.3.2f');
  });

  it('CCS-6.3.3: added seats are released once 5 or fewer wait', () => {
    expect(ccs.escalation.surge.releaseAtOrBelow).toBe(5);
    expect(cites('escalation.surge.releaseAtOrBelow')).toContain('CCS-6.3.3');
  });

  it('CCS-6.3.4n: at night everyone but one on-site supervisor joins inbound', () => {
    expect(ccs.escalation.surge.nightKeepSupervisors).toBe(1);
    expect(cites('escalation.surge.nightKeepSupervisors')).toContain('CCS-6.3.4n');
    const night = ccs.shifts.find((shift) => shift.id === 'night');
    expect([ccs.escalation.surge.nightFrom, ccs.escalation.surge.nightTo]).toEqual([
      night?.start,
      night?.end,
    ]);
  });
});

describe('preset call-centre: reporting (CCS-4.2, CCS-4.3)', () => {
  it('CCS-4.2: the five mandatory report triggers', () => {
    expect([...ccs.escalation.reportTriggers].sort()).toEqual(
      ['beyond-remit', 'competition', 'confidentiality-leak', 'major-error', 'safety-threat'].sort(),
    );
    expect(cites('escalation.reportTriggers')).toContain('CCS-4.2');
  });

  it('CCS-4.3: in an emergency a level may be skipped, and the skipped superior is told afterwards', () => {
    expect(ccs.escalation.skipLevelIn).toEqual(['emergency']);
    expect(ccs.escalation.afterReportToSkipped).toBe(true);
    expect(cites('escalation.skipLevelIn')).toContain('CCS-4.3');
    expect(cites('escalation.afterReportToSkipped')).toContain('CCS-4.3');
  });
});

describe('preset call-centre: handover and swaps (CSM)', () => {
  it('CSM-1: arrive at least 10 minutes early (the lower end of 10–15 is the binding minimum)', () => {
    expect(ccs.handover.arriveEarlyMinutes).toBe(10);
    expect(cites('handover.arriveEarlyMinutes')).toContain('CSM-1');
  });

  it('CSM-2: the handover is face to face; the outgoing agent stays until the incoming one signs', () => {
    expect(ccs.handover.faceToFace).toBe(true);
    expect(cites('handover.faceToFace')).toContain('CSM-2');
    expect(ccs.handover.outgoingStaysUntilSigned).toBe(true);
    expect(cites('handover.outgoingStaysUntilSigned')).toContain('CSM-2');
  });

  it('CSM-3: the outgoing agent writes and signs the log with time and staff number; the incoming one reads and signs it', () => {
    expect(ccs.handover.outgoingChecklist.map((item) => item.id)).toEqual(
      expect.arrayContaining(['write-handover-log', 'sign-time-and-staff-number']),
    );
    expect(cites('handover.outgoingChecklist.1')).toContain('CSM-3');
    expect(cites('handover.outgoingChecklist.2')).toContain('CSM-3');
    expect(ccs.handover.incomingChecklist.map((item) => item.id)).toContain('read-handover-log');
    expect(cites('handover.incomingChecklist.1')).toContain('CSM-3');
  });

  it('CSM-5: a problem arising during the handover holds it up until it reaches a stopping point', () => {
    expect(ccs.handover.blockingConditions).toEqual(['incident-in-progress']);
    expect(cites('handover.blockingConditions')).toContain('CSM-5');
  });

  it('CSM-7: a swap needs the prior consent of the people concerned', () => {
    expect(ccs.swaps.requireBothConsents).toBe(true);
    expect(ccs.swaps.privateSwapsAllowed).toBe(true);
    expect(cites('swaps.requireBothConsents')).toContain('CSM-7');
  });
});
