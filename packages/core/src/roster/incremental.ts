/**
 * Incremental re-check: after one assignment is added, removed or moved,
 * only what that edit can change is checked again, and the findings equal
 * those of a full `validateRoster` of the edited roster (a property test
 * holds it to that).
 *
 * Every roster rule is split into units (see `defineRosterRule`): one
 * person, one day, one coverage band on one day, one swap, the rota or the
 * documents. An edit of person P on shift instance I can change only P's
 * units, the bands I overlaps, the day I starts, the swaps P takes part in,
 * and, when P joins or leaves the rota, the rota and every day. Findings are
 * kept per unit with their sort keys, so the full list is rebuilt by a
 * merge instead of a sort.
 */
import type { Finding } from '../diagnostics/finding.js';
import { compareKeyedFindings, findingSortKey, runRules, type KeyedFinding } from '../diagnostics/runner.js';
import type { ResolvedPolicy } from '../policy/resolve.js';
import {
  buildRosterContext,
  placeAssignment,
  unplaceAssignment,
  type Placement,
  type RosterContext,
  type ValidateOptions,
} from './context.js';
import type { Assignment, Roster } from './document.js';
import { rosterReport, type RosterReport } from './report.js';
import { checkUnit, unitCount, type RosterRule, type RosterRuleUnit } from './rules/define-roster-rule.js';
import { ROSTER_RULES } from './rules/index.js';

/** One change to the roster's assignments. Assignments are matched by staff, date and shift. */
export type AssignmentEdit =
  | { readonly kind: 'add'; readonly assignment: Assignment }
  | { readonly kind: 'remove'; readonly assignment: Assignment }
  | { readonly kind: 'move'; readonly from: Assignment; readonly to: Assignment };

/** A roster being edited, with its findings kept up to date edit by edit. */
export interface RosterSession {
  /** The roster as edited so far. */
  readonly roster: Roster;
  /** Findings of the roster as edited, in `validateRoster`'s order. */
  readonly findings: readonly Finding[];
  /**
   * Applies one edit and re-checks what it can affect.
   *
   * @throws {RosterError} when the edit does not resolve (unknown staff or
   *   shift, a repeated placement, nothing to remove); the session is then
   *   unchanged.
   */
  apply(edit: AssignmentEdit): readonly Finding[];
  /** The report of the roster as edited (computed on request). */
  report(): RosterReport;
}

interface Entry extends KeyedFinding {
  readonly unit: string;
}

/** Starts an editing session: a full check now, partial re-checks after each edit. */
export function createRosterSession(
  roster: Roster,
  policy: ResolvedPolicy,
  options: ValidateOptions = {},
): RosterSession {
  const context = buildRosterContext(roster, policy, options);
  const rows = new DocumentRows(roster);
  let entries: Entry[] = [];
  for (const [r, rule] of ROSTER_RULES.entries()) {
    const count = unitCount(context, rule.scope.unit);
    for (let unit = 0; unit < count; unit += 1) entries.push(...checkOne(context, r, rule, unit));
  }
  entries.sort(compareEntries);
  let findings = entries.map((entry) => entry.finding);

  return {
    get roster() {
      return rows.roster();
    },
    get findings() {
      return findings;
    },
    report() {
      return rosterReport(context, findings);
    },
    apply(edit) {
      const touched = applyEdit(context, edit);
      rows.apply(edit, touched.removed);
      const fresh: Entry[] = [];
      const stale = new Set<string>();
      for (const [r, rule] of ROSTER_RULES.entries()) {
        for (const unit of affectedUnits(context, rule.scope.unit, touched)) {
          stale.add(unitKey(r, unit));
          fresh.push(...checkOne(context, r, rule, unit));
        }
      }
      fresh.sort(compareEntries);
      entries = merge(
        entries.filter((entry) => !stale.has(entry.unit)),
        fresh,
      );
      findings = entries.map((entry) => entry.finding);
      return findings;
    },
  };
}

/**
 * The document's rows as edited. An edit changes one row in place (a
 * removed row leaves a hole, a moved row keeps its place), so it costs the
 * same whatever the roster's size; the document is rebuilt only when asked.
 */
class DocumentRows {
  private readonly rows: (Assignment | undefined)[];
  private readonly position = new Map<Assignment, number>();
  private document: Roster | undefined;

  constructor(private readonly original: Roster) {
    this.rows = [...original.assignments];
    this.rows.forEach((row, i) => {
      if (row !== undefined) this.position.set(row, i);
    });
    this.document = original;
  }

  apply(edit: AssignmentEdit, removed: Assignment | undefined): void {
    const at = removed === undefined ? undefined : this.position.get(removed);
    if (removed !== undefined) this.position.delete(removed);
    const added = edit.kind === 'add' ? edit.assignment : edit.kind === 'move' ? edit.to : undefined;
    if (at !== undefined) this.rows[at] = added;
    if (added !== undefined) {
      if (at === undefined) this.rows.push(added);
      this.position.set(added, at ?? this.rows.length - 1);
    }
    this.document = undefined;
  }

  roster(): Roster {
    this.document ??= {
      ...this.original,
      assignments: this.rows.filter((row): row is Assignment => row !== undefined),
    };
    return this.document;
  }
}

interface Touched {
  readonly placements: readonly Placement[];
  readonly removed: Assignment | undefined;
  /** Someone joined or left the rota (their first shift added, or their last removed). */
  readonly rotaChanged: boolean;
}

function applyEdit(context: RosterContext, edit: AssignmentEdit): Touched {
  const onRotaNow = (staff: number) => (context.byStaff[staff]?.length ?? 0) > 0;
  switch (edit.kind) {
    case 'add': {
      const placement = placeAssignment(context, edit.assignment);
      const rotaChanged = context.byStaff[placement.staff]?.length === 1;
      return { placements: [placement], removed: undefined, rotaChanged };
    }
    case 'remove': {
      const placement = unplaceAssignment(context, edit.assignment);
      return {
        placements: [placement],
        removed: placement.assignment,
        rotaChanged: !onRotaNow(placement.staff),
      };
    }
    case 'move': {
      const from = unplaceAssignment(context, edit.from);
      let to: Placement;
      try {
        to = placeAssignment(context, edit.to);
      } catch (error) {
        placeAssignment(context, from.assignment);
        throw error;
      }
      const rotaChanged = !onRotaNow(from.staff) || context.byStaff[to.staff]?.length === 1;
      return { placements: [from, to], removed: from.assignment, rotaChanged };
    }
  }
}

function* affectedUnits(context: RosterContext, unit: RosterRuleUnit, touched: Touched): Generator<number> {
  const { placements, rotaChanged } = touched;
  switch (unit) {
    case 'document':
      return;
    case 'rota':
      if (rotaChanged) yield 0;
      return;
    case 'staff':
      yield* new Set(placements.map((placement) => placement.staff));
      return;
    case 'day':
      if (rotaChanged) yield* context.calendar.days.keys();
      else yield* new Set(placements.map((placement) => placement.slot.day));
      return;
    case 'occurrence':
      yield* new Set(
        placements.flatMap((placement) => context.calendar.slotOccurrences[placement.slot.index] ?? []),
      );
      return;
    case 'swap':
      yield* new Set(placements.flatMap((placement) => context.swapsByStaff.get(placement.staff) ?? []));
      return;
  }
}

/** Runs one unit of one rule through the runner, so severity and message checks are the same as a full run. */
function checkOne(context: RosterContext, index: number, rule: RosterRule, unit: number): Entry[] {
  const partial = { meta: rule.meta, check: (c: RosterContext) => checkUnit(rule.scope, c, unit) };
  const key = unitKey(index, unit);
  return runRules([partial], context, { severity: context.policy.severity }).map((finding) => ({
    finding,
    key: findingSortKey(finding),
    unit: key,
  }));
}

function unitKey(rule: number, unit: number): string {
  return `${rule}:${unit}`;
}

// The runner's own order, so a merged list equals a sorted full run.
const compareEntries = compareKeyedFindings;

function merge(kept: readonly Entry[], fresh: readonly Entry[]): Entry[] {
  const merged: Entry[] = [];
  let i = 0;
  let j = 0;
  while (i < kept.length || j < fresh.length) {
    const a = kept[i];
    const b = fresh[j];
    if (b === undefined || (a !== undefined && compareEntries(a, b) <= 0)) {
      if (a !== undefined) merged.push(a);
      i += 1;
    } else {
      merged.push(b);
      j += 1;
    }
  }
  return merged;
}
