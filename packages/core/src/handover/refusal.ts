/**
 * What a handover command returns: the entry to append, or a refusal that
 * names the clause and appends nothing.
 */
import type { MessageParams } from '../diagnostics/finding.js';
import { formatPath, type Problem } from '../diagnostics/problem.js';
import { problemsFromIssues } from '../diagnostics/zod-problems.js';
import type { UnsealedEntry } from '../journal/entry.js';
import type { MessageId } from '../messages.js';
import type { ClauseId } from '../policy/clauses.js';
import type * as z from 'zod/mini';
import type { Blocker } from './blockers.js';

/** Why a command was refused; each has its message `handover.refusal.<code>`. */
export const REFUSAL_CODES = [
  'not-opened',
  'already-opened',
  'not-a-party',
  'outgoing-only',
  'incoming-only',
  'same-person',
  'fitness-not-incoming',
  'handover-complete',
  'record-signed',
  'outgoing-left',
  'already-recorded',
  'invalid-content',
  'not-work-content',
  'matter-incomplete',
  'explanation-required',
  'unknown-checklist-item',
  'unknown-inventory-item',
  'count-mismatch',
  'explanation-not-outgoing',
  'unknown-matter',
  'unknown-flag',
  'unknown-dispute',
  'not-arrived',
  'before-preparation-window',
  'checklist-incomplete',
  'inventory-incomplete',
  'matters-unacknowledged',
  'verbal-only-matter',
  'not-face-to-face',
  'not-prepared',
  'outgoing-must-stay',
  'emergency-open',
  'dispute-open',
  'not-countersign-role',
  'countersign-by-party',
  'not-signed-by-both',
  'conflict',
] as const;

/** `blocked`: a blocker is in force; the refusal carries the blockers and the first one's message. */
export type RefusalCode = (typeof REFUSAL_CODES)[number] | 'blocked';

/** A refused command; `Code` is the domain's list of reasons (the key register has its own). */
export interface Refusal<Code extends string = RefusalCode> {
  readonly code: Code;
  /** The clauses that forbid the command. */
  readonly clauses: readonly ClauseId[];
  readonly messageId: MessageId;
  readonly params: MessageParams;
  /** What is wrong with the content, for `invalid-content` and its kin; empty otherwise. */
  readonly problems: readonly Problem[];
  /** The blockers in force, for `blocked`; empty otherwise. */
  readonly blockers: readonly Blocker[];
}

export type CommandResult<Code extends string = RefusalCode> =
  | { readonly ok: true; readonly entry: UnsealedEntry }
  | { readonly ok: false; readonly refusal: Refusal<Code> };

export function refuse(
  code: (typeof REFUSAL_CODES)[number],
  clauses: readonly ClauseId[],
  params: MessageParams = {},
  problems: readonly Problem[] = [],
): { readonly ok: false; readonly refusal: Refusal } {
  return {
    ok: false,
    refusal: { code, clauses, messageId: `handover.refusal.${code}`, params, problems, blockers: [] },
  };
}

/** A refusal for the blockers in force (at least one). */
export function refuseBlocked(blockers: readonly [Blocker, ...Blocker[]]): {
  readonly ok: false;
  readonly refusal: Refusal;
} {
  const [first] = blockers;
  const clauses = [...new Set(blockers.flatMap((blocker) => blocker.clauses))];
  return {
    ok: false,
    refusal: {
      code: 'blocked',
      clauses,
      messageId: first.messageId,
      params: first.params,
      problems: [],
      blockers,
    },
  };
}

const TEXT_CODES: ReadonlySet<string> = new Set([
  'handover.text.placeholder',
  'handover.text.bare-normal',
  'input.text-empty',
]);

/**
 * The refusal for a payload that fails its schema, named after the clause
 * the content breaks: an unwritten cause, course or result (HOR-1.2), filler
 * instead of work text (HOS-4.9, FINE-12.4), a missing explanation
 * (REG7-9.2), otherwise a plain invalid content.
 */
export function contentRefusal(issues: readonly z.core.$ZodIssue[]): {
  readonly ok: false;
  readonly refusal: Refusal;
} {
  const problems = problemsFromIssues(issues);
  const first = problems[0];
  const field = (problem: Problem | undefined) => ({
    field: problem === undefined ? '—' : formatPath(problem.path),
  });

  const matter = problems.find((p) => ['cause', 'course', 'result'].includes(String(p.path[0])));
  if (matter !== undefined)
    return refuse('matter-incomplete', ['HOR-1.2', 'HOS-4.9'], field(matter), problems);
  const text = problems.find((p) => TEXT_CODES.has(p.code));
  if (text !== undefined) {
    const clauses: ClauseId[] =
      text.code === 'handover.text.bare-normal' ? ['HOS-4.9', 'FINE-12.4'] : ['HOS-4.9'];
    return refuse('not-work-content', clauses, field(text), problems);
  }
  const explanation = problems.find((p) => p.code === 'handover.count.explanation-required');
  if (explanation !== undefined)
    return refuse('explanation-required', ['REG7-9.2'], field(explanation), problems);
  const person = problems.find((p) => p.code === 'handover.same-person');
  if (person !== undefined) return refuse('same-person', ['CSM-2'], { staff: '—' }, problems);
  const fitness = problems.find((p) => p.code.startsWith('handover.fitness.'));
  if (fitness !== undefined) return refuse('invalid-content', ['HOR-2.4'], field(fitness), problems);
  return refuse('invalid-content', ['HOR-1.2'], field(first), problems);
}
