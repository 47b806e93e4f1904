import { describe, expect, it } from 'vitest';
import { resolvePolicy } from '../policy/resolve.js';
import { buildRosterContext, findPlacement, onRota, works } from './context.js';
import { cleanMonth } from './fixtures/clean-month.js';
import { RosterError } from './roster-error.js';

const policy = resolvePolicy('cs-department');
const roster = cleanMonth('cs-department', '2026-12');

describe('buildRosterContext', () => {
  it('lists each person’s shifts in time order, whatever the order of the rows', () => {
    const forward = buildRosterContext(roster, policy);
    const backward = buildRosterContext(
      { ...roster, assignments: [...roster.assignments].reverse() },
      policy,
    );
    const keys = (context: typeof forward) => context.byStaff.map((list) => list.map((p) => p.slot.key));
    expect(keys(backward)).toEqual(keys(forward));
    for (const list of forward.byStaff) {
      for (let i = 1; i < list.length; i += 1)
        expect(list[i]!.slot.startMs).toBeGreaterThanOrEqual(list[i - 1]!.slot.startMs);
    }
  });

  it('counts head-count per shift instance without people on leave', () => {
    const row = roster.assignments.find((a) => a.date === '2026-12-09' && a.shift === 'day')!;
    const leave = { staff: row.staff, dates: ['2026-12-09'], kind: 'sick' as const };
    const context = buildRosterContext({ ...roster, leave: [leave] }, policy);
    const found = findPlacement(context, row)!;
    expect(found.placement.onLeave).toBe(true);
    expect(context.present[found.placement.slot.index]).toBe(0);
    expect(context.bySlot[found.placement.slot.index]).toHaveLength(1);
    expect(works(context, found.placement.staff, found.placement.slot)).toBe(true);
  });

  it('knows who is on the rota', () => {
    const context = buildRosterContext(roster, policy);
    expect(onRota(context, context.staffIndex.get('S001')!)).toBe(true);
    expect(onRota(context, context.staffIndex.get('M01')!)).toBe(false);
  });

  it('refuses unresolved rows and a `now` that is not an instant, listing every problem', () => {
    const bad = {
      ...roster,
      assignments: [...roster.assignments, { staff: 'ghost', date: '2026-12-01', shift: 'day' }],
    };
    try {
      buildRosterContext(bad, policy, { now: 'tomorrow' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RosterError);
      expect((error as RosterError).problems.map((p) => [p.path.join('.'), p.code])).toEqual([
        ['now', 'roster.format.instant'],
        [`assignments.${roster.assignments.length}.staff`, 'roster.unknown-staff'],
      ]);
      expect((error as RosterError).message).toContain('ghost');
    }
  });
});
