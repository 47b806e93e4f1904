/**
 * A follow-up taken over and not done (HOS-4.6: 凡跟進事宜未認真完成,後果由
 * 跟班人負責). Whoever acknowledged an open matter at a signed handover took
 * it over; they hold it until they hand it on (the next person
 * acknowledges it at a later signed handover) or it is done.
 *
 * Done means a later version of the matter marked resolved, or, for a matter
 * about a case (the matter id is the case id), the case resolved. Each
 * version's `due` (a site day) runs to the end of that day in the site's
 * zone. The follower who held the matter when a due day ended without it
 * done answers for it; a matter without a due day is judged when the
 * incident was found. Handing it over again without it (漏交) adds CSM-6.
 */
import { endOfDayInstant } from '../handover/timing.js';
import { parseInstant } from '../time/parse-instant.js';
import type { MatterStop } from './journal-index.js';
import {
  assigned,
  clear,
  entries,
  explain,
  missing,
  signatureSeqs,
  subjectMissing,
  type Inquiry,
  type Outcome,
} from './outcome.js';
import type { ClauseId } from '../policy/clauses.js';

/** A follower's watch over the matter: from taking it over until the next person took it over. */
interface Watch {
  readonly stop: MatterStop;
  readonly staffId: string;
  readonly fromMs: number;
  readonly untilMs: number;
  /** End of the due day of the version taken over, if it has one. */
  readonly dueMs: number | undefined;
  readonly due: string | undefined;
}

export function followUpNotDone(q: Inquiry): Outcome {
  const { matterId, caseId } = q.incident.concerns;
  const subject = matterId ?? caseId;
  if (subject === undefined) return subjectMissing('matterId');
  const trail = q.index.matterTrails.get(subject);
  if (trail === undefined) return missing('matter', 'liability.missing.matter', { matter: subject });

  const watches = watchesOf(q, trail);
  if (watches.length === 0) {
    return missing('acknowledgement', 'liability.missing.acknowledgement', {
      matter: subject,
      foundAt: q.incident.foundAt,
    });
  }
  const done = doneAt(q, subject, trail);

  // The first due day that ended with the matter still open, on the watch of whoever held it then.
  for (const watch of watches) {
    if (watch.dueMs === undefined || watch.due === undefined) continue;
    const ended = watch.dueMs <= q.foundAtMs;
    const heldAtDue = watch.dueMs >= watch.fromMs && watch.dueMs <= watch.untilMs;
    const doneInTime = done !== undefined && done.atMs <= watch.dueMs;
    if (ended && heldAtDue && !doneInTime) {
      return follower(q, subject, watch, watch.dueMs, done?.seq, 'liability.because.follow-up-overdue', {
        due: watch.due,
      });
    }
  }
  if (done !== undefined && done.atMs <= q.foundAtMs) {
    return clear('liability.clear.follow-up-done', { matter: subject, doneAt: done.at });
  }
  const current = watches[watches.length - 1];
  if (current === undefined) {
    return missing('acknowledgement', 'liability.missing.acknowledgement', {
      matter: subject,
      foundAt: q.incident.foundAt,
    });
  }
  if (current.dueMs !== undefined && current.due !== undefined && current.dueMs > q.foundAtMs) {
    // Held, open, and its due day not over: nothing has failed yet.
    return clear('liability.clear.follow-up-not-due', { matter: subject, due: current.due });
  }
  return follower(q, subject, current, q.foundAtMs, undefined, 'liability.because.follow-up-not-done', {
    foundAt: q.incident.foundAt,
  });
}

function follower(
  q: Inquiry,
  subject: string,
  watch: Watch,
  failedMs: number,
  doneSeq: number | undefined,
  messageId: 'liability.because.follow-up-overdue' | 'liability.because.follow-up-not-done',
  params: Readonly<Record<string, string>>,
): Outcome {
  const { stop, staffId } = watch;
  const clauses: ClauseId[] = ['HOS-4.6'];
  // Did they hand over afterwards without the matter, before it failed? That omission is theirs too (CSM-6).
  const dropped = (q.index.byOutgoing.get(staffId) ?? []).find((view) => {
    const signed = view.state.signatures.outgoing;
    const signedMs = signed === undefined ? undefined : parseInstant(signed.signedAt);
    return (
      signedMs !== undefined &&
      signedMs > watch.fromMs &&
      signedMs <= failedMs &&
      !view.state.matters.some((matter) => matter.matterId === subject)
    );
  });
  if (dropped !== undefined) clauses.push('CSM-6');
  return assigned({
    staffId,
    role: 'follower',
    share: 'direct',
    clauses,
    because: explain(dropped === undefined ? messageId : 'liability.because.follow-up-dropped', {
      staff: staffId,
      matter: subject,
      handover: stop.view.handoverId,
      ...params,
      ...(dropped === undefined ? {} : { dropped: dropped.handoverId }),
    }),
    evidence: entries(
      q.index,
      stop.matter.seq,
      stop.matter.acknowledged?.seq,
      ...signatureSeqs(stop.view),
      dropped?.state.opened?.seq,
      dropped?.state.signatures.outgoing?.seq,
      doneSeq,
    ),
  });
}

/** Every taking-over of the open matter at a signed handover before the incident was found, in order. */
function watchesOf(q: Inquiry, trail: readonly MatterStop[]): Watch[] {
  const takeovers = trail.filter(
    ({ view, matter }) =>
      view.boundaryMs !== undefined &&
      view.boundaryMs <= q.foundAtMs &&
      matter.status !== 'resolved' &&
      matter.acknowledged !== undefined &&
      matter.acknowledged.staffId === view.incoming,
  );
  return takeovers.map((stop, i) => {
    const next = takeovers[i + 1];
    const { due } = stop.matter;
    const dueMs = due === undefined ? undefined : parseInstant(endOfDayInstant(due, q.policy.timeZone));
    return {
      stop,
      staffId: stop.matter.acknowledged?.staffId ?? '',
      fromMs: stop.view.boundaryMs ?? 0,
      untilMs: next?.view.boundaryMs ?? Infinity,
      dueMs,
      due,
    };
  });
}

/** When the matter was first done: a version marked resolved, or its case resolved. */
function doneAt(
  q: Inquiry,
  subject: string,
  trail: readonly MatterStop[],
): { readonly atMs: number; readonly at: string; readonly seq: number } | undefined {
  const candidates: { atMs: number; at: string; seq: number }[] = [];
  for (const { matter } of trail) {
    const atMs = parseInstant(matter.at);
    if (matter.status === 'resolved' && atMs !== undefined) {
      candidates.push({ atMs, at: matter.at, seq: matter.seq });
    }
  }
  const resolution = q.index.cases.cases.get(subject)?.resolution;
  if (resolution !== undefined) {
    candidates.push({ atMs: resolution.atMs, at: resolution.at, seq: resolution.seq });
  }
  return candidates.sort((a, b) => a.atMs - b.atMs)[0];
}
