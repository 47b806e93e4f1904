/**
 * `deriveResponsibility`: who answers for an incident, from the journal.
 *
 * ```ts
 * const index = indexJournal(await journal.entries(), policy); // once: the folds
 * const verdict = deriveResponsibility({ index, roster, policy, incident }); // a few look-ups
 * ```
 *
 * Passing `entries` instead of `index` indexes them first, which costs the
 * folds every time: fine for one question, not for a screen of them.
 */
import { problemsFromIssues } from '../diagnostics/zod-problems.js';
import type { SealedEntry } from '../journal/entry.js';
import type { ClauseId } from '../policy/clauses.js';
import type { ResolvedPolicy } from '../policy/resolve.js';
import type { Roster } from '../roster/document.js';
import { parseInstant } from '../time/parse-instant.js';
import { unresolvedComplaint } from './complaints.js';
import { followUpNotDone } from './follow-up.js';
import { IncidentSchema, LiabilityInputError, type IncidentInput, type IncidentKind } from './incident.js';
import { missingItem } from './items.js';
import { indexJournal, type JournalIndex } from './journal-index.js';
import { carelessReceipt, omittedMatter, unclearRecord, wrongHandover } from './matters.js';
import { explain, type Inquiry, type Outcome } from './outcome.js';
import { incidentDuringHandover, leftBeforeHandover } from './presence.js';
import { postLeftEmpty } from './swaps.js';
import type { Verdict } from './verdict.js';

/** The journal already indexed, or its entries (indexed on the spot). */
export type ResponsibilityInput = {
  readonly policy: ResolvedPolicy;
  /** The month's roster: swap requests (CSM-7, CSD-7.5) and who holds which role (FCR-5.1). */
  readonly roster?: Roster;
  readonly incident: IncidentInput;
} & (
  | { readonly index: JournalIndex; readonly entries?: never }
  | { readonly entries: readonly SealedEntry[]; readonly index?: never }
);

const JUDGES: Readonly<Record<IncidentKind, (q: Inquiry) => Outcome>> = {
  'omitted-matter': omittedMatter,
  'wrong-handover': wrongHandover,
  'careless-receipt': carelessReceipt,
  'missing-item': missingItem,
  'unclear-record': unclearRecord,
  'follow-up-not-done': followUpNotDone,
  'incident-during-handover': incidentDuringHandover,
  'post-left-empty': postLeftEmpty,
  'left-before-handover': leftBeforeHandover,
  'unresolved-complaint': unresolvedComplaint,
};

/**
 * Derives who is responsible for an incident and why, citing clauses and the
 * entries that prove it; "undetermined", naming the missing evidence, when
 * the journal cannot decide.
 *
 * @throws {LiabilityInputError} when the incident cannot be read.
 */
export function deriveResponsibility(input: ResponsibilityInput): Verdict {
  const parsed = IncidentSchema.safeParse(input.incident, { reportInput: true });
  if (!parsed.success) throw new LiabilityInputError(problemsFromIssues(parsed.error.issues, ['incident']));
  const incident = parsed.data;
  const index = input.index ?? indexJournal(input.entries, input.policy);
  const inquiry: Inquiry = {
    index,
    policy: input.policy,
    roster: input.roster,
    incident,
    foundAtMs: parseInstant(incident.foundAt) ?? Number.NaN,
  };
  const outcome = JUDGES[incident.what](inquiry);

  const clauses: ClauseId[] = [];
  for (const party of outcome.responsible) {
    for (const clause of party.clauses) if (!clauses.includes(clause)) clauses.push(clause);
  }
  const status = outcome.missing.length > 0 ? 'undetermined' : 'determined';
  const staff = [...new Set(outcome.responsible.map((party) => party.staffId))].join(', ');
  const summary =
    status === 'undetermined'
      ? explain('liability.summary.undetermined', { incident: incident.id, count: outcome.missing.length })
      : (outcome.summary ?? explain('liability.summary.assigned', { incident: incident.id, staff }));
  return {
    incident,
    status,
    responsible: outcome.responsible,
    clauses,
    summary,
    missingEvidence: outcome.missing,
    faultReport: outcome.faultReport ?? { required: false, clauses: [] },
  };
}
