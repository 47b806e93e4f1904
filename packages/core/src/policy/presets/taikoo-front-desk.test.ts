import { describe, expect, it } from 'vitest';
import { isClauseId } from '../clauses.js';
import { Policy } from '../schema.js';
import { PRESETS, PRESET_INFO } from './index.js';
import { citationProblems, citedClauses, citesFor, consistencyProblems } from './preset-test-helpers.js';
import { reg7 } from './reg7.js';
import { taikooFrontDesk } from './taikoo-front-desk.js';

const tkc = taikooFrontDesk;
const cites = (path: string) => citesFor(tkc, path);

describe('preset taikoo-front-desk: shape and bookkeeping', () => {
  it('is a valid Policy', () => {
    const result = Policy.safeParse(tkc);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.success).toBe(true);
  });

  it('is registered under its id, sourced from TKC', () => {
    expect(tkc.id).toBe('taikoo-front-desk');
    expect(PRESETS['taikoo-front-desk']).toBe(tkc);
    expect(PRESET_INFO['taikoo-front-desk'].source).toBe('TKC');
  });

  it('cites only catalogue clauses, each at a path the policy has', () => {
    expect(citationProblems(tkc, isClauseId)).toEqual([]);
  });

  it('cites TKC’s clauses, and REG7 only where TKC repeats that text', () => {
    for (const id of citedClauses(tkc)) expect(id).toMatch(/^(TKC|REG7)-/);
  });

  it('is internally consistent (posts, roles, midnight flags, tiers)', () => {
    expect(consistencyProblems(tkc)).toEqual([]);
  });

  it('leaves uncited the blanked-out end of the duty hours, the busy hours and the missing handover part', () => {
    const handoverCited = Object.keys(tkc.citations).filter((path) => path.startsWith('handover'));
    expect(handoverCited).toEqual([]);
    for (const path of [
      'shifts.0.end',
      'shifts.1',
      'roster.coverage.0.to',
      'roster.coverage.1.from',
      'roster.coverage.1.to',
      'roster.coverage.2.from',
      'roster.coverage.2.to',
      'swaps.requireBothConsents',
      'swaps.monthlyLimit',
      'records',
    ]) {
      expect(cites(path), path).toEqual([]);
    }
  });
});

describe('preset taikoo-front-desk: roster (TKC-4.1A, TKC-4.1B)', () => {
  it('TKC-4.1A: the supervisor drafts the roster by the 25th; it is reviewed and reported to the project head', () => {
    expect(tkc.roster).toMatchObject({
      preparedBy: 'cs-supervisor',
      reviewRequired: true,
      reviewedBy: 'cs-supervisor',
      reportedTo: 'project-head',
      deadline: { kind: 'day-of-month', day: 25 },
    });
    for (const path of [
      'roster.preparedBy',
      'roster.reviewRequired',
      'roster.reviewedBy',
      'roster.reportedTo',
      'roster.deadline',
    ]) {
      expect(cites(path), path).toContain('TKC-4.1A');
    }
  });

  it('TKC-4.1B: front-desk duty starts at 08:00 and is staffed by butlers and front-desk agents', () => {
    expect(tkc.shifts[0]?.start).toBe('08:00');
    expect(cites('shifts.0.start')).toContain('TKC-4.1B');
    const roles = tkc.roles.map((role) => role.id);
    expect(roles).toEqual(expect.arrayContaining(['butler', 'front-desk-agent', 'back-office']));
    expect(cites('roles.1')).toContain('TKC-4.1B');
    expect(cites('roles.2')).toContain('TKC-4.1B');
    expect(tkc.posts.every((post) => !post.roundTheClock)).toBe(true);
  });

  it('TKC-4.1B: busy bands need one more person than the rest of the day (back-office support)', () => {
    const [base, ...busy] = tkc.roster.coverage;
    expect(base).toMatchObject({ id: 'duty-hours', from: '08:00', minStaff: 1 });
    expect(busy.length).toBeGreaterThan(0);
    busy.forEach((band, i) => {
      expect(band.post).toBe('front-desk');
      expect(band.minStaff).toBe((base?.minStaff ?? 0) + 1);
      expect(cites(`roster.coverage.${i + 1}.minStaff`)).toContain('TKC-4.1B');
    });
  });

  it('default: duty hours end at 21:00, REG7-4.3’s middle shift, as TKC’s end is blanked out', () => {
    expect(tkc.shifts.map(({ id, start, end }) => [id, start, end])).toEqual([
      ['early', '08:00', '17:00'],
      ['middle', '12:00', '21:00'],
    ]);
    expect(tkc.roster.coverage[0]?.to).toBe('21:00');
  });
});

describe('preset taikoo-front-desk: leave and substitutes (TKC-4.2C)', () => {
  it('TKC-4.2C: leave is approved by the supervisor, who names the substitute; no private swaps', () => {
    expect(tkc.swaps.leaveApproverRole).toBe('cs-supervisor');
    expect(tkc.swaps.approverRole).toBe('cs-supervisor');
    expect(tkc.swaps.privateSwapsAllowed).toBe(false);
    for (const path of ['swaps.leaveApproverRole', 'swaps.approverRole', 'swaps.privateSwapsAllowed']) {
      expect(cites(path), path).toContain('TKC-4.2C');
    }
  });
});

describe('preset taikoo-front-desk: escalation (TKC-4.2B, TKC-4.2D, TKC-4.2E)', () => {
  it('TKC-4.2B: duty officer → supervisor → project head', () => {
    expect(tkc.escalation.tiers.map((tier) => [tier.role, tier.decides])).toEqual([
      ['duty-officer', ['routine', 'emergency']],
      ['cs-supervisor', ['difficult']],
      ['project-head', ['major']],
    ]);
    for (const i of [0, 1, 2]) expect(cites(`escalation.tiers.${i}`)).toContain('TKC-4.2B');
  });

  it('TKC-4.2D: the duty officer may mobilise other departments, so leads an emergency', () => {
    expect(tkc.escalation.tiers[0]?.decides[1]).toBe('emergency');
    expect(cites('escalation.tiers.0.decides.1')).toContain('TKC-4.2D');
  });

  it('TKC-4.2E: project head, supervisor, security and engineering heads are on call', () => {
    expect(tkc.escalation.onCall).toEqual({
      roles: ['project-head', 'cs-supervisor', 'security-head', 'engineering-head'],
      afterHours: true,
      holidays: true,
    });
    expect(cites('escalation.onCall')).toContain('TKC-4.2E');
  });

  it('REG7-7.2c and REG7-7.3 (repeated in TKC): three rings, incoming calls only', () => {
    expect(tkc.escalation.answerWithinRings).toBe(3);
    expect(cites('escalation.answerWithinRings')).toContain('REG7-7.2c');
    expect(tkc.escalation.hotlineIncomingOnly).toBe(true);
    expect(cites('escalation.hotlineIncomingOnly')).toContain('REG7-7.3');
  });
});

describe('preset taikoo-front-desk: handover (missing from the seed)', () => {
  it('default: REG7’s handover section, as an independent copy', () => {
    expect(tkc.handover).toEqual(reg7.handover);
    expect(tkc.handover).not.toBe(reg7.handover);
    expect(tkc.handover.inventory).not.toBe(reg7.handover.inventory);
  });
});
