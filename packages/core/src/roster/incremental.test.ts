import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolvePolicy } from '../policy/resolve.js';
import type { PresetId } from '../policy/presets/index.js';
import { cleanMonth } from './fixtures/clean-month.js';
import { randomEdit, randomRoster } from './fixtures/random-roster-test-helpers.js';
import { createRosterSession, type AssignmentEdit } from './incremental.js';
import { RosterError } from './roster-error.js';
import { validateRoster } from './validate.js';

const NOW = { now: '2026-12-10T12:00:00+08:00' };

describe('incremental re-check', () => {
  it.each(['cs-department', 'call-centre', 'taikoo-front-desk'] as const)(
    '%s: after every edit the findings equal a full validation (property)',
    (presetId: PresetId) => {
      const policy = resolvePolicy(presetId);
      const scenario = randomRoster(presetId, policy).chain((roster) =>
        fc.tuple(fc.constant(roster), fc.array(randomEdit(roster, policy), { minLength: 1, maxLength: 6 })),
      );
      fc.assert(
        fc.property(scenario, ([roster, edits]) => {
          const session = createRosterSession(roster, policy, NOW);
          expect(session.findings).toEqual(validateRoster(roster, policy, NOW).findings);
          for (const edit of edits) {
            const before = session.findings;
            try {
              session.apply(edit);
            } catch (error) {
              // A refused edit (a repeat, or nothing to remove) leaves the session as it was.
              expect(error).toBeInstanceOf(RosterError);
              expect(session.findings).toBe(before);
              continue;
            }
            expect(session.findings).toEqual(validateRoster(session.roster, policy, NOW).findings);
          }
        }),
        { numRuns: 40 },
      );
    },
  );

  it('moves a clean month into trouble and back out again', () => {
    const policy = resolvePolicy('cs-department');
    const roster = cleanMonth('cs-department', '2026-12');
    const session = createRosterSession(roster, policy);
    expect(session.findings).toEqual([]);
    const row = roster.assignments.find((a) => a.date === '2026-12-10' && a.shift === 'night')!;
    const edit: AssignmentEdit = { kind: 'remove', assignment: row };
    const after = session.apply(edit);
    expect(after.map((f) => f.rule)).toContain('roster/coverage');
    expect(session.roster.assignments).toHaveLength(roster.assignments.length - 1);
    expect(session.apply({ kind: 'add', assignment: row })).toEqual([]);
  });

  it('refuses an edit that does not resolve and stays as it was', () => {
    const policy = resolvePolicy('reg7');
    const roster = cleanMonth('reg7', '2026-12');
    const session = createRosterSession(roster, policy);
    const existing = roster.assignments[0]!;
    expect(() => session.apply({ kind: 'add', assignment: existing })).toThrow(RosterError);
    expect(() =>
      session.apply({ kind: 'remove', assignment: { staff: 'S001', date: '2026-11-30', shift: 'early' } }),
    ).toThrow(RosterError);
    expect(() =>
      session.apply({
        kind: 'move',
        from: existing,
        to: { staff: 'nobody', date: existing.date, shift: 'early' },
      }),
    ).toThrow(RosterError);
    expect(session.roster).toBe(roster);
    expect(session.findings).toEqual([]);
    expect(session.apply({ kind: 'remove', assignment: existing }).length).toBeGreaterThan(0);
  });

  it('gives the same report as a full validation', () => {
    const policy = resolvePolicy('call-centre');
    const roster = cleanMonth('call-centre', '2026-12', { publicHolidays: ['2026-12-25'] });
    const session = createRosterSession(roster, policy);
    const row = roster.assignments[5]!;
    const busy = new Set(roster.assignments.filter((a) => a.staff === row.staff).map((a) => a.date));
    const free = ['2026-12-26', '2026-12-27', '2026-12-28', '2026-12-29'].find((d) => !busy.has(d))!;
    session.apply({ kind: 'move', from: row, to: { ...row, date: free } });
    expect(session.report()).toEqual(validateRoster(session.roster, policy).report);
  });
});
