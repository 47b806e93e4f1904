/**
 * The handover record (交接班記錄) as the journal tells it: the facts of one
 * handover, folded from its entries without reference to any policy. The
 * policy's reading of it (checklist progress, blockers, who is on duty) is
 * {@link HandoverState}, see `derive.ts`.
 */
import type {
  ChecklistSide,
  EquipmentState,
  Explanation,
  FlagKind,
  InventoryStatus,
  MatterStatus,
  HandoverPerson,
  SignatureRole,
} from './entries.js';
import type { Amendment, WrittenLog } from './written.js';

/**
 * Where a handover stands. `draft`: opened, the outgoing person is preparing;
 * `outgoing-prepared`: preparation done, the incoming person not yet here;
 * `incoming-checking`: prepared and the incoming person is here, checking;
 * `signed-by-both`: every signature is in, the incoming person is on duty
 * (PWR-2, REG7-9.5); `countersigned`: the supervisor has countersigned (REG7-9.9).
 */
export type HandoverPhase =
  'draft' | 'outgoing-prepared' | 'incoming-checking' | 'signed-by-both' | 'countersigned';

export const HANDOVER_PHASES: readonly HandoverPhase[] = [
  'draft',
  'outgoing-prepared',
  'incoming-checking',
  'signed-by-both',
  'countersigned',
];

/** Who did something, when, in which entry. */
export interface Stamp {
  readonly staffId: string;
  readonly at: string;
  readonly seq: number;
}

export interface OpenedFacts extends Stamp {
  readonly site: string;
  readonly post: string;
  readonly outgoingShift: { readonly key: string; readonly scheduledEnd: string };
  readonly incomingShift: { readonly key: string | undefined; readonly scheduledStart: string };
}

export interface Arrival {
  readonly staffId: string;
  readonly arrivedAt: string;
  readonly seq: number;
}

export interface ChecklistTick extends Stamp {
  readonly side: ChecklistSide;
  readonly itemId: string;
  readonly note: string | undefined;
}

/** The latest count of a shared item. */
export interface InventoryCount extends Stamp {
  readonly itemId: string;
  readonly counted: number;
  readonly status: InventoryStatus;
  readonly explanation: Explanation | undefined;
}

/** The latest version of a carried-over matter, and its acknowledgement by the incoming person. */
export interface CarriedOverMatter extends Stamp {
  readonly matterId: string;
  readonly title: string;
  readonly cause: string;
  readonly course: string;
  readonly result: string;
  readonly status: MatterStatus;
  readonly nextStep: string | undefined;
  readonly owner: string | undefined;
  readonly due: string | undefined;
  readonly major: boolean;
  /** 1 for the first writing; each new version resets the acknowledgement. */
  readonly version: number;
  readonly acknowledged: Stamp | undefined;
}

export interface SuperiorsInstruction extends Stamp {
  readonly instructionId: string;
  readonly from: string;
  readonly instruction: string;
}

export interface MajorIssue extends Stamp {
  readonly issueId: string;
  readonly description: string;
  readonly resolved: boolean;
}

export interface EquipmentStatus extends Stamp {
  readonly equipmentId: string;
  readonly name: string;
  readonly state: EquipmentState;
  readonly major: boolean;
  readonly note: string | undefined;
}

export interface AreaAnomaly extends Stamp {
  readonly anomalyId: string;
  readonly area: string;
  readonly description: string;
  readonly explanation: Explanation;
}

export interface FitnessRecord extends Stamp {
  /** The person judged. */
  readonly subject: string;
  readonly fit: boolean;
  readonly observation: string | undefined;
  readonly substitute: HandoverPerson | undefined;
}

/** An emergency, incident or major event that arose during the handover. */
export interface HandoverFlag {
  readonly flagId: string;
  readonly kind: FlagKind;
  readonly description: string;
  readonly raised: Stamp;
  /** The outgoing person leads the response; the incoming person assists (GXP-4.4). */
  readonly ledBy: string;
  readonly cleared: (Stamp & { readonly outcome: string }) | undefined;
}

export interface Dispute {
  readonly disputeId: string;
  readonly description: string;
  readonly reportedTo: string | undefined;
  readonly raised: Stamp;
  readonly resolved: (Stamp & { readonly resolution: string }) | undefined;
}

export interface Signature {
  readonly role: SignatureRole;
  readonly staffId: string;
  readonly signedAt: string;
  readonly matterCount: number;
  readonly seq: number;
}

export interface Countersign extends Stamp {
  readonly role: string;
  readonly note: string | undefined;
}

export interface Substitution {
  readonly replaced: HandoverPerson;
  readonly by: HandoverPerson;
  readonly seq: number;
  readonly at: string;
}

/** Why the fold set an entry of this handover aside instead of reading it. */
export type IgnoredReason =
  | 'unknown-type'
  | 'invalid-payload'
  | 'before-opened'
  | 'duplicate-open'
  | 'repeated'
  | 'not-a-party'
  | 'unknown-subject'
  | 'out-of-sequence';

export interface IgnoredEntry {
  readonly seq: number;
  readonly id: string;
  readonly type: string;
  readonly reason: IgnoredReason;
}

export interface HandoverRecord {
  /** The handover this record follows; `undefined` until an opening entry names it. */
  readonly handoverId: string | undefined;
  readonly phase: HandoverPhase;
  /** `undefined` until the handover is opened. */
  readonly opened: OpenedFacts | undefined;
  readonly outgoing: HandoverPerson | undefined;
  /** The incoming person now: the one named at opening, or their substitute (HOR-2.4 ⑷). */
  readonly incoming: HandoverPerson | undefined;
  readonly substitutions: readonly Substitution[];
  /** First arrival of each person, in order. */
  readonly arrivals: readonly Arrival[];
  readonly checklist: readonly ChecklistTick[];
  readonly counts: readonly InventoryCount[];
  readonly matters: readonly CarriedOverMatter[];
  readonly instructions: readonly SuperiorsInstruction[];
  readonly majorIssues: readonly MajorIssue[];
  readonly equipment: readonly EquipmentStatus[];
  readonly anomalies: readonly AreaAnomaly[];
  readonly fitness: readonly FitnessRecord[];
  readonly flags: readonly HandoverFlag[];
  readonly disputes: readonly Dispute[];
  readonly prepared: Stamp | undefined;
  readonly signatures: { readonly outgoing: Signature | undefined; readonly incoming: Signature | undefined };
  readonly countersign: Countersign | undefined;
  readonly outgoingLeft: Stamp | undefined;
  /** Corrections read, applied or not (REG7-8.5a). */
  readonly amendments: readonly Amendment[];
  /** Entries of this handover the fold could not read as a fact; rules report them. */
  readonly ignored: readonly IgnoredEntry[];
  /** This handover's own entries, as corrected (newest first; `writtenList` gives journal order). */
  readonly written: WrittenLog | undefined;
}
