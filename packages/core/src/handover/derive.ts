/**
 * The policy's reading of a handover record: checklist progress against the
 * policy's templates (REG7-9.2–9.7, GXP-4.1, GXP-4.3), the shared-item
 * inventory and its discrepancies (REG7-9.2, CSG-9.2, HOR-1.5), matters still
 * to be acknowledged, what blocks signing, who has arrived and who is
 * formally on duty (PWR-2, REG7-9.5).
 */
import type { DeepReadonly, ResolvedPolicy } from '../policy/resolve.js';
import type { ChecklistItem, InventoryItem } from '../policy/schema.js';
import { handoverBlockers, type Blocker } from './blockers.js';
import type { ChecklistSide, SignatureRole } from './entries.js';
import type {
  CarriedOverMatter,
  ChecklistTick,
  Dispute,
  HandoverFlag,
  HandoverRecord,
  InventoryCount,
} from './record.js';
import { handoverTimes, millisOf, minutesBetween, type HandoverTimes } from './timing.js';

/** One item of a checklist template and whether the right person has done it. */
export interface ChecklistLine {
  readonly itemId: string;
  readonly item: DeepReadonly<ChecklistItem>;
  readonly done: boolean;
  readonly tick: ChecklistTick | undefined;
}

/** One shared item of the policy's inventory and its latest count. */
export interface InventoryLine {
  readonly itemId: string;
  readonly item: DeepReadonly<InventoryItem>;
  readonly count: InventoryCount | undefined;
  /** Counted, and damaged, missing or not the expected number. */
  readonly discrepancy: boolean;
}

/** The incoming person's arrival, measured against the time they were due (REG7-9.1). */
export interface IncomingArrival {
  readonly staffId: string;
  readonly arrivedAt: string;
  readonly dueAt: string;
  readonly late: boolean;
  /** Whole minutes after `dueAt`, rounded up; 0 when on time. */
  readonly minutesLate: number;
  readonly seq: number;
}

/** Who is formally on duty at the post (PWR-2, REG7-9.5, HOS-4.11). */
export interface OnDuty {
  readonly staffId: string;
  readonly side: SignatureRole;
  /** When the incoming person took over: the last signature. `undefined` for the outgoing person. */
  readonly since: string | undefined;
}

export interface HandoverState extends HandoverRecord {
  /** The policy this state was read under. */
  readonly policyId: string;
  readonly times: HandoverTimes | undefined;
  readonly checklistProgress: {
    readonly outgoing: readonly ChecklistLine[];
    readonly incoming: readonly ChecklistLine[];
  };
  /** Required checklist items not yet done, per side. */
  readonly missingRequired: { readonly outgoing: readonly string[]; readonly incoming: readonly string[] };
  readonly inventory: readonly InventoryLine[];
  /** Inventory items of the policy not yet counted. */
  readonly uncounted: readonly string[];
  readonly discrepancies: readonly InventoryLine[];
  /** Matters not resolved yet: the work the incoming person takes over. */
  readonly openMatters: readonly CarriedOverMatter[];
  /** Open matters (latest version) the incoming person has not acknowledged. */
  readonly unacknowledgedMatters: readonly string[];
  readonly openFlags: readonly HandoverFlag[];
  readonly openDisputes: readonly Dispute[];
  /** What blocks signing; timed ones carry `until` (see `blockersAt`). */
  readonly blockers: readonly Blocker[];
  readonly arrival: IncomingArrival | undefined;
  /** Who is at the post: the outgoing person until they leave, the incoming person once arrived. */
  readonly present: { readonly outgoing: boolean; readonly incoming: boolean };
  readonly onDuty: OnDuty | undefined;
}

/** Reads a record under a policy. Pure, and total like the fold. */
export function deriveHandover(record: HandoverRecord, policy: ResolvedPolicy): HandoverState {
  const { opened, outgoing, incoming } = record;
  const times = opened === undefined ? undefined : handoverTimes(opened, policy);

  const checklistProgress = {
    outgoing: checklistLines(record, policy.handover.outgoingChecklist, 'outgoing', outgoing?.staffId),
    incoming: checklistLines(record, policy.handover.incomingChecklist, 'incoming', incoming?.staffId),
  };
  const missing = (lines: readonly ChecklistLine[]) =>
    lines.filter((line) => line.item.required && !line.done).map((line) => line.itemId);

  const inventory = policy.handover.inventory.map((item): InventoryLine => {
    const count = record.counts.find((candidate) => candidate.itemId === item.id);
    const discrepancy = count !== undefined && (count.status !== 'ok' || count.counted !== item.expected);
    return { itemId: item.id, item, count, discrepancy };
  });

  const openMatters = record.matters.filter((matter) => matter.status !== 'resolved');
  const unacknowledgedMatters = openMatters
    .filter((matter) => incoming === undefined || matter.acknowledged?.staffId !== incoming.staffId)
    .map((matter) => matter.matterId);
  const openDisputes = record.disputes.filter((dispute) => dispute.resolved === undefined);

  return {
    ...record,
    policyId: policy.id,
    times,
    checklistProgress,
    missingRequired: {
      outgoing: missing(checklistProgress.outgoing),
      incoming: missing(checklistProgress.incoming),
    },
    inventory,
    uncounted: inventory.filter((line) => line.count === undefined).map((line) => line.itemId),
    discrepancies: inventory.filter((line) => line.discrepancy),
    openMatters,
    unacknowledgedMatters,
    openFlags: record.flags.filter((flag) => flag.cleared === undefined),
    openDisputes,
    blockers: handoverBlockers(record, policy, times),
    arrival: incomingArrival(record, times),
    present: {
      outgoing: opened !== undefined && record.outgoingLeft === undefined,
      incoming:
        incoming !== undefined && record.arrivals.some((arrival) => arrival.staffId === incoming.staffId),
    },
    onDuty: onDuty(record, openDisputes.length > 0),
  };
}

/**
 * A template item counts as done when the person on that side ticked it:
 * after a substitution the substitute checks again for themselves.
 */
function checklistLines(
  record: HandoverRecord,
  template: readonly DeepReadonly<ChecklistItem>[],
  side: ChecklistSide,
  staffId: string | undefined,
): ChecklistLine[] {
  return template.map((item) => {
    const tick = record.checklist.find(
      (candidate) => candidate.side === side && candidate.itemId === item.id && candidate.staffId === staffId,
    );
    return { itemId: item.id, item, done: tick !== undefined, tick };
  });
}

function incomingArrival(
  record: HandoverRecord,
  times: HandoverTimes | undefined,
): IncomingArrival | undefined {
  const staffId = record.incoming?.staffId;
  const arrival = record.arrivals.find((candidate) => candidate.staffId === staffId);
  if (arrival === undefined || times === undefined) return undefined;
  const late = millisOf(arrival.arrivedAt) > millisOf(times.arrivalDueAt);
  return {
    staffId: arrival.staffId,
    arrivedAt: arrival.arrivedAt,
    dueAt: times.arrivalDueAt,
    late,
    minutesLate: late ? minutesBetween(times.arrivalDueAt, arrival.arrivedAt) : 0,
    seq: arrival.seq,
  };
}

/**
 * The incoming person is on duty once every signature is in (PWR-2,
 * REG7-9.5); while a dispute is open the outgoing person keeps operating
 * (HOS-4.11).
 */
function onDuty(record: HandoverRecord, disputeOpen: boolean): OnDuty | undefined {
  const { outgoing, incoming, signatures } = record;
  if (outgoing === undefined) return undefined;
  if (
    incoming !== undefined &&
    signatures.outgoing !== undefined &&
    signatures.incoming !== undefined &&
    !disputeOpen
  ) {
    const since =
      millisOf(signatures.outgoing.signedAt) > millisOf(signatures.incoming.signedAt)
        ? signatures.outgoing.signedAt
        : signatures.incoming.signedAt;
    return { staffId: incoming.staffId, side: 'incoming', since };
  }
  return { staffId: outgoing.staffId, side: 'outgoing', since: undefined };
}
