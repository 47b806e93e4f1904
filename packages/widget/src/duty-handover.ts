import {
  LitElement,
  html,
  nothing,
  type CSSResultGroup,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { property } from 'lit/decorators.js';
import type {
  Actor,
  DataPath,
  JournalAdapter,
  Locale,
  Policy,
  PolicyDocument,
  Refusal,
  ResolvedPolicy,
  SealedEntry,
} from '@duty-handover/core';
import {
  DutyHandoverBlockedEvent,
  DutyHandoverChangeEvent,
  DutyHandoverErrorEvent,
  DutyHandoverPolicyErrorEvent,
  DutyHandoverSignedEvent,
  type ErrorKind,
} from './events.js';
import { fill, formatter } from './format.js';
import { loadStrings, stringsOf, type WidgetStrings } from './locales.js';
import { openChangeChannel, type ChangeChannel } from './store/channel.js';
import {
  createIndexedDbStore,
  createMemoryDrafts,
  databaseName,
  type DraftStore,
  type LocalStore,
} from './store/idb.js';
import { styles } from './styles.js';
import { VIEWS, type SignerRole, type ViewName } from './types.js';
import type { EngineModule, Outcome, RunOptions, ViewContext, Workspace } from './views/context.js';
import { renderCountersign } from './views/countersign.js';
import { renderHandover } from './views/handover.js';
import type * as HistoryModule from './views/history.js';
import type * as KeysModule from './views/keys.js';

/** What `policyObject` accepts: a full policy or a `{ preset, overrides }` document. */
export type DutyHandoverPolicyInput = Policy | ResolvedPolicy | PolicyDocument;

/**
 * One problem that keeps the widget from using its policy: where it is, what
 * is wrong as data (`code`) and the words for it in every locale. Core's
 * `Problem` (from `PolicyError.problems`) is one of these.
 */
export interface DhProblem {
  readonly path: DataPath;
  readonly code: string;
  readonly message: Readonly<Record<Locale, string>>;
}

/**
 * The roster the panel proposes people from. `@duty-handover/core`'s roster
 * document (`RosterDocument`) has this shape and more; any object with these
 * fields works: `staff` names people, `assignments` puts a person on a shift
 * (`shift`, a shift id of the policy) on a day (`date`, `yyyy-MM-dd`, the day
 * the shift starts), optionally at a post.
 */
export interface DutyHandoverRoster {
  readonly staff: readonly { readonly id: string; readonly name: string }[];
  readonly assignments: readonly {
    readonly staff: string;
    readonly date: string;
    readonly shift: string;
    readonly post?: string | undefined;
  }[];
}

/** What the panel asks the portal's identity check. */
export interface SignerRequest {
  /** `outgoing` or `incoming` signature, the supervisor's `countersign`, or a correction (`amend`). */
  readonly role: SignerRole;
  /** The staff number expected to sign, when the panel knows it (the party of a signature). */
  readonly staffId: string | undefined;
  readonly handoverId: string;
  /** For `countersign`: the policy role the person must hold (`cs-supervisor`…). */
  readonly policyRole: string | undefined;
}

/** The person the portal vouches for, or `null` when the check was cancelled or failed. */
export interface SignerResult {
  readonly staffId: string;
  readonly name?: string;
}

/** The portal's own identity check (a password, a badge, a PIN): the panel never checks identities itself. */
export type DutyHandoverSigner = (request: SignerRequest) => Promise<SignerResult | null>;

let enginePromise: Promise<EngineModule> | undefined;
/** The core side, loaded once per page (a same-origin chunk next to the bundle). */
function loadEngine(): Promise<EngineModule> {
  enginePromise ??= import('./engine.js').catch((error: unknown) => {
    enginePromise = undefined; // a later attempt fetches it again
    throw error;
  });
  return enginePromise;
}

/**
 * Shown when the panel's own parts cannot be loaded (a deployment without
 * the `chunks/` folder, a network failure): its words are among those parts,
 * so this one line is in all three languages.
 */
const LOAD_FAILURE = '交接面板未能載入 · 交接面板未能加载 · The handover panel could not load its parts';
let historyPromise: Promise<typeof HistoryModule> | undefined;
let keysPromise: Promise<typeof KeysModule> | undefined;

/** How long typing pauses before a draft is written to the store. */
const DRAFT_DELAY_MS = 300;

interface Failure {
  readonly kind: ErrorKind;
  readonly message: string;
  readonly form: string | undefined;
  readonly retry: (() => void) | undefined;
}

interface InternalRunOptions extends RunOptions {
  readonly onSuccess?: (entry: SealedEntry) => void;
}

/**
 * The shift-handover panel of a property-management customer-service centre
 * (物業客服中心): the handover in progress from the outgoing person's
 * checklist and duty record to both signatures, the supervisor's countersign,
 * the history of sealed handovers with its chain check and exports, and the
 * key register. It renders what `@duty-handover/core` derives and issues
 * core's commands; it never decides a rule itself.
 *
 * **Storage.** Every change is a journal entry. By default the journal lives
 * in IndexedDB, one database per site and post (`duty-handover/<site>/<post>`);
 * set `store` to any `JournalAdapter` (a portal's backend) instead. An entry
 * is called saved only once the store has it. Two tabs on the same site and
 * post never both write the same entry: the loser re-reads and runs its
 * command again through core, and every panel re-reads when another writes
 * (BroadcastChannel, and on focus). Text typed into a form and not yet
 * recorded is kept as a draft in the same IndexedDB key space and restored
 * after a reload. A full quota or a failed write shows an error, keeps the
 * typed text and offers a retry; nothing is half written. Without IndexedDB
 * (private mode) the panel runs on memory and says so.
 *
 * **Shared desk terminal.** Both parties stand at the panel: each section
 * records on behalf of its party, and both signatures and the countersign go
 * through `signer`, the portal's identity check.
 *
 * **Language and time.** `zh-Hant`, `zh-Hans` or `en`, from `lang` or the
 * page; dates and times in the site's time zone (the policy's `timeZone`).
 *
 * @summary The shift-handover panel: checklists, inventory, carried-over matters, blockers, signatures,
 *   countersign, history and key register.
 *
 * @attr site - The site (estate) this panel belongs to; with `post`, names the storage key space.
 * @attr post - The post whose handover this is; its name comes from the policy. Default `front-desk`.
 * @attr policy - Preset id of the site's policy (`reg7`, `estate-group`, `taikoo-front-desk`,
 *   `call-centre`, `cs-department`). Default `reg7`. `policyObject` wins over it.
 * @attr lang - `zh-Hant`, `zh-Hans` or `en` (other tags are matched: `zh-HK` → `zh-Hant`,
 *   `zh-CN` → `zh-Hans`). Without it the closest `lang` of the page applies, else `zh-Hant`.
 * @attr view - The view shown: `handover` (default), `countersign`, `history` or `keys`.
 *
 * @event {DutyHandoverChangeEvent} duty-handover-change - The journal changed. `detail`: `entries`
 *   (what this panel appended), `origin` (`local` or `external`, another tab), `handoverId` and
 *   `phase` of the latest handover.
 * @event {DutyHandoverSignedEvent} duty-handover-signed - A signature or the countersign is stored.
 *   `detail`: `handoverId`, `role` (`outgoing`, `incoming`, `countersign`), `staffId`, `name`, `entry`.
 * @event {DutyHandoverBlockedEvent} duty-handover-blocked - Core refused a command; nothing was
 *   written. `detail`: `form`, `refusal` (code, clauses, messageId, params, problems, blockers),
 *   `message` (in the panel's language), `locale`.
 * @event {DutyHandoverErrorEvent} duty-handover-error - Storage or the identity check failed, or
 *   IndexedDB is unavailable. `detail`: `kind` (`quota`, `storage`, `conflict`, `unavailable`,
 *   `signer`, `unexpected`), `message`, `form`, `error`.
 * @event {DutyHandoverPolicyErrorEvent} duty-handover-policy-error - The policy is invalid; the panel
 *   shows the problems. `detail.problems`: every problem with its path, code and messages.
 *
 * @csspart base - The panel around everything.
 * @csspart header - The header with the policy name, site and post.
 * @csspart title - The policy name.
 * @csspart meta - The site and post line under the title.
 * @csspart nav - The view switcher.
 * @csspart status - The saving / saved line (a live region).
 * @csspart warning - The notice that the panel runs on memory (IndexedDB unavailable).
 * @csspart error - An error: storage failure (with a retry), or the invalid policy.
 * @csspart view - Each view; also named `handover`, `countersign`, `history` or `keys`.
 * @csspart start - The form that opens a handover (who hands over to whom).
 * @csspart summary - The handover in progress: shifts, people, handover time, phase.
 * @csspart phase - The phase badge.
 * @csspart outgoing - The outgoing person's section.
 * @csspart incoming - The incoming person's section.
 * @csspart checklist - Each checklist; also `checklist-outgoing` and `checklist-incoming`.
 * @csspart checklist-item - One checklist entry.
 * @csspart required - The marker on a checklist entry that must be done.
 * @csspart matters - Carried-over matters and their form.
 * @csspart matter - One carried-over matter.
 * @csspart matter-update - The form that records a new version of a matter (its status now).
 * @csspart anomalies - Anomalies and their form.
 * @csspart anomaly - One anomaly.
 * @csspart instructions - Superiors' instructions passed on, and their form.
 * @csspart instruction - One instruction passed on.
 * @csspart major-issues - The shift's major issues, resolved or not, and their form.
 * @csspart major-issue - One major issue, with its state.
 * @csspart equipment - Equipment states and their form; shown where the policy blocks on equipment.
 * @csspart equipment-item - One piece of equipment, its latest state and the form for a new state.
 * @csspart fitness - Whether the incoming person is fit to take over; shown where the policy blocks on it.
 * @csspart fitness-record - One fitness judgement, with its observation and substitute.
 * @csspart prepare - The outgoing person's "preparation done" step.
 * @csspart arrival - The incoming person's arrival step.
 * @csspart inventory - The shared-item count.
 * @csspart inventory-item - One shared item with its expected count and count form.
 * @csspart acknowledgements - The incoming person's acknowledgement of each matter.
 * @csspart acknowledgement - One matter to acknowledge.
 * @csspart incidents - Emergencies, incidents and disputes.
 * @csspart incident - One emergency, incident or major event.
 * @csspart dispute - One dispute.
 * @csspart blockers - What blocks the signatures.
 * @csspart blocker - One blocker with its reason and clauses.
 * @csspart clauses - A list of clauses with their summaries.
 * @csspart refusal - Why core refused a command, beside its form.
 * @csspart signatures - Both signatures.
 * @csspart signature - One signature (form or stamp).
 * @csspart complete - The completed handover.
 * @csspart leave - The outgoing person's leaving step.
 * @csspart countersign-item - One handover awaiting countersign.
 * @csspart chain - The chain badge (intact, or broken at entry N).
 * @csspart search - The history search form.
 * @csspart history-list - The list of sealed handovers.
 * @csspart history-item - One sealed handover.
 * @csspart amend - A correction form.
 * @csspart amendments - The corrections recorded for a handover.
 * @csspart export - The export buttons.
 * @csspart keys-unreturned - Keys not back at the end of today.
 * @csspart keys-out - Keys out, with their return forms.
 * @csspart keys-issue - The form that issues area keys.
 * @csspart keys-lend - The form that lends a room key.
 *
 * @cssproperty [--dh-font-family=system-ui, sans-serif] - Font of the panel.
 * @cssproperty [--dh-font-size=1rem] - Base font size.
 * @cssproperty [--dh-color-text=#1b1f24] - Text colour.
 * @cssproperty [--dh-color-text-muted=#4a5561] - Secondary text (hints, stamps, empty lists).
 * @cssproperty [--dh-color-surface=#ffffff] - Panel background.
 * @cssproperty [--dh-color-surface-alt=#f4f6f8] - Cards and forms inside the panel.
 * @cssproperty [--dh-color-border=#aab3bd] - Panel, card, list and field borders.
 * @cssproperty [--dh-color-accent=#0b57a4] - Header rule, primary buttons, the current view.
 * @cssproperty [--dh-color-accent-ink=#ffffff] - Text on the accent colour.
 * @cssproperty [--dh-color-focus=#0b57a4] - Focus ring.
 * @cssproperty [--dh-color-ok=#1d6b35] - Done and intact marks.
 * @cssproperty [--dh-color-warn=#8a4b00] - Late, open and discrepancy marks.
 * @cssproperty [--dh-color-error=#a4161a] - Error text and border.
 * @cssproperty [--dh-color-error-surface=#fdf1f1] - Error background.
 * @cssproperty [--dh-space=1rem] - Base spacing unit.
 * @cssproperty [--dh-radius=0.375rem] - Corner radius.
 */
export class DutyHandover extends LitElement {
  static override styles: CSSResultGroup = styles;

  /** The site (estate) this panel belongs to. */
  @property() site = '';

  /** The post whose handover this is (a post id of the policy). */
  @property() post = 'front-desk';

  /** Preset id of the site's policy; `policyObject` wins when set. */
  @property() policy = 'reg7';

  /**
   * Requested language. Left unset, the closest `lang` of the page applies
   * (read live, so a page-level language switch re-renders the panel).
   */
  @property({ reflect: true }) override lang!: string;

  /** The view shown: `handover`, `countersign`, `history` or `keys`. */
  @property({ reflect: true }) view: ViewName = 'handover';

  /**
   * A full policy or `{ preset, overrides }`; wins over the `policy`
   * attribute. Replace the object to apply a change (it is not watched deeply).
   */
  @property({ attribute: false }) policyObject: DutyHandoverPolicyInput | undefined;

  /**
   * The duty roster: proposes who hands over to whom (see {@link DutyHandoverRoster}).
   * Without it, the staff numbers are typed in.
   */
  @property({ attribute: false }) roster: DutyHandoverRoster | undefined;

  /** The person using the panel (`{ staffId, name?, role? }`), when the portal knows: opens handovers, records keys. */
  @property({ attribute: false }) currentUser: Actor | undefined;

  /** The portal's identity check for signatures, the countersign and corrections; without it they are unavailable. */
  @property({ attribute: false }) signer: DutyHandoverSigner | undefined;

  /** Where the journal is kept: any `JournalAdapter`. Default: IndexedDB, one key space per site and post. */
  @property({ attribute: false }) store: JournalAdapter | undefined;

  /** The current instant as ISO 8601 with an offset (tests, kiosks). Default: the device's clock. */
  @property({ attribute: false }) clock: (() => string) | undefined;

  #engine: EngineModule | undefined;
  #resolved: ResolvedPolicy | undefined;
  #problems: readonly DhProblem[] | undefined;
  #workspace: Workspace | undefined;
  #local: LocalStore | undefined;
  #drafts: DraftStore = createMemoryDrafts();
  #draftText = new Map<string, string>();
  #draftTimers = new Map<string, ReturnType<typeof setTimeout>>();
  #refusals = new Map<string, Refusal<string>>();
  #busy = false;
  #status: { readonly text: string; readonly saving: boolean } | undefined;
  #failure: Failure | undefined;
  #warning: string | undefined;
  #chain: HistoryModule.ChainStatus | undefined;
  #history: typeof HistoryModule | undefined;
  #keys: typeof KeysModule | undefined;
  #channel: ChangeChannel | undefined;
  #bootCount = 0;
  #booted = false;
  #ready: Promise<void> = Promise.resolve();
  #langObserver: MutationObserver | undefined;
  #ticker: ReturnType<typeof setInterval> | undefined;
  #focusAfterUpdate: string | undefined;
  #focusTries = 0;
  /** Why the panel's parts could not be loaded, while that is the case. */
  #loadFailure: string | undefined;
  /** The words last shown: kept on screen while another language loads. */
  #shownStrings: WidgetStrings | undefined;
  #stringsPending: Promise<unknown> = Promise.resolve();

  /** The resolved policy on screen, or undefined while it is invalid or loading. */
  get resolvedPolicy(): ResolvedPolicy | undefined {
    return this.#resolved;
  }

  /** The problems on screen, or undefined while the policy is valid. */
  get problems(): readonly DhProblem[] | undefined {
    return this.#problems;
  }

  /** The language the panel renders in right now. */
  get locale(): Locale {
    const tag = nonEmpty(this.lang) ?? closestLang(this);
    return this.#engine ? this.#engine.matchLocale(tag) : 'zh-Hant';
  }

  /**
   * Settles when the panel has loaded its policy, its store and the journal
   * for the current settings, and rendered them (a change of `site`, `post`,
   * `store` or policy starts a new load).
   */
  get ready(): Promise<void> {
    // The pending update first: it starts the new load when a setting just changed.
    return this.updateComplete
      .then(() => this.#ready)
      .then(() => this.#stringsPending)
      .then(() => this.updateComplete)
      .then(() => undefined);
  }

  /** Every journal entry the panel has read, in seq order (copies are not made: do not change them). */
  get entries(): readonly SealedEntry[] {
    return this.#workspace?.entries ?? [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Follow a page-level language switch (`<html lang>` or any ancestor's).
    this.#langObserver ??= new MutationObserver(() => {
      if (nonEmpty(this.lang) === undefined) this.requestUpdate();
    });
    this.#langObserver.observe(this.ownerDocument.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
    window.addEventListener('focus', this.#onFocus);
    document.addEventListener('visibilitychange', this.#onFocus);
    window.addEventListener('pagehide', this.#onPageHide);
    // Time moves: timed blockers lift, "late" appears.
    this.#ticker = setInterval(() => {
      this.requestUpdate();
    }, 30_000);
    if (this.#booted) this.#reboot();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#langObserver?.disconnect();
    window.removeEventListener('focus', this.#onFocus);
    document.removeEventListener('visibilitychange', this.#onFocus);
    window.removeEventListener('pagehide', this.#onPageHide);
    if (this.#ticker !== undefined) clearInterval(this.#ticker);
    this.#channel?.close();
    this.#channel = undefined;
    this.#bootCount++;
    // Drafts still waiting are written, then the database connection is let go (a new one opens on return).
    const local = this.#local;
    this.#local = undefined;
    void this.#flushDrafts().finally(() => {
      if (!this.isConnected) local?.close();
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const settings = ['site', 'post', 'policy', 'policyObject', 'store'] as const;
    if (!this.#booted || settings.some((name) => changed.has(name))) {
      this.#booted = true;
      this.#reboot();
    }
    if (changed.has('view')) this.#loadView();
  }

  protected override updated(): void {
    const selector = this.#focusAfterUpdate;
    if (selector === undefined) return;
    const target = this.renderRoot.querySelector<HTMLElement>(selector);
    // A view whose code is still loading renders its heading a little later: keep the request until then.
    if (target === null && this.#focusTries++ < 5) return;
    this.#focusAfterUpdate = undefined;
    this.#focusTries = 0;
    target?.focus();
  }

  #reboot(): void {
    this.#ready = this.#boot(++this.#bootCount);
  }

  /** Loads the engine, resolves the policy, opens the store and reads the journal. */
  async #boot(id: number): Promise<void> {
    let engine: EngineModule;
    try {
      engine = this.#engine ??= await loadEngine();
      await loadStrings(this.locale);
    } catch (error) {
      if (id !== this.#bootCount) return;
      this.#loadFailure = error instanceof Error ? error.message : String(error);
      this.requestUpdate();
      this.#report('unexpected', `${LOAD_FAILURE}: ${this.#loadFailure}`, undefined, error);
      return;
    }
    this.#loadFailure = undefined;
    if (id !== this.#bootCount) return;
    const result = await engine.resolveWidgetPolicy(this.policyObject ?? this.policy);
    if (id !== this.#bootCount) return;
    if (!result.ok) {
      this.#resolved = undefined;
      this.#problems = result.problems;
      this.#workspace = undefined;
      this.requestUpdate();
      await this.updateComplete;
      this.dispatchEvent(new DutyHandoverPolicyErrorEvent({ problems: result.problems }));
      return;
    }
    const policy = result.policy;
    this.#problems = undefined;

    // The key space: this site and post's IndexedDB, or memory (with a warning) without IndexedDB.
    if (this.#local === undefined || this.#local.name !== databaseName(this.site, this.post)) {
      this.#local?.close();
      this.#local = createIndexedDbStore(this.site, this.post);
    }
    const local = this.#local;
    // Reading the drafts is also the check that IndexedDB opens at all.
    let stored: Record<string, string> = {};
    let indexedDbWorks = true;
    try {
      stored = await local.drafts.all();
    } catch (error) {
      indexedDbWorks = false;
      this.#report('unavailable', this.#strings()?.storageUnavailable ?? '', undefined, error);
    }
    if (id !== this.#bootCount) return;
    this.#warning = indexedDbWorks ? undefined : (this.#strings()?.memoryWarning ?? '');
    this.#drafts = indexedDbWorks ? local.drafts : createMemoryDrafts();
    for (const [draft, text] of Object.entries(stored)) {
      if (!this.#draftText.has(draft)) this.#draftText.set(draft, text);
    }
    const adapter = this.store ?? (indexedDbWorks ? local.journal : engine.createMemoryAdapter());
    const workspace = new engine.Workspace({ adapter, policy, clock: () => this.#clockNow() });
    try {
      await workspace.refresh();
    } catch (error) {
      this.#fail(error, undefined, () => {
        this.#reboot();
      });
    }
    if (id !== this.#bootCount) return;
    this.#resolved = policy;
    this.#workspace = workspace;
    this.#channel?.close();
    this.#channel = openChangeChannel(this.site, this.post, () => {
      void this.#sync();
    });
    this.requestUpdate();
    this.#loadView();
  }

  #clockNow(): string {
    return this.clock?.() ?? new Date().toISOString();
  }

  /** The words of the panel's language, or the last shown while it loads. */
  #strings(): WidgetStrings | undefined {
    const strings = stringsOf(this.locale) ?? this.#shownStrings;
    if (stringsOf(this.locale) === undefined) void this.#ensureStrings(this.locale);
    return strings;
  }

  #ensureStrings(locale: Locale): Promise<unknown> {
    if (stringsOf(locale) !== undefined) return Promise.resolve();
    const pending = loadStrings(locale).then(
      () => {
        this.requestUpdate();
      },
      (error: unknown) => {
        this.#fail(error, undefined, undefined);
      },
    );
    this.#stringsPending = pending;
    return pending;
  }

  readonly #onPageHide = (): void => {
    void this.#flushDrafts();
  };

  readonly #onFocus = (): void => {
    if (document.visibilityState === 'visible') void this.#sync();
  };

  /** Re-reads the store (another tab wrote, or the page came back). */
  async #sync(): Promise<void> {
    const workspace = this.#workspace;
    if (workspace === undefined) return;
    try {
      if (!(await workspace.refresh())) return;
    } catch (error) {
      this.#fail(error, undefined, undefined);
      return;
    }
    const latest = workspace.latest;
    this.requestUpdate();
    if (this.view === 'history') void this.#checkChain();
    this.dispatchEvent(
      new DutyHandoverChangeEvent({
        entries: [],
        origin: 'external',
        handoverId: latest?.handoverId,
        phase: latest?.phase,
      }),
    );
  }

  /** Loads the code of a view shown for the first time (history, keys). */
  #loadView(): void {
    if (this.view === 'history') {
      historyPromise ??= import('./views/history.js');
      void historyPromise.then((module) => {
        this.#history = module;
        this.requestUpdate();
        void this.#checkChain();
      });
    } else if (this.view === 'keys') {
      keysPromise ??= import('./views/keys.js');
      void keysPromise.then((module) => {
        this.#keys = module;
        this.requestUpdate();
      });
    }
  }

  async #checkChain(): Promise<void> {
    const workspace = this.#workspace;
    const history = this.#history;
    if (workspace === undefined || history === undefined) return;
    this.#chain ??= { state: 'checking' };
    try {
      this.#chain = await history.checkChain(workspace.adapter);
    } catch (error) {
      this.#fail(error, undefined, undefined);
    }
    this.requestUpdate();
  }

  // ——— Drafts ——————————————————————————————————————————————————————————

  readonly #onInput = (event: Event): void => {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
    const name = target.name;
    if (!name) return;
    const text =
      target instanceof HTMLInputElement && target.type === 'checkbox'
        ? target.checked
          ? 'on'
          : ''
        : target.value;
    this.#draftText.set(name, text);
    const timer = this.#draftTimers.get(name);
    if (timer !== undefined) clearTimeout(timer);
    this.#draftTimers.set(
      name,
      setTimeout(() => {
        this.#draftTimers.delete(name);
        void this.#saveDraft(name);
      }, DRAFT_DELAY_MS),
    );
    this.requestUpdate();
  };

  #saveDraft(name: string): Promise<void> {
    return this.#drafts.put(name, this.#draftText.get(name) ?? '').catch((error: unknown) => {
      this.#fail(error, undefined, undefined);
    });
  }

  /** Writes every draft still waiting for its pause (the page or the panel is going away). */
  readonly #flushDrafts = (): Promise<unknown> => {
    const writes: Promise<void>[] = [];
    for (const [name, timer] of this.#draftTimers) {
      clearTimeout(timer);
      writes.push(this.#saveDraft(name));
    }
    this.#draftTimers.clear();
    return Promise.all(writes);
  };

  #clearDrafts(patterns: readonly string[]): void {
    const names = [...this.#draftText.keys()].filter((name) =>
      patterns.some((pattern) => (pattern.endsWith('.') ? name.startsWith(pattern) : name === pattern)),
    );
    for (const name of names) {
      this.#draftText.delete(name);
      const timer = this.#draftTimers.get(name);
      if (timer !== undefined) clearTimeout(timer);
      this.#draftTimers.delete(name);
    }
    this.#drafts.remove(names).catch((error: unknown) => {
      this.#fail(error, undefined, undefined);
    });
  }

  // ——— Commands ————————————————————————————————————————————————————————

  async #run(
    form: string,
    command: (workspace: Workspace) => Promise<Outcome>,
    options: InternalRunOptions = {},
  ): Promise<void> {
    const workspace = this.#workspace;
    const engine = this.#engine;
    const t = this.#strings();
    if (workspace === undefined || engine === undefined || t === undefined || this.#busy) return;
    this.#busy = true;
    this.#failure = undefined;
    this.#status = { text: t.saving, saving: true };
    this.requestUpdate();
    try {
      // The drafts a saved entry replaces go in the same IndexedDB transaction as
      // the entry: a tab closed between the two would otherwise bring the recorded
      // text back into the form, and recording it again would store it twice.
      const local = workspace.adapter === this.#local?.journal ? this.#local : undefined;
      const outcome =
        options.clear && local
          ? await local.clearingDrafts(options.clear, () => command(workspace))
          : await command(workspace);
      if (outcome.ok) {
        this.#refusals.delete(form);
        if (options.clear) this.#clearDrafts(options.clear);
        const at = formatter(this.locale, workspace.policy.timeZone).time(outcome.entry.at);
        this.#status = { text: fill(t.savedAt, { what: options.saved ?? t.saved, time: at }), saving: false };
        this.#channel?.post({ seq: outcome.entry.seq, hash: outcome.entry.hash });
        if (options.focus) this.#focusAfterUpdate = options.focus;
        const latest = workspace.latest;
        this.dispatchEvent(
          new DutyHandoverChangeEvent({
            entries: [outcome.entry],
            origin: 'local',
            handoverId: latest?.handoverId,
            phase: latest?.phase,
          }),
        );
        options.onSuccess?.(outcome.entry);
        if (this.view === 'history') void this.#checkChain();
      } else {
        this.#refusals.set(form, outcome.refusal);
        this.#status = undefined;
        const message = engine.formatMessage(outcome.refusal.messageId, outcome.refusal.params, this.locale);
        this.dispatchEvent(
          new DutyHandoverBlockedEvent({ form, refusal: outcome.refusal, message, locale: this.locale }),
        );
      }
    } catch (error) {
      this.#status = undefined;
      this.#fail(error, form, () => {
        void this.#run(form, command, options);
      });
    } finally {
      this.#busy = false;
      this.requestUpdate();
    }
  }

  /** Shows a failure and reports it; `retry` runs the same command again (the typed text is still there). */
  #fail(error: unknown, form: string | undefined, retry: (() => void) | undefined): void {
    const t = this.#strings();
    const kind: ErrorKind = this.#engine ? this.#engine.failureKind(error) : 'unexpected';
    const detail = error instanceof Error ? error.message : String(error);
    const message =
      t === undefined
        ? detail
        : kind === 'quota'
          ? t.errorQuota
          : kind === 'conflict'
            ? t.errorConflict
            : kind === 'storage'
              ? fill(t.errorStorage, { detail })
              : fill(t.errorUnexpected, { detail });
    this.#failure = { kind, message, form, retry };
    this.requestUpdate();
    this.#report(kind, message, form, error);
  }

  #report(kind: ErrorKind, message: string, form: string | undefined, error: unknown): void {
    this.dispatchEvent(new DutyHandoverErrorEvent({ kind, message, form, error }));
  }

  async #signAs(
    form: string,
    request: { readonly role: SignerRole; readonly staffId?: string; readonly handoverId: string },
    command: Parameters<ViewContext['signAs']>[2],
    options: RunOptions = {},
  ): Promise<void> {
    const t = this.#strings();
    const signer = this.signer;
    const policy = this.#resolved;
    if (signer === undefined || policy === undefined || t === undefined || this.#busy) return;
    let person: SignerResult | null;
    this.#failure = undefined;
    this.#status = { text: t.waitingForSigner, saving: true };
    this.#busy = true;
    this.requestUpdate();
    try {
      person = await signer({
        role: request.role,
        staffId: request.staffId,
        handoverId: request.handoverId,
        policyRole: request.role === 'countersign' ? policy.handover.countersign.role : undefined,
      });
    } catch (error) {
      this.#busy = false;
      const message = fill(t.errorSigner, { detail: error instanceof Error ? error.message : String(error) });
      this.#status = undefined;
      this.#failure = { kind: 'signer', message, form, retry: undefined };
      this.#report('signer', message, form, error);
      this.requestUpdate();
      return;
    }
    this.#status = undefined;
    this.#busy = false;
    if (person === null || person.staffId.trim() === '') {
      this.#status = { text: t.signatureCancelled, saving: false };
      this.requestUpdate();
      return;
    }
    const expected = request.staffId;
    if (
      (request.role === 'outgoing' || request.role === 'incoming') &&
      expected !== undefined &&
      person.staffId !== expected
    ) {
      const message = fill(t.signerMismatch, { got: person.staffId, expected });
      this.#failure = { kind: 'signer', message, form, retry: undefined };
      this.#report('signer', message, form, undefined);
      this.requestUpdate();
      return;
    }
    const actor: Actor = person.name
      ? { staffId: person.staffId, name: person.name }
      : { staffId: person.staffId };
    const role = request.role;
    await this.#run(form, (workspace) => command(workspace, actor), {
      ...options,
      onSuccess: (entry) => {
        if (role === 'amend') return;
        this.dispatchEvent(
          new DutyHandoverSignedEvent({
            handoverId: request.handoverId,
            role,
            staffId: actor.staffId,
            name: actor.name,
            entry,
          }),
        );
      },
    });
  }

  #download(name: string, type: string, text: string): void {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => {
      URL.revokeObjectURL(url);
    }, 60_000);
    this.#status = { text: fill(this.#strings()?.downloaded ?? '{name}', { name }), saving: false };
    this.requestUpdate();
  }

  #show(view: ViewName): void {
    this.view = view;
    this.#focusAfterUpdate = '#view-heading';
  }

  // ——— Rendering ————————————————————————————————————————————————————————

  #context(t: WidgetStrings): ViewContext | undefined {
    const engine = this.#engine;
    const workspace = this.#workspace;
    const policy = this.#resolved;
    if (engine === undefined || workspace === undefined || policy === undefined) return undefined;
    const locale = this.locale;
    const roster = this.roster;
    const staffName = (id: string) => roster?.staff.find((person) => person.id === id)?.name;
    return {
      t,
      locale,
      policy,
      engine,
      workspace,
      now: workspace.now(),
      fmt: formatter(locale, policy.timeZone),
      site: this.site,
      post: this.post,
      busy: this.#busy,
      currentUser: this.currentUser,
      people: (roster?.staff ?? []).map((person) => ({ staffId: person.id, name: person.name })),
      rostered: (date, shiftId) =>
        (roster?.assignments ?? [])
          .filter(
            (row) =>
              row.date === date &&
              row.shift === shiftId &&
              (row.post === undefined || row.post === this.post),
          )
          .map((row) => {
            const name = staffName(row.staff);
            return name === undefined ? { staffId: row.staff } : { staffId: row.staff, name };
          }),
      draft: (name) => this.#draftText.get(name) ?? '',
      onInput: this.#onInput,
      run: (form, command, options) => {
        void this.#run(form, command, options);
      },
      refusal: (form) => this.#refusals.get(form),
      signAs: (form, request, command, options) => {
        void this.#signAs(form, request, command, options);
      },
      canSign: this.signer !== undefined,
      download: (name, type, text) => {
        this.#download(name, type, text);
      },
      show: (view) => {
        this.#show(view);
      },
      refresh: () => {
        this.requestUpdate();
      },
    };
  }

  override render(): TemplateResult {
    const locale = this.locale;
    const t = this.#strings();
    if (t === undefined) {
      return this.#loadFailure === undefined
        ? html`<div part="base" class="base loading" aria-busy="true"></div>`
        : html`<div part="base" class="base">
            <div part="error" class="error" role="alert">
              <p class="title">${LOAD_FAILURE}</p>
              <p><code>${this.#loadFailure}</code></p>
            </div>
          </div>`;
    }
    this.#shownStrings = t;
    if (this.#problems) return this.#renderProblems(this.#problems, locale, t);
    const ctx = this.#context(t);
    if (ctx === undefined) {
      return html`<div part="base" class="base loading" lang=${locale} aria-busy="true">
        ${this.#failure ? this.#renderFailure(t) : html`<p class="hint">${this.#engine ? t.loading : ''}</p>`}
      </div>`;
    }
    const { policy } = ctx;
    const postName = policy.posts.find((p) => p.id === this.post)?.name[locale] ?? this.post;
    const labels: Record<ViewName, string> = {
      handover: t.viewHandover,
      countersign: t.viewCountersign,
      history: t.viewHistory,
      keys: t.viewKeys,
    };
    const pending = ctx.workspace.handovers.filter((state) => state.phase === 'signed-by-both').length;
    return html`<section part="base" class="base" lang=${locale} aria-labelledby="title">
      <header part="header" class="header">
        <h2 id="title" part="title">${policy.name[locale]}</h2>
        <p part="meta" class="meta">
          ${this.site ? html`<span>${t.site}${t.labelSeparator}${this.site}</span>` : nothing}
          <span>${t.post}${t.labelSeparator}${postName}</span>
        </p>
      </header>
      ${this.#warning ? html`<p part="warning" class="warning" role="note">${this.#warning}</p>` : nothing}
      <nav part="nav" class="nav" aria-label=${t.views}>
        <ul>
          ${VIEWS.map(
            (view) =>
              html`<li>
                <button
                  type="button"
                  aria-current=${this.view === view ? 'page' : 'false'}
                  @click=${() => {
                    this.#show(view);
                  }}
                >
                  ${labels[view]}${
                    view === 'countersign' && pending > 0
                      ? html` <span class="count">${fill(t.pendingCount, { count: pending })}</span>`
                      : nothing
                  }
                </button>
              </li>`,
          )}
        </ul>
      </nav>
      <p part="status" class="status ${this.#status?.saving ? 'saving' : ''}" role="status">
        ${this.#status?.text ?? ''}
      </p>
      ${this.#renderFailure(t)} ${this.#renderView(ctx)}
    </section>`;
  }

  #renderView(ctx: ViewContext): TemplateResult {
    switch (this.view) {
      case 'countersign':
        return renderCountersign(ctx);
      case 'history':
        return this.#history
          ? this.#history.renderHistory(ctx, this.#chain)
          : html`<p class="hint" role="status">${ctx.t.loading}</p>`;
      case 'keys':
        return this.#keys
          ? this.#keys.renderKeys(ctx)
          : html`<p class="hint" role="status">${ctx.t.loading}</p>`;
      default:
        return renderHandover(ctx);
    }
  }

  #renderFailure(t: WidgetStrings): TemplateResult | typeof nothing {
    const failure = this.#failure;
    if (failure === undefined) return nothing;
    const retry = failure.retry;
    return html`<div part="error" class="error" role="alert" data-kind=${failure.kind}>
      <p class="title">${failure.message}</p>
      ${failure.form ? html`<p>${t.textKept}</p>` : nothing}
      <div class="actions">
        ${
          retry
            ? html`<button
                type="button"
                @click=${() => {
                  this.#failure = undefined;
                  retry();
                }}
              >
                ${t.retry}
              </button>`
            : nothing
        }
        <button
          type="button"
          @click=${() => {
            this.#failure = undefined;
            this.requestUpdate();
          }}
        >
          ${t.dismiss}
        </button>
      </div>
    </div>`;
  }

  #renderProblems(problems: readonly DhProblem[], locale: Locale, t: WidgetStrings): TemplateResult {
    return html`
      <div part="base" class="base" lang=${locale}>
        <div part="error" class="error" role="alert">
          <p class="title">${t.invalidPolicy}</p>
          <p>${t.invalidPolicyHint}</p>
          <ul>
            ${problems.map(
              (p) => html`
                <li data-code=${p.code}>
                  <code
                    >${p.path.length === 0 || !this.#engine ? t.wholeDocument : this.#engine.formatPath(p.path)}</code
                  >${t.labelSeparator}${p.message[locale]}
                </li>
              `,
            )}
          </ul>
        </div>
      </div>
    `;
  }
}

/** An attribute value, or undefined when it is missing (null) or empty. */
function nonEmpty(value: string | null | undefined): string | undefined {
  return value === null || value === undefined || value === '' ? undefined : value;
}

/** The `lang` of the nearest ancestor that has one, across shadow roots. */
function closestLang(element: Element): string | undefined {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element) {
      const lang = nonEmpty(node.getAttribute('lang'));
      if (lang !== undefined) return lang;
      node = node.parentNode;
    } else if (node instanceof ShadowRoot) {
      node = node.host;
    } else {
      node = null;
    }
  }
  return undefined;
}
