/** Helpers for the roster rule tests: start from a clean month, change one thing, look at one rule. */
import type { Finding } from '../../diagnostics/finding.js';
import { resolvePolicy, type PolicyOverrides, type ResolvedPolicy } from '../../policy/resolve.js';
import type { PresetId } from '../../policy/presets/index.js';
import type { Assignment, Roster } from '../document.js';
import { cleanMonth, type CleanMonthOptions } from '../fixtures/clean-month.js';
import { validateRoster } from '../validate.js';

export const MONTH = '2026-12';

export interface Scenario {
  readonly roster: Roster;
  readonly policy: ResolvedPolicy;
}

/** A clean December 2026 for a preset, with optional policy overrides. */
export function scenario(
  presetId: PresetId,
  options: CleanMonthOptions = {},
  overrides?: PolicyOverrides,
): Scenario {
  return {
    roster: cleanMonth(presetId, MONTH, options),
    policy: overrides === undefined ? resolvePolicy(presetId) : resolvePolicy(presetId, overrides),
  };
}

/** Findings of one rule. */
export function findingsOf(rule: string, roster: Roster, policy: ResolvedPolicy, now?: string): Finding[] {
  return validateRoster(roster, policy, now === undefined ? {} : { now }).findings.filter(
    (f) => f.rule === rule,
  );
}

/** The roster with one more row, one row fewer, or a row changed. */
export function withAssignments(roster: Roster, change: (rows: Assignment[]) => Assignment[]): Roster {
  return { ...roster, assignments: change([...roster.assignments]) };
}

/** The rows of one person, in date order. */
export function rowsOf(roster: Roster, staff: string): Assignment[] {
  return roster.assignments.filter((row) => row.staff === staff).sort((a, b) => (a.date < b.date ? -1 : 1));
}

/** The first duty person (staff id S…) of the roster. */
export function dutyStaff(roster: Roster): string[] {
  return roster.staff.filter((member) => member.id.startsWith('S')).map((member) => member.id);
}

/** The manager holding `role` in a clean month. */
export function holder(roster: Roster, role: string): string {
  const found = roster.staff.find((member) => !member.id.startsWith('S') && member.roles.includes(role));
  if (found === undefined) throw new Error(`no holder of ${role}`);
  return found.id;
}

/** A copy of `value` without `keys`: a record with some fields left out. */
export function omit<T extends object, K extends keyof T & string>(value: T, ...keys: K[]): Omit<T, K> {
  const left = new Set<string>(keys);
  return Object.fromEntries(Object.entries(value).filter(([key]) => !left.has(key))) as Omit<T, K>;
}
