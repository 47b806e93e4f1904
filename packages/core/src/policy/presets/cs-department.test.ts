import { describe, expect, it } from 'vitest';
import { isClauseId } from '../clauses.js';
import { Policy } from '../schema.js';
import {
  PROJECT_FORBIDDEN_REPLIES,
  SERVICE_LANGUAGE_FORBIDDEN_REPLIES,
  csDepartment,
  joinForbiddenReplies,
} from './cs-department.js';
import { PRESETS, PRESET_INFO } from './index.js';
import {
  citationProblems,
  citedClauses,
  citesFor,
  consistencyProblems,
  gapsInDay,
  shiftHours,
} from './preset-test-helpers.js';
import { FIRST_CONTACT_FORBIDDEN_REPLIES } from './reg7.js';

const csd = csDepartment;
const cites = (path: string) => citesFor(csd, path);

describe('preset cs-department: shape and bookkeeping', () => {
  it('is a valid Policy', () => {
    const result = Policy.safeParse(csd);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.success).toBe(true);
  });

  it('is registered under its id, sourced from CSD', () => {
    expect(csd.id).toBe('cs-department');
    expect(PRESETS['cs-department']).toBe(csd);
    expect(PRESET_INFO['cs-department'].source).toBe('CSD');
  });

  it('cites only catalogue clauses, each at a path the policy has', () => {
    expect(citationProblems(csd, isClauseId)).toEqual([]);
  });

  it('cites CSD and the seed-002 handover rules (HOS, HOR, PWR, GXP), plus FCR-4.7', () => {
    for (const id of citedClauses(csd)) expect(id).toMatch(/^(CSD|HOS|HOR|PWR|GXP)-|^FCR-4\.7$/);
  });

  it('is internally consistent (posts, roles, midnight flags, tiers)', () => {
    expect(consistencyProblems(csd)).toEqual([]);
  });

  it('leaves uncited what CSD and its handover rules do not state', () => {
    for (const path of [
      'roster.preparedBy',
      'roster.reviewedBy',
      'roster.deadline',
      'roster.maxAverageWeeklyHours',
      'roster.minRestBetweenShiftsHours',
      'roster.coverage.1.from',
      'roster.coverage.1.to',
      'swaps.leaveApproverRole',
      'handover.outgoingPreparationMinutes',
      'handover.inventory.0.expected',
      'handover.countersign',
      'escalation.tiers',
      'escalation.onCall',
      'records',
    ]) {
      expect(cites(path), path).toEqual([]);
    }
  });
});

describe('preset cs-department: shifts and roster (CSD-D1, CSD-1.x, CSD-3.1.5)', () => {
  it('CSD-D1: day 08:30–17:30 and night 17:30–01:00, the night shift crossing midnight', () => {
    const [day, night] = csd.shifts;
    expect(day).toMatchObject({ id: 'day', start: '08:30', end: '17:30', crossesMidnight: false });
    expect(night).toMatchObject({ id: 'night', start: '17:30', end: '01:00', crossesMidnight: true });
    expect(night!.end < night!.start).toBe(true);
    expect(shiftHours(night!)).toBe(7.5);
    expect(cites('shifts.0')).toContain('CSD-D1');
    expect(cites('shifts.1')).toContain('CSD-D1');
  });

  it('CSD-1.2.1: three shifts cover the whole day; the third fills the gap between D1’s two', () => {
    expect(csd.shifts).toHaveLength(3);
    expect(csd.shifts[2]).toMatchObject({
      id: 'overnight',
      start: '01:00',
      end: '08:30',
      crossesMidnight: false,
    });
    expect(csd.shifts[2]?.start).toBe(csd.shifts[1]?.end);
    expect(csd.shifts[2]?.end).toBe(csd.shifts[0]?.start);
    expect(cites('shifts.2')).toEqual(expect.arrayContaining(['CSD-1.2.1', 'CSD-D1']));
    expect(csd.posts[0]?.roundTheClock).toBe(true);
    expect(cites('posts.0.roundTheClock')).toContain('CSD-1.2.1');
    expect(gapsInDay(csd.shifts.map((shift) => ({ from: shift.start, to: shift.end })))).toEqual([]);
  });

  it('CSD-1.2.1: a band asks for someone at every minute of every day', () => {
    const everyDay = csd.roster.coverage.filter((band) => band.days === 'every-day');
    expect(gapsInDay(everyDay)).toEqual([]);
    expect(cites('roster.coverage.0')).toContain('CSD-1.2.1');
  });

  it('CSD-D1: six days on, one off', () => {
    expect(csd.roster.maxConsecutiveWorkingDays).toBe(6);
    expect(cites('roster.maxConsecutiveWorkingDays')).toContain('CSD-D1');
  });

  it('CSD-D1b: the night shift may run on while a customer is still being served', () => {
    expect(csd.roster.overrunAllowedWhileServing).toBe(true);
    expect(cites('roster.overrunAllowedWhileServing')).toContain('CSD-D1b');
  });

  it('CSD-3.1.5: someone is at the desk over lunch', () => {
    const lunch = csd.roster.coverage.find((band) => band.id === 'lunch');
    expect(lunch).toMatchObject({ post: 'front-desk', minStaff: 1 });
    expect(cites('roster.coverage.1.minStaff')).toContain('CSD-3.1.5');
    const day = csd.shifts[0]!;
    expect(lunch!.from >= day.start && lunch!.to <= day.end).toBe(true);
  });

  it('CSD-1.1.6: a roster covering a public holiday is out a week ahead', () => {
    expect(csd.roster.holidayPublicationLeadDays).toBe(7);
    expect(cites('roster.holidayPublicationLeadDays')).toContain('CSD-1.1.6');
  });

  it('default: the weekly cap admits D1’s own six 9-hour day shifts (8 working hours each)', () => {
    expect(6 * shiftHours(csd.shifts[0]!)).toBeLessThanOrEqual(csd.roster.maxAverageWeeklyHours);
  });
});

describe('preset cs-department: swaps and leave (CSD-7.3–7.7)', () => {
  it('CSD-7.3: both parties consent and the department manager approves', () => {
    expect(csd.swaps.requireBothConsents).toBe(true);
    expect(csd.swaps.approverRole).toBe('department-manager');
    expect(cites('swaps.requireBothConsents')).toContain('CSD-7.3');
    expect(cites('swaps.approverRole')).toContain('CSD-7.3');
  });

  it('CSD-7.4a: at most 3 swaps a month', () => {
    expect(csd.swaps.monthlyLimit).toBe(3);
    expect(cites('swaps.monthlyLimit')).toContain('CSD-7.4a');
  });

  it('CSD-7.4b / CSD-7.4c: no consecutive swaps, no back-to-back shifts because of one', () => {
    expect(csd.swaps.banConsecutiveSwaps).toBe(true);
    expect(cites('swaps.banConsecutiveSwaps')).toContain('CSD-7.4b');
    expect(csd.swaps.banBackToBack).toBe(true);
    expect(cites('swaps.banBackToBack')).toContain('CSD-7.4c');
  });

  it('CSD-7.6: no leave on a swap day or its pay-back day', () => {
    expect(csd.swaps.noLeaveOnSwapDays).toBe(true);
    expect(cites('swaps.noLeaveOnSwapDays')).toContain('CSD-7.6');
  });

  it('CSD-7.7: holiday duty can be neither swapped nor taken as leave', () => {
    expect(csd.swaps.holidayFreeze).toBe(true);
    expect(cites('swaps.holidayFreeze')).toContain('CSD-7.7');
  });
});

describe('preset cs-department: handover (HOS, HOR, GXP, PWR, CSD-2/3)', () => {
  it('CSD-2.1.1: arrive 15 minutes early (stricter than HOS-4.1’s 10, which it satisfies)', () => {
    expect(csd.handover.arriveEarlyMinutes).toBe(15);
    expect(csd.handover.arriveEarlyMinutes).toBeGreaterThanOrEqual(10);
    expect(cites('handover.arriveEarlyMinutes')).toContain('CSD-2.1.1');
  });

  it('HOS-4.12 / CSD-3.2: the outgoing person stays until the incoming one arrives and signs', () => {
    expect(csd.handover.outgoingStaysUntilSigned).toBe(true);
    expect(cites('handover.outgoingStaysUntilSigned')).toEqual(
      expect.arrayContaining(['HOS-4.12', 'CSD-3.2']),
    );
  });

  it('HOR-1.5: shared items are checked face to face', () => {
    expect(csd.handover.faceToFace).toBe(true);
    expect(cites('handover.faceToFace')).toContain('HOR-1.5');
  });

  it('HOR-1.5: office supplies, communication devices, documents and show-flat keys are counted', () => {
    expect(csd.handover.inventory.map((item) => item.id)).toEqual([
      'office-supplies',
      'communication-devices',
      'documents',
      'show-flat-keys',
    ]);
    csd.handover.inventory.forEach((_, i) => {
      expect(cites(`handover.inventory.${i}.name`)).toContain('HOR-1.5');
    });
  });

  it('HOR-2.4: four blockers (major event, equipment starting/stopping, preparation, unfit incoming)', () => {
    const blockers = csd.handover.blockingConditions;
    const fromHor = [
      'major-event-unresolved',
      'equipment-transition',
      'preparation-incomplete',
      'incoming-unfit',
    ];
    expect(blockers.slice(0, 4)).toEqual(fromHor);
    for (const i of [0, 1, 2, 3]) expect(cites(`handover.blockingConditions.${i}`)).toContain('HOR-2.4');
  });

  it('GXP-4.2: three blockers (before time, incoming absent, emergency in progress)', () => {
    expect(csd.handover.blockingConditions.slice(4, 7)).toEqual([
      'before-handover-time',
      'incoming-absent',
      'emergency-in-progress',
    ]);
    for (const i of [4, 5, 6]) expect(cites(`handover.blockingConditions.${i}`)).toContain('GXP-4.2');
  });

  it('PWR-4 / HOS-4.11: no handover during an incident or an unresolved dispute', () => {
    expect(csd.handover.blockingConditions[7]).toBe('incident-in-progress');
    expect(cites('handover.blockingConditions.7')).toContain('PWR-4');
    expect(csd.handover.blockingConditions[8]).toBe('dispute-unresolved');
    expect(cites('handover.blockingConditions.8')).toContain('HOS-4.11');
  });

  it('GXP-4.1 / HOR-1.2–1.6 / CSD-3.4: the outgoing checklist, every item cited', () => {
    const items = csd.handover.outgoingChecklist;
    expect(items.map((item) => item.id)).toEqual([
      'tidy-records',
      'check-shared-items',
      'fill-handover-form',
      'pass-pending-matters',
      'cause-course-result',
      'major-issues',
      'superiors-instructions',
      'log-equipment-problems-staffing',
      'finish-pending-matters',
    ]);
    items.forEach((_, i) => {
      expect(cites(`handover.outgoingChecklist.${i}`).length).toBeGreaterThan(0);
    });
    expect(cites('handover.outgoingChecklist.0')).toContain('GXP-4.1');
    expect(cites('handover.outgoingChecklist.4')).toContain('HOR-1.2');
    expect(cites('handover.outgoingChecklist.5')).toContain('HOR-1.3');
    expect(cites('handover.outgoingChecklist.6')).toContain('HOR-1.4');
    expect(cites('handover.outgoingChecklist.7')).toContain('CSD-3.4');
    expect(cites('handover.outgoingChecklist.8')).toContain('HOR-1.6');
  });

  it('GXP-4.3 / HOS-4.1: the incoming person dresses for the post, checks items and reads the record', () => {
    const items = csd.handover.incomingChecklist;
    expect(items.map((item) => item.id)).toEqual([
      'dress-for-post',
      'check-shared-items',
      'read-handover-record',
      'handle-due-matters',
    ]);
    items.forEach((_, i) => {
      expect(cites(`handover.incomingChecklist.${i}`)).toContain('GXP-4.3');
    });
    expect(cites('handover.incomingChecklist.2')).toEqual(expect.arrayContaining(['HOS-4.1', 'CSD-2.1.1']));
  });

  it('HOR-1.1: times are kept in national standard (Beijing) time', () => {
    expect(csd.timeZone).toBe('Asia/Shanghai');
    expect(cites('timeZone')).toContain('HOR-1.1');
  });
});

describe('preset cs-department: service language (CSD-0.7, FCR-4.7)', () => {
  it('CSD-0.7: curt, blame-shifting and customer-blaming replies are forbidden on top of FCR-4.7’s', () => {
    const replies = csd.cases.forbiddenReplies;
    for (const locale of ['zh-Hant', 'zh-Hans', 'en'] as const) {
      expect(replies[locale]).toEqual(expect.arrayContaining(FIRST_CONTACT_FORBIDDEN_REPLIES[locale]));
      expect(replies[locale]).toEqual(expect.arrayContaining(SERVICE_LANGUAGE_FORBIDDEN_REPLIES[locale]));
      expect(replies[locale].length).toBeGreaterThanOrEqual(20);
    }
    expect(replies['zh-Hans']).toEqual(
      expect.arrayContaining(['不知道', '没办法', '不归我管', '你怎么不早说']),
    );
    expect(replies['zh-Hant']).toEqual(
      expect.arrayContaining(['不知道', '沒辦法', '不歸我管', '你怎麼不早說']),
    );
    expect(cites('cases.forbiddenReplies')).toEqual(expect.arrayContaining(['CSD-0.7', 'FCR-4.7']));
  });

  it('every locale carries the same number of replies (they are translations of one list)', () => {
    for (const list of [SERVICE_LANGUAGE_FORBIDDEN_REPLIES, PROJECT_FORBIDDEN_REPLIES]) {
      expect(list['zh-Hant']).toHaveLength(list.en.length);
      expect(list['zh-Hans']).toHaveLength(list.en.length);
    }
  });

  it('joinForbiddenReplies returns fresh lists without repeats', () => {
    const joined = joinForbiddenReplies(FIRST_CONTACT_FORBIDDEN_REPLIES, FIRST_CONTACT_FORBIDDEN_REPLIES);
    expect(joined).toEqual(FIRST_CONTACT_FORBIDDEN_REPLIES);
    expect(joined.en).not.toBe(FIRST_CONTACT_FORBIDDEN_REPLIES.en);
  });
});
