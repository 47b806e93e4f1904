import { describe, expect, it } from 'vitest';
import { checkPolicy } from '../check-policy.js';
import { PRESET_IDS } from '../presets/index.js';
import { resolvePolicy } from '../resolve.js';

describe('policy rules on the presets', () => {
  it.each(PRESET_IDS)('%s: a preset raises no false alarm', (id) => {
    expect(checkPolicy(resolvePolicy(id))).toEqual([]);
  });
});

describe('policy/coverage-feasible (CCS-6.1.1, CSD-3.1.5, TKC-4.1B)', () => {
  it('flags a band that starts before any shift of its post, with the exact gap', () => {
    const base = resolvePolicy('reg7');
    const post = base.shifts[0]!.post;
    const earliest = [...base.shifts.filter((s) => s.post === post).map((s) => s.start)].sort()[0]!;
    const band = {
      id: 'dawn',
      post,
      from: '06:00',
      to: '09:00',
      days: 'every-day',
      minStaff: 1,
      name: base.name,
    } as const;
    const findings = checkPolicy(resolvePolicy('reg7', { roster: { coverage: [band] } }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'policy/coverage-feasible',
      severity: 'error',
      messageId: 'policy.post-not-coverable',
      params: { post, gapStart: '06:00', gapEnd: earliest },
      subject: { path: ['roster', 'coverage', 0] },
    });
    expect(findings[0]?.clauses).toContain('CCS-6.1.1');
  });

  it('accepts a lunch band inside the day shifts (CSD-3.1.5)', () => {
    const base = resolvePolicy('reg7');
    const post = base.shifts[0]!.post;
    const lunch = {
      id: 'lunch',
      post,
      from: '12:00',
      to: '13:30',
      days: 'every-day',
      minStaff: 1,
      name: base.name,
    } as const;
    expect(checkPolicy(resolvePolicy('reg7', { roster: { coverage: [lunch] } }))).toEqual([]);
  });

  it('can be turned off per site', () => {
    const base = resolvePolicy('reg7');
    const post = base.shifts[0]!.post;
    const band = {
      id: 'dawn',
      post,
      from: '06:00',
      to: '09:00',
      days: 'every-day',
      minStaff: 1,
      name: base.name,
    } as const;
    const policy = resolvePolicy('reg7', {
      roster: { coverage: [band] },
      severity: { 'policy/coverage-feasible': 'off' },
    });
    expect(checkPolicy(policy)).toEqual([]);
  });
});

describe('policy/round-the-clock (CCS-6.1.1)', () => {
  it('flags the hours a 24-hour post is left without a shift', () => {
    const base = resolvePolicy('call-centre');
    const hotline = base.posts.find((post) => post.roundTheClock)!;
    const [dropped, ...kept] = base.shifts.filter((shift) => shift.post === hotline.id);
    const others = base.shifts.filter((shift) => shift.post !== hotline.id);
    expect(dropped).toBeDefined();
    // Coverage bands now also outrun the shifts; that other rule is silenced to isolate this one.
    const policy = resolvePolicy('call-centre', {
      shifts: [...others, ...kept],
      severity: { 'policy/coverage-feasible': 'off' },
    });
    const gaps = checkPolicy(policy).filter((f) => f.messageId === 'policy.round-the-clock-gap');
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps.every((gap) => gap.params['post'] === hotline.id)).toBe(true);
    expect(gaps.every((gap) => gap.clauses.includes('CCS-6.1.1'))).toBe(true);
  });

  it('flags a 24-hour post that no band requires to be staffed around the clock', () => {
    const base = resolvePolicy('call-centre');
    const hotline = base.posts.find((post) => post.roundTheClock)!;
    const policy = resolvePolicy('call-centre', {
      roster: { coverage: base.roster.coverage.filter((band) => band.post !== hotline.id) },
    });
    expect(checkPolicy(policy).map((f) => f.messageId)).toEqual(['policy.round-the-clock-band-missing']);
  });

  it('is satisfied when a post is not marked round-the-clock', () => {
    const policy = resolvePolicy('reg7');
    expect(policy.posts.some((post) => post.roundTheClock)).toBe(false);
    expect(checkPolicy(policy).filter((f) => f.rule === 'policy/round-the-clock')).toEqual([]);
  });
});
