/**
 * Corrections (REG7-8.5a: 記錄不得涂改 — records must not be altered). A
 * wrong record is never edited: a new `journal.amend` entry names the
 * original (id, seq and hash), carries the corrected payload fields and says
 * why. The original stays byte-identical; readers fold the corrections over
 * it with {@link correctedPayload}.
 */
import * as z from 'zod/mini';
import { problem } from '../diagnostics/problem.js';
import { problemsFromIssues } from '../diagnostics/zod-problems.js';
import { canonicalize, CanonicalError } from './canonical.js';
import {
  AMEND_TYPE,
  AmendPayloadSchema,
  REPORT_INPUT,
  RESERVED_TYPES,
  type AmendPayload,
  type SealedEntry,
} from './entry.js';
import { JournalError, problemFromCanonical } from './errors.js';
import { cloneJson, isPlainObject, type JsonObject, type JsonValue } from './json.js';

/** The clause corrections implement. */
export const AMEND_CLAUSES = ['REG7-8.5a'] as const;

/**
 * Builds the payload of the entry that corrects `original`. When the
 * original's type has a payload schema, the corrected payload (original
 * fields with the corrections laid over them) must satisfy it.
 * @throws {JournalError} code `invalid-entry`.
 */
export function buildAmendment(
  original: SealedEntry,
  correction: unknown,
  reason: string,
  schema: z.core.$ZodType | undefined,
): AmendPayload {
  if (RESERVED_TYPES.has(original.type)) {
    throw invalid(['originalId'], 'journal.amend.reserved', { id: original.id, type: original.type });
  }
  if (!isPlainObject(original.payload)) {
    throw invalid(['originalId'], 'journal.amend.not-object', { id: original.id });
  }
  if (!isPlainObject(correction)) throw invalid(['correction'], 'input.expected-object');
  try {
    canonicalize(correction);
  } catch (error) {
    if (error instanceof CanonicalError) {
      throw new JournalError('invalid-entry', [problemFromCanonical(error, ['correction'])]);
    }
    throw error;
  }
  const corrected = cloneJson(correction) as JsonObject;
  if (Object.keys(corrected).length === 0) throw invalid(['correction'], 'journal.amend.empty');

  if (schema !== undefined) {
    const checked = z.safeParse(schema, { ...original.payload, ...corrected }, REPORT_INPUT);
    if (!checked.success) {
      throw new JournalError('invalid-entry', problemsFromIssues(checked.error.issues, ['correction']));
    }
  }
  const payload: AmendPayload = {
    original: { id: original.id, seq: original.seq, hash: original.hash },
    corrected,
    reason,
  };
  const shape = AmendPayloadSchema.safeParse(payload, REPORT_INPUT);
  if (!shape.success) {
    // Only the reason can be wrong here (empty): report it where the caller gave it.
    throw new JournalError('invalid-entry', problemsFromIssues(shape.error.issues, []));
  }
  return payload;
}

/**
 * The payload of an entry as corrected: its own payload with the fields of
 * every later `journal.amend` entry that names it laid over, in journal
 * order. A payload that is not an object is returned as is.
 */
export function correctedPayload(original: SealedEntry, entries: readonly SealedEntry[]): JsonValue {
  if (!isPlainObject(original.payload)) return original.payload;
  let payload: JsonObject = original.payload;
  for (const entry of entries) {
    if (entry.type !== AMEND_TYPE || entry.seq <= original.seq) continue;
    const parsed = AmendPayloadSchema.safeParse(entry.payload);
    if (!parsed.success) continue;
    const { original: target, corrected } = parsed.data;
    if (target.id === original.id && target.hash === original.hash) {
      payload = { ...payload, ...(corrected as JsonObject) };
    }
  }
  return payload;
}

function invalid(
  path: readonly (string | number)[],
  id: Parameters<typeof problem>[1],
  params = {},
): JournalError {
  return new JournalError('invalid-entry', [problem(path, id, params)]);
}
