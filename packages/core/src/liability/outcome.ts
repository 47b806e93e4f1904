/**
 * What each kind of incident works out, before it becomes a verdict, and the
 * small helpers every kind shares: evidence from entry seqs, missing
 * evidence, the handover an incident names.
 */
import type { MessageParams } from '../diagnostics/finding.js';
import type { MessageId } from '../messages.js';
import type { ClauseId } from '../policy/clause-ids.js';
import { isClauseId } from '../policy/clause-ids.js';
import type { ResolvedPolicy } from '../policy/resolve.js';
import type { Roster } from '../roster/document.js';
import type { Incident } from './incident.js';
import type { HandoverView, JournalIndex } from './journal-index.js';
import type { Evidence, VerdictText, MissingEvidence, MissingKind, Responsibility } from './verdict.js';

/** What a kind of incident reads. */
export interface Inquiry {
  readonly index: JournalIndex;
  readonly policy: ResolvedPolicy;
  readonly roster: Roster | undefined;
  readonly incident: Incident;
  readonly foundAtMs: number;
}

/** What a kind of incident concludes. */
export interface Outcome {
  readonly responsible: readonly Responsibility[];
  readonly missing: readonly MissingEvidence[];
  /** Required when nobody is responsible and nothing is missing: what the journal shows instead. */
  readonly summary?: VerdictText;
  readonly faultReport?: { readonly required: boolean; readonly clauses: readonly ClauseId[] };
}

export function explain(messageId: MessageId, params: MessageParams = {}): VerdictText {
  return { messageId, params };
}

export function missing(kind: MissingKind, messageId: MessageId, params: MessageParams = {}): Outcome {
  return { responsible: [], missing: [{ kind, messageId, params }] };
}

/** The journal shows no failure of this kind: nobody answers for it, and `summary` says why. */
export function clear(messageId: MessageId, params: MessageParams = {}): Outcome {
  return { responsible: [], missing: [], summary: explain(messageId, params) };
}

export function assigned(...responsible: Responsibility[]): Outcome {
  return { responsible, missing: [] };
}

/** Journal entries as evidence, by seq: unknown seqs and repeats dropped, in journal order. */
export function entries(index: JournalIndex, ...seqs: readonly (number | undefined)[]): Evidence[] {
  const known = [...new Set(seqs.filter((seq): seq is number => seq !== undefined))].sort((a, b) => a - b);
  return known.flatMap((seq): Evidence[] => {
    const entry = index.entry(seq);
    return entry === undefined ? [] : [{ kind: 'entry', seq, id: entry.id, type: entry.type, at: entry.at }];
  });
}

/** The seqs of the signatures that fix a handover's boundary (CSM-6, PWR-2). */
export function signatureSeqs(view: HandoverView): (number | undefined)[] {
  const { outgoing, incoming } = view.state.signatures;
  return [outgoing?.seq, incoming?.seq];
}

/**
 * The handover an incident names: by id, or as the handover out of a shift
 * instance (the last one opened by the time it was found). `undefined` when
 * the incident names neither; missing evidence when it names one the
 * journal does not hold.
 */
export function namedHandover(q: Inquiry): HandoverView | MissingEvidence | undefined {
  const { handoverId, shiftInstance } = q.incident.concerns;
  if (handoverId !== undefined) {
    return (
      q.index.handovers.get(handoverId) ?? {
        kind: 'handover',
        messageId: 'liability.missing.handover',
        params: { handover: handoverId },
      }
    );
  }
  if (shiftInstance !== undefined) {
    const out = (q.index.outOfShift.get(shiftInstance) ?? []).filter((view) => view.openedMs <= q.foundAtMs);
    return (
      out[out.length - 1] ?? {
        kind: 'handover',
        messageId: 'liability.missing.handover',
        params: { handover: shiftInstance },
      }
    );
  }
  return undefined;
}

export function isMissing(value: unknown): value is MissingEvidence {
  return typeof value === 'object' && value !== null && 'kind' in value && 'messageId' in value;
}

export function fromMissing(evidence: MissingEvidence): Outcome {
  return { responsible: [], missing: [evidence] };
}

/** The subject the incident must name for this kind, and did not. */
export function subjectMissing(field: string): Outcome {
  return missing('subject', 'liability.missing.subject', { field });
}

/** Clauses the policy cites for a value, added to the kind's own. */
export function withCited(policy: ResolvedPolicy, path: string, own: readonly ClauseId[]): ClauseId[] {
  const cited = (policy.citations[path] ?? []).filter(isClauseId);
  return [...new Set([...own, ...cited])];
}
