/**
 * The FINE-3.x figures over small December 2026 journals of the CSD front
 * desk, each written through the real commands and checked by hand: the
 * comment above each expectation is the sum done on paper.
 */
import { describe, expect, it } from 'vitest';
import { givePlan, openCase, resolveCase, revisitCase } from '../cases/commands.js';
import { formatMessage } from '../diagnostics/format.js';
import { resolvePolicy } from '../policy/resolve.js';
import {
  ALICE,
  at,
  BEN,
  CARL,
  december,
  expectOk,
  intakeOf,
  MANAGER,
  site,
  type Site,
} from '../liability/liability-test-helpers.js';
import type { FigureId, QualityFigure } from './figure.js';
import { qualityFigures, type QualityFiguresInput } from './figures.js';

const d = (n: number) => `2026-12-${String(n).padStart(2, '0')}`;

async function figuresOf(s: Site, input: Partial<QualityFiguresInput> = {}) {
  return qualityFigures({ entries: await s.entries(), policy: s.policy, month: '2026-12', ...input });
}

function figure(figures: readonly QualityFigure[], id: FigureId): QualityFigure {
  const found = figures.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no ${id}`);
  return found;
}

describe('FINE-3.1, CCS-5: attendance from the roster and the handovers', () => {
  it('FINE-3.1: four of five judged shifts attended; a late arrival, an early leaving, a no-show, a leave day', async () => {
    const s = site();
    const tablet = resolvePolicy('cs-department', { handover: { outgoingStaysUntilSigned: false } });
    // 1 Dec 08:30 CARL (overnight of the 1st) → ALICE (day); 17:30 ALICE → BEN (night).
    await s.handover({ id: 'h0', day: d(1), from: 'overnight', outgoing: CARL, incoming: ALICE });
    await s.handover({ id: 'h1', day: d(1), from: 'day', outgoing: ALICE, incoming: BEN });
    // 2 Dec 01:00 BEN → CARL: CARL arrives at 00:55 (due 00:45), BEN leaves at 00:55, before his shift ends.
    await s.handover(
      {
        id: 'h2',
        day: d(1),
        from: 'night',
        outgoing: BEN,
        incoming: CARL,
        arriveMinutesBefore: 5,
        leaveBeforeSigning: true,
      },
      tablet,
    );
    // 2 Dec 08:30 CARL → ALICE: ALICE never comes.
    await s.handover({
      id: 'h3',
      day: d(2),
      from: 'overnight',
      outgoing: CARL,
      incoming: ALICE,
      stopBefore: 'arrive',
    });
    const roster = december({
      leave: [
        {
          staff: BEN.staffId,
          dates: [d(2)],
          kind: 'annual',
          approvedBy: MANAGER.staffId,
          approvedAt: at('2026-11-25', '10:00'),
        },
      ],
    });

    const [attendance] = await figuresOf(s, { roster, asOf: at(d(2), '20:00') });
    // Six rows, all begun by 20:00 on the 2nd; BEN's night of the 2nd is leave; the other five are
    // named by a handover: ALICE 1st day, BEN 1st night, CARL 1st and 2nd overnight attended, ALICE 2nd day did not.
    expect(attendance).toMatchObject({
      id: 'FINE-3.1',
      clauses: ['FINE-3.1', 'CCS-5'],
      target: { value: 0.999, unit: 'rate' },
      measurable: true,
      numerator: 4,
      denominator: 5,
      actual: 0.8,
      met: false,
      notes: [],
    });
    expect(attendance.detail).toEqual({
      scheduled: 6,
      onLeave: 1,
      unrecorded: 0,
      judged: 5,
      present: 4,
      late: 1,
      earlyLeave: 1,
      noShow: 1,
      leaveDays: { annual: 1, personal: 0, sick: 0, compensatory: 0, other: 0 },
    });
  });

  it('FINE-3.1: not measurable without the roster, nor with another month’s', async () => {
    const s = site();
    await s.handover({ id: 'h0', day: d(1), from: 'overnight', outgoing: CARL, incoming: ALICE });
    const [withoutRoster] = await figuresOf(s);
    expect(withoutRoster).toMatchObject({ measurable: false, actual: undefined, met: undefined });
    expect(withoutRoster.notes.map((note) => note.messageId)).toEqual(['kpi.note.no-roster']);
    const [november] = await figuresOf(s, { roster: { ...december(), month: '2026-11' } });
    expect(november.notes).toEqual([
      { messageId: 'kpi.note.roster-month', params: { roster: '2026-11', month: '2026-12' } },
    ]);
  });
});

describe('FINE-3.4, 3.5, 3.9, 3.19, 3.20: the case register of a month', () => {
  async function month(): Promise<Site> {
    const s = site();
    const open = (id: string, gravity: Parameters<typeof intakeOf>[1], time: string) =>
      s.caseAct(ALICE, time, (source, context) => openCase(source, context, intakeOf(id, gravity)));
    const resolve = (id: string, time: string) =>
      s.caseAct(ALICE, time, (source, context) =>
        resolveCase(source, context, { caseId: id, outcome: 'resolved', answer: '已派工程部處理完畢' }),
      );
    const revisit = (id: string, time: string, satisfaction: 'satisfied' | 'neutral' | 'dissatisfied') =>
      s.caseAct(BEN, time, (source, context) => revisitCase(source, context, { caseId: id, satisfaction }));

    await open('g1', 'general', at(d(1), '09:00'));
    await open('d1', 'difficult', at(d(1), '09:00'));
    await open('d2', 'difficult', at(d(1), '09:30'));
    await open('c1', 'complaint', at(d(1), '09:30'));
    await open('g2', 'general', at(d(1), '10:00'));
    await resolve('g1', at(d(1), '11:00'));
    await s.caseAct(ALICE, at(d(1), '11:00'), (source, context) =>
      givePlan(source, context, {
        caseId: 'c1',
        plan: '下午派清潔部清理垃圾房',
        resolveBy: at(d(1), '16:00'),
      }),
    );
    await resolve('c1', at(d(1), '15:00'));
    await revisit('g1', at(d(1), '15:00'), 'satisfied');
    await resolve('g2', at(d(1), '16:00'));
    await open('g3', 'general', at(d(1), '20:00'));
    await open('g5', 'general', at(d(2), '09:00'));
    await open('c2', 'complaint', at(d(2), '09:00'));
    await resolve('g3', at(d(2), '09:00'));
    await revisit('c1', at(d(2), '10:00'), 'satisfied');
    await resolve('d1', at(d(3), '10:00'));
    await resolve('c2', at(d(4), '10:00'));
    await revisit('c2', at(d(5), '10:00'), 'neutral');
    await open('c3', 'major-complaint', at(d(8), '15:00'));
    await open('g4', 'general', at(d(9), '10:00'));
    await resolve('d2', at(d(9), '10:00'));
    return s;
  }

  it('FINE-3.4: general issues the same day — g1, g2 in time; g3 next morning; g5 never; g4 still pending', async () => {
    const figures = await figuresOf(await month(), { asOf: at(d(9), '12:00') });
    expect(figure(figures, 'FINE-3.4')).toMatchObject({
      numerator: 2,
      denominator: 4,
      actual: 0.5,
      met: false,
      notes: [{ messageId: 'kpi.note.pending', params: { count: 1 } }],
    });
  });

  it('FINE-3.5: difficult issues within a week — d1 on the 3rd in time, d2 on the 9th a day late', async () => {
    const figures = await figuresOf(await month(), { asOf: at(d(9), '12:00') });
    expect(figure(figures, 'FINE-3.5')).toMatchObject({
      numerator: 1,
      denominator: 2,
      actual: 0.5,
      met: false,
    });
  });

  it('FINE-3.9: revisits of the same-day resolved — g1 and c1 of g1, g2, c1', async () => {
    const figures = await figuresOf(await month(), { asOf: at(d(9), '12:00') });
    const revisits = figure(figures, 'FINE-3.9');
    expect(revisits).toMatchObject({ numerator: 2, denominator: 3, met: false, target: { value: 0.9 } });
    expect(revisits.actual).toBeCloseTo(2 / 3, 10);
  });

  it('FINE-3.19: complaints answered on time — c1’s plan in 2 hours, c2 answered after 2 days, c3 pending', async () => {
    const figures = await figuresOf(await month(), { asOf: at(d(9), '12:00') });
    expect(figure(figures, 'FINE-3.19')).toMatchObject({
      clauses: ['FINE-3.19', 'DUTY-4'],
      numerator: 1,
      denominator: 2,
      actual: 0.5,
      met: false,
      notes: [{ messageId: 'kpi.note.pending', params: { count: 1 } }],
    });
  });

  it('FINE-3.20: satisfaction with complaints — c1 satisfied, c2 neutral, c3 not revisited', async () => {
    const figures = await figuresOf(await month(), { asOf: at(d(9), '12:00') });
    expect(figure(figures, 'FINE-3.20')).toMatchObject({
      numerator: 1,
      denominator: 2,
      actual: 0.5,
      met: false,
      notes: [{ messageId: 'kpi.note.not-revisited', params: { count: 1 } }],
    });
  });

  it('measured as of an earlier moment, later facts are not read', async () => {
    // On the 1st at 12:00: g1 resolved in time; g2 and the difficult ones are pending.
    const figures = await figuresOf(await month(), { asOf: at(d(1), '12:00') });
    expect(figure(figures, 'FINE-3.4')).toMatchObject({ numerator: 1, denominator: 1, actual: 1, met: true });
    expect(figure(figures, 'FINE-3.5')).toMatchObject({ measurable: false, denominator: 0 });
  });
});

describe('FINE-3.10, REG7-7.2c: calls answered within three rings', () => {
  it('FINE-3.10: 1, 2 and 3 rings and 9 seconds are within; 4 rings and 12 seconds are not; one call unreadable', () => {
    const [, , , , answered] = qualityFigures({
      entries: [],
      policy: resolvePolicy('cs-department'),
      month: '2026-12',
      calls: [
        { ringCount: 1 },
        { ringCount: 2 },
        { ringCount: 3 },
        { ringCount: 4 },
        { answerSeconds: 9 },
        { answerSeconds: 12 },
        {},
      ],
    });
    expect(answered).toMatchObject({
      id: 'FINE-3.10',
      clauses: ['FINE-3.10', 'REG7-7.2c'],
      numerator: 4,
      denominator: 6,
      met: false,
      notes: [{ messageId: 'kpi.note.calls-unreadable', params: { count: 1 } }],
    });
    expect(answered?.actual).toBeCloseTo(4 / 6, 10);
    expect(
      formatMessage(
        answered?.name.messageId ?? 'kpi.figure.attendance',
        answered?.name.params ?? {},
        'zh-Hant',
      ),
    ).toBe('電話鈴響 3 聲內接起');
  });

  it('FINE-3.10: ten seconds is three rings; without call data it is not measurable, not 0', () => {
    const policy = resolvePolicy('cs-department');
    const [, , , , tenSeconds] = qualityFigures({
      entries: [],
      policy,
      month: '2026-12',
      calls: [{ answerSeconds: 10 }],
    });
    expect(tenSeconds).toMatchObject({ actual: 1, met: true });
    const [, , , , none] = qualityFigures({ entries: [], policy, month: '2026-12' });
    expect(none).toMatchObject({
      measurable: false,
      actual: undefined,
      met: undefined,
      notes: [{ messageId: 'kpi.note.no-calls' }],
    });
  });
});

describe('FINE-3.11, FINE-3.16, FINE-3.21: records of the month', () => {
  it('FINE-3.11, REG7-8.5: the emergency of the 1st is reported, the lift breakdown handed over on the 2nd is not', async () => {
    const s = site();
    await s.handover({
      id: 'h1',
      day: d(1),
      from: 'day',
      outgoing: ALICE,
      incoming: BEN,
      during: async (session) => {
        expectOk(
          await session.raiseEmergency(BEN, {
            flagId: 'f-water',
            kind: 'emergency',
            description: 'B2 水管爆裂',
          }),
        );
        expectOk(
          await session.clearEmergency(ALICE, { flagId: 'f-water', outcome: '已關水閘,工程部到場搶修' }),
        );
      },
    });
    await s.handover({
      id: 'h2',
      day: d(1),
      from: 'night',
      outgoing: BEN,
      incoming: CARL,
      during: async (session) => {
        expectOk(
          await session.recordMajorIssue(BEN, {
            issueId: 'mi-lift',
            description: 'B 座升降機困人,技工到場放人',
            resolved: true,
          }),
        );
      },
    });
    await s.record(ALICE, at(d(2), '09:00'), 'report-f-water', 'incident.reported', {
      reportId: 'r-1',
      eventId: 'f-water',
      handoverId: 'h1',
      summary: '17:25 B2 水管爆裂,關水閘後由工程部搶修,無人受傷',
      reportedTo: 'department-manager',
    });
    const figures = await figuresOf(s);
    expect(figure(figures, 'FINE-3.11')).toMatchObject({
      clauses: ['FINE-3.11', 'REG7-8.5'],
      numerator: 1,
      denominator: 2,
      actual: 0.5,
      met: false,
    });
  });

  it('FINE-3.16, FINE-12.4: patrols on the four working days of 1–4 December — 2, 2, 1, 2', async () => {
    const s = site();
    const patrol = (id: string, time: string) =>
      s.record(BEN, time, id, 'patrol.recorded', {
        patrolId: id,
        area: '平台花園及地庫停車場',
        items: [
          { item: '消防通道', result: '暢通,無雜物' },
          { item: '地庫照明', result: 'B2 C 區一支光管不亮,已報工程部' },
        ],
      });
    for (const [n, times] of [
      [1, ['10:00', '15:00']],
      [2, ['10:00', '15:00']],
      [3, ['10:00']],
      [4, ['10:00', '15:00']],
      [5, ['10:00']],
    ] as const) {
      for (const time of times) await patrol(`p-${n}-${time}`, at(d(n), time));
    }
    // Saturday the 5th is not a working day; measured at noon on the 5th, the 1st to the 4th are over.
    const figures = await figuresOf(s, { asOf: at(d(5), '12:00') });
    expect(figure(figures, 'FINE-3.16')).toMatchObject({
      target: { value: 2, unit: 'per-working-day' },
      numerator: 7,
      denominator: 4,
      actual: 1.75,
      met: false,
      notes: [{ messageId: 'kpi.note.days-short', params: { count: 1, dates: '2026-12-03' } }],
    });
  });

  it('FINE-3.16: not measurable when the journal records no patrols, and not applicable to a call centre', async () => {
    const figures = await figuresOf(site(), { asOf: at(d(5), '12:00') });
    expect(figure(figures, 'FINE-3.16')).toMatchObject({
      measurable: false,
      notes: [{ messageId: 'kpi.note.not-recorded', params: { type: 'patrol.recorded' } }],
    });
    const callCentre = qualityFigures({
      entries: [],
      policy: resolvePolicy('call-centre'),
      month: '2026-12',
    });
    expect(figure(callCentre, 'FINE-3.16').notes).toEqual([
      { messageId: 'kpi.note.not-applicable', params: {} },
    ]);
  });

  it('FINE-3.21: department meetings — the weeks of 30 Nov and 7 Dec are over by the 15th; only the first held one', async () => {
    const s = site();
    await s.record(MANAGER, at(d(4), '09:00'), 'meeting-1', 'meeting.held', {
      meetingId: 'mt-2026-12-04',
      topics: ['十二月停水安排', '升降機維修跟進'],
      attendees: [ALICE.staffId, BEN.staffId, CARL.staffId],
    });
    // The meeting of the 14th falls in the third week, which is not over yet.
    await s.record(MANAGER, at(d(14), '09:00'), 'meeting-2', 'meeting.held', {
      meetingId: 'mt-2026-12-14',
      topics: ['聖誕節值班安排'],
    });
    const figures = await figuresOf(s, { asOf: at(d(15), '12:00') });
    expect(figure(figures, 'FINE-3.21')).toMatchObject({
      target: { value: 1, unit: 'per-week' },
      numerator: 1,
      denominator: 2,
      actual: 0.5,
      met: false,
      notes: [{ messageId: 'kpi.note.weeks-short', params: { count: 1, dates: '2026-12-07' } }],
    });
  });
});

describe('qualityFigures', () => {
  it('lists the figures in FINE table 3 order, and refuses a month that is not yyyy-MM', () => {
    const policy = resolvePolicy('reg7');
    const figures = qualityFigures({ entries: [], policy, month: '2026-12' });
    expect(figures.map((candidate) => candidate.id)).toEqual([
      'FINE-3.1',
      'FINE-3.4',
      'FINE-3.5',
      'FINE-3.9',
      'FINE-3.10',
      'FINE-3.11',
      'FINE-3.16',
      'FINE-3.19',
      'FINE-3.20',
      'FINE-3.21',
    ]);
    expect(figures.every((candidate) => !candidate.measurable && candidate.met === undefined)).toBe(true);
    expect(() => qualityFigures({ entries: [], policy, month: '2026-13' })).toThrow(RangeError);
    expect(() => qualityFigures({ entries: [], policy, month: '2026-12', asOf: '2026-12-01T10:00' })).toThrow(
      RangeError,
    );
  });
});
