/**
 * Key register commands. Like the handover commands, each returns the entry
 * to append or a refusal naming the clause, and appends nothing itself.
 */
import * as z from 'zod/mini';
import { formatPath } from '../diagnostics/problem.js';
import { problemsFromIssues } from '../diagnostics/zod-problems.js';
import type { Actor, SealedEntry } from '../journal/entry.js';
import { ActorSchema, InstantSchema, REPORT_INPUT } from '../journal/entry.js';
import { cloneJson } from '../journal/json.js';
import type { ClauseId } from '../policy/clauses.js';
import type { MessageParams } from '../diagnostics/finding.js';
import type { Problem } from '../diagnostics/problem.js';
import type { CommandResult } from '../handover/refusal.js';
import { millisOf } from '../handover/timing.js';
import { KEYS_PAYLOAD_SCHEMAS, type KeyEntryType, type KeyPayloads } from './entries.js';
import { foldKeyRegister, type KeyRegister } from './register.js';

export const KEY_REFUSAL_CODES = [
  'invalid-content',
  'already-recorded',
  'keys-out',
  'no-register-entry',
  'due-back-not-after-lending',
] as const;
export type KeyRefusalCode = (typeof KEY_REFUSAL_CODES)[number];
export type KeyCommandResult = CommandResult<KeyRefusalCode>;

export interface KeyCommandContext {
  readonly actor: Actor;
  /** ISO 8601 with an offset, from the injected clock. */
  readonly at: string;
  /** The entry id; `keys/<kind>/<id>` by default. */
  readonly entryId?: string;
}

/** The register as it stands, or the journal entries to fold. */
export type KeyRegisterSource = KeyRegister | readonly SealedEntry[];

function registerOf(source: KeyRegisterSource): KeyRegister {
  return isEntryList(source) ? foldKeyRegister(source) : source;
}

function isEntryList(source: KeyRegisterSource): source is readonly SealedEntry[] {
  return Array.isArray(source);
}

function refuse(
  code: KeyRefusalCode,
  clauses: readonly ClauseId[],
  params: MessageParams = {},
  problems: readonly Problem[] = [],
): KeyCommandResult {
  return {
    ok: false,
    refusal: { code, clauses, messageId: `keys.refusal.${code}`, params, problems, blockers: [] },
  };
}

function build(
  type: KeyEntryType,
  fields: Record<string, unknown>,
  context: KeyCommandContext,
  defaultId: string,
  clauses: readonly ClauseId[],
): KeyCommandResult {
  const time = InstantSchema.safeParse(context.at);
  if (!time.success) {
    return refuse(
      'invalid-content',
      ['HOR-1.1'],
      { field: 'at' },
      problemsFromIssues(time.error.issues, ['at']),
    );
  }
  // The journal refuses an entry whose actor it cannot store (a blank staff number, say):
  // refuse it here, as the handover commands do, rather than return it.
  const actor = ActorSchema.safeParse(context.actor, REPORT_INPUT);
  if (!actor.success) {
    const problems = problemsFromIssues(actor.error.issues, ['actor']);
    const field = problems[0] === undefined ? 'actor' : formatPath(problems[0].path);
    return refuse('invalid-content', clauses, { field }, problems);
  }
  const parsed = z.safeParse(KEYS_PAYLOAD_SCHEMAS[type], fields, { reportInput: true });
  if (!parsed.success) {
    const problems = problemsFromIssues(parsed.error.issues);
    const field = problems[0] === undefined ? '—' : formatPath(problems[0].path);
    return refuse('invalid-content', clauses, { field }, problems);
  }
  const payload = cloneJson(parsed.data);
  return {
    ok: true,
    entry: { id: context.entryId ?? defaultId, at: context.at, actor: context.actor, type, payload },
  };
}

export type IssueAreaKeysInput = KeyPayloads['keys.area-issued'];
export type ReturnAreaKeysInput = KeyPayloads['keys.area-returned'];
export type LendRoomKeyInput = KeyPayloads['keys.room-lent'];
export type ReturnRoomKeyInput = KeyPayloads['keys.room-returned'];

/** Issues a set of area keys to a shift (CSD-9.1.1); a set still out cannot be issued again. */
export function issueAreaKeys(
  source: KeyRegisterSource,
  context: KeyCommandContext,
  input: IssueAreaKeysInput,
): KeyCommandResult {
  const register = registerOf(source);
  const same = register.areaIssues.find((issue) => issue.issueId === input.issueId);
  if (same !== undefined) return refuse('already-recorded', ['REG7-8.5a'], { seq: same.seq });
  const out = register.areaIssues.find(
    (issue) => issue.keySet === input.keySet && issue.returned === undefined,
  );
  if (out !== undefined) return refuse('keys-out', ['CSD-9.1.1'], { keys: out.keySet, holder: out.issuedTo });
  return build('keys.area-issued', { ...input }, context, `keys/area/${input.issueId}`, ['CSD-9.1.1']);
}

/**
 * Records the set coming back with its count (CSD-9.1.1). A count that
 * differs from the issued one is recorded as counted: the
 * `keys/area-count` rule reports it.
 */
export function returnAreaKeys(
  source: KeyRegisterSource,
  context: KeyCommandContext,
  input: ReturnAreaKeysInput,
): KeyCommandResult {
  const issue = registerOf(source).areaIssues.find((candidate) => candidate.issueId === input.issueId);
  if (issue === undefined) return refuse('no-register-entry', ['CSD-9.1.1'], { id: input.issueId });
  if (issue.returned !== undefined)
    return refuse('already-recorded', ['REG7-8.5a'], { seq: issue.returned.seq });
  return build('keys.area-returned', { ...input }, context, `keys/area/${input.issueId}/returned`, [
    'CSD-9.1.1',
  ]);
}

/**
 * Lends a room key against a register entry: borrower, room, purpose and
 * when it comes back (CSD-9.1.2). A room whose key is out cannot be lent again.
 */
export function lendRoomKey(
  source: KeyRegisterSource,
  context: KeyCommandContext,
  input: LendRoomKeyInput,
): KeyCommandResult {
  const register = registerOf(source);
  const same = register.roomLoans.find((loan) => loan.loanId === input.loanId);
  if (same !== undefined) return refuse('already-recorded', ['REG7-8.5a'], { seq: same.seq });
  const out = register.roomLoans.find(
    (loan) => loan.room === input.room.trim() && loan.returned === undefined,
  );
  if (out !== undefined)
    return refuse('keys-out', ['CSD-9.1.2'], { keys: out.room, holder: out.borrower.name });
  const due = millisOf(input.dueBack);
  if (!Number.isNaN(due) && due <= millisOf(context.at)) {
    return refuse('due-back-not-after-lending', ['CSD-9.1.2'], { dueBack: input.dueBack });
  }
  return build('keys.room-lent', { ...input }, context, `keys/room/${input.loanId}`, ['CSD-9.1.2']);
}

/** Checks a room key back in, against its register entry (CSD-9.1.2). */
export function returnRoomKey(
  source: KeyRegisterSource,
  context: KeyCommandContext,
  input: ReturnRoomKeyInput,
): KeyCommandResult {
  const loan = registerOf(source).roomLoans.find((candidate) => candidate.loanId === input.loanId);
  if (loan === undefined) return refuse('no-register-entry', ['CSD-9.1.2'], { id: input.loanId });
  if (loan.returned !== undefined)
    return refuse('already-recorded', ['REG7-8.5a'], { seq: loan.returned.seq });
  return build('keys.room-returned', { ...input }, context, `keys/room/${input.loanId}/returned`, [
    'CSD-9.1.2',
  ]);
}
