/**
 * What a case command returns: the entry to append, or a refusal that names
 * the clause that forbids it and appends nothing.
 */
import type { MessageParams } from '../diagnostics/finding.js';
import type { Problem } from '../diagnostics/problem.js';
import type { UnsealedEntry } from '../journal/entry.js';
import type { MessageId } from '../messages.js';
import type { ClauseId } from '../policy/clauses.js';

/** Why a case command was refused; each has its message `case.refusal.<code>`. */
export const CASE_REFUSAL_CODES = [
  'invalid-time',
  'invalid-content',
  'missing-fields',
  'already-opened',
  'not-opened',
  'case-closed',
  'owner-fixed',
  'not-a-complaint',
  'duplicate-callback',
  'unknown-callback',
  'callback-made',
  'not-resolved',
] as const;
export type CaseRefusalCode = (typeof CASE_REFUSAL_CODES)[number];

export interface CaseRefusal {
  readonly code: CaseRefusalCode;
  /** The clauses that forbid the command. */
  readonly clauses: readonly ClauseId[];
  readonly messageId: MessageId;
  readonly params: MessageParams;
  /** What is wrong with the input, field by field; empty when the refusal is not about content. */
  readonly problems: readonly Problem[];
}

export type CaseCommandResult =
  | { readonly ok: true; readonly entry: UnsealedEntry }
  | { readonly ok: false; readonly refusal: CaseRefusal };

export function refuseCase(
  code: CaseRefusalCode,
  clauses: readonly ClauseId[],
  params: MessageParams = {},
  problems: readonly Problem[] = [],
): { readonly ok: false; readonly refusal: CaseRefusal } {
  return { ok: false, refusal: { code, clauses, messageId: `case.refusal.${code}`, params, problems } };
}
