/**
 * Escalation decisions: given a matter and the policy, who must decide and
 * who must be told, in order, with deadlines and the clauses behind each.
 *
 * How the sources are read, documented here once:
 *
 * - The chain runs up the policy's tiers from the reporter (the lowest tier,
 *   the duty officer). The lowest tier whose `decides` holds the matter's
 *   gravity decides (REG7-7.2a: the supervisor for a difficult problem;
 *   REG7-7.2b / TKC-4.2B: the top tier for a major one); every tier between
 *   the reporter and the decider is told on the way up, level by level
 *   (CCS-4.3), and passes the report on.
 * - Where the policy lets a gravity skip levels (`skipLevelIn`, CCS-4.3 in
 *   an emergency), the report goes straight to the decider and each skipped
 *   tier gets an after-report (`afterReportToSkipped`).
 * - A report trigger of CCS-4.2 that the policy lists makes the report to a
 *   superior mandatory: it is added to the first step above the reporter,
 *   or, for a matter the reporter settles alone, the direct superior is told.
 * - A dissatisfied resident's complaint brings the department manager on
 *   site at once (FCR-5.2): the role the policy names, else the top tier.
 * - After hours means outside every shift of the policy, in the site's time
 *   zone, at the moment of deciding (`options.at`): that is when the people
 *   above must be reached on their phones. A holiday is a site date the
 *   caller lists in `options.holidays` (weekends are not holidays unless
 *   listed). After hours or on a holiday, as the policy's `onCall` says,
 *   steps whose role is on call cite the on-call clause (REG7-8.4, TKC-4.2E),
 *   and in an emergency every on-call role not already in the plan is told,
 *   since they "assist and return to site when needed". A routine, difficult
 *   or major matter only reaches the on-call people its chain names.
 * - Every emergency gets an incident report (REG7-8.5) when the policy asks
 *   for one, written by the reporter's role.
 * - Deadlines are when each role must have been reached: at once (the moment
 *   of deciding) for the chain, the manager on site and the on-call list.
 *   An after-report is due by the end of the shift in progress when it is
 *   decided; an incident report by the end of the shift in which the matter
 *   happened (`matter.at`), so that it is in hand at the handover. A late
 *   escalation may therefore already be past that deadline: that is the fact.
 * - `category` is recorded by the caller with the decision; the policy has no
 *   per-category routing, so it does not change the steps.
 */
import * as z from 'zod/mini';
import { formatMessage } from '../diagnostics/format.js';
import { describeProblems, problem, type Problem } from '../diagnostics/problem.js';
import { problemsFromIssues } from '../diagnostics/zod-problems.js';
import { InstantSchema } from '../journal/entry.js';
import type { MessageId } from '../messages.js';
import { isClauseId, type ClauseId } from '../policy/clause-ids.js';
import type { ResolvedPolicy } from '../policy/resolve.js';
import { MatterGravity, ReportTrigger } from '../policy/schema.js';
import { isCalendarDate } from '../time/calendar-day.js';
import { formatInstant } from '../time/format-instant.js';
import { parseInstant } from '../time/parse-instant.js';
import { isSupportedDate } from '../time/supported-range.js';
import { nextShiftEnd, siteDateOf, withinShifts } from './duty-time.js';
import { deciderOf, dissatisfiedComplaintResponder, tiersInOrder, type Tier } from './tiers.js';

export const ESCALATION_ACTIONS = ['decide', 'inform', 'on-site', 'after-report', 'incident-report'] as const;
export type EscalationAction = (typeof ESCALATION_ACTIONS)[number];

const MatterSchema = z.strictObject({
  gravity: MatterGravity,
  category: z.string().check(z.trim(), z.minLength(1)),
  triggers: z.optional(z.array(ReportTrigger)),
  dissatisfiedComplaint: z.optional(z.boolean()),
  at: InstantSchema,
});

/** A site date, `yyyy-MM-dd`, that exists, of the years 2000 to 2999 (as every date the product takes). */
const SiteDate = z.string().check(
  z.refine(isCalendarDate, 'escalation.format.day'),
  z.refine((text) => !isCalendarDate(text) || isSupportedDate(text), 'escalation.range.day'),
);

const OptionsSchema = z.strictObject({
  at: InstantSchema,
  holidays: z.optional(z.array(SiteDate)),
});

/** What happened: how grave, what about, which report triggers apply, and when. */
export type EscalationMatter = z.input<typeof MatterSchema>;
export type EscalationOptions = z.input<typeof OptionsSchema>;

/** One thing to do: reach `role` for `action` by `deadline`. */
export interface EscalationStep {
  readonly role: string;
  readonly action: EscalationAction;
  /** ISO 8601 with the site's offset. */
  readonly deadline: string;
  readonly clauses: readonly ClauseId[];
  /** The step in words, from the message catalogues. */
  readonly messageId: MessageId;
  readonly params: { readonly role: string; readonly deadline: string };
}

export interface EscalationDecision {
  /** In the order to carry them out: by deadline, the chain first. */
  readonly steps: readonly EscalationStep[];
  /** Outside every shift of the policy at the moment of deciding. */
  readonly afterHours: boolean;
  /** The site date of the moment of deciding is one of `options.holidays`. */
  readonly holiday: boolean;
  /** Whether the on-call list applies (after hours or a holiday, as the policy says). */
  readonly onCall: boolean;
  /** Whether the report skipped levels (CCS-4.3). */
  readonly skippedLevels: boolean;
}

/** Refused input: the matter or the options are not what the function reads. */
export class EscalationInputError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    super(
      `${formatMessage('escalation.error.invalid-input', {}, 'en')}\n${describeProblems(problems, 'en')}`,
    );
    this.name = 'EscalationInputError';
    this.problems = problems;
  }
}

const ACTION_MESSAGES: Readonly<Record<EscalationAction, MessageId>> = {
  decide: 'escalation.step.decide',
  inform: 'escalation.step.inform',
  'on-site': 'escalation.step.on-site',
  'after-report': 'escalation.step.after-report',
  'incident-report': 'escalation.step.incident-report',
};

/** The clause a step falls back on when the policy cites none for the value behind it. */
const DEFAULT_DECIDE: Readonly<Record<MatterGravity, readonly ClauseId[]>> = {
  routine: ['REG7-7.2a'],
  difficult: ['REG7-7.2a'],
  major: ['REG7-7.2b'],
  // An emergency is at least as grave as a major problem: reported at once (即時報告).
  emergency: ['REG7-7.2b'],
};

/**
 * Decides an escalation.
 * @throws {EscalationInputError} with every problem of the matter and the
 *   options: among them an instant that is not ISO 8601 with an offset
 *   (`journal.format.instant`) or falls outside the years 2000–2999
 *   (`journal.range.instant`), read by the journal's one definition of an
 *   instant, and a holiday outside those years (`escalation.range.day`).
 */
export function decideEscalation(
  matter: EscalationMatter,
  policy: ResolvedPolicy,
  options: EscalationOptions,
): EscalationDecision {
  const parsedMatter = MatterSchema.safeParse(matter, { reportInput: true });
  const parsedOptions = OptionsSchema.safeParse(options, { reportInput: true });
  const problems = [
    ...(parsedMatter.success ? [] : problemsFromIssues(parsedMatter.error.issues, ['matter'])),
    ...(parsedOptions.success ? [] : problemsFromIssues(parsedOptions.error.issues, ['options'])),
  ];
  if (!parsedMatter.success || !parsedOptions.success) throw new EscalationInputError(problems);
  const { gravity, triggers = [], dissatisfiedComplaint = false } = parsedMatter.data;
  // InstantSchema accepts exactly what parseInstant reads: both are defined here.
  const happenedMs = parseInstant(parsedMatter.data.at) ?? Number.NaN;
  const nowMs = parseInstant(parsedOptions.data.at) ?? Number.NaN;
  if (nowMs < happenedMs) {
    throw new EscalationInputError([problem(['options', 'at'], 'escalation.decided-before-matter')]);
  }

  const plan = new Plan();
  const { escalation } = policy;
  const tiers = tiersInOrder(policy);
  const reporter = tiers[0] ?? deciderOf(policy, gravity);
  const decider = deciderOf(policy, gravity);
  const decideClauses = tierClauses(policy, decider, gravity);

  // The chain: level by level, or straight to the decider where levels may be skipped (CCS-4.3).
  const between = tiers.filter((tier) => tier.level > reporter.level && tier.level < decider.level);
  const skip = escalation.skipLevelIn.includes(gravity) && between.length > 0;
  const skipClauses = cited(policy, 'escalation.skipLevelIn', ['CCS-4.3']);
  if (skip) {
    plan.add(decider.role, 'decide', nowMs, [...decideClauses, ...skipClauses]);
  } else {
    // A policy that adopts CCS-4.3 cites it on skipLevelIn; its level-by-level steps then cite it too.
    const levelByLevel = policy.citations['escalation.skipLevelIn'] === undefined ? [] : skipClauses;
    for (const tier of between) plan.add(tier.role, 'inform', nowMs, [...decideClauses, ...levelByLevel]);
    plan.add(decider.role, 'decide', nowMs, decideClauses);
  }

  // Mandatory report triggers (CCS-4.2) that the policy adopts.
  const triggered = triggers.filter((trigger) => escalation.reportTriggers.includes(trigger));
  if (triggered.length > 0) {
    const triggerClauses = cited(policy, 'escalation.reportTriggers', ['CCS-4.2']);
    const above = plan.steps.find((step) => step.role !== reporter.role);
    const superior = tiers.find((tier) => tier.level > reporter.level);
    if (above !== undefined) plan.cite(above, triggerClauses);
    else if (superior !== undefined) plan.add(superior.role, 'inform', nowMs, triggerClauses);
    else for (const step of plan.steps) plan.cite(step, triggerClauses);
  }

  // The department manager on site for a dissatisfied resident (FCR-5.2).
  if (dissatisfiedComplaint) {
    const clauses = cited(policy, 'escalation.dissatisfiedComplaintOnSite', ['FCR-5.2']);
    plan.add(dissatisfiedComplaintResponder(policy), 'on-site', nowMs, clauses);
  }

  // After hours and on holidays, the on-call list (REG7-8.4, TKC-4.2E).
  const afterHours = !withinShifts(nowMs, policy);
  const holiday = (parsedOptions.data.holidays ?? []).includes(siteDateOf(nowMs, policy.timeZone));
  const onCall = (afterHours && escalation.onCall.afterHours) || (holiday && escalation.onCall.holidays);
  if (onCall) {
    const onCallClauses = cited(policy, 'escalation.onCall', ['REG7-8.4']);
    for (const step of plan.steps)
      if (escalation.onCall.roles.includes(step.role)) plan.cite(step, onCallClauses);
    if (gravity === 'emergency') {
      for (const role of escalation.onCall.roles) {
        if (!plan.steps.some((step) => step.role === role)) plan.add(role, 'inform', nowMs, onCallClauses);
      }
    }
  }

  // Afterwards: the skipped superiors (CCS-4.3) and the incident report (REG7-8.5).
  if (skip && escalation.afterReportToSkipped) {
    const clauses = cited(policy, 'escalation.afterReportToSkipped', ['CCS-4.3']);
    for (const tier of between) plan.add(tier.role, 'after-report', nextShiftEnd(nowMs, policy), clauses);
  }
  if (gravity === 'emergency' && escalation.incidentReportRequired) {
    const clauses = cited(policy, 'escalation.incidentReportRequired', ['REG7-8.5']);
    plan.add(reporter.role, 'incident-report', nextShiftEnd(happenedMs, policy), clauses);
  }

  return { steps: plan.finish(policy.timeZone), afterHours, holiday, onCall, skippedLevels: skip };
}

interface DraftStep {
  readonly role: string;
  readonly action: EscalationAction;
  readonly deadlineMs: number;
  clauses: ClauseId[];
}

/** The steps while they are being worked out. */
class Plan {
  readonly steps: DraftStep[] = [];

  add(role: string, action: EscalationAction, deadlineMs: number, clauses: readonly ClauseId[]): void {
    this.steps.push({ role, action, deadlineMs, clauses: [...new Set(clauses)] });
  }

  cite(step: DraftStep, clauses: readonly ClauseId[]): void {
    step.clauses = [...new Set([...step.clauses, ...clauses])];
  }

  /** In order of deadline; the sort is stable, so steps due together keep the chain's order. */
  finish(timeZone: string): EscalationStep[] {
    return [...this.steps]
      .sort((a, b) => a.deadlineMs - b.deadlineMs)
      .map((step) => {
        const deadline = formatInstant(step.deadlineMs, timeZone);
        return {
          role: step.role,
          action: step.action,
          deadline,
          clauses: step.clauses,
          messageId: ACTION_MESSAGES[step.action],
          params: { role: step.role, deadline },
        };
      });
  }
}

/** The clauses the policy cites for the tier's decision on this gravity, else for the tier, else the default. */
function tierClauses(policy: ResolvedPolicy, tier: Tier, gravity: MatterGravity): ClauseId[] {
  const index = policy.escalation.tiers.indexOf(tier);
  const decides = tier.decides.indexOf(gravity);
  const forGravity = decides < 0 ? [] : cited(policy, `escalation.tiers.${index}.decides.${decides}`, []);
  if (forGravity.length > 0) return forGravity;
  return cited(policy, `escalation.tiers.${index}`, DEFAULT_DECIDE[gravity]);
}

/** The catalogue clauses the policy cites for a value, or the fallback when it cites none. */
function cited(policy: ResolvedPolicy, path: string, fallback: readonly ClauseId[]): ClauseId[] {
  const clauses = (policy.citations[path] ?? []).filter(isClauseId);
  return clauses.length > 0 ? clauses : [...fallback];
}
