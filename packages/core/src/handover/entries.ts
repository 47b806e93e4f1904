/**
 * Handover entries: what a shift handover writes into the journal, one entry
 * per fact, each with its payload schema. Pass {@link HANDOVER_PAYLOAD_SCHEMAS}
 * to `createJournal` so the journal refuses a malformed payload before it is
 * sealed; corrections go through the journal's `amend`, which checks the
 * corrected payload against the same schema (REG7-8.5a).
 *
 * Every payload names its `handoverId`, so one journal can hold many
 * handovers next to cases and the key register. Who wrote an entry is the
 * entry's `actor`; a payload only names people when they are its subject
 * (who arrived, who signed, who explained).
 *
 * Free text is work-only (HOS-4.9, see `text.ts`): blanks, filler and, in
 * descriptions, a bare "normal" are refused with their own message ids.
 * The fold reads entries by shape only (see `payloadSchemas`).
 */
import { isSupportedDate } from '../time/supported-range.js';
import * as z from 'zod/mini';
import { InstantSchema } from '../journal/entry.js';
import { PolicyId } from '../policy/schema.js';
import { DescriptiveText, WorkText } from './text.js';

/** An identifier chosen by the caller (handover, matter, flag…): any text without spaces. */
export const RecordId = z
  .string()
  .check(z.minLength(1), z.maxLength(200), z.regex(/^\S+$/u, 'handover.format.record-id'));

/** A staff number (工號, CSM-3). */
export const StaffId = z.string().check(z.trim(), z.minLength(1), z.maxLength(100));

/** A calendar day in the site's time zone, `yyyy-MM-dd`, that exists. */
export const CalendarDay = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/u, 'handover.format.day'),
  z.refine((day) => isSupportedDate(day), 'handover.format.day'),
);

/**
 * A shift instance key, `yyyy-MM-dd/shift/post`: the day the shift starts,
 * the policy's shift id and post id (the form findings use for subjects).
 */
export const ShiftInstanceKey = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}\/[a-z][a-z0-9-]*\/[a-z][a-z0-9-]*$/u, 'handover.format.shift-key'),
  z.refine((key) => isSupportedDate(key.slice(0, 10)), 'handover.format.shift-key'),
);

export const CHECKLIST_SIDES = ['outgoing', 'incoming'] as const;
export const ChecklistSide = z.enum(CHECKLIST_SIDES);
export type ChecklistSide = z.infer<typeof ChecklistSide>;

export const INVENTORY_STATUSES = ['ok', 'damaged', 'missing'] as const;
export const InventoryStatus = z.enum(INVENTORY_STATUSES);
export type InventoryStatus = z.infer<typeof InventoryStatus>;

export const MATTER_STATUSES = ['open', 'in-progress', 'resolved'] as const;
export const MatterStatus = z.enum(MATTER_STATUSES);
export type MatterStatus = z.infer<typeof MatterStatus>;

export const EQUIPMENT_STATES = [
  'running',
  'starting',
  'stopping',
  'stopped',
  'faulty',
  'under-repair',
] as const;
export const EquipmentState = z.enum(EQUIPMENT_STATES);
export type EquipmentState = z.infer<typeof EquipmentState>;

export const FLAG_KINDS = ['emergency', 'incident', 'major-event'] as const;
export const FlagKind = z.enum(FLAG_KINDS);
export type FlagKind = z.infer<typeof FlagKind>;

export const SIGNATURE_ROLES = ['outgoing', 'incoming'] as const;
export const SignatureRole = z.enum(SIGNATURE_ROLES);
export type SignatureRole = z.infer<typeof SignatureRole>;

type Text = z.ZodMiniString<string>;

/**
 * Every payload schema, built once for writing and once for reading. Written
 * entries get every check: work-only text (HOS-4.9) and the rules between
 * fields (an explanation for a damaged item, two different people…). The
 * fold reads with shapes only, so a poor entry that reached the journal
 * around the commands is still read as the fact it records, and the rules
 * report it, instead of vanishing from the state. Reading that way is also
 * what keeps a fold fast.
 */
function payloadSchemas(
  text: { readonly work: Text; readonly descriptive: Text; readonly day: Text },
  strict: boolean,
) {
  const { work, descriptive, day } = text;
  // Writing refuses unknown fields; reading ignores them (a newer writer's extra field is no reason to drop a fact).
  const object = strict ? z.strictObject : z.object;
  /** Applies the cross-field checks only when writing. */
  const checked = <S extends z.ZodMiniType>(schema: S, ...checks: z.core.$ZodCheck<z.output<S>>[]): S =>
    strict ? schema.check(...checks) : schema;
  const Base = { handoverId: RecordId };
  const Person = object({ staffId: StaffId, name: z.optional(work) });
  const Explanation = object({ text: descriptive, by: StaffId });

  return {
    /** The handover is opened: who hands over to whom, at which post, between which shift instances. */
    'handover.opened': checked(
      object({
        ...Base,
        /** The site (property, estate) the post belongs to. */
        site: RecordId,
        post: PolicyId,
        outgoing: Person,
        incoming: Person,
        outgoingShift: object({ key: ShiftInstanceKey, scheduledEnd: InstantSchema }),
        incomingShift: object({ key: z.optional(ShiftInstanceKey), scheduledStart: InstantSchema }),
      }),
      z.refine((payload) => payload.outgoing.staffId.trim() !== payload.incoming.staffId.trim(), {
        message: 'handover.same-person',
        path: ['incoming', 'staffId'],
      }),
    ),

    /** A person arrived at the post (REG7-9.1, CSM-1, HOS-4.1): who, and when. */
    'handover.arrived': object({ ...Base, staffId: StaffId, arrivedAt: InstantSchema }),

    /** An item of the policy's outgoing or incoming checklist is done (REG7-9.2–9.7, GXP-4.1, GXP-4.3). */
    'handover.checklist-item-done': object({
      ...Base,
      side: ChecklistSide,
      itemId: PolicyId,
      note: z.optional(work),
    }),

    /**
     * A shared item was counted (REG7-9.2, CSG-9.2, HOR-1.5). A damaged or
     * missing item needs the outgoing person's explanation of where it went.
     */
    'handover.item-counted': checked(
      object({
        ...Base,
        itemId: PolicyId,
        counted: z.int().check(z.gte(0), z.lte(100_000)),
        status: InventoryStatus,
        explanation: z.optional(Explanation),
      }),
      z.refine((payload) => payload.status === 'ok' || payload.explanation !== undefined, {
        message: 'handover.count.explanation-required',
        path: ['explanation'],
      }),
    ),

    /**
     * A matter is carried over to the incoming person (REG7-9.3, HOR-1.2,
     * HOS-4.10): cause, course and result written out, its status, the next
     * step, who owns it and by when. `major` marks important work (REG7-9.8).
     * Writing the same `matterId` again records a new version of the matter.
     */
    'handover.matter-carried-over': object({
      ...Base,
      matterId: RecordId,
      title: work,
      cause: descriptive,
      course: descriptive,
      result: descriptive,
      status: MatterStatus,
      nextStep: z.optional(work),
      owner: z.optional(work),
      due: z.optional(day),
      major: z.boolean(),
    }),

    /** The incoming person has read and accepted a carried-over matter (HOS-4.1, REG7-9.3). */
    'handover.matter-acknowledged': object({ ...Base, matterId: RecordId }),

    /** An instruction or order from a superior, passed on (HOR-1.4); `from` names who gave it. */
    'handover.instruction-passed-on': object({
      ...Base,
      instructionId: RecordId,
      from: work,
      instruction: descriptive,
    }),

    /** A major issue of the shift, handed over whether it is resolved or not (HOR-1.3). */
    'handover.major-issue-recorded': object({
      ...Base,
      issueId: RecordId,
      description: descriptive,
      resolved: z.boolean(),
    }),

    /**
     * The state of a piece of equipment (CSD-3.4). Major equipment that is
     * starting or stopping blocks the handover where the policy says so (HOR-2.4).
     */
    'handover.equipment-status-recorded': object({
      ...Base,
      equipmentId: RecordId,
      name: work,
      state: EquipmentState,
      major: z.boolean(),
      note: z.optional(work),
    }),

    /** An anomaly found in the area, with the outgoing person's explanation (REG7-9.4). */
    'handover.anomaly-recorded': object({
      ...Base,
      anomalyId: RecordId,
      area: work,
      description: descriptive,
      explanation: Explanation,
    }),

    /**
     * Whether the incoming person is fit to take over (HOR-2.4 ⑷). An unfit
     * person needs a written observation; a named substitute takes their place.
     */
    'handover.fitness-confirmed': checked(
      object({
        ...Base,
        staffId: StaffId,
        fit: z.boolean(),
        observation: z.optional(descriptive),
        substitute: z.optional(Person),
      }),
      z.refine((payload) => payload.fit || payload.observation !== undefined, {
        message: 'handover.fitness.observation-required',
        path: ['observation'],
      }),
      z.refine((payload) => !payload.fit || payload.substitute === undefined, {
        message: 'handover.fitness.substitute-when-fit',
        path: ['substitute'],
      }),
    ),

    /** An emergency, incident or major event arose during the handover (CSM-5, GXP-4.4, PWR-4, HOR-2.4). */
    'handover.emergency-raised': object({
      ...Base,
      flagId: RecordId,
      kind: FlagKind,
      description: descriptive,
    }),

    /** The emergency reached a stopping point (CSM-5): how it ended. */
    'handover.emergency-cleared': object({ ...Base, flagId: RecordId, outcome: descriptive }),

    /** The two parties disagree (HOS-4.11): what about, and whom it was reported to. */
    'handover.dispute-raised': object({
      ...Base,
      disputeId: RecordId,
      description: descriptive,
      reportedTo: z.optional(work),
    }),

    /** The dispute was settled: how. */
    'handover.dispute-resolved': object({ ...Base, disputeId: RecordId, resolution: descriptive }),

    /** The outgoing person has finished preparing (REG7-9.6, REG7-9.7, GXP-4.1). */
    'handover.outgoing-prepared': object({ ...Base, note: z.optional(work) }),

    /**
     * A party signs the record with staff number and time (CSM-3, CSM-6,
     * REG7-9.5). `matterCount` is how many matters the signer hands over or
     * takes over; it must match the written ones (HOS-4.10: no verbal handover).
     */
    'handover.signed': object({
      ...Base,
      role: SignatureRole,
      staffId: StaffId,
      signedAt: InstantSchema,
      matterCount: z.int().check(z.gte(0), z.lte(10_000)),
    }),

    /** The supervisor's countersign (REG7-9.9). */
    'handover.countersigned': object({
      ...Base,
      staffId: StaffId,
      role: PolicyId,
      note: z.optional(work),
    }),

    /** The outgoing person left the post (HOS-4.12, CSD-3.2, REG7-9.8). */
    'handover.outgoing-left': object({ ...Base, staffId: StaffId }),
  } as const;
}

/** Entry type → payload schema of every handover entry, with every check: pass it to `createJournal`. */
export const HANDOVER_PAYLOAD_SCHEMAS = payloadSchemas(
  { work: WorkText, descriptive: DescriptiveText, day: CalendarDay },
  true,
);

/** The same shapes as the fold reads them: text as text, no cross-field checks. */
const READ_SCHEMAS = payloadSchemas({ work: z.string(), descriptive: z.string(), day: z.string() }, false);

/** A person named in a handover: staff number and, optionally, a name. */
export const HandoverPerson = HANDOVER_PAYLOAD_SCHEMAS['handover.opened'].shape.outgoing;
export type HandoverPerson = z.infer<typeof HandoverPerson>;
/** Somebody's explanation, recorded with their staff number. */
export const Explanation = HANDOVER_PAYLOAD_SCHEMAS['handover.anomaly-recorded'].shape.explanation;
export type Explanation = z.infer<typeof Explanation>;

export const HandoverOpenedPayload = HANDOVER_PAYLOAD_SCHEMAS['handover.opened'];
export const ArrivedPayload = HANDOVER_PAYLOAD_SCHEMAS['handover.arrived'];
export const ChecklistItemDonePayload = HANDOVER_PAYLOAD_SCHEMAS['handover.checklist-item-done'];
export const ItemCountedPayload = HANDOVER_PAYLOAD_SCHEMAS['handover.item-counted'];
export const MatterCarriedOverPayload = HANDOVER_PAYLOAD_SCHEMAS['handover.matter-carried-over'];
export const MatterAcknowledgedPayload = HANDOVER_PAYLOAD_SCHEMAS['handover.matter-acknowledged'];
export const InstructionPassedOnPayload = HANDOVER_PAYLOAD_SCHEMAS['handover.instruction-passed-on'];
export const MajorIssueRecordedPayload = HANDOVER_PAYLOAD_SCHEMAS['handover.major-issue-recorded'];
export const EquipmentStatusRecordedPayload = HANDOVER_PAYLOAD_SCHEMAS['handover.equipment-status-recorded'];
export const AnomalyRecordedPayload = HANDOVER_PAYLOAD_SCHEMAS['handover.anomaly-recorded'];
export const FitnessConfirmedPayload = HANDOVER_PAYLOAD_SCHEMAS['handover.fitness-confirmed'];
export const EmergencyRaisedPayload = HANDOVER_PAYLOAD_SCHEMAS['handover.emergency-raised'];
export const EmergencyClearedPayload = HANDOVER_PAYLOAD_SCHEMAS['handover.emergency-cleared'];
export const DisputeRaisedPayload = HANDOVER_PAYLOAD_SCHEMAS['handover.dispute-raised'];
export const DisputeResolvedPayload = HANDOVER_PAYLOAD_SCHEMAS['handover.dispute-resolved'];
export const OutgoingPreparedPayload = HANDOVER_PAYLOAD_SCHEMAS['handover.outgoing-prepared'];
export const SignedPayload = HANDOVER_PAYLOAD_SCHEMAS['handover.signed'];
export const CountersignedPayload = HANDOVER_PAYLOAD_SCHEMAS['handover.countersigned'];
export const OutgoingLeftPayload = HANDOVER_PAYLOAD_SCHEMAS['handover.outgoing-left'];

type Schemas = typeof HANDOVER_PAYLOAD_SCHEMAS;

/** Every handover entry type. */
export type HandoverEntryType = keyof Schemas;

/** The payload of each handover entry type. */
export type HandoverPayloads = { readonly [T in HandoverEntryType]: z.infer<Schemas[T]> };

export const HANDOVER_ENTRY_TYPES = Object.keys(HANDOVER_PAYLOAD_SCHEMAS) as readonly HandoverEntryType[];

export function isHandoverEntryType(type: string): type is HandoverEntryType {
  return Object.hasOwn(HANDOVER_PAYLOAD_SCHEMAS, type);
}

/**
 * The payload of a handover entry as the fold reads it: its shape checked,
 * text taken as written. `undefined` when it does not have the shape.
 */
export function readHandoverPayload<T extends HandoverEntryType>(
  type: T,
  payload: unknown,
): HandoverPayloads[T] | undefined {
  const parsed = z.safeParse(READ_SCHEMAS[type], payload);
  return parsed.success ? (parsed.data as HandoverPayloads[T]) : undefined;
}

/** The payload of a handover entry checked as for writing, or `undefined` when it fails any check. */
export function parseHandoverPayload<T extends HandoverEntryType>(
  type: T,
  payload: unknown,
): HandoverPayloads[T] | undefined {
  const parsed = z.safeParse(HANDOVER_PAYLOAD_SCHEMAS[type], payload);
  return parsed.success ? (parsed.data as HandoverPayloads[T]) : undefined;
}
