/**
 * The widget's core side: everything it takes from `@duty-handover/core` at
 * run time goes through this module, which the element loads with a dynamic
 * import. The element's own chunk (Lit, the views, the strings, the
 * IndexedDB store) renders without it; the policy, the journal, the handover
 * engine and the message tables arrive in this chunk.
 *
 * The widget never decides a rule: every change is a core command run by a
 * handover session (or a key register command), appended by the journal;
 * what the panel shows is core's folded state.
 */
import {
  HANDOVER_PAYLOAD_SCHEMAS,
  JournalError,
  KEYS_PAYLOAD_SCHEMAS,
  PolicyError,
  StorageConflictError,
  blockersAt,
  createHandoverSession,
  createJournal,
  createMemoryAdapter,
  foldHandovers,
  formatMessage,
  formatPath,
  handoverShiftsAt,
  isoIn,
  matchLocale,
  postShiftInstances,
  presetOf,
  resolvePolicyFrom,
  type Actor,
  type CommandResult,
  type HandoverSession,
  type HandoverState,
  type Journal,
  type JournalAdapter,
  type OpenHandoverInput,
  type Problem,
  type Refusal,
  type ResolvedPolicy,
  type SealedEntry,
  type SessionOutcome,
} from '@duty-handover/core';
import { loadPreset } from './presets.js';

export {
  blockersAt,
  createMemoryAdapter,
  formatMessage,
  formatPath,
  handoverShiftsAt,
  isoIn,
  matchLocale,
  postShiftInstances,
};

/** What a command came to: the sealed entry, or core's refusal (nothing written). */
export type Outcome =
  | { readonly ok: true; readonly entry: SealedEntry }
  | { readonly ok: false; readonly refusal: Refusal<string> };

/** How often a command is tried again when another tab wrote first. */
const MAX_ATTEMPTS = 5;

/** The policy, or every problem that keeps it from being used. */
export async function resolveWidgetPolicy(
  input: unknown,
): Promise<
  | { readonly ok: true; readonly policy: ResolvedPolicy }
  | { readonly ok: false; readonly problems: readonly Problem[] }
> {
  // Only the preset the policy builds on is downloaded.
  const id = presetOf(input);
  const presets = id === undefined ? {} : { [id]: await loadPreset(id) };
  try {
    return { ok: true, policy: resolvePolicyFrom(presets, input) };
  } catch (error) {
    if (error instanceof PolicyError) return { ok: false, problems: error.problems };
    throw error;
  }
}

/** The kinds of failure the panel tells apart. */
export type FailureKind = 'quota' | 'conflict' | 'storage' | 'unexpected';

/** Classifies an error thrown by a store or the journal. */
export function failureKind(error: unknown): FailureKind {
  const cause = error instanceof JournalError && error.code === 'storage' ? error.cause : error;
  if (cause instanceof StorageConflictError) return 'conflict';
  if (cause instanceof DOMException) return cause.name === 'QuotaExceededError' ? 'quota' : 'storage';
  if (error instanceof JournalError) return 'storage';
  return 'unexpected';
}

/** A refusal or failure that a second attempt can clear: another writer got there first. */
function isConflict(error: unknown): boolean {
  if (failureKind(error) === 'conflict') return true;
  return error instanceof JournalError && error.code === 'duplicate-id';
}

/** A command of another domain (the key register), decided by core on the journal's entries. */
export type EntryCommand = (
  entries: readonly SealedEntry[],
  context: { readonly actor: Actor; readonly at: string },
) => CommandResult<string>;

export interface WorkspaceOptions {
  readonly adapter: JournalAdapter;
  readonly policy: ResolvedPolicy;
  /** The current instant, ISO 8601 with an offset. */
  readonly clock: () => string;
}

/**
 * One site and post's journal as the panel sees it: the entries, every
 * handover folded from them, and the commands that add to them.
 */
export class Workspace {
  readonly policy: ResolvedPolicy;
  readonly adapter: JournalAdapter;
  readonly journal: Journal;
  #clock: () => string;
  #entries: readonly SealedEntry[] = [];
  #handovers: readonly HandoverState[] = [];
  #sessions = new Map<string, HandoverSession>();

  constructor(options: WorkspaceOptions) {
    this.policy = options.policy;
    this.adapter = options.adapter;
    this.#clock = options.clock;
    this.journal = createJournal({
      adapter: options.adapter,
      payloadSchemas: { ...HANDOVER_PAYLOAD_SCHEMAS, ...KEYS_PAYLOAD_SCHEMAS },
    });
  }

  /** Every entry read so far, in seq order. */
  get entries(): readonly SealedEntry[] {
    return this.#entries;
  }

  /** Every handover opened in the journal, in the order they were opened. */
  get handovers(): readonly HandoverState[] {
    return this.#handovers;
  }

  /** The latest handover opened, whatever its phase. */
  get latest(): HandoverState | undefined {
    return this.#handovers[this.#handovers.length - 1];
  }

  /** The current instant in the site's zone. */
  now(): string {
    return isoIn(this.#clock(), this.policy.timeZone);
  }

  /**
   * Reads what changed in the store since the last read (another tab may
   * have written). Returns whether anything did. Reads only the new entries
   * when they follow the ones held; everything otherwise.
   */
  async refresh(): Promise<boolean> {
    const head = await this.adapter.head();
    const held = this.#entries[this.#entries.length - 1];
    if (head?.seq === held?.seq && head?.hash === held?.hash) return false;
    let entries: readonly SealedEntry[] | undefined;
    if (held !== undefined && head !== undefined && head.seq > held.seq) {
      const added = await this.adapter.read(held.seq + 1);
      if (added[0]?.seq === held.seq + 1 && added[0].prev === held.hash)
        entries = [...this.#entries, ...added];
    }
    entries ??= await this.adapter.read(0);
    this.#entries = entries;
    this.#handovers = foldHandovers(entries, this.policy);
    return true;
  }

  /** Opens a handover (the actor is one of its two parties). */
  open(actor: Actor, input: OpenHandoverInput): Promise<Outcome> {
    return this.#attempt(async () => {
      const session = this.#session(undefined);
      const outcome = await session.open(actor, input);
      if (outcome.ok) this.#sessions.set(input.handoverId, session);
      return outcome;
    });
  }

  /**
   * Runs a command of the session that follows `handoverId`:
   * `workspace.handover(id, (session) => session.checkItem(actor, { itemId }))`.
   */
  handover(
    handoverId: string,
    command: (session: HandoverSession) => Promise<SessionOutcome>,
  ): Promise<Outcome> {
    return this.#attempt(() => command(this.#session(handoverId)));
  }

  /** Decides a command of another domain on the current entries and appends its entry. */
  entryCommand(actor: Actor, command: EntryCommand): Promise<Outcome> {
    return this.#attempt(async () => {
      const entries = await this.journal.entries();
      const result = command(entries, { actor, at: this.now() });
      if (!result.ok) return result;
      return { ok: true, entry: await this.journal.append(result.entry) };
    });
  }

  /** Records a correction of an entry as a new entry (REG7-8.5a): the original stays as it is. */
  amend(
    originalId: string,
    correction: Readonly<Record<string, unknown>>,
    actor: Actor,
    reason: string,
  ): Promise<Outcome> {
    return this.#attempt(async () => ({
      ok: true,
      entry: await this.journal.amend(originalId, correction, actor, this.now(), reason),
    }));
  }

  #session(handoverId: string | undefined): HandoverSession {
    const known = handoverId === undefined ? undefined : this.#sessions.get(handoverId);
    if (known !== undefined) return known;
    const session = createHandoverSession({
      journal: this.journal,
      policy: this.policy,
      clock: () => this.#clock(),
      ...(handoverId === undefined ? {} : { handoverId }),
    });
    if (handoverId !== undefined) this.#sessions.set(handoverId, session);
    return session;
  }

  /**
   * Runs a command, and runs it again (through core, on the entries as they
   * now are) when another writer got there first: the store refused the
   * append or the session reports a `conflict`. Nothing is written twice:
   * the command's second run sees the other entry (a repeated tick is then
   * refused as already recorded). Any other failure is thrown, with nothing
   * written: the journal appends all or nothing.
   */
  async #attempt(run: () => Promise<Outcome | SessionOutcome>): Promise<Outcome> {
    for (let attempt = 1; ; attempt++) {
      try {
        const outcome = await run();
        if (!outcome.ok && outcome.refusal.code === 'conflict' && attempt < MAX_ATTEMPTS) continue;
        if (outcome.ok) {
          // Stored is stored: a failed re-read is not the entry's failure (reporting
          // it as one would invite a retry that records it twice). The panel shows
          // it on the next refresh.
          await this.refresh().catch(() => undefined);
          return { ok: true, entry: outcome.entry };
        }
        await this.refresh();
        return { ok: false, refusal: outcome.refusal };
      } catch (error) {
        if (isConflict(error) && attempt < MAX_ATTEMPTS) continue;
        throw error;
      }
    }
  }
}
