/**
 * Who was at the post when: the outgoing person who left before the handover
 * (HOS-4.12), and an emergency that broke out while the post was changing
 * hands (GXP-4.4).
 */
import { parseInstant } from '../time/parse-instant.js';
import type { HandoverView } from './journal-index.js';
import {
  assigned,
  clear,
  entries,
  explain,
  fromMissing,
  isMissing,
  missing,
  namedHandover,
  signatureSeqs,
  subjectMissing,
  withCited,
  type Inquiry,
  type Outcome,
} from './outcome.js';
import type { MissingEvidence } from './verdict.js';

/**
 * If the incoming person has not arrived, the person on duty stays until a
 * handover is completed (HOS-4.12; CSD-3.2 and REG7-9.8 where the policy
 * cites them). The journal must hold the leaving (`handover.outgoing-left`);
 * leaving before both signatures is the outgoing person's failure. A site
 * whose policy lets the outgoing person go before the signatures
 * (`handover.outgoingStaysUntilSigned` off: one shift a day, a written
 * ledger) does not hold them to it.
 */
export function leftBeforeHandover(q: Inquiry): Outcome {
  const view = namedHandover(q);
  if (isMissing(view)) return fromMissing(view);
  if (view === undefined) return subjectMissing('handoverId');
  if (!q.policy.handover.outgoingStaysUntilSigned) {
    return clear('liability.clear.leaving-allowed', { handover: view.handoverId });
  }
  const left = view.state.outgoingLeft;
  if (left === undefined || view.outgoing === undefined) {
    return missing('leave-record', 'liability.missing.leave-record', { handover: view.handoverId });
  }
  const { outgoing, incoming } = view.state.signatures;
  const signedBefore = (seq: number | undefined) => seq !== undefined && seq < left.seq;
  if (signedBefore(outgoing?.seq) && signedBefore(incoming?.seq)) {
    return clear('liability.clear.left-after-handover', {
      handover: view.handoverId,
      leftAt: left.at,
    });
  }
  const arrival = view.state.arrivals.find((candidate) => candidate.staffId === view.incoming);
  return assigned({
    staffId: view.outgoing,
    role: 'outgoing',
    share: 'direct',
    clauses: withCited(q.policy, 'handover.outgoingStaysUntilSigned', ['HOS-4.12']),
    because: explain('liability.because.left-before-handover', {
      staff: view.outgoing,
      handover: view.handoverId,
      leftAt: left.at,
    }),
    evidence: entries(
      q.index,
      view.state.opened?.seq,
      arrival?.seq,
      left.seq,
      ...signatureSeqs(view).filter(signedBefore),
    ),
  });
}

/**
 * An emergency during the handover is led by the outgoing person and the
 * incoming person assists (GXP-4.4), until it reaches a stopping point
 * (CSM-5). "During" runs from the incoming person's arrival to the last
 * signature, the boundary of PWR-2; an emergency recorded in the handover
 * record (`flagId`) belongs to it by being written there. Before the
 * incoming person arrived the outgoing person alone was on duty; after the
 * boundary the incoming person alone is (PWR-2, REG7-9.5).
 */
export function incidentDuringHandover(q: Inquiry): Outcome {
  const view = handoverInProgress(q);
  if (isMissing(view)) return fromMissing(view);
  if (view === undefined) return subjectMissing('handoverId');
  const { flagId } = q.incident.concerns;
  const flag = flagId === undefined ? undefined : view.state.flags.find((f) => f.flagId === flagId);
  if (flagId !== undefined && flag === undefined) {
    return missing('flag', 'liability.missing.flag', { flag: flagId, handover: view.handoverId });
  }
  const atMs = flag === undefined ? q.foundAtMs : (parseInstant(flag.raised.at) ?? q.foundAtMs);
  const at = flag?.raised.at ?? q.incident.foundAt;
  const flagSeqs = [flag?.raised.seq, flag?.cleared?.seq];
  const { outgoing, incoming } = view;

  if (view.boundary !== undefined && view.boundaryMs !== undefined && atMs >= view.boundaryMs) {
    if (incoming === undefined)
      return missing('signatures', 'liability.missing.signatures', { handover: view.handoverId });
    return assigned({
      staffId: incoming,
      role: 'incoming',
      share: 'direct',
      clauses: ['PWR-2'],
      because: explain('liability.because.after-takeover', {
        staff: incoming,
        handover: view.handoverId,
        boundary: view.boundary,
        at,
      }),
      evidence: entries(q.index, ...flagSeqs, ...signatureSeqs(view)),
    });
  }
  if (outgoing === undefined)
    return missing('handover', 'liability.missing.handover', { handover: view.handoverId });

  const arrival = view.state.arrivals.find((candidate) => candidate.staffId === incoming);
  const arrivedMs = arrival === undefined ? undefined : parseInstant(arrival.arrivedAt);
  const during = flag !== undefined || (arrivedMs !== undefined && atMs >= arrivedMs);
  if (!during || incoming === undefined) {
    return assigned({
      staffId: outgoing,
      role: 'outgoing',
      share: 'direct',
      clauses: ['PWR-2', 'REG7-9.5'],
      because: explain('liability.because.before-takeover', {
        staff: outgoing,
        handover: view.handoverId,
        at,
      }),
      evidence: entries(q.index, view.state.opened?.seq, ...flagSeqs),
    });
  }
  const evidence = entries(q.index, arrival?.seq, ...flagSeqs, ...signatureSeqs(view));
  return assigned(
    {
      staffId: outgoing,
      role: 'outgoing',
      share: 'direct',
      clauses: ['GXP-4.4', 'CSM-5'],
      because: explain('liability.because.during-handover-lead', {
        staff: outgoing,
        handover: view.handoverId,
        at,
      }),
      evidence,
    },
    {
      staffId: incoming,
      role: 'incoming',
      share: 'joint',
      clauses: ['GXP-4.4'],
      because: explain('liability.because.during-handover-assist', {
        staff: incoming,
        handover: view.handoverId,
        at,
      }),
      evidence,
    },
  );
}

/** The handover named, or the last one opened at the incident's post by the time it was found. */
function handoverInProgress(q: Inquiry): HandoverView | MissingEvidence | undefined {
  const named = namedHandover(q);
  if (named !== undefined) return named;
  const { post } = q.incident.concerns;
  if (post === undefined) return undefined;
  const opened = (q.index.byPost.get(post) ?? []).filter((view) => view.openedMs <= q.foundAtMs);
  return (
    opened[opened.length - 1] ?? {
      kind: 'handover',
      messageId: 'liability.missing.handover-at-post',
      params: { post, foundAt: q.incident.foundAt },
    }
  );
}
