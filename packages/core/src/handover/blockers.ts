/**
 * What stops a handover from being signed, each with the clauses behind it.
 *
 * The policy's `handover.blockingConditions` says which conditions block at
 * a site (HOR-2.4, GXP-4.2, PWR-4, REG7-9.8, HOS-4.11). Two kinds block
 * whatever the list says, because the clauses that govern them are about the
 * handover itself rather than a site's choice:
 *
 * - an emergency, incident or major event raised during the handover is
 *   dealt with first, led by the outgoing person (CSM-5, GXP-4.4);
 * - an open dispute keeps the outgoing person operating until it is settled
 *   (HOS-4.11), so nobody can take over in the meantime.
 *
 * When the policy lists the matching condition, its clauses (and the
 * policy's own citations for it) are added.
 */
import type { FindingSubject, MessageParams } from '../diagnostics/finding.js';
import type { MessageId } from '../messages.js';
import { isClauseId, type ClauseId } from '../policy/clause-ids.js';
import type { ResolvedPolicy } from '../policy/resolve.js';
import type { BlockingCondition } from '../policy/schema.js';
import type { FlagKind } from './entries.js';
import type { HandoverRecord } from './record.js';
import { millisOf, type HandoverTimes } from './timing.js';

/** The clauses each blocking condition comes from. */
export const BLOCKING_CONDITION_CLAUSES: Readonly<Record<BlockingCondition, readonly ClauseId[]>> = {
  'major-event-unresolved': ['HOR-2.4'],
  'equipment-transition': ['HOR-2.4'],
  'preparation-incomplete': ['HOR-2.4'],
  'incoming-unfit': ['HOR-2.4'],
  'before-handover-time': ['GXP-4.2'],
  'incoming-absent': ['GXP-4.2'],
  'emergency-in-progress': ['GXP-4.2'],
  'incident-in-progress': ['PWR-4'],
  'important-work-unfinished': ['REG7-9.8'],
  'dispute-unresolved': ['HOS-4.11'],
};

/** The condition each kind of flag raises. */
export const FLAG_CONDITIONS: Readonly<Record<FlagKind, BlockingCondition>> = {
  emergency: 'emergency-in-progress',
  incident: 'incident-in-progress',
  'major-event': 'major-event-unresolved',
};

/** Something that stops the handover from being signed now. */
export interface Blocker {
  readonly condition: BlockingCondition;
  readonly clauses: readonly ClauseId[];
  /** Whether the policy lists the condition (flags and disputes block either way). */
  readonly configured: boolean;
  /** A blocker that lifts by itself at this instant (the handover time); `undefined` otherwise. */
  readonly until: string | undefined;
  readonly messageId: MessageId;
  readonly params: MessageParams;
  readonly subject: FindingSubject;
}

/** The blockers in force at `at`: those without an end, and timed ones not yet over. */
export function blockersAt(blockers: readonly Blocker[], at: string): Blocker[] {
  const now = millisOf(at);
  return blockers.filter((blocker) => blocker.until === undefined || now < millisOf(blocker.until));
}

/** The clauses a policy cites for one of its blocking conditions, when they are catalogue IDs. */
function citedClauses(policy: ResolvedPolicy, condition: BlockingCondition): ClauseId[] {
  const index = policy.handover.blockingConditions.indexOf(condition);
  if (index < 0) return [];
  const cited = [
    ...(policy.citations['handover.blockingConditions'] ?? []),
    ...(policy.citations[`handover.blockingConditions.${index}`] ?? []),
  ];
  return cited.filter(isClauseId);
}

function unique(clauses: readonly ClauseId[]): ClauseId[] {
  return [...new Set(clauses)];
}

/**
 * Every blocker of a handover not yet signed by both, under the policy. An
 * empty list once both have signed: there is nothing left to block.
 */
export function handoverBlockers(
  record: HandoverRecord,
  policy: ResolvedPolicy,
  times: HandoverTimes | undefined,
): Blocker[] {
  const { signatures, incoming, outgoing, opened } = record;
  if (opened === undefined || incoming === undefined || outgoing === undefined) return [];
  if (signatures.outgoing !== undefined && signatures.incoming !== undefined) return [];

  const configured = new Set<BlockingCondition>(policy.handover.blockingConditions);
  const handoverId = record.handoverId ?? '';
  const clausesOf = (condition: BlockingCondition, always: readonly ClauseId[] = []): ClauseId[] =>
    configured.has(condition)
      ? unique([...always, ...BLOCKING_CONDITION_CLAUSES[condition], ...citedClauses(policy, condition)])
      : unique(always);
  const blockers: Blocker[] = [];
  const add = (
    condition: BlockingCondition,
    params: MessageParams,
    subject: FindingSubject,
    options: { always?: readonly ClauseId[]; until?: string } = {},
  ) => {
    const clauses = clausesOf(condition, options.always);
    blockers.push({
      condition,
      clauses,
      configured: configured.has(condition),
      until: options.until,
      messageId: `handover.blocker.${condition}`,
      params,
      subject: { record: handoverId, ...subject },
    });
  };

  if (configured.has('before-handover-time') && times !== undefined) {
    add('before-handover-time', { handoverAt: times.handoverAt }, {}, { until: times.handoverAt });
  }
  if (configured.has('preparation-incomplete') && record.prepared === undefined) {
    add('preparation-incomplete', { staff: outgoing.staffId }, { staff: [outgoing.staffId] });
  }
  const arrived = record.arrivals.some((arrival) => arrival.staffId === incoming.staffId);
  if (configured.has('incoming-absent') && !arrived) {
    add('incoming-absent', { staff: incoming.staffId }, { staff: [incoming.staffId] });
  }
  if (configured.has('incoming-unfit')) {
    const latest = record.fitness.filter((fitness) => fitness.subject === incoming.staffId).at(-1);
    if (latest !== undefined && !latest.fit) {
      add(
        'incoming-unfit',
        { staff: incoming.staffId },
        { staff: [incoming.staffId], entries: [latest.seq] },
      );
    }
  }
  if (configured.has('equipment-transition')) {
    for (const status of record.equipment) {
      if (status.major && (status.state === 'starting' || status.state === 'stopping')) {
        add('equipment-transition', { equipment: status.name }, { entries: [status.seq] });
      }
    }
  }
  for (const flag of record.flags) {
    if (flag.cleared !== undefined) continue;
    const condition = FLAG_CONDITIONS[flag.kind];
    // HOR-2.4 ⑴ names major and emergency events together.
    const also: ClauseId[] =
      flag.kind === 'emergency' && configured.has('major-event-unresolved') ? ['HOR-2.4'] : [];
    add(
      condition,
      { flag: flag.flagId, description: flag.description },
      { entries: [flag.raised.seq], staff: [flag.ledBy] },
      { always: ['CSM-5', 'GXP-4.4', ...also] },
    );
  }
  for (const dispute of record.disputes) {
    if (dispute.resolved !== undefined) continue;
    add(
      'dispute-unresolved',
      { dispute: dispute.disputeId, description: dispute.description },
      { entries: [dispute.raised.seq], staff: [outgoing.staffId] },
      { always: ['HOS-4.11'] },
    );
  }
  if (configured.has('important-work-unfinished')) {
    for (const matter of record.matters) {
      if (matter.major && matter.status !== 'resolved') {
        add(
          'important-work-unfinished',
          { matter: matter.matterId, title: matter.title },
          { entries: [matter.seq] },
        );
      }
    }
  }
  return blockers;
}
