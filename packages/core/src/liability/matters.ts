/**
 * Matters handed over: left out (漏交), handed over wrongly (錯交), received
 * carelessly (錯接) — CSM-6, PWR-2 — and written unclearly (HOS-4.5).
 *
 * The boundary between the two parties is the signatures (CSM-6: 交接完畢後
 * 簽注時間、工號以明責任). What is left out or written wrongly is fixed by
 * the outgoing person's signature; what is received carelessly is the
 * incoming person's once every signature is in (PWR-2).
 */
import { correctedPayload } from '../journal/amend.js';
import { AMEND_TYPE } from '../journal/entry.js';
import { isPlainObject, type JsonValue } from '../journal/json.js';
import { textFault } from '../handover/text.js';
import type { CarriedOverMatter } from '../handover/record.js';
import type { ClauseId } from '../policy/clauses.js';
import { parseInstant } from '../time/parse-instant.js';
import type { HandoverView, MatterStop } from './journal-index.js';
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
  type Inquiry,
  type Outcome,
} from './outcome.js';
import type { MissingEvidence } from './verdict.js';

// ——— Omitted (漏交) ————————————————————————————————————————————————————————

/** Where a matter was pending, with whom, since when, and the entries that show it. */
interface Pending {
  readonly staffId: string;
  readonly sinceMs: number;
  readonly evidence: readonly (number | undefined)[];
}

/**
 * A matter left out of a handover is the outgoing person's (CSM-6). The
 * journal must show the matter open with that person when they signed: a
 * matter they took over (acknowledged) in an earlier handover and that no
 * later version resolved, or, for a matter never carried over, a case they
 * own (FCR-4.1) taken in before and not resolved by their signature. The
 * handover is the one the incident names, or else the first one that person
 * handed over afterwards without the matter, signed before it was found.
 */
export function omittedMatter(q: Inquiry): Outcome {
  const { matterId, caseId } = q.incident.concerns;
  const subject = matterId ?? caseId;
  if (subject === undefined) return subjectMissing('matterId');
  const named = namedHandover(q);
  if (isMissing(named)) return fromMissing(named);

  if (named !== undefined) {
    const carried = named.state.matters.find((matter) => matter.matterId === subject);
    if (carried !== undefined) {
      return clear('liability.clear.matter-handed-over', {
        matter: subject,
        handover: named.handoverId,
        seq: carried.seq,
      });
    }
    const signature = named.state.signatures.outgoing;
    if (signature === undefined || named.outgoing === undefined) {
      return missing('signatures', 'liability.missing.outgoing-signature', { handover: named.handoverId });
    }
    const pending = pendingWith(q, subject, named);
    if (pending?.staffId !== named.outgoing) {
      return missing('pending', 'liability.missing.pending', {
        matter: subject,
        staff: named.outgoing,
        handover: named.handoverId,
      });
    }
    return omittedBy(q, subject, named, pending);
  }

  // No handover named: follow the matter to the person who held it, and find the handover that dropped it.
  const pending = pendingAt(q, subject, q.foundAtMs);
  if (pending === undefined) {
    return missing('pending', 'liability.missing.pending-anywhere', { matter: subject });
  }
  const dropped = (q.index.byOutgoing.get(pending.staffId) ?? []).find((view) => {
    const signedMs = outgoingSignedMs(view);
    return (
      signedMs !== undefined &&
      signedMs > pending.sinceMs &&
      signedMs <= q.foundAtMs &&
      !view.state.matters.some((candidate) => candidate.matterId === subject)
    );
  });
  if (dropped === undefined) {
    return missing('handover', 'liability.missing.handover-after', {
      matter: subject,
      staff: pending.staffId,
    });
  }
  return omittedBy(q, subject, dropped, pending);
}

function omittedBy(q: Inquiry, subject: string, view: HandoverView, pending: Pending): Outcome {
  const signature = view.state.signatures.outgoing;
  return assigned({
    staffId: pending.staffId,
    role: 'outgoing',
    share: 'direct',
    clauses: ['CSM-6'],
    because: explain('liability.because.omitted-matter', {
      staff: pending.staffId,
      matter: subject,
      handover: view.handoverId,
      signedAt: signature?.signedAt ?? '—',
    }),
    evidence: entries(q.index, ...pending.evidence, view.state.opened?.seq, signature?.seq),
  });
}

function outgoingSignedMs(view: HandoverView): number | undefined {
  const signature = view.state.signatures.outgoing;
  if (signature === undefined) return undefined;
  return parseInstant(signature.signedAt);
}

/** The matter pending just before `view` was signed by its outgoing person. */
function pendingWith(q: Inquiry, subject: string, view: HandoverView): Pending | undefined {
  const signedMs = outgoingSignedMs(view) ?? view.openedMs;
  const trail = q.index.matterTrails.get(subject) ?? [];
  const earlier = trail.filter((stop) => stop.view !== view && stop.view.openedMs < view.openedMs);
  if (earlier.length > 0) return heldAfter(earlier);
  return caseHeldAt(q, subject, signedMs);
}

/** The matter pending when the incident was found: with whoever last took it over, else its case's owner. */
function pendingAt(q: Inquiry, subject: string, atMs: number): Pending | undefined {
  const trail = q.index.matterTrails.get(subject) ?? [];
  const signedBefore = trail.filter((stop) => (stop.view.boundaryMs ?? Infinity) <= atMs);
  if (signedBefore.length > 0) return heldAfter(signedBefore);
  if (trail.length > 0) return undefined;
  return caseHeldAt(q, subject, atMs);
}

/** Who holds the matter after the last of these stops: its incoming person, if they took it over open. */
function heldAfter(stops: readonly MatterStop[]): Pending | undefined {
  const last = stops[stops.length - 1];
  if (last === undefined) return undefined;
  const { view, matter } = last;
  const takenOver = matter.acknowledged !== undefined && matter.acknowledged.staffId === view.incoming;
  if (matter.status === 'resolved' || !takenOver || view.boundaryMs === undefined) return undefined;
  return {
    staffId: matter.acknowledged.staffId,
    sinceMs: view.boundaryMs,
    evidence: [matter.seq, matter.acknowledged.seq, ...signatureSeqs(view)],
  };
}

/** A case never carried over is with its owner (FCR-4.1) from intake until it is resolved. */
function caseHeldAt(q: Inquiry, caseId: string, atMs: number): Pending | undefined {
  const state = q.index.cases.cases.get(caseId);
  if (state === undefined || state.intake.atMs >= atMs) return undefined;
  if (state.resolution !== undefined && state.resolution.atMs <= atMs) return undefined;
  return { staffId: state.owner.staffId, sinceMs: state.intake.atMs, evidence: [state.intake.seq] };
}

// ——— Handed over wrongly (錯交) ————————————————————————————————————————————

/**
 * A matter handed over wrongly is the outgoing person's (CSM-6): they wrote
 * it, or signed the record that holds it. The handover is the one named, or
 * the last one that carried the matter before it was found. Corrections of
 * the matter made after the signatures are cited: they show what was wrong.
 */
export function wrongHandover(q: Inquiry): Outcome {
  const { matterId } = q.incident.concerns;
  if (matterId === undefined) return subjectMissing('matterId');
  const stop = carryingStop(q, matterId);
  if (isMissing(stop)) return fromMissing(stop);
  const { view, matter } = stop;
  const signature = view.state.signatures.outgoing;
  if (signature === undefined || view.outgoing === undefined) {
    return missing('signatures', 'liability.missing.outgoing-signature', { handover: view.handoverId });
  }
  return assigned({
    staffId: view.outgoing,
    role: 'outgoing',
    share: 'direct',
    clauses: ['CSM-6'],
    because: explain('liability.because.wrong-handover', {
      staff: view.outgoing,
      matter: matterId,
      handover: view.handoverId,
      signedAt: signature.signedAt,
    }),
    evidence: entries(
      q.index,
      matter.seq,
      signature.seq,
      matter.acknowledged?.seq,
      ...correctionsAfter(view, matter.seq, signature.seq),
    ),
  });
}

/** The handover named, or the last to carry the matter before it was found, with the matter in it. */
function carryingStop(q: Inquiry, matterId: string): MatterStop | MissingEvidence {
  const named = namedHandover(q);
  if (isMissing(named)) return named;
  if (named !== undefined) {
    const matter = named.state.matters.find((candidate) => candidate.matterId === matterId);
    if (matter === undefined) {
      return {
        kind: 'matter',
        messageId: 'liability.missing.matter-in-handover',
        params: { matter: matterId, handover: named.handoverId },
      };
    }
    return { view: named, matter };
  }
  const trail = (q.index.matterTrails.get(matterId) ?? []).filter(
    (stop) => (outgoingSignedMs(stop.view) ?? Infinity) <= q.foundAtMs,
  );
  return (
    trail[trail.length - 1] ?? {
      kind: 'matter',
      messageId: 'liability.missing.matter',
      params: { matter: matterId },
    }
  );
}

/** Seqs of corrections of an entry, written after `afterSeq` (the record as signed was corrected). */
function correctionsAfter(view: HandoverView, originalSeq: number, afterSeq: number): number[] {
  return view.state.amendments
    .filter((amendment) => amendment.originalSeq === originalSeq && amendment.seq > afterSeq)
    .map((amendment) => amendment.seq);
}

// ——— Received carelessly (錯接) ————————————————————————————————————————————

/**
 * A problem caused by a careless receipt is the incoming person's (CSM-6),
 * who formally took over with the last signature (PWR-2). The handover is
 * the one named, or the last one at the post signed before the problem was
 * found. A problem found before that boundary cannot come from the receipt:
 * the outgoing person was still on duty.
 */
export function carelessReceipt(q: Inquiry): Outcome {
  const view = receivingHandover(q);
  if (isMissing(view)) return fromMissing(view);
  if (view === undefined) return subjectMissing('handoverId');
  const signature = view.state.signatures.incoming;
  if (view.boundary === undefined || view.boundaryMs === undefined || view.incoming === undefined) {
    return missing('signatures', 'liability.missing.signatures', { handover: view.handoverId });
  }
  if (q.foundAtMs < view.boundaryMs) {
    return clear('liability.clear.before-takeover', {
      handover: view.handoverId,
      boundary: view.boundary,
      foundAt: q.incident.foundAt,
    });
  }
  const { itemId, matterId } = q.incident.concerns;
  const count = view.state.counts.find((candidate) => candidate.itemId === itemId);
  const matter = view.state.matters.find((candidate) => candidate.matterId === matterId);
  return assigned({
    staffId: view.incoming,
    role: 'incoming',
    share: 'direct',
    clauses: ['CSM-6', 'PWR-2'],
    because: explain('liability.because.careless-receipt', {
      staff: view.incoming,
      handover: view.handoverId,
      boundary: view.boundary,
    }),
    evidence: entries(q.index, count?.seq, matter?.acknowledged?.seq, signature?.seq, ...signatureSeqs(view)),
  });
}

/** The handover named, or the last one signed at the incident's post before it was found. */
function receivingHandover(q: Inquiry): ReturnType<typeof namedHandover> {
  const named = namedHandover(q);
  if (named !== undefined) return named;
  const { post } = q.incident.concerns;
  if (post === undefined) return undefined;
  const signed = (q.index.signedByPost.get(post) ?? []).filter(
    (view) => (view.boundaryMs ?? Infinity) <= q.foundAtMs,
  );
  return (
    signed[signed.length - 1] ?? {
      kind: 'handover',
      messageId: 'liability.missing.handover-at-post',
      params: { post, foundAt: q.incident.foundAt },
    }
  );
}

// ——— Written unclearly (HOS-4.5) ——————————————————————————————————————————

const STORY_FIELDS = ['cause', 'course', 'result'] as const;
const FOLLOW_UP_FIELDS = ['nextStep', 'owner'] as const;

/** One field of one matter that does not say what it must. */
interface Unclear {
  readonly matterId: string;
  readonly field: (typeof STORY_FIELDS)[number] | (typeof FOLLOW_UP_FIELDS)[number];
  readonly seq: number;
}

/**
 * Anything not written clearly in the handover is the previous shift's
 * responsibility (HOS-4.5): the outgoing person wrote the record and signed
 * it. "Not clear" is what software can tell from the record as signed:
 *
 * - a matter's cause, course or result (HOR-1.2) empty, filler or a bare
 *   "normal" under the handover's text checks (`textFault`), or
 * - an open matter without its next step or the person who follows it up
 *   (REG7-9.3: work to be carried on is recorded so it can be followed).
 *
 * The record as signed is each matter's entry with the corrections written
 * before the outgoing person's signature; corrections written after it are
 * cited as evidence, not read. A record these checks find clear leaves the
 * verdict undetermined: only a person can say what else was unclear.
 */
export function unclearRecord(q: Inquiry): Outcome {
  const { matterId } = q.incident.concerns;
  let view: HandoverView;
  let matters: readonly CarriedOverMatter[];
  if (matterId !== undefined) {
    const stop = carryingStop(q, matterId);
    if (isMissing(stop)) return fromMissing(stop);
    view = stop.view;
    matters = [stop.matter];
  } else {
    const named = namedHandover(q);
    if (isMissing(named)) return fromMissing(named);
    if (named === undefined) return subjectMissing('handoverId');
    view = named;
    matters = named.state.matters;
  }
  const signature = view.state.signatures.outgoing;
  if (signature === undefined || view.outgoing === undefined) {
    return missing('signatures', 'liability.missing.outgoing-signature', { handover: view.handoverId });
  }

  const unclear = matters.flatMap((matter) => unclearFields(q, view, matter, signature.seq));
  if (unclear.length === 0) {
    return missing('unclear-part', 'liability.missing.unclear-part', { handover: view.handoverId });
  }
  const clauses: ClauseId[] = ['HOS-4.5'];
  if (unclear.some((item) => (STORY_FIELDS as readonly string[]).includes(item.field)))
    clauses.push('HOR-1.2');
  if (unclear.some((item) => (FOLLOW_UP_FIELDS as readonly string[]).includes(item.field))) {
    clauses.push('REG7-9.3');
  }
  const seqs = [...new Set(unclear.map((item) => item.seq))];
  return assigned({
    staffId: view.outgoing,
    role: 'outgoing',
    share: 'direct',
    clauses,
    because: explain('liability.because.unclear-record', {
      staff: view.outgoing,
      handover: view.handoverId,
      fields: unclear.map((item) => `${item.matterId}.${item.field}`).join(', '),
    }),
    evidence: entries(
      q.index,
      ...seqs,
      signature.seq,
      ...seqs.flatMap((seq) => correctionsAfter(view, seq, signature.seq)),
    ),
  });
}

function unclearFields(
  q: Inquiry,
  view: HandoverView,
  matter: CarriedOverMatter,
  signatureSeq: number,
): Unclear[] {
  const payload = asSigned(q, view, matter.seq, signatureSeq);
  const text = (field: string): string | undefined => {
    const value = isPlainObject(payload) ? payload[field] : undefined;
    return typeof value === 'string' ? value : undefined;
  };
  const found: Unclear[] = [];
  for (const field of STORY_FIELDS) {
    const value = text(field);
    if (value === undefined || textFault(value, true) !== undefined) {
      found.push({ matterId: matter.matterId, field, seq: matter.seq });
    }
  }
  const open = text('status') !== 'resolved';
  for (const field of open ? FOLLOW_UP_FIELDS : []) {
    const value = text(field);
    if (value === undefined || textFault(value, false) !== undefined) {
      found.push({ matterId: matter.matterId, field, seq: matter.seq });
    }
  }
  return found;
}

/** The payload of an entry as it stood when the record was signed: corrections before the signature laid over. */
function asSigned(q: Inquiry, view: HandoverView, seq: number, signatureSeq: number): JsonValue | undefined {
  const original = q.index.entry(seq);
  if (original === undefined) return undefined;
  const before = view.state.amendments
    .filter((amendment) => amendment.originalSeq === seq && amendment.seq < signatureSeq)
    .flatMap((amendment) => {
      const entry = q.index.entry(amendment.seq);
      return entry?.type === AMEND_TYPE ? [entry] : [];
    });
  return correctedPayload(original, before);
}
