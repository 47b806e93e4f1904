/**
 * A problem not handled in time that led to a resident's complaint: layered
 * accountability (逐層問責). The employee bears direct responsibility, the
 * supervisor supervisory responsibility, the department manager management
 * responsibility (FCR-5.1); each bears 100% of their own failure, nothing is
 * split, and a major impact calls for a written fault report (FCR-5.3). The
 * employee is the case's first contact and owner (FCR-4.1, FCR-4.2), whose
 * negligence also answers up to the department head (FCR-4.10).
 *
 * What the journal must show, by the time the incident was found:
 *
 * - the case not handled in time: not resolved by its closing time
 *   (FINE-3.4, FINE-3.5), a complaint without its plan by the time it was
 *   due (DUTY-4) or not settled by the time its plan promised, the customer
 *   back more often than the policy allows without a resolution (FCR-4.6),
 *   or a dissatisfied revisit (FCR-5.1: 不滿意投訴);
 * - who held the supervisor's and the manager's roles: the person a report
 *   of the case named for that role, else the only holder of the role in
 *   the roster. The supervisor is the escalation tier just above the duty
 *   officer; the manager is the role that goes on site for a dissatisfied
 *   complaint (FCR-5.2), the department manager. Two holders, or none, leave
 *   that layer undetermined.
 */
import type { CaseState } from '../cases/register.js';
import { dissatisfiedComplaintResponder, tiersInOrder } from '../escalation/tiers.js';
import type { MessageId } from '../messages.js';
import type { MessageParams } from '../diagnostics/finding.js';
import type { ClauseId } from '../policy/clauses.js';
import { clear, entries, explain, missing, subjectMissing, type Inquiry, type Outcome } from './outcome.js';
import type { Evidence, LiabilityRole, MissingEvidence, Responsibility, Share } from './verdict.js';

/** How the case failed, the message that says so, and the entries that show it. */
interface Failure {
  readonly messageId: MessageId;
  readonly params: MessageParams;
  readonly seqs: readonly (number | undefined)[];
}

export function unresolvedComplaint(q: Inquiry): Outcome {
  const { caseId } = q.incident.concerns;
  if (caseId === undefined) return subjectMissing('caseId');
  const state = q.index.cases.cases.get(caseId);
  if (state === undefined) return missing('case', 'liability.missing.case', { case: caseId });

  const failure = failureOf(q, state);
  if (failure === undefined) return clear('liability.clear.case-handled', { case: caseId });

  const faultReport = {
    required: state.gravity === 'major-complaint' || q.incident.majorImpact === true,
    clauses: ['FCR-5.3'] as const satisfies readonly ClauseId[],
  };
  const owner = state.owner.staffId;
  const responsible: Responsibility[] = [
    {
      staffId: owner,
      role: 'case-owner',
      share: 'direct',
      clauses: ['FCR-5.1', 'FCR-5.3', 'FCR-4.10'],
      because: explain(failure.messageId, { staff: owner, case: caseId, ...failure.params }),
      evidence: entries(q.index, state.intake.seq, ...failure.seqs),
    },
  ];
  const gaps: MissingEvidence[] = [];
  const manager = dissatisfiedComplaintResponder(q.policy);
  const supervisor = tiersInOrder(q.policy)[1]?.role;
  const layers: [string, LiabilityRole, Share, readonly ClauseId[], MessageId][] = [];
  if (supervisor !== undefined && supervisor !== manager) {
    layers.push([
      supervisor,
      'supervisor',
      'supervisory',
      ['FCR-5.1', 'FCR-5.3'],
      'liability.because.complaint-supervisory',
    ]);
  }
  layers.push([
    manager,
    'manager',
    'management',
    ['FCR-5.1', 'FCR-5.3', 'FCR-4.10'],
    'liability.because.complaint-management',
  ]);
  for (const [role, part, share, clauses, messageId] of layers) {
    const holder = holderOf(q, state, role);
    if ('kind' in holder) {
      gaps.push(holder);
      continue;
    }
    responsible.push({
      staffId: holder.staffId,
      role: part,
      share,
      clauses,
      because: explain(messageId, { staff: holder.staffId, role, case: caseId, owner }),
      evidence: holder.evidence,
    });
  }
  return { responsible, missing: gaps, faultReport };
}

/** The first way the case failed by the time the incident was found, if it did. */
function failureOf(q: Inquiry, state: CaseState): Failure | undefined {
  const found = q.foundAtMs;
  const resolvedMs = state.resolution?.atMs;
  const openAt = (ms: number) => resolvedMs === undefined || resolvedMs > ms;
  const { closeBy, closeByMs, planBy, planByMs } = state.deadlines;

  if (closeBy !== undefined && closeByMs !== undefined && closeByMs <= found && openAt(closeByMs)) {
    return {
      messageId: 'liability.because.complaint-late',
      params: { deadline: closeBy },
      seqs: [state.resolution?.seq],
    };
  }
  if (planBy !== undefined && planByMs !== undefined && planByMs <= found) {
    const answered = state.plans.some((plan) => plan.atMs <= planByMs) || !openAt(planByMs);
    if (!answered) {
      return {
        messageId: 'liability.because.complaint-plan-late',
        params: { deadline: planBy },
        seqs: state.plans.map((plan) => plan.seq),
      };
    }
  }
  for (const plan of state.plans) {
    const promised = state.expectations.find((expectation) => expectation.seq === plan.seq);
    if (promised === undefined || promised.expectedByMs > found || !openAt(promised.expectedByMs)) continue;
    return {
      messageId: 'liability.because.complaint-late',
      params: { deadline: promised.expectedBy },
      seqs: [plan.seq, state.resolution?.seq],
    };
  }
  const limit = q.policy.cases.maxContactsToClose;
  const contacts = state.contacts.filter((contact) => contact.whileUnresolved && contact.atMs <= found);
  if (contacts.length > limit) {
    return {
      messageId: 'liability.because.complaint-contacts',
      params: { contacts: contacts.length, limit },
      seqs: contacts.map((contact) => contact.seq),
    };
  }
  const dissatisfied = state.revisits.find(
    (revisit) => revisit.satisfaction === 'dissatisfied' && revisit.atMs <= found,
  );
  if (dissatisfied !== undefined) {
    return {
      messageId: 'liability.because.complaint-dissatisfied',
      params: { at: dissatisfied.at },
      seqs: [state.resolution?.seq, dissatisfied.seq],
    };
  }
  return undefined;
}

/** Who held `role` for this case: named by a report of it, else the roster's only holder. */
function holderOf(
  q: Inquiry,
  state: CaseState,
  role: string,
): { readonly staffId: string; readonly evidence: readonly Evidence[] } | MissingEvidence {
  const reported = [
    ...new Set(
      state.reports.flatMap((report) =>
        report.role === role && report.staffId !== undefined ? [report.staffId] : [],
      ),
    ),
  ];
  if (reported.length === 1 && reported[0] !== undefined) {
    const seqs = state.reports.filter((report) => report.role === role).map((report) => report.seq);
    return { staffId: reported[0], evidence: entries(q.index, ...seqs) };
  }
  const holders = (q.roster?.staff ?? []).flatMap((member, i) =>
    member.roles.includes(role) ? [{ member, i }] : [],
  );
  const only = holders.length === 1 ? holders[0] : undefined;
  if (reported.length === 0 && only !== undefined) {
    return {
      staffId: only.member.id,
      evidence: [{ kind: 'roster', path: ['staff', only.i], record: only.member.id }],
    };
  }
  return {
    kind: 'role-holder',
    messageId:
      q.roster === undefined ? 'liability.missing.role-holder-roster' : 'liability.missing.role-holder',
    params: { role, count: Math.max(reported.length, holders.length) },
  };
}
