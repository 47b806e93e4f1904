/**
 * History of sealed handovers (signed by both, countersigned or not): search
 * by date, person and text, the chain badge (the stored journal verified
 * entry by entry: intact, or broken at entry N), corrections recorded as new
 * entries, and the exports. Loaded on demand: the element imports this
 * module when the history view is first shown, together with the parts of
 * core only it needs (verification, JSON and CSV export).
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  exportJournalCsv,
  exportJournalJson,
  verifyJournal,
  type AreaAnomaly,
  type CarriedOverMatter,
  type HandoverState,
  type JournalAdapter,
  type Locale,
} from '@duty-handover/core';
import { fill } from '../format.js';
import { field, idOf, matterFacts, personLabel, refusalBlock } from './common.js';
import type { ViewContext } from './context.js';

/** What the chain badge shows. */
export type ChainStatus =
  | { readonly state: 'checking' }
  | { readonly state: 'intact'; readonly count: number }
  | {
      readonly state: 'broken';
      readonly seq: number;
      readonly reason: string;
      readonly message: Readonly<Record<Locale, string>>;
    };

/**
 * Reads every stored entry again (not the panel's copy: an entry changed in
 * the store behind the panel's back must show) and verifies the chain.
 */
export async function checkChain(adapter: JournalAdapter): Promise<ChainStatus> {
  const result = await verifyJournal(await adapter.read(0));
  return result.intact
    ? { state: 'intact', count: result.count }
    : { state: 'broken', seq: result.seq, reason: result.reason, message: result.detail.message };
}

function chainBadge(ctx: ViewContext, chain: ChainStatus | undefined): TemplateResult {
  const { t } = ctx;
  if (chain === undefined || chain.state === 'checking') {
    return html`<p class="chain" part="chain" data-state="checking" role="status">${t.chainChecking}</p>`;
  }
  if (chain.state === 'intact') {
    return html`<p class="chain intact" part="chain" data-state="intact" role="status">
      <span class="badge ok">${t.chainIntact}</span> ${fill(t.chainIntactDetail, { count: chain.count })}
    </p>`;
  }
  return html`<div class="chain broken" part="chain" data-state="broken" data-seq=${chain.seq} role="alert">
    <p><span class="badge bad">${fill(t.chainBroken, { seq: chain.seq })}</span></p>
    <p>${chain.message[ctx.locale]}</p>
    <p class="hint">${t.chainBrokenHint}</p>
  </div>`;
}

/** Lower-case text for matching without regard to case. */
function fold(text: string): string {
  return text.toLocaleLowerCase();
}

function words(state: HandoverState): string {
  return [
    ...state.matters.flatMap((m) => [m.title, m.cause, m.course, m.result, m.nextStep ?? '', m.owner ?? '']),
    ...state.anomalies.flatMap((a) => [a.area, a.description, a.explanation.text]),
    ...state.flags.flatMap((f) => [f.description, f.cleared?.outcome ?? '']),
    ...state.disputes.flatMap((d) => [d.description, d.resolved?.resolution ?? '']),
    ...state.counts.map((c) => c.explanation?.text ?? ''),
    state.countersign?.note ?? '',
  ].join('\n');
}

function people(state: HandoverState): string {
  return [state.outgoing, state.incoming, ...state.substitutions.map((s) => s.by)]
    .flatMap((person) => (person ? [person.staffId, person.name ?? ''] : []))
    .concat(state.countersign?.staffId ?? [])
    .join('\n');
}

/** The handovers that match the search, newest first. */
export function searchHistory(
  handovers: readonly HandoverState[],
  query: { readonly date: string; readonly person: string; readonly text: string },
  siteDay: (instant: string) => string,
): HandoverState[] {
  const person = fold(query.person.trim());
  const text = fold(query.text.trim());
  return handovers
    .filter((state) => state.phase === 'signed-by-both' || state.phase === 'countersigned')
    .filter((state) => {
      if (query.date !== '') {
        const days = [
          state.opened?.outgoingShift.key.slice(0, 10),
          state.opened ? siteDay(state.opened.at) : undefined,
        ];
        if (!days.includes(query.date)) return false;
      }
      if (person !== '' && !fold(people(state)).includes(person)) return false;
      return text === '' || fold(words(state)).includes(text);
    })
    .reverse();
}

const AMENDABLE_MATTER = ['title', 'cause', 'course', 'result', 'nextStep', 'owner'] as const;
const AMENDABLE_ANOMALY = ['area', 'description'] as const;

function amendForm(
  ctx: ViewContext,
  state: HandoverState,
  seq: number,
  fields: readonly string[],
  label: string,
): TemplateResult {
  const { t } = ctx;
  const entry = ctx.workspace.entries.find((candidate) => candidate.seq === seq);
  if (entry === undefined) return html``;
  const form = `amend.${entry.seq}`;
  const names: Record<string, string> = {
    title: t.matterTitle,
    cause: t.cause,
    course: t.course,
    result: t.result,
    nextStep: t.nextStep,
    owner: t.owner,
    area: t.area,
    description: t.description,
  };
  const submit = (event: SubmitEvent): void => {
    event.preventDefault();
    const fieldName = ctx.draft(`${form}.field`) || (fields[0] ?? '');
    const value = ctx.draft(`${form}.value`);
    const reason = ctx.draft(`${form}.reason`);
    ctx.signAs(
      form,
      { role: 'amend', handoverId: state.handoverId ?? '' },
      (workspace, actor) => workspace.amend(entry.id, { [fieldName]: value }, actor, reason),
      { clear: [`${form}.`], saved: t.savedAmended },
    );
  };
  return html`<details class="amend" part="amend">
    <summary>${fill(t.correctEntry, { what: label, seq: entry.seq })}</summary>
    <form data-form=${form} novalidate @input=${ctx.onInput} @submit=${submit}>
      <p class="hint">${t.amendHint}</p>
      ${field(ctx, form, {
        name: `${form}.field`,
        label: t.amendField,
        type: 'select',
        options: fields.map((name) => [name, names[name] ?? name] as const),
      })}
      ${field(ctx, form, { name: `${form}.value`, label: t.amendValue, type: 'textarea', required: true })}
      ${field(ctx, form, { name: `${form}.reason`, label: t.amendReason, required: true })}
      ${refusalBlock(ctx, form)} ${ctx.canSign ? nothing : html`<p class="hint">${t.noSigner}</p>`}
      <div class="actions">
        <button type="submit" ?disabled=${ctx.busy || !ctx.canSign}>${t.recordCorrection}</button>
      </div>
    </form>
  </details>`;
}

function matterDetail(ctx: ViewContext, state: HandoverState, matter: CarriedOverMatter): TemplateResult {
  return html`<li class="record" data-id=${matter.matterId}>
    <p class="record-title"><span class="title-text">${matter.title}</span></p>
    ${matterFacts(ctx, matter)} ${amendForm(ctx, state, matter.seq, AMENDABLE_MATTER, matter.title)}
  </li>`;
}

function anomalyDetail(ctx: ViewContext, state: HandoverState, anomaly: AreaAnomaly): TemplateResult {
  const { t } = ctx;
  return html`<li class="record" data-id=${anomaly.anomalyId}>
    <p class="record-title"><span class="title-text">${anomaly.area}</span></p>
    <dl class="facts compact">
      <div>
        <dt>${t.description}</dt>
        <dd>${anomaly.description}</dd>
      </div>
      <div>
        <dt>${t.explanation}</dt>
        <dd>${anomaly.explanation.text}</dd>
      </div>
    </dl>
    ${amendForm(ctx, state, anomaly.seq, AMENDABLE_ANOMALY, anomaly.area)}
  </li>`;
}

function historyItem(ctx: ViewContext, state: HandoverState): TemplateResult {
  const { t, fmt } = ctx;
  const day = state.opened?.outgoingShift.key.slice(0, 10) ?? '';
  return html`<li>
    <details part="history-item" data-id=${state.handoverId ?? ''}>
      <summary>
        <span class="when">${fmt.day(day)}</span>
        <span>
          ${fill(t.handsOverTo, {
            outgoing: state.outgoing ? personLabel(state.outgoing) : '—',
            incoming: state.incoming ? personLabel(state.incoming) : '—',
          })}
        </span>
        <span class="badge">${state.phase === 'countersigned' ? t.phaseCountersigned : t.phaseSigned}</span>
      </summary>
      <div class="history-detail">
        <dl class="facts">
          <div>
            <dt>${t.outgoingSignature}</dt>
            <dd>${state.signatures.outgoing ? fmt.dateTime(state.signatures.outgoing.signedAt) : '—'}</dd>
          </div>
          <div>
            <dt>${t.incomingSignature}</dt>
            <dd>${state.signatures.incoming ? fmt.dateTime(state.signatures.incoming.signedAt) : '—'}</dd>
          </div>
          <div>
            <dt>${t.countersign}</dt>
            <dd>
              ${
                state.countersign
                  ? fill(t.countersignedBy, {
                      person: state.countersign.staffId,
                      time: fmt.dateTime(state.countersign.at),
                    })
                  : '—'
              }
            </dd>
          </div>
        </dl>
        <h4>${t.matters}</h4>
        ${
          state.matters.length === 0
            ? html`<p class="empty">${t.noMatters}</p>`
            : html`<ul class="records">
                ${state.matters.map((matter) => matterDetail(ctx, state, matter))}
              </ul>`
        }
        <h4>${t.anomalies}</h4>
        ${
          state.anomalies.length === 0
            ? html`<p class="empty">${t.noAnomalies}</p>`
            : html`<ul class="records">
                ${state.anomalies.map((anomaly) => anomalyDetail(ctx, state, anomaly))}
              </ul>`
        }
        ${
          state.discrepancies.length > 0
            ? html`<h4>${t.discrepancies}</h4>
                <ul class="plain">
                  ${state.discrepancies.map(
                    (line) =>
                      html`<li>
                        ${line.item.name[ctx.locale]}: ${line.count?.counted ?? '—'} / ${line.item.expected}
                        ${line.count?.explanation ? html`— ${line.count.explanation.text}` : nothing}
                      </li>`,
                  )}
                </ul>`
            : nothing
        }
        ${
          state.amendments.length > 0
            ? html`<h4>${t.amendments}</h4>
                <ul class="plain" part="amendments">
                  ${state.amendments.map(
                    (amendment) =>
                      html`<li>
                        ${fill(t.amendmentLine, {
                          seq: amendment.originalSeq,
                          by: amendment.by,
                          time: fmt.dateTime(amendment.at),
                          reason: amendment.reason,
                        })}
                        ${amendment.applied ? nothing : html`<span class="badge warn">${t.notApplied}</span>`}
                      </li>`,
                  )}
                </ul>`
            : nothing
        }
      </div>
    </details>
  </li>`;
}

/** How many matching handovers are listed at once. */
const PAGE = 50;

export function renderHistory(ctx: ViewContext, chain: ChainStatus | undefined): TemplateResult {
  const { t } = ctx;
  const query = {
    date: ctx.draft('history.date'),
    person: ctx.draft('history.person'),
    text: ctx.draft('history.text'),
  };
  const found = searchHistory(ctx.workspace.handovers, query, (instant) => ctx.fmt.siteDay(instant));
  const shown = found.slice(0, PAGE);
  const onInput = (event: Event): void => {
    ctx.onInput(event);
    ctx.refresh();
  };
  return html`<section class="view" part="view history" aria-labelledby="view-heading">
    <h3 id="view-heading" tabindex="-1">${t.viewHistory}</h3>
    ${chainBadge(ctx, chain)}
    <form
      class="search"
      part="search"
      role="search"
      aria-label=${t.searchHistory}
      @input=${onInput}
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
      }}
    >
      <div class="field-row">
        ${field(ctx, 'history', { name: 'history.date', label: t.searchDate, type: 'date' })}
        ${field(ctx, 'history', { name: 'history.person', label: t.searchPerson })}
        ${field(ctx, 'history', { name: 'history.text', label: t.searchText })}
      </div>
    </form>
    <p class="hint" role="status" id=${idOf('history.count')}>
      ${fill(t.historyCount, { count: found.length })}
    </p>
    ${
      shown.length === 0
        ? html`<p class="empty">${t.noHistory}</p>`
        : html`<ol class="history-list" part="history-list" aria-label=${t.viewHistory}>
            ${shown.map((state) => historyItem(ctx, state))}
          </ol>`
    }
    <div class="actions" part="export">
      <button
        type="button"
        @click=${() => {
          void exportJson(ctx);
        }}
      >
        ${t.exportJson}
      </button>
      <button
        type="button"
        @click=${() => {
          void exportCsv(ctx);
        }}
      >
        ${t.exportCsv}
      </button>
    </div>
    <p class="hint">${t.exportHint}</p>
  </section>`;
}

function fileStem(ctx: ViewContext): string {
  const safe = (text: string) => text.replace(/[^A-Za-z0-9_-]+/g, '-');
  return `duty-handover-${safe(ctx.site || 'site')}-${safe(ctx.post)}-${ctx.fmt.siteDay(ctx.now)}`;
}

/** The journal as its JSON file: what can be verified and imported again. */
export async function exportJson(ctx: ViewContext): Promise<void> {
  const entries = await ctx.workspace.adapter.read(0);
  const text = exportJournalJson(entries, {
    exportedAt: ctx.now,
    site: { id: ctx.site || 'default', timeZone: ctx.policy.timeZone },
  });
  ctx.download(`${fileStem(ctx)}.json`, 'application/json', text);
}

/** The reading copy for a spreadsheet, in the panel's language and the site's time. */
export async function exportCsv(ctx: ViewContext): Promise<void> {
  const entries = await ctx.workspace.adapter.read(0);
  const text = exportJournalCsv(entries, { locale: ctx.locale, timeZone: ctx.policy.timeZone });
  ctx.download(`${fileStem(ctx)}.csv`, 'text/csv;charset=utf-8', text);
}
