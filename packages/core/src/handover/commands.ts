/**
 * Handover commands. Each reads the handover as it stands (its state, or
 * the journal entries to fold), checks its guards, and returns either the
 * entry to append or a typed refusal naming the clause that forbids it.
 * A command never appends anything itself: `createHandoverSession` does,
 * and only for `ok` results, so a refusal leaves the journal as it was.
 *
 * Decisions the clauses leave open, documented here once:
 *
 * - A late arrival (REG7-9.1, CSM-1, HOS-4.1) is recorded, never refused:
 *   refusing it would lose the fact and keep the outgoing person on post
 *   with nobody to hand over to (HOS-4.12). The `handover/arrival-late`
 *   rule reports it instead.
 * - A late countersign (REG7-9.9) is recorded too; `handover/countersign-late`
 *   reports it.
 * - Preparation (REG7-9.6) may not be declared before its window opens:
 *   a desk tidied an hour early is not the desk handed over.
 * - The incoming person may sign before or after the outgoing person; the
 *   outgoing person may not sign before the incoming person has arrived,
 *   and may not leave before both have signed where the policy keeps them
 *   on post (HOS-4.12, CSD-3.2, REG7-9.8).
 * - Once anyone has signed, nothing may be added to the record (REG7-9.5:
 *   a signature covers what was there); corrections go through the journal's
 *   `amend` (REG7-8.5a). Emergencies and disputes can still be raised.
 */
import * as z from 'zod/mini';
import type { Actor, SealedEntry, UnsealedEntry } from '../journal/entry.js';
import { InstantSchema } from '../journal/entry.js';
import { cloneJson } from '../journal/json.js';
import type { ClauseId } from '../policy/clause-ids.js';
import { isClauseId } from '../policy/clause-ids.js';
import type { ResolvedPolicy } from '../policy/resolve.js';
import { problemsFromIssues } from '../diagnostics/zod-problems.js';
import { blockersAt } from './blockers.js';
import type { HandoverState } from './derive.js';
import {
  HANDOVER_PAYLOAD_SCHEMAS,
  type ChecklistSide,
  type HandoverEntryType,
  type HandoverPayloads,
} from './entries.js';
import { foldHandover, writtenCount } from './reduce.js';
import { contentRefusal, refuse, refuseBlocked, type CommandResult } from './refusal.js';
import { millisOf } from './timing.js';

/** Who does something, when, under which policy. */
export interface CommandContext {
  readonly policy: ResolvedPolicy;
  readonly actor: Actor;
  /** ISO 8601 with an offset, from the injected clock. */
  readonly at: string;
  /** The entry id; `<handoverId>/<n>` by default (a retried command then collides instead of duplicating). */
  readonly entryId?: string;
  /** Which handover, when the source is a list of entries holding several. */
  readonly handoverId?: string;
}

/** The handover as it stands: its state, or the journal entries to fold. */
export type HandoverSource = HandoverState | readonly SealedEntry[];

type Input<T extends HandoverEntryType> = Omit<HandoverPayloads[T], 'handoverId'>;

export type OpenHandoverInput = HandoverPayloads['handover.opened'];
export type CheckItemInput = Omit<Input<'handover.checklist-item-done'>, 'side'> & {
  /** Defaults to the actor's side of the handover. */
  readonly side?: ChecklistSide;
};
export type CountItemInput = Input<'handover.item-counted'>;
export type CarryOverMatterInput = Omit<Input<'handover.matter-carried-over'>, 'major'> & {
  /** Important work (REG7-9.8); false when omitted. */
  readonly major?: boolean;
};
export type AcknowledgeMatterInput = Input<'handover.matter-acknowledged'>;
export type PassOnInstructionInput = Input<'handover.instruction-passed-on'>;
export type RecordMajorIssueInput = Input<'handover.major-issue-recorded'>;
export type RecordEquipmentStatusInput = Input<'handover.equipment-status-recorded'>;
export type RecordAnomalyInput = Input<'handover.anomaly-recorded'>;
export type ConfirmFitnessInput = Omit<Input<'handover.fitness-confirmed'>, 'staffId'> & {
  /** The person judged; the incoming person when omitted. */
  readonly staffId?: string;
};
export type RaiseEmergencyInput = Input<'handover.emergency-raised'>;
export type ClearEmergencyInput = Input<'handover.emergency-cleared'>;
export type RaiseDisputeInput = Input<'handover.dispute-raised'>;
export type ResolveDisputeInput = Input<'handover.dispute-resolved'>;
export type MarkPreparedInput = Input<'handover.outgoing-prepared'>;
export interface SignInput {
  /** How many matters the signer hands over or takes over (HOS-4.10: must equal the written ones). */
  readonly matterCount: number;
}
export interface CountersignInput {
  readonly note?: string;
}

const OUTGOING_CLAUSES: readonly ClauseId[] = ['REG7-9.6', 'REG7-9.7', 'GXP-4.1'];
const INCOMING_CLAUSES: readonly ClauseId[] = ['REG7-9.2', 'REG7-9.3', 'REG7-9.4', 'GXP-4.3'];
const INVENTORY_CLAUSES: readonly ClauseId[] = ['REG7-9.2', 'CSG-9.2', 'HOR-1.5'];
const RECORD_CLOSED: readonly ClauseId[] = ['REG7-9.5', 'REG7-8.5a'];

/** The handover a command works on, with the actor placed in it. */
interface Scene {
  readonly state: HandoverState;
  readonly handoverId: string;
  readonly staffId: string;
  readonly side: ChecklistSide | undefined;
  readonly outgoingId: string;
  readonly incomingId: string;
  readonly context: CommandContext;
}

function stateOf(source: HandoverSource, context: CommandContext, handoverId?: string): HandoverState {
  if (!isEntryList(source)) return source;
  const id = handoverId ?? context.handoverId;
  return foldHandover(source, context.policy, id === undefined ? {} : { handoverId: id });
}

function isEntryList(source: HandoverSource): source is readonly SealedEntry[] {
  return Array.isArray(source);
}

function badTime(context: CommandContext): CommandResult | undefined {
  const checked = InstantSchema.safeParse(context.at);
  if (checked.success) return undefined;
  return refuse(
    'invalid-content',
    ['HOR-1.1'],
    { field: 'at' },
    problemsFromIssues(checked.error.issues, ['at']),
  );
}

/**
 * Runs the guards every command shares (an open handover, a valid time, a
 * party to the handover still at the post, a handover not yet complete),
 * then the command's own.
 */
function withScene(
  source: HandoverSource,
  context: CommandContext,
  options: { readonly partyOnly?: boolean; readonly whenComplete?: boolean },
  body: (scene: Scene) => CommandResult,
): CommandResult {
  const time = badTime(context);
  if (time !== undefined) return time;
  const state = stateOf(source, context);
  const { opened, outgoing, incoming, handoverId } = state;
  if (opened === undefined || outgoing === undefined || incoming === undefined || handoverId === undefined) {
    return refuse('not-opened', ['CSM-3'], { handover: context.handoverId ?? '—' });
  }
  const staffId = context.actor.staffId.trim();
  const side =
    staffId === outgoing.staffId ? 'outgoing' : staffId === incoming.staffId ? 'incoming' : undefined;
  if ((options.partyOnly ?? true) && side === undefined) {
    return refuse('not-a-party', ['REG7-9.5', 'CSM-6'], { staff: staffId, handover: handoverId });
  }
  if (side === 'outgoing' && state.outgoingLeft !== undefined) {
    return refuse('outgoing-left', ['HOS-4.12'], { staff: staffId });
  }
  if (
    !(options.whenComplete ?? false) &&
    (state.phase === 'signed-by-both' || state.phase === 'countersigned')
  ) {
    return refuse('handover-complete', ['REG7-9.5', 'PWR-2'], { handover: handoverId });
  }
  return body({
    state,
    handoverId,
    staffId,
    side,
    outgoingId: outgoing.staffId,
    incomingId: incoming.staffId,
    context,
  });
}

/** Refuses additions once anyone has signed (REG7-9.5). */
function recordOpen(state: HandoverState): CommandResult | undefined {
  const signature = state.signatures.outgoing ?? state.signatures.incoming;
  return signature === undefined ? undefined : refuse('record-signed', RECORD_CLOSED, { seq: signature.seq });
}

/** Validates the payload against its schema; the refusal names the clause the content breaks. */
function validate<T extends HandoverEntryType>(
  type: T,
  payload: Record<string, unknown>,
): { readonly ok: true; readonly payload: HandoverPayloads[T] } | Extract<CommandResult, { ok: false }> {
  const parsed = z.safeParse(HANDOVER_PAYLOAD_SCHEMAS[type], payload, { reportInput: true });
  if (!parsed.success) return contentRefusal(parsed.error.issues);
  // The parsed form is trimmed; cloneJson drops absent optional fields, which JSON cannot hold.
  return { ok: true, payload: cloneJson(parsed.data) as HandoverPayloads[T] };
}

function entryOf(
  scene: Pick<Scene, 'context' | 'state'> & { readonly handoverId: string },
  type: HandoverEntryType,
  payload: unknown,
): CommandResult {
  const { context, state } = scene;
  const entry: UnsealedEntry = {
    id: context.entryId ?? `${scene.handoverId}/${writtenCount(state)}`,
    at: context.at,
    actor: context.actor,
    type,
    payload,
  };
  return { ok: true, entry };
}

/** Validates and builds the entry in one go, for commands whose guards do not read the content. */
function write(scene: Scene, type: HandoverEntryType, fields: Record<string, unknown>): CommandResult {
  const checked = validate(type, { handoverId: scene.handoverId, ...fields });
  return checked.ok ? entryOf(scene, type, checked.payload) : checked;
}

/** Clauses the policy cites for the given checklist items, else the side's defaults. */
function checklistClauses(
  policy: ResolvedPolicy,
  side: ChecklistSide,
  itemIds: readonly string[],
): ClauseId[] {
  const template =
    side === 'outgoing' ? policy.handover.outgoingChecklist : policy.handover.incomingChecklist;
  const field = side === 'outgoing' ? 'outgoingChecklist' : 'incomingChecklist';
  const cited = template.flatMap((item, index) =>
    itemIds.includes(item.id) ? (policy.citations[`handover.${field}.${index}`] ?? []) : [],
  );
  const clauses = [...new Set(cited.filter(isClauseId))];
  return clauses.length > 0 ? clauses : [...(side === 'outgoing' ? OUTGOING_CLAUSES : INCOMING_CLAUSES)];
}

function hasIncomingArrived(state: HandoverState): boolean {
  return state.present.incoming;
}

// ——— Opening ———————————————————————————————————————————————————————————

/**
 * Opens a handover. The actor must be one of the two parties named; the
 * handover id must not be open already.
 */
export function openHandover(
  source: HandoverSource | undefined,
  context: CommandContext,
  input: OpenHandoverInput,
): CommandResult {
  const time = badTime(context);
  if (time !== undefined) return time;
  if (source !== undefined && stateOf(source, context, input.handoverId).opened !== undefined) {
    return refuse('already-opened', ['REG7-8.5a'], { handover: input.handoverId });
  }
  const staffId = context.actor.staffId.trim();
  if (staffId !== input.outgoing.staffId.trim() && staffId !== input.incoming.staffId.trim()) {
    return refuse('not-a-party', ['REG7-9.5', 'CSM-6'], { staff: staffId, handover: input.handoverId });
  }
  const checked = validate('handover.opened', { ...input });
  if (!checked.ok) return checked;
  const id = context.entryId ?? `${checked.payload.handoverId}/0`;
  return {
    ok: true,
    entry: { id, at: context.at, actor: context.actor, type: 'handover.opened', payload: checked.payload },
  };
}

// ——— The incoming person arrives ——————————————————————————————————————

/**
 * The incoming person (or their substitute) records their arrival. Never
 * refused for lateness: see the module comment and `handover/arrival-late`.
 */
export function arrive(source: HandoverSource, context: CommandContext): CommandResult {
  return withScene(source, context, {}, (scene) => {
    if (scene.side !== 'incoming') return refuse('incoming-only', ['REG7-9.1'], { staff: scene.staffId });
    const arrival = scene.state.arrivals.find((candidate) => candidate.staffId === scene.staffId);
    if (arrival !== undefined) return refuse('already-recorded', ['REG7-8.5a'], { seq: arrival.seq });
    return write(scene, 'handover.arrived', { staffId: scene.staffId, arrivedAt: context.at });
  });
}

// ——— Checklists and inventory ——————————————————————————————————————————

/** Ticks an item of the actor's checklist (REG7-9.2–9.7, GXP-4.1, GXP-4.3, CSD-3.4). */
export function checkItem(
  source: HandoverSource,
  context: CommandContext,
  input: CheckItemInput,
): CommandResult {
  return withScene(source, context, {}, (scene) => {
    const side = input.side ?? scene.side ?? 'outgoing';
    if (side !== scene.side) {
      const clauses = checklistClauses(context.policy, side, [input.itemId]);
      return side === 'outgoing'
        ? refuse('outgoing-only', clauses, { staff: scene.staffId })
        : refuse('incoming-only', clauses, { staff: scene.staffId });
    }
    const closed = recordOpen(scene.state);
    if (closed !== undefined) return closed;
    const lines = scene.state.checklistProgress[side];
    const line = lines.find((candidate) => candidate.itemId === input.itemId);
    if (line === undefined) {
      return refuse('unknown-checklist-item', checklistClauses(context.policy, side, []), {
        item: input.itemId,
      });
    }
    if (side === 'incoming' && !hasIncomingArrived(scene.state)) {
      return refuse('not-arrived', ['GXP-4.3', 'REG7-9.1'], { staff: scene.staffId });
    }
    if (line.tick !== undefined) return refuse('already-recorded', ['REG7-8.5a'], { seq: line.tick.seq });
    return write(scene, 'handover.checklist-item-done', { side, itemId: input.itemId, note: input.note });
  });
}

/**
 * Records the count of a shared item (REG7-9.2, CSG-9.2, HOR-1.5). A count
 * other than expected is damaged or missing, and either needs the outgoing
 * person's explanation. Where the policy wants the handover face to face,
 * both must be at the post (CSM-2, HOR-1.5).
 */
export function countItem(
  source: HandoverSource,
  context: CommandContext,
  input: CountItemInput,
): CommandResult {
  return withScene(source, context, {}, (scene) => {
    const closed = recordOpen(scene.state);
    if (closed !== undefined) return closed;
    const line = scene.state.inventory.find((candidate) => candidate.itemId === input.itemId);
    if (line === undefined)
      return refuse('unknown-inventory-item', INVENTORY_CLAUSES, { item: input.itemId });
    const faceToFace = faceToFaceRefusal(scene, ['CSM-2', 'HOR-1.5']);
    if (faceToFace !== undefined) return faceToFace;
    const checked = validate('handover.item-counted', { handoverId: scene.handoverId, ...input });
    if (!checked.ok) return checked;
    const { counted, status, explanation } = checked.payload;
    const expected = line.item.expected;
    const consistent =
      status === 'ok' ? counted === expected : status === 'missing' ? counted < expected : true;
    if (!consistent) return refuse('count-mismatch', ['REG7-9.2'], { item: input.itemId, counted, expected });
    if (explanation !== undefined && explanation.by !== scene.outgoingId) {
      return refuse('explanation-not-outgoing', ['REG7-9.2'], {
        staff: explanation.by,
        outgoing: scene.outgoingId,
      });
    }
    return entryOf(scene, 'handover.item-counted', checked.payload);
  });
}

function faceToFaceRefusal(scene: Scene, clauses: readonly ClauseId[]): CommandResult | undefined {
  if (!scene.context.policy.handover.faceToFace) return undefined;
  const { present } = scene.state;
  if (!present.outgoing) return refuse('not-face-to-face', clauses, { staff: scene.outgoingId });
  if (!present.incoming) return refuse('not-face-to-face', clauses, { staff: scene.incomingId });
  return undefined;
}

// ——— Matters, instructions, issues, equipment, anomalies ——————————————

/**
 * Writes a carried-over matter, or a new version of one (REG7-9.3, HOR-1.2,
 * HOS-4.10): cause, course and result in full, never filler (HOS-4.9).
 */
export function carryOverMatter(
  source: HandoverSource,
  context: CommandContext,
  input: CarryOverMatterInput,
): CommandResult {
  return withScene(source, context, {}, (scene) => {
    const closed = recordOpen(scene.state);
    if (closed !== undefined) return closed;
    return write(scene, 'handover.matter-carried-over', { ...input, major: input.major ?? false });
  });
}

/** The incoming person acknowledges a carried-over matter (HOS-4.1, REG7-9.3). */
export function acknowledgeMatter(
  source: HandoverSource,
  context: CommandContext,
  input: AcknowledgeMatterInput,
): CommandResult {
  return withScene(source, context, {}, (scene) => {
    if (scene.side !== 'incoming')
      return refuse('incoming-only', ['HOS-4.1', 'REG7-9.3'], { staff: scene.staffId });
    const signature = scene.state.signatures.incoming;
    if (signature !== undefined) return refuse('record-signed', RECORD_CLOSED, { seq: signature.seq });
    if (!hasIncomingArrived(scene.state)) return refuse('not-arrived', ['HOS-4.1'], { staff: scene.staffId });
    const matter = scene.state.matters.find((candidate) => candidate.matterId === input.matterId);
    if (matter === undefined) return refuse('unknown-matter', ['HOS-4.10'], { matter: input.matterId });
    if (matter.acknowledged?.staffId === scene.staffId) {
      return refuse('already-recorded', ['REG7-8.5a'], { seq: matter.acknowledged.seq });
    }
    return write(scene, 'handover.matter-acknowledged', { matterId: input.matterId });
  });
}

/** Passes on an instruction from a superior (HOR-1.4). */
export function passOnInstruction(
  source: HandoverSource,
  context: CommandContext,
  input: PassOnInstructionInput,
): CommandResult {
  return withScene(
    source,
    context,
    {},
    (scene) => recordOpen(scene.state) ?? write(scene, 'handover.instruction-passed-on', { ...input }),
  );
}

/** Records a major issue of the shift, resolved or not (HOR-1.3). */
export function recordMajorIssue(
  source: HandoverSource,
  context: CommandContext,
  input: RecordMajorIssueInput,
): CommandResult {
  return withScene(
    source,
    context,
    {},
    (scene) => recordOpen(scene.state) ?? write(scene, 'handover.major-issue-recorded', { ...input }),
  );
}

/** Records the state of a piece of equipment (CSD-3.4; major equipment starting or stopping, HOR-2.4). */
export function recordEquipmentStatus(
  source: HandoverSource,
  context: CommandContext,
  input: RecordEquipmentStatusInput,
): CommandResult {
  return withScene(
    source,
    context,
    {},
    (scene) => recordOpen(scene.state) ?? write(scene, 'handover.equipment-status-recorded', { ...input }),
  );
}

/** Records an anomaly in the area with the outgoing person's explanation (REG7-9.4). */
export function recordAnomaly(
  source: HandoverSource,
  context: CommandContext,
  input: RecordAnomalyInput,
): CommandResult {
  return withScene(source, context, {}, (scene) => {
    const closed = recordOpen(scene.state);
    if (closed !== undefined) return closed;
    const checked = validate('handover.anomaly-recorded', { handoverId: scene.handoverId, ...input });
    if (!checked.ok) return checked;
    const { by } = checked.payload.explanation;
    if (by !== scene.outgoingId) {
      return refuse('explanation-not-outgoing', ['REG7-9.4'], { staff: by, outgoing: scene.outgoingId });
    }
    return entryOf(scene, 'handover.anomaly-recorded', checked.payload);
  });
}

// ——— Fitness ————————————————————————————————————————————————————————————

/**
 * Records whether the incoming person is fit to take over (HOR-2.4 ⑷). An
 * unfit person with a named substitute hands the incoming side to the
 * substitute, who then arrives, checks and signs for themselves.
 */
export function confirmFitness(
  source: HandoverSource,
  context: CommandContext,
  input: ConfirmFitnessInput,
): CommandResult {
  return withScene(source, context, {}, (scene) => {
    const signature = scene.state.signatures.incoming;
    if (signature !== undefined) return refuse('record-signed', RECORD_CLOSED, { seq: signature.seq });
    const subject = input.staffId?.trim() ?? scene.incomingId;
    if (subject !== scene.incomingId) return refuse('fitness-not-incoming', ['HOR-2.4'], { staff: subject });
    const substitute = input.substitute?.staffId.trim();
    if (substitute === scene.incomingId || substitute === scene.outgoingId) {
      return refuse('same-person', ['HOR-2.4'], { staff: substitute });
    }
    return write(scene, 'handover.fitness-confirmed', { ...input, staffId: subject });
  });
}

// ——— Emergencies and disputes ——————————————————————————————————————————

/**
 * Raises an emergency, incident or major event during the handover. It
 * blocks signing until cleared (CSM-5) and the outgoing person leads it (GXP-4.4).
 */
export function raiseEmergency(
  source: HandoverSource,
  context: CommandContext,
  input: RaiseEmergencyInput,
): CommandResult {
  return withScene(source, context, {}, (scene) => {
    const existing = scene.state.flags.find((flag) => flag.flagId === input.flagId);
    if (existing !== undefined)
      return refuse('already-recorded', ['REG7-8.5a'], { seq: existing.raised.seq });
    return write(scene, 'handover.emergency-raised', { ...input });
  });
}

/** Clears an emergency: the outgoing person, who leads it, says it is under control (GXP-4.4, CSM-5). */
export function clearEmergency(
  source: HandoverSource,
  context: CommandContext,
  input: ClearEmergencyInput,
): CommandResult {
  return withScene(source, context, {}, (scene) => {
    if (scene.side !== 'outgoing') return refuse('outgoing-only', ['GXP-4.4'], { staff: scene.staffId });
    const flag = scene.state.flags.find((candidate) => candidate.flagId === input.flagId);
    if (flag === undefined) return refuse('unknown-flag', ['CSM-5'], { flag: input.flagId });
    if (flag.cleared !== undefined)
      return refuse('already-recorded', ['REG7-8.5a'], { seq: flag.cleared.seq });
    return write(scene, 'handover.emergency-cleared', { ...input });
  });
}

/** Raises a dispute between the parties; the outgoing person keeps operating (HOS-4.11). */
export function raiseDispute(
  source: HandoverSource,
  context: CommandContext,
  input: RaiseDisputeInput,
): CommandResult {
  return withScene(source, context, {}, (scene) => {
    const existing = scene.state.disputes.find((dispute) => dispute.disputeId === input.disputeId);
    if (existing !== undefined)
      return refuse('already-recorded', ['REG7-8.5a'], { seq: existing.raised.seq });
    return write(scene, 'handover.dispute-raised', { ...input });
  });
}

/** Records how a dispute was settled (HOS-4.11). */
export function resolveDispute(
  source: HandoverSource,
  context: CommandContext,
  input: ResolveDisputeInput,
): CommandResult {
  return withScene(source, context, {}, (scene) => {
    const dispute = scene.state.disputes.find((candidate) => candidate.disputeId === input.disputeId);
    if (dispute === undefined) return refuse('unknown-dispute', ['HOS-4.11'], { dispute: input.disputeId });
    if (dispute.resolved !== undefined)
      return refuse('already-recorded', ['REG7-8.5a'], { seq: dispute.resolved.seq });
    return write(scene, 'handover.dispute-resolved', { ...input });
  });
}

// ——— Preparation, signatures, leaving, countersign ————————————————————

/**
 * The outgoing person declares the preparation done (REG7-9.6, REG7-9.7,
 * GXP-4.1): within the preparation window, with every required item of the
 * outgoing checklist done.
 */
export function markPrepared(
  source: HandoverSource,
  context: CommandContext,
  input: MarkPreparedInput = {},
): CommandResult {
  return withScene(source, context, {}, (scene) => {
    if (scene.side !== 'outgoing') return refuse('outgoing-only', ['REG7-9.6'], { staff: scene.staffId });
    const { state } = scene;
    if (state.prepared !== undefined)
      return refuse('already-recorded', ['REG7-8.5a'], { seq: state.prepared.seq });
    const opensAt = state.times?.preparationOpensAt;
    if (opensAt !== undefined && millisOf(context.at) < millisOf(opensAt)) {
      return refuse('before-preparation-window', ['REG7-9.6'], { opensAt });
    }
    const missing = state.missingRequired.outgoing;
    if (missing.length > 0) {
      return refuse('checklist-incomplete', checklistClauses(context.policy, 'outgoing', missing), {
        items: missing.join(', '),
      });
    }
    return write(scene, 'handover.outgoing-prepared', { ...input });
  });
}

/**
 * A party signs the record with staff number and time (CSM-3, REG7-9.5).
 * Once both have signed the incoming person is formally on duty (PWR-2).
 *
 * Guards, in order: not signed yet; the outgoing person has prepared
 * (REG7-9.6, GXP-4.1); the incoming person has arrived (GXP-4.2, CSD-3.2,
 * HOS-4.12); face to face where the policy says so (CSM-2); no blocker in
 * force (HOR-2.4, GXP-4.2, PWR-4, REG7-9.8, CSM-5, HOS-4.11); the signer's
 * required checklist items (and, for the incoming person, every shared item
 * counted and every open matter acknowledged: REG7-9.2, HOS-4.1); and the
 * declared matter count equal to the written matters (HOS-4.10).
 */
export function sign(source: HandoverSource, context: CommandContext, input: SignInput): CommandResult {
  return withScene(source, context, {}, (scene) => {
    const { state, side, staffId } = scene;
    if (side === undefined)
      return refuse('not-a-party', ['REG7-9.5', 'CSM-6'], { staff: staffId, handover: scene.handoverId });
    const own = state.signatures[side];
    if (own !== undefined) return refuse('already-recorded', ['REG7-8.5a'], { seq: own.seq });
    if (state.prepared === undefined)
      return refuse('not-prepared', ['REG7-9.6', 'GXP-4.1'], { staff: scene.outgoingId });
    if (!state.present.incoming) {
      return refuse('not-arrived', ['GXP-4.2', 'CSD-3.2', 'HOS-4.12'], { staff: scene.incomingId });
    }
    const faceToFace = faceToFaceRefusal(scene, ['CSM-2']);
    if (faceToFace !== undefined) return faceToFace;
    const [blocker, ...more] = blockersAt(state.blockers, context.at);
    if (blocker !== undefined) return refuseBlocked([blocker, ...more]);

    const missing = state.missingRequired[side];
    if (missing.length > 0) {
      return refuse('checklist-incomplete', checklistClauses(context.policy, side, missing), {
        items: missing.join(', '),
      });
    }
    if (side === 'incoming') {
      if (state.uncounted.length > 0) {
        return refuse('inventory-incomplete', INVENTORY_CLAUSES, { items: state.uncounted.join(', ') });
      }
      if (state.unacknowledgedMatters.length > 0) {
        return refuse('matters-unacknowledged', ['HOS-4.1', 'REG7-9.3'], {
          matters: state.unacknowledgedMatters.join(', '),
        });
      }
    }
    const written = state.matters.length;
    if (input.matterCount !== written) {
      return refuse('verbal-only-matter', ['HOS-4.10'], { declared: input.matterCount, written });
    }
    return write(scene, 'handover.signed', {
      role: side,
      staffId,
      signedAt: context.at,
      matterCount: input.matterCount,
    });
  });
}

/**
 * The outgoing person leaves the post. Where the policy keeps them on post,
 * not before the incoming person has arrived and both have signed (HOS-4.12,
 * CSD-3.2, REG7-9.8); never while an emergency they lead is open (GXP-4.4)
 * or a dispute keeps them operating (HOS-4.11).
 */
export function leave(source: HandoverSource, context: CommandContext): CommandResult {
  return withScene(source, context, { whenComplete: true }, (scene) => {
    if (scene.side !== 'outgoing')
      return refuse('outgoing-only', ['HOS-4.12', 'CSD-3.2'], { staff: scene.staffId });
    const { state } = scene;
    const flag = state.openFlags[0];
    if (flag !== undefined) return refuse('emergency-open', ['GXP-4.4', 'CSM-5'], { flag: flag.flagId });
    const dispute = state.openDisputes[0];
    if (dispute !== undefined) return refuse('dispute-open', ['HOS-4.11'], { dispute: dispute.disputeId });
    const signedByBoth = state.signatures.outgoing !== undefined && state.signatures.incoming !== undefined;
    if (context.policy.handover.outgoingStaysUntilSigned && !signedByBoth) {
      return refuse('outgoing-must-stay', ['HOS-4.12', 'CSD-3.2', 'REG7-9.8'], { staff: scene.staffId });
    }
    return write(scene, 'handover.outgoing-left', { staffId: scene.staffId });
  });
}

/**
 * The supervisor countersigns a handover signed by both (REG7-9.9): only
 * the policy's countersigning role, and not someone who took part in it.
 * A countersign after the deadline is recorded; `handover/countersign-late`
 * reports it.
 */
export function countersign(
  source: HandoverSource,
  context: CommandContext,
  input: CountersignInput = {},
): CommandResult {
  return withScene(source, context, { partyOnly: false, whenComplete: true }, (scene) => {
    const { role } = context.policy.handover.countersign;
    if (context.actor.role?.trim() !== role) return refuse('not-countersign-role', ['REG7-9.9'], { role });
    if (scene.side !== undefined)
      return refuse('countersign-by-party', ['REG7-9.9'], { staff: scene.staffId });
    const { state } = scene;
    if (state.countersign !== undefined)
      return refuse('already-recorded', ['REG7-8.5a'], { seq: state.countersign.seq });
    if (state.phase !== 'signed-by-both') {
      return refuse('not-signed-by-both', ['REG7-9.9', 'REG7-9.5'], { handover: scene.handoverId });
    }
    return write(scene, 'handover.countersigned', { staffId: scene.staffId, role, note: input.note });
  });
}
