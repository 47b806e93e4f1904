/**
 * A handover session: runs commands against a journal and appends what
 * they return. It keeps the handover's record up to date by reducing each
 * new journal entry, so its state is the engine's state; folding the
 * journal from scratch gives the same result (the property tests check it).
 *
 * Operations of one session run one at a time. Another writer (a second
 * tab) is noticed at the next operation; when it wrote the same entry id
 * first, the command comes back as a `conflict` refusal and nothing is written.
 */
import type { SealedEntry, Actor } from '../journal/entry.js';
import { JournalError } from '../journal/errors.js';
import type { Journal } from '../journal/journal.js';
import type { ResolvedPolicy } from '../policy/resolve.js';
import * as commands from './commands.js';
import type { CommandContext, HandoverSource } from './commands.js';
import { deriveHandover, type HandoverState } from './derive.js';
import type { HandoverRecord } from './record.js';
import { emptyHandoverRecord, reduceHandover } from './reduce.js';
import { refuse, type CommandResult, type Refusal } from './refusal.js';
import { isoIn, type Instant } from './timing.js';

export interface HandoverSessionOptions {
  readonly journal: Journal;
  readonly policy: ResolvedPolicy;
  /** The injected clock: the current instant. */
  readonly clock: () => Instant;
  /** The handover to follow; taken from `open` (or the first handover opened) when omitted. */
  readonly handoverId?: string;
}

export type SessionOutcome =
  | { readonly ok: true; readonly entry: SealedEntry; readonly state: HandoverState }
  | { readonly ok: false; readonly refusal: Refusal; readonly state: HandoverState };

/** A command as the session runs it: the handover as it stands, and who acts when. */
export type SessionCommand = (source: HandoverSource, context: CommandContext) => CommandResult;

export interface HandoverSession {
  /** The handover followed, once known. */
  readonly handoverId: string | undefined;
  /** The state as of the last operation, without reading the journal. */
  current(): HandoverState;
  /** Reads entries written since the last operation and returns the state. */
  state(): Promise<HandoverState>;
  /** Runs any command and appends its entry when it is allowed. */
  run(actor: Actor, command: SessionCommand): Promise<SessionOutcome>;
  open(actor: Actor, input: commands.OpenHandoverInput): Promise<SessionOutcome>;
  arrive(actor: Actor): Promise<SessionOutcome>;
  checkItem(actor: Actor, input: commands.CheckItemInput): Promise<SessionOutcome>;
  countItem(actor: Actor, input: commands.CountItemInput): Promise<SessionOutcome>;
  carryOverMatter(actor: Actor, input: commands.CarryOverMatterInput): Promise<SessionOutcome>;
  acknowledgeMatter(actor: Actor, input: commands.AcknowledgeMatterInput): Promise<SessionOutcome>;
  passOnInstruction(actor: Actor, input: commands.PassOnInstructionInput): Promise<SessionOutcome>;
  recordMajorIssue(actor: Actor, input: commands.RecordMajorIssueInput): Promise<SessionOutcome>;
  recordEquipmentStatus(actor: Actor, input: commands.RecordEquipmentStatusInput): Promise<SessionOutcome>;
  recordAnomaly(actor: Actor, input: commands.RecordAnomalyInput): Promise<SessionOutcome>;
  confirmFitness(actor: Actor, input: commands.ConfirmFitnessInput): Promise<SessionOutcome>;
  raiseEmergency(actor: Actor, input: commands.RaiseEmergencyInput): Promise<SessionOutcome>;
  clearEmergency(actor: Actor, input: commands.ClearEmergencyInput): Promise<SessionOutcome>;
  raiseDispute(actor: Actor, input: commands.RaiseDisputeInput): Promise<SessionOutcome>;
  resolveDispute(actor: Actor, input: commands.ResolveDisputeInput): Promise<SessionOutcome>;
  markPrepared(actor: Actor, input?: commands.MarkPreparedInput): Promise<SessionOutcome>;
  sign(actor: Actor, input: commands.SignInput): Promise<SessionOutcome>;
  leave(actor: Actor): Promise<SessionOutcome>;
  countersign(actor: Actor, input?: commands.CountersignInput): Promise<SessionOutcome>;
}

export function createHandoverSession(options: HandoverSessionOptions): HandoverSession {
  const { journal, policy, clock } = options;
  let handoverId = options.handoverId;
  let record: HandoverRecord = emptyHandoverRecord(handoverId);
  let lastSeq = -1;
  let entries: readonly SealedEntry[] = [];
  let queue: Promise<unknown> = Promise.resolve();

  function exclusive<T>(operation: () => Promise<T>): Promise<T> {
    const next = queue.then(operation, operation);
    queue = next.catch(() => undefined);
    return next;
  }

  /** Reduces the entries written since the last sync; starts over when the journal was purged. */
  async function sync(): Promise<void> {
    entries = await journal.entries();
    const first = entries[0];
    if (first !== undefined && first.seq > lastSeq + 1 && lastSeq >= 0) {
      record = emptyHandoverRecord(handoverId);
      lastSeq = -1;
    }
    for (const entry of entries) {
      if (entry.seq <= lastSeq) continue;
      record = reduceHandover(record, entry);
      lastSeq = entry.seq;
    }
    handoverId ??= record.handoverId;
  }

  function rebuild(): void {
    record = emptyHandoverRecord(handoverId);
    for (const entry of entries) record = reduceHandover(record, entry);
  }

  const current = () => deriveHandover(record, policy);

  async function perform(
    actor: Actor,
    decide: (context: CommandContext) => CommandResult,
  ): Promise<SessionOutcome> {
    await sync();
    const context: CommandContext = {
      policy,
      actor,
      at: isoIn(clock(), policy.timeZone),
      ...(handoverId === undefined ? {} : { handoverId }),
    };
    const result = decide(context);
    if (!result.ok) return { ok: false, refusal: result.refusal, state: current() };
    try {
      const sealed = await journal.append(result.entry);
      try {
        await sync();
      } catch {
        // The entry is stored: a failed re-read must not turn it into a failure
        // (the caller would retry and record it twice). Fold it in directly when
        // it follows what was read; otherwise the next sync reads it with the rest.
        if (sealed.seq === lastSeq + 1) {
          record = reduceHandover(record, sealed);
          lastSeq = sealed.seq;
        }
      }
      return { ok: true, entry: sealed, state: current() };
    } catch (error) {
      if (error instanceof JournalError && error.code === 'duplicate-id') {
        await sync();
        const { refusal } = refuse('conflict', ['REG7-8.5a'], { id: result.entry.id });
        return { ok: false, refusal, state: current() };
      }
      throw error;
    }
  }

  const run = (actor: Actor, command: SessionCommand) =>
    exclusive(() => perform(actor, (context) => command(current(), context)));

  return {
    get handoverId() {
      return handoverId;
    },
    current,
    state: () =>
      exclusive(async () => {
        await sync();
        return current();
      }),
    run,
    open: (actor, input) =>
      exclusive(() =>
        perform(actor, (context) => {
          const result = commands.openHandover(entries, context, input);
          if (result.ok && handoverId === undefined) {
            // Follow the handover being opened from now on.
            handoverId = input.handoverId;
            rebuild();
          }
          return result;
        }),
      ),
    arrive: (actor) => run(actor, commands.arrive),
    checkItem: (actor, input) => run(actor, (source, context) => commands.checkItem(source, context, input)),
    countItem: (actor, input) => run(actor, (source, context) => commands.countItem(source, context, input)),
    carryOverMatter: (actor, input) =>
      run(actor, (source, context) => commands.carryOverMatter(source, context, input)),
    acknowledgeMatter: (actor, input) =>
      run(actor, (source, context) => commands.acknowledgeMatter(source, context, input)),
    passOnInstruction: (actor, input) =>
      run(actor, (source, context) => commands.passOnInstruction(source, context, input)),
    recordMajorIssue: (actor, input) =>
      run(actor, (source, context) => commands.recordMajorIssue(source, context, input)),
    recordEquipmentStatus: (actor, input) =>
      run(actor, (source, context) => commands.recordEquipmentStatus(source, context, input)),
    recordAnomaly: (actor, input) =>
      run(actor, (source, context) => commands.recordAnomaly(source, context, input)),
    confirmFitness: (actor, input) =>
      run(actor, (source, context) => commands.confirmFitness(source, context, input)),
    raiseEmergency: (actor, input) =>
      run(actor, (source, context) => commands.raiseEmergency(source, context, input)),
    clearEmergency: (actor, input) =>
      run(actor, (source, context) => commands.clearEmergency(source, context, input)),
    raiseDispute: (actor, input) =>
      run(actor, (source, context) => commands.raiseDispute(source, context, input)),
    resolveDispute: (actor, input) =>
      run(actor, (source, context) => commands.resolveDispute(source, context, input)),
    markPrepared: (actor, input = {}) =>
      run(actor, (source, context) => commands.markPrepared(source, context, input)),
    sign: (actor, input) => run(actor, (source, context) => commands.sign(source, context, input)),
    leave: (actor) => run(actor, commands.leave),
    countersign: (actor, input = {}) =>
      run(actor, (source, context) => commands.countersign(source, context, input)),
  };
}
