import {
  LitElement,
  css,
  html,
  nothing,
  type CSSResultGroup,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { property } from 'lit/decorators.js';
import {
  PolicyError,
  formatPath,
  matchLocale,
  resolvePolicy,
  type ChecklistItem,
  type DataPath,
  type DeepReadonly,
  type Locale,
  type Policy,
  type PolicyDocument,
  type ResolvedPolicy,
} from '@duty-handover/core';
import { WIDGET_STRINGS, type WidgetStrings } from './locales.js';

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
 * Fired when the policy (the `policy` attribute or `policyObject`) cannot be
 * used. The widget shows the problems itself; listen to report them elsewhere.
 */
export class DhPolicyErrorEvent extends Event {
  static readonly eventName = 'dh-policy-error' as const;

  /** Every problem found, in the order core reported them. */
  readonly problems: readonly DhProblem[];

  constructor(problems: readonly DhProblem[]) {
    super(DhPolicyErrorEvent.eventName, { bubbles: true, composed: true });
    this.problems = problems;
  }
}

/**
 * The shift-handover panel of a property-management customer-service centre.
 *
 * This first version is read-only: it shows the site's policy (the outgoing
 * and incoming checklists and the shared-item inventory with the counts the
 * incoming staff must find). Policy content comes localised from
 * `@duty-handover/core`; the widget never re-implements a rule.
 *
 * @summary Shows a site's handover checklists and shared-item inventory.
 *
 * @attr site - The site (estate) this panel belongs to, shown in the header.
 * @attr post - The post whose handover this is; its name comes from the policy. Default `front-desk`.
 * @attr policy - Preset id of the site's policy (`reg7`, `estate-group`, `taikoo-front-desk`,
 *   `call-centre`, `cs-department`). Default `reg7`. `policyObject` wins over it.
 * @attr lang - `zh-Hant`, `zh-Hans` or `en` (other tags are matched: `zh-HK` → `zh-Hant`,
 *   `zh-CN` → `zh-Hans`). Without it the closest `lang` of the page applies, else `zh-Hant`.
 *
 * @event {DhPolicyErrorEvent} dh-policy-error - The policy is invalid; `event.problems` lists
 *   every problem with its path and messages. Bubbles and crosses shadow roots.
 *
 * @csspart base - The panel around everything.
 * @csspart header - The header with the policy name, site and post.
 * @csspart title - The policy name.
 * @csspart meta - The site and post line under the title.
 * @csspart checklist - Each checklist section (outgoing and incoming).
 * @csspart checklist-outgoing - The outgoing staff's checklist section.
 * @csspart checklist-incoming - The incoming staff's checklist section.
 * @csspart checklist-item - One checklist entry.
 * @csspart required - The marker on a checklist entry that must be done.
 * @csspart inventory - The shared-item inventory section.
 * @csspart inventory-table - The inventory table.
 * @csspart error - The alert shown instead of the lists when the policy is invalid.
 *
 * @cssproperty [--dh-font-family=system-ui, sans-serif] - Font of the panel.
 * @cssproperty [--dh-font-size=1rem] - Base font size.
 * @cssproperty [--dh-color-text=#1b1f24] - Text colour.
 * @cssproperty [--dh-color-text-muted=#4a5561] - Secondary text (site, post, empty lists).
 * @cssproperty [--dh-color-surface=#ffffff] - Panel background.
 * @cssproperty [--dh-color-border=#aab3bd] - Panel, list and table borders.
 * @cssproperty [--dh-color-accent=#0b57a4] - Header rule and the required marker.
 * @cssproperty [--dh-color-focus=#0b57a4] - Focus ring.
 * @cssproperty [--dh-color-error=#a4161a] - Error text and border.
 * @cssproperty [--dh-color-error-surface=#fdf1f1] - Error background.
 * @cssproperty [--dh-space=1rem] - Base spacing unit.
 * @cssproperty [--dh-radius=0.375rem] - Corner radius.
 */
export class DutyHandover extends LitElement {
  static override styles: CSSResultGroup = css`
    :host {
      display: block;
      color: var(--dh-color-text, #1b1f24);
      font-family: var(
        --dh-font-family,
        system-ui,
        -apple-system,
        'Segoe UI',
        'Noto Sans TC',
        'PingFang TC',
        'Microsoft JhengHei',
        'Noto Sans SC',
        'PingFang SC',
        'Microsoft YaHei',
        sans-serif
      );
      font-size: var(--dh-font-size, 1rem);
      line-height: 1.5;
    }
    :host([hidden]) {
      display: none;
    }
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }
    .base {
      background: var(--dh-color-surface, #ffffff);
      border: 1px solid var(--dh-color-border, #aab3bd);
      border-radius: var(--dh-radius, 0.375rem);
      padding: var(--dh-space, 1rem);
    }
    .header {
      border-bottom: 2px solid var(--dh-color-accent, #0b57a4);
      padding-bottom: calc(var(--dh-space, 1rem) * 0.5);
      margin-bottom: var(--dh-space, 1rem);
    }
    h2,
    h3 {
      margin: 0;
      line-height: 1.3;
    }
    h2 {
      font-size: 1.25em;
    }
    h3 {
      font-size: 1.05em;
      margin-bottom: calc(var(--dh-space, 1rem) * 0.5);
    }
    .meta {
      margin: calc(var(--dh-space, 1rem) * 0.25) 0 0;
      color: var(--dh-color-text-muted, #4a5561);
      font-size: 0.9em;
    }
    .meta span + span::before {
      content: ' · ';
    }
    .checklists {
      display: grid;
      gap: var(--dh-space, 1rem);
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr));
      margin-bottom: var(--dh-space, 1rem);
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
      border: 1px solid var(--dh-color-border, #aab3bd);
      border-radius: var(--dh-radius, 0.375rem);
    }
    li {
      display: flex;
      gap: calc(var(--dh-space, 1rem) * 0.5);
      align-items: baseline;
      justify-content: space-between;
      padding: calc(var(--dh-space, 1rem) * 0.5) calc(var(--dh-space, 1rem) * 0.75);
      overflow-wrap: anywhere;
    }
    li + li {
      border-top: 1px solid var(--dh-color-border, #aab3bd);
    }
    .required {
      flex: none;
      color: var(--dh-color-accent, #0b57a4);
      border: 1px solid currentColor;
      border-radius: var(--dh-radius, 0.375rem);
      padding: 0 0.4em;
      font-size: 0.8em;
      font-weight: 600;
      white-space: nowrap;
    }
    .empty {
      color: var(--dh-color-text-muted, #4a5561);
      margin: 0;
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    th,
    td {
      text-align: start;
      padding: calc(var(--dh-space, 1rem) * 0.5) calc(var(--dh-space, 1rem) * 0.75);
      border-bottom: 1px solid var(--dh-color-border, #aab3bd);
      overflow-wrap: anywhere;
    }
    thead th {
      border-bottom-width: 2px;
    }
    tbody th {
      font-weight: normal;
    }
    .count {
      text-align: end;
      font-variant-numeric: tabular-nums;
      width: 1%;
      white-space: nowrap;
    }
    .error {
      color: var(--dh-color-error, #a4161a);
      background: var(--dh-color-error-surface, #fdf1f1);
      border: 1px solid currentColor;
      border-radius: var(--dh-radius, 0.375rem);
      padding: var(--dh-space, 1rem);
    }
    .error p {
      margin: 0 0 calc(var(--dh-space, 1rem) * 0.5);
    }
    .error .title {
      font-weight: 700;
    }
    .error ul {
      border: 0;
      list-style: disc;
      padding-inline-start: 1.25em;
    }
    .error li {
      display: list-item;
      padding: 0.125em 0;
      border: 0;
    }
    code {
      font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
      font-size: 0.9em;
    }
    :focus-visible {
      outline: 3px solid var(--dh-color-focus, #0b57a4);
      outline-offset: 2px;
    }
    @media (prefers-reduced-motion: no-preference) {
      :focus-visible {
        transition: outline-offset 120ms ease-out;
      }
    }
  `;

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

  /**
   * A full policy or `{ preset, overrides }`; wins over the `policy`
   * attribute. Replace the object to apply a change (it is not watched deeply).
   */
  @property({ attribute: false }) policyObject: DutyHandoverPolicyInput | undefined;

  #resolved: ResolvedPolicy | undefined;
  #problems: readonly DhProblem[] | undefined;
  #reportProblems = false;
  #langObserver: MutationObserver | undefined;

  /** The resolved policy on screen, or undefined while it is invalid. */
  get resolvedPolicy(): ResolvedPolicy | undefined {
    return this.#resolved;
  }

  /** The problems on screen, or undefined while the policy is valid. */
  get problems(): readonly DhProblem[] | undefined {
    return this.#problems;
  }

  /** The language the panel renders in right now. */
  get locale(): Locale {
    return matchLocale(nonEmpty(this.lang) ?? closestLang(this));
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
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#langObserver?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('policy') || changed.has('policyObject') || (!this.#resolved && !this.#problems)) {
      this.#resolve();
    }
  }

  protected override updated(): void {
    if (this.#reportProblems && this.#problems) {
      this.#reportProblems = false;
      this.dispatchEvent(new DhPolicyErrorEvent(this.#problems));
    }
  }

  #resolve(): void {
    try {
      this.#resolved = resolvePolicy(this.policyObject ?? this.policy);
      this.#problems = undefined;
    } catch (error) {
      this.#resolved = undefined;
      this.#problems = error instanceof PolicyError ? error.problems : [unexpectedProblem(error)];
      this.#reportProblems = true;
    }
  }

  override render(): TemplateResult {
    const locale = this.locale;
    const t = WIDGET_STRINGS[locale];
    const policy = this.#resolved;
    if (!policy) return this.#renderProblems(this.#problems ?? [], locale, t);

    const postName = policy.posts.find((p) => p.id === this.post)?.name[locale] ?? this.post;
    const { outgoingChecklist, incomingChecklist, inventory } = policy.handover;
    return html`
      <section part="base" class="base" lang=${locale} aria-labelledby="title">
        <header part="header" class="header">
          <h2 id="title" part="title">${policy.name[locale]}</h2>
          <p part="meta" class="meta">
            ${this.site ? html`<span>${t.site}${t.labelSeparator}${this.site}</span>` : nothing}
            ${postName ? html`<span>${t.post}${t.labelSeparator}${postName}</span>` : nothing}
          </p>
        </header>
        <div class="checklists">
          ${this.#renderChecklist('outgoing', t.outgoingChecklist, outgoingChecklist, locale, t)}
          ${this.#renderChecklist('incoming', t.incomingChecklist, incomingChecklist, locale, t)}
        </div>
        <section part="inventory" class="inventory">
          <h3 id="inventory-heading">${t.inventory}</h3>
          ${
            inventory.length === 0
              ? html`<p class="empty">${t.emptyList}</p>`
              : html`
                  <table part="inventory-table" aria-labelledby="inventory-heading">
                    <thead>
                      <tr>
                        <th scope="col">${t.inventoryItem}</th>
                        <th scope="col" class="count">${t.inventoryExpected}</th>
                      </tr>
                    </thead>
                    <tbody>
                      ${inventory.map(
                        (item) => html`
                          <tr data-id=${item.id}>
                            <th scope="row">${item.name[locale]}</th>
                            <td class="count">${item.expected}</td>
                          </tr>
                        `,
                      )}
                    </tbody>
                  </table>
                `
          }
        </section>
      </section>
    `;
  }

  #renderChecklist(
    which: 'outgoing' | 'incoming',
    heading: string,
    items: readonly DeepReadonly<ChecklistItem>[],
    locale: Locale,
    t: WidgetStrings,
  ): TemplateResult {
    const headingId = `${which}-heading`;
    return html`
      <section part="checklist checklist-${which}" class="checklist">
        <h3 id=${headingId}>${heading}</h3>
        ${
          items.length === 0
            ? html`<p class="empty">${t.emptyList}</p>`
            : html`
                <ul aria-labelledby=${headingId}>
                  ${items.map(
                    (item) => html`
                      <li part="checklist-item" data-id=${item.id} data-required=${item.required}>
                        <span class="label">${item.label[locale]}</span>
                        ${item.required ? html`<span part="required" class="required">${t.required}</span>` : nothing}
                      </li>
                    `,
                  )}
                </ul>
              `
        }
      </section>
    `;
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
                  <code>${p.path.length === 0 ? t.wholeDocument : formatPath(p.path)}</code>:
                  ${p.message[locale]}
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

/** A failure that is not a `PolicyError` (a bug): still shown, never thrown. */
function unexpectedProblem(error: unknown): DhProblem {
  const detail = error instanceof Error ? error.message : String(error);
  const message = Object.fromEntries(
    Object.entries(WIDGET_STRINGS).map(([locale, t]) => [locale, t.unexpected.replace('{detail}', detail)]),
  ) as Record<Locale, string>;
  return { path: [], code: 'widget.unexpected-error', message };
}
