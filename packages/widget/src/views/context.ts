/**
 * What every view receives from the element: the words, the policy, the
 * core side, the drafts and the actions. Views are plain functions from
 * this context to a template; they hold no state of their own and import
 * nothing from core at run time (only types), so they render from the
 * element's chunk while the core arrives in the engine chunk.
 */
import type { Actor, Locale, Refusal, ResolvedPolicy } from '@duty-handover/core';
import type * as Engine from '../engine.js';
import type { Formatter } from '../format.js';
import type { WidgetStrings } from '../locales.js';
import type { SignerRole, ViewName } from '../types.js';

export { VIEWS, type SignerRole, type ViewName } from '../types.js';

export type EngineModule = typeof Engine;
export type Workspace = Engine.Workspace;
export type Outcome = Engine.Outcome;

export interface RunOptions {
  /** Drafts to clear once the entry is stored: names, or prefixes ending in `.`. */
  readonly clear?: readonly string[];
  /** The status line after success (defaults to "Saved"). */
  readonly saved?: string;
  /** A CSS selector (inside the panel) to focus after success. */
  readonly focus?: string;
}

export interface ViewContext {
  readonly t: WidgetStrings;
  readonly locale: Locale;
  readonly policy: ResolvedPolicy;
  readonly engine: EngineModule;
  readonly workspace: Workspace;
  /** The current instant in the site's zone. */
  readonly now: string;
  readonly fmt: Formatter;
  readonly site: string;
  readonly post: string;
  /** A command is being stored. */
  readonly busy: boolean;
  /** Who uses the panel, when the portal says. */
  readonly currentUser: Actor | undefined;
  /** The people a start form offers, from the roster and the journal. */
  readonly people: readonly { readonly staffId: string; readonly name?: string }[];
  /** The roster's people for a shift instance, when a roster is given. */
  rostered(date: string, shiftId: string): readonly { readonly staffId: string; readonly name?: string }[];
  /** The draft text of a field. */
  draft(name: string): string;
  /** Keeps drafts as the person types (listens on forms). */
  readonly onInput: (event: Event) => void;
  /** Runs a command for a form and shows its outcome there. */
  run(form: string, command: (workspace: Workspace) => Promise<Outcome>, options?: RunOptions): void;
  /** The last refusal of a form, until it succeeds. */
  refusal(form: string): Refusal<string> | undefined;
  /** Asks the portal's identity check, then signs, countersigns or amends as the person it returns. */
  signAs(
    form: string,
    request: { readonly role: SignerRole; readonly staffId?: string; readonly handoverId: string },
    command: (workspace: Workspace, actor: Actor) => Promise<Outcome>,
    options?: RunOptions,
  ): void;
  /** Whether the portal gave a `signer`. */
  readonly canSign: boolean;
  /** Downloads a file the browser saves. */
  download(name: string, type: string, text: string): void;
  /** Shows another view. */
  show(view: ViewName): void;
  /** Asks the element to render again (a lazy view finished loading, a search changed). */
  refresh(): void;
}
