/**
 * Pieces every view uses: a labelled field bound to its draft, the refusal
 * shown beside the form that caused it (core's message, the clauses with
 * their summaries, and each problem at its field), and a clause list.
 *
 * Everything a person typed is rendered through Lit text and property
 * bindings, never as markup.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { CarriedOverMatter, Problem, Refusal } from '@duty-handover/core';
import { clauseSummary } from '../clause-summaries.js';
import { readableParams } from '../format.js';
import type { ViewContext } from './context.js';

/** An id usable in the shadow root for a draft name. */
export function idOf(name: string): string {
  return `f-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

export interface FieldSpec {
  /** The draft name, also the input's `name`. */
  readonly name: string;
  readonly label: string;
  readonly type?: 'text' | 'textarea' | 'number' | 'date' | 'select' | 'checkbox';
  readonly options?: readonly (readonly [value: string, label: string])[];
  /** The payload field this input fills, to show core's problems at it (`cause`, `explanation.text`). */
  readonly path?: string;
  readonly hint?: string;
  readonly required?: boolean;
  readonly min?: number;
  readonly autocomplete?: string;
  /** Shown while the draft is empty (a select's proposed choice). */
  readonly fallback?: string;
}

function problemPath(problem: Problem): string {
  return problem.path.filter((key) => typeof key === 'string').join('.');
}

/** Problems of a refusal at a payload field. */
function problemsAt(refusal: Refusal<string> | undefined, path: string | undefined): Problem[] {
  if (refusal === undefined || path === undefined) return [];
  return refusal.problems.filter((problem) => problemPath(problem) === path);
}

export function field(ctx: ViewContext, form: string, spec: FieldSpec): TemplateResult {
  const id = idOf(spec.name);
  const problems = problemsAt(ctx.refusal(form), spec.path);
  const invalid = problems.length > 0;
  const described = [spec.hint ? `${id}-hint` : '', invalid ? `${id}-error` : ''].filter(Boolean).join(' ');
  const value = ctx.draft(spec.name) || (spec.fallback ?? '');
  const hint = spec.hint ? html`<span class="hint" id=${`${id}-hint`}>${spec.hint}</span>` : nothing;
  const errors = invalid
    ? html`<span class="field-error" id=${`${id}-error`}>
        ${problems.map((problem) => html`<span>${problem.message[ctx.locale]}</span>`)}
      </span>`
    : nothing;
  const required = spec.required ? html`<span class="required-mark">${ctx.t.requiredField}</span>` : nothing;
  const common = {
    id,
    describedby: described === '' ? undefined : described,
    invalid: invalid ? 'true' : undefined,
  };

  switch (spec.type) {
    case 'checkbox':
      return html`<div class="field checkbox-field">
        <input
          type="checkbox"
          id=${common.id}
          name=${spec.name}
          .checked=${live(value === 'on')}
          aria-describedby=${ifDefined(common.describedby)}
        />
        <label for=${id}>${spec.label}</label>
        ${hint}
      </div>`;
    case 'textarea':
      return html`<div class="field">
        <label for=${id}>${spec.label} ${required}</label>
        ${hint}
        <textarea
          id=${id}
          name=${spec.name}
          rows="2"
          .value=${live(value)}
          aria-describedby=${ifDefined(common.describedby)}
          aria-invalid=${ifDefined(common.invalid)}
          aria-required=${spec.required ? 'true' : 'false'}
        ></textarea>
        ${errors}
      </div>`;
    case 'select': {
      // `selected` sets the first render (the options are rendered after the select's
      // own binding); `.value` keeps the shown choice equal to the draft afterwards,
      // also when a save resets the draft. With no draft and no fallback the browser
      // shows the first option, so that is the value.
      const options = spec.options ?? [];
      const shown = options.some(([option]) => option === value) ? value : (options[0]?.[0] ?? '');
      return html`<div class="field">
        <label for=${id}>${spec.label} ${required}</label>
        ${hint}
        <select
          id=${id}
          name=${spec.name}
          .value=${live(shown)}
          aria-describedby=${ifDefined(common.describedby)}
          aria-invalid=${ifDefined(common.invalid)}
        >
          ${options.map(
            ([option, label]) =>
              html`<option value=${option} ?selected=${option === shown}>${label}</option>`,
          )}
        </select>
        ${errors}
      </div>`;
    }
    default:
      return html`<div class="field">
        <label for=${id}>${spec.label} ${required}</label>
        ${hint}
        <input
          id=${id}
          name=${spec.name}
          type=${spec.type ?? 'text'}
          min=${ifDefined(spec.min)}
          inputmode=${ifDefined(spec.type === 'number' ? 'numeric' : undefined)}
          autocomplete=${ifDefined(spec.autocomplete ?? (spec.type === 'number' ? undefined : 'off'))}
          .value=${live(value)}
          aria-describedby=${ifDefined(common.describedby)}
          aria-invalid=${ifDefined(common.invalid)}
          aria-required=${spec.required ? 'true' : 'false'}
        />
        ${errors}
      </div>`;
  }
}

/** The clauses behind a refusal or a blocker, each with the registry's summary. */
export function clauseList(ctx: ViewContext, clauses: readonly string[]): TemplateResult | typeof nothing {
  if (clauses.length === 0) return nothing;
  return html`<ul class="clauses" part="clauses" aria-label=${ctx.t.clauses}>
    ${clauses.map((id) => {
      const summary = clauseSummary(id, ctx.locale, () => {
        ctx.refresh();
      });
      return html`<li data-clause=${id}>
        <span class="clause-id">${id}</span
        >${summary ? html` <span class="clause-summary">${summary}</span>` : nothing}
      </li>`;
    })}
  </ul>`;
}

/** Core's message for a refusal or blocker, in the panel's language, with instants in site time. */
export function messageOf(
  ctx: ViewContext,
  source: { readonly messageId: string; readonly params: Readonly<Record<string, string | number>> },
): string {
  const format = ctx.engine.formatMessage as (
    id: string,
    params: Readonly<Record<string, string | number>>,
    locale: typeof ctx.locale,
  ) => string;
  return format(source.messageId, readableParams(source.params, ctx.fmt), ctx.locale);
}

/** The refusal of a form: why, the clauses, and problems not shown at a field. */
export function refusalBlock(
  ctx: ViewContext,
  form: string,
  fieldPaths: readonly string[] = [],
): TemplateResult | typeof nothing {
  const refusal = ctx.refusal(form);
  if (refusal === undefined) return nothing;
  const loose = refusal.problems.filter((problem) => !fieldPaths.includes(problemPath(problem)));
  return html`<div class="refusal" part="refusal" role="alert" data-code=${refusal.code}>
    <p class="refusal-message">${messageOf(ctx, refusal)}</p>
    ${
      loose.length > 0
        ? html`<ul class="problems">
            ${loose.map((problem) => html`<li>${problem.message[ctx.locale]}</li>`)}
          </ul>`
        : nothing
    }
    ${clauseList(ctx, refusal.clauses)}
  </div>`;
}

/** Trimmed text of a draft, or undefined when it is blank (optional payload fields). */
export function optional(ctx: ViewContext, name: string): string | undefined {
  const text = ctx.draft(name).trim();
  return text === '' ? undefined : text;
}

/** A person as `name (staff number)`, or the number alone. */
export function personLabel(person: {
  readonly staffId: string;
  readonly name?: string | undefined;
}): string {
  return person.name ? `${person.name} (${person.staffId})` : person.staffId;
}

/** Cause, course and result of a carried-over matter (HOR-1.2), with its next step, owner and due day. */
export function matterFacts(ctx: ViewContext, matter: CarriedOverMatter): TemplateResult {
  const { t } = ctx;
  return html`<dl class="facts compact">
    <div>
      <dt>${t.cause}</dt>
      <dd>${matter.cause}</dd>
    </div>
    <div>
      <dt>${t.course}</dt>
      <dd>${matter.course}</dd>
    </div>
    <div>
      <dt>${t.result}</dt>
      <dd>${matter.result}</dd>
    </div>
    ${
      matter.nextStep
        ? html`<div>
            <dt>${t.nextStep}</dt>
            <dd>${matter.nextStep}</dd>
          </div>`
        : nothing
    }
    ${
      matter.owner
        ? html`<div>
            <dt>${t.owner}</dt>
            <dd>${matter.owner}</dd>
          </div>`
        : nothing
    }
    ${
      matter.due
        ? html`<div>
            <dt>${t.due}</dt>
            <dd>${ctx.fmt.day(matter.due)}</dd>
          </div>`
        : nothing
    }
  </dl>`;
}
