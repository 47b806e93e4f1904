/**
 * The supervisor's countersign (REG7-9.9): every handover signed by both
 * and not yet countersigned, with what the supervisor checks (matters,
 * anomalies, discrepancies, the arrival) and when the countersign is due.
 * The countersign goes through the portal's identity check with the role
 * `countersign`; core refuses anyone but the policy's countersigning role and
 * the two parties themselves.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { HandoverState } from '@duty-handover/core';
import { fill } from '../format.js';
import { field, personLabel, refusalBlock } from './common.js';
import type { ViewContext } from './context.js';

function pendingCard(ctx: ViewContext, state: HandoverState): TemplateResult {
  const { t, fmt } = ctx;
  const handoverId = state.handoverId ?? '';
  const form = `countersign.${handoverId}`;
  const due = state.times?.countersignDueAt;
  const late = due !== undefined && Date.parse(ctx.now) > Date.parse(due);
  const submit = (event: SubmitEvent): void => {
    event.preventDefault();
    const note = ctx.draft(`${form}.note`).trim();
    ctx.signAs(
      form,
      { role: 'countersign', handoverId, ...(ctx.currentUser ? { staffId: ctx.currentUser.staffId } : {}) },
      (workspace, actor) =>
        workspace.handover(handoverId, (session) =>
          session.countersign(
            { ...actor, role: ctx.policy.handover.countersign.role },
            note === '' ? {} : { note },
          ),
        ),
      { clear: [`${form}.`], saved: t.savedCountersigned },
    );
  };
  const headingId = `cs-${handoverId.replace(/[^A-Za-z0-9-]/g, '-')}`;
  return html`<li class="card" part="countersign-item" data-id=${handoverId}>
    <h4 id=${headingId}>
      ${fill(t.handsOverTo, {
        outgoing: state.outgoing ? personLabel(state.outgoing) : '—',
        incoming: state.incoming ? personLabel(state.incoming) : '—',
      })}
    </h4>
    <dl class="facts">
      <div>
        <dt>${t.handoverAt}</dt>
        <dd>${state.times ? fmt.dateTime(state.times.handoverAt) : '—'}</dd>
      </div>
      <div>
        <dt>${t.countersignDue}</dt>
        <dd>
          ${due ? fmt.dateTime(due) : '—'}
          ${late ? html`<span class="badge warn">${t.overdue}</span>` : nothing}
        </dd>
      </div>
      <div>
        <dt>${t.matters}</dt>
        <dd>${state.matters.length} (${fill(t.openCount, { count: state.openMatters.length })})</dd>
      </div>
      <div>
        <dt>${t.anomalies}</dt>
        <dd>${state.anomalies.length}</dd>
      </div>
      <div>
        <dt>${t.discrepancies}</dt>
        <dd>${state.discrepancies.length}</dd>
      </div>
      <div>
        <dt>${t.arrival}</dt>
        <dd>
          ${
            state.arrival
              ? state.arrival.late
                ? fill(t.arrivedLate, {
                    time: fmt.time(state.arrival.arrivedAt),
                    minutes: state.arrival.minutesLate,
                  })
                : fill(t.arrivedAt, { time: fmt.time(state.arrival.arrivedAt) })
              : '—'
          }
        </dd>
      </div>
    </dl>
    ${
      state.matters.length > 0
        ? html`<ul class="plain">
            ${state.matters.map((matter) => html`<li>${matter.title}</li>`)}
          </ul>`
        : nothing
    }
    <form data-form=${form} novalidate @input=${ctx.onInput} @submit=${submit} aria-labelledby=${headingId}>
      ${field(ctx, form, { name: `${form}.note`, label: t.countersignNote, type: 'textarea', path: 'note' })}
      ${refusalBlock(ctx, form, ['note'])} ${ctx.canSign ? nothing : html`<p class="hint">${t.noSigner}</p>`}
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${ctx.busy || !ctx.canSign}>${t.countersign}</button>
      </div>
    </form>
  </li>`;
}

export function renderCountersign(ctx: ViewContext): TemplateResult {
  const { t } = ctx;
  const handovers = ctx.workspace.handovers;
  const pending = handovers.filter((state) => state.phase === 'signed-by-both');
  const recent = handovers
    .filter((state) => state.countersign !== undefined)
    .slice(-5)
    .reverse();
  return html`<section class="view" part="view countersign" aria-labelledby="view-heading">
    <h3 id="view-heading" tabindex="-1">${t.viewCountersign}</h3>
    <p class="hint">
      ${fill(t.countersignHint, {
        role:
          ctx.policy.roles.find((role) => role.id === ctx.policy.handover.countersign.role)?.name[
            ctx.locale
          ] ?? ctx.policy.handover.countersign.role,
      })}
    </p>
    ${
      pending.length === 0
        ? html`<p class="empty">${t.nothingToCountersign}</p>`
        : html`<ul class="cards">
            ${pending.map((state) => pendingCard(ctx, state))}
          </ul>`
    }
    ${
      recent.length > 0
        ? html`<h4>${t.recentlyCountersigned}</h4>
            <ul class="plain">
              ${recent.map(
                (state) =>
                  html`<li>
                    ${fill(t.handsOverTo, {
                      outgoing: state.outgoing ? personLabel(state.outgoing) : '—',
                      incoming: state.incoming ? personLabel(state.incoming) : '—',
                    })}
                    —
                    ${fill(t.countersignedBy, {
                      person: state.countersign?.staffId ?? '',
                      time: ctx.fmt.dateTime(state.countersign?.at ?? ''),
                    })}
                  </li>`,
              )}
            </ul>`
        : nothing
    }
  </section>`;
}
