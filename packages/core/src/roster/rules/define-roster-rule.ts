import type { Report, Rule, RuleMeta } from '../../diagnostics/rule.js';
import type { RosterContext } from '../context.js';

/**
 * What one evaluation of a roster rule looks at. A full check runs every
 * unit; the incremental re-check runs only the units an edit can change.
 *
 * - `document`: publication history, leave and swap records: unchanged by
 *   an edit of an assignment.
 * - `rota`: depends on who has any shift at all this month.
 * - `staff`: one person's shifts (hours, rest, consecutive days…).
 * - `day`: one day across everyone (reserve).
 * - `occurrence`: one coverage band on one day.
 * - `swap`: one swap and the shifts of its two parties.
 */
export type RosterRuleScope =
  | { readonly unit: 'document'; check(context: RosterContext): Iterable<Report> }
  | { readonly unit: 'rota'; check(context: RosterContext): Iterable<Report> }
  | { readonly unit: 'staff'; check(context: RosterContext, staff: number): Iterable<Report> }
  | { readonly unit: 'day'; check(context: RosterContext, day: number): Iterable<Report> }
  | { readonly unit: 'occurrence'; check(context: RosterContext, occurrence: number): Iterable<Report> }
  | { readonly unit: 'swap'; check(context: RosterContext, swap: number): Iterable<Report> };

export type RosterRuleUnit = RosterRuleScope['unit'];

/** A roster rule: an ordinary rule whose check is the sum of its units. */
export interface RosterRule extends Rule<RosterContext> {
  readonly scope: RosterRuleScope;
}

/** How many units of each kind a context has. */
export function unitCount(context: RosterContext, unit: RosterRuleUnit): number {
  switch (unit) {
    case 'document':
    case 'rota':
      return 1;
    case 'staff':
      return context.roster.staff.length;
    case 'day':
      return context.calendar.days.length;
    case 'occurrence':
      return context.calendar.occurrences.length;
    case 'swap':
      return context.roster.swaps.length;
  }
}

/** Runs one unit of a rule's scope. */
export function checkUnit(scope: RosterRuleScope, context: RosterContext, unit: number): Iterable<Report> {
  switch (scope.unit) {
    case 'document':
    case 'rota':
      return scope.check(context);
    default:
      return scope.check(context, unit);
  }
}

/**
 * Declares a roster rule in the house style (`meta` plus a check), with the
 * check split into units so an edit can be re-checked without the rest.
 */
export function defineRosterRule(rule: {
  readonly meta: RuleMeta;
  readonly scope: RosterRuleScope;
}): RosterRule {
  const { meta, scope } = rule;
  return {
    meta,
    scope,
    *check(context) {
      const count = unitCount(context, scope.unit);
      for (let unit = 0; unit < count; unit += 1) yield* checkUnit(scope, context, unit);
    },
  };
}
