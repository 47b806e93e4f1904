/**
 * The key register (CSD-9.1.1, CSD-9.1.2): area keys issued to a shift and
 * counted back, room keys lent against a register entry, and the day's list
 * of keys not back. Loaded on demand with core's key register commands;
 * entries go into the same journal as the handovers.
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  foldKeyRegister,
  issueAreaKeys,
  lendRoomKey,
  returnAreaKeys,
  returnRoomKey,
  unreturnedKeys,
  type Actor,
  type ShiftInstance,
} from '@duty-handover/core';
import { fill } from '../format.js';
import { field, optional, refusalBlock } from './common.js';
import type { ViewContext } from './context.js';

function newId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID().slice(0, 8)}`;
}

/** Due-back choices for a room key, in hours. */
const LOAN_HOURS = [1, 2, 4, 8] as const;

/** The person recording: the panel's user, else whoever is on duty now. */
function recorder(ctx: ViewContext): string {
  return ctx.currentUser?.staffId ?? ctx.workspace.latest?.onDuty?.staffId ?? '';
}

function actorOf(ctx: ViewContext): Actor {
  const staffId = ctx.draft('keys.by').trim() || recorder(ctx);
  return ctx.currentUser?.staffId === staffId ? ctx.currentUser : { staffId };
}

/** Today's shifts of the post; the one under way (the latest started) first. */
function shiftsToday(ctx: ViewContext): ShiftInstance[] {
  const day = ctx.fmt.siteDay(ctx.now);
  const now = Date.parse(ctx.now);
  const instances = ctx.engine.postShiftInstances(ctx.policy, ctx.post, day, day);
  const current = instances.filter((i) => i.startMs <= now && now < i.endMs).at(-1);
  return current === undefined ? instances : [current, ...instances.filter((i) => i !== current)];
}

export function renderKeys(ctx: ViewContext): TemplateResult {
  const { t, fmt } = ctx;
  const entries = ctx.workspace.entries;
  const register = foldKeyRegister(entries);
  const today = fmt.siteDay(ctx.now);
  const out = unreturnedKeys(entries, today, ctx.policy.timeZone);
  const shifts = shiftsToday(ctx);
  const shiftName = (id: string) => ctx.policy.shifts.find((s) => s.id === id)?.name[ctx.locale] ?? id;

  const issue = (event: SubmitEvent): void => {
    event.preventDefault();
    const shift = shifts.find((s) => s.key === ctx.draft('keys.issue.shift')) ?? shifts[0];
    const count = ctx.draft('keys.issue.count').trim();
    const input = {
      issueId: newId('k'),
      keySet: ctx.draft('keys.issue.set').trim(),
      shiftKey: shift?.key ?? '',
      issuedTo: ctx.draft('keys.issue.to').trim(),
      count: count === '' ? Number.NaN : Number(count),
      dueBack: shift?.end ?? '',
    };
    const actor = actorOf(ctx);
    ctx.run(
      'keys.issue',
      (workspace) => workspace.entryCommand(actor, (list, context) => issueAreaKeys(list, context, input)),
      {
        clear: ['keys.issue.'],
        saved: t.savedKeys,
      },
    );
  };
  const lend = (event: SubmitEvent): void => {
    event.preventDefault();
    const hours = Number(ctx.draft('keys.lend.hours') || LOAN_HOURS[1]);
    const contact = optional(ctx, 'keys.lend.contact');
    const input = {
      loanId: newId('r'),
      room: ctx.draft('keys.lend.room'),
      borrower: { name: ctx.draft('keys.lend.borrower'), ...(contact === undefined ? {} : { contact }) },
      purpose: ctx.draft('keys.lend.purpose'),
      dueBack: ctx.engine.isoIn(Date.parse(ctx.now) + hours * 3_600_000, ctx.policy.timeZone),
    };
    const actor = actorOf(ctx);
    ctx.run(
      'keys.lend',
      (workspace) => workspace.entryCommand(actor, (list, context) => lendRoomKey(list, context, input)),
      {
        clear: ['keys.lend.'],
        saved: t.savedKeys,
      },
    );
  };
  const giveBack = (kind: 'area' | 'room', id: string) => (event: SubmitEvent) => {
    event.preventDefault();
    const form = `keys.return.${id}`;
    const note = optional(ctx, `${form}.note`);
    const actor = actorOf(ctx);
    if (kind === 'area') {
      const count = ctx.draft(`${form}.count`).trim();
      const input = {
        issueId: id,
        count: count === '' ? Number.NaN : Number(count),
        ...(note ? { note } : {}),
      };
      ctx.run(
        form,
        (workspace) => workspace.entryCommand(actor, (list, context) => returnAreaKeys(list, context, input)),
        {
          clear: [`${form}.`],
          saved: t.savedKeys,
        },
      );
    } else {
      const input = { loanId: id, ...(note ? { note } : {}) };
      ctx.run(
        form,
        (workspace) => workspace.entryCommand(actor, (list, context) => returnRoomKey(list, context, input)),
        {
          clear: [`${form}.`],
          saved: t.savedKeys,
        },
      );
    }
  };

  const outstanding = [
    ...register.areaIssues
      .filter((issueItem) => issueItem.returned === undefined)
      .map((item) => ({
        kind: 'area' as const,
        id: item.issueId,
        label: fill(t.areaKeysLine, { set: item.keySet, count: item.count, holder: item.issuedTo }),
        due: item.dueBack,
      })),
    ...register.roomLoans
      .filter((loan) => loan.returned === undefined)
      .map((loan) => ({
        kind: 'room' as const,
        id: loan.loanId,
        label: fill(t.roomKeyLine, { room: loan.room, holder: loan.borrower.name, purpose: loan.purpose }),
        due: loan.dueBack,
      })),
  ];

  return html`<section class="view" part="view keys" aria-labelledby="view-heading">
    <h3 id="view-heading" tabindex="-1">${t.viewKeys}</h3>
    <section class="card" part="keys-unreturned" aria-labelledby="unreturned-heading">
      <h4 id="unreturned-heading">${fill(t.unreturnedToday, { day: fmt.day(today) })}</h4>
      ${
        out.length === 0
          ? html`<p class="empty">${t.allKeysBack}</p>`
          : html`<ul class="plain">
              ${out.map(
                (key) =>
                  html`<li data-id=${key.id}>
                    ${key.kind === 'area' ? t.areaKeys : t.roomKey}: ${key.keys} — ${key.holder}
                    (${fill(t.dueBackAt, { time: fmt.dateTime(key.dueBack) })})
                    ${key.overdue ? html`<span class="badge warn">${t.overdue}</span>` : nothing}
                  </li>`,
              )}
            </ul>`
      }
    </section>
    <div class="card" @input=${ctx.onInput}>
      ${field(ctx, 'keys.by', {
        name: 'keys.by',
        label: t.recordedBy,
        fallback: recorder(ctx),
        hint: t.recordedByHint,
        required: true,
      })}
    </div>
    <section class="card" part="keys-out" aria-labelledby="out-heading">
      <h4 id="out-heading">${t.keysOut}</h4>
      ${
        outstanding.length === 0
          ? html`<p class="empty">${t.allKeysBack}</p>`
          : html`<ul class="records">
              ${outstanding.map((item) => {
                const form = `keys.return.${item.id}`;
                return html`<li class="record" data-id=${item.id}>
                  <p class="record-title"><span class="title-text">${item.label}</span></p>
                  <p class="hint">${fill(t.dueBackAt, { time: fmt.dateTime(item.due) })}</p>
                  <form
                    data-form=${form}
                    novalidate
                    @input=${ctx.onInput}
                    @submit=${giveBack(item.kind, item.id)}
                    aria-label=${fill(t.returnOf, { what: item.label })}
                  >
                    <div class="field-row">
                      ${
                        item.kind === 'area'
                          ? field(ctx, form, {
                              name: `${form}.count`,
                              label: t.countBack,
                              type: 'number',
                              min: 0,
                              path: 'count',
                              required: true,
                            })
                          : nothing
                      }
                      ${field(ctx, form, { name: `${form}.note`, label: t.note, path: 'note' })}
                    </div>
                    ${refusalBlock(ctx, form, ['count', 'note'])}
                    <div class="actions">
                      <button type="submit" ?disabled=${ctx.busy}>${t.recordReturn}</button>
                    </div>
                  </form>
                </li>`;
              })}
            </ul>`
      }
    </section>
    <div class="columns">
      <form
        class="card"
        part="keys-issue"
        data-form="keys.issue"
        novalidate
        @input=${ctx.onInput}
        @submit=${issue}
        aria-labelledby="issue-heading"
      >
        <h4 id="issue-heading">${t.issueAreaKeys}</h4>
        ${field(ctx, 'keys.issue', { name: 'keys.issue.set', label: t.keySet, path: 'keySet', required: true, hint: t.keySetHint })}
        ${field(ctx, 'keys.issue', { name: 'keys.issue.count', label: t.keyCount, type: 'number', min: 0, path: 'count', required: true })}
        ${field(ctx, 'keys.issue', { name: 'keys.issue.to', label: t.issuedTo, path: 'issuedTo', required: true })}
        ${field(ctx, 'keys.issue', {
          name: 'keys.issue.shift',
          label: t.forShift,
          type: 'select',
          options: shifts.map(
            (s) => [s.key, `${shiftName(s.shiftId)} ${fmt.time(s.start)}–${fmt.time(s.end)}`] as const,
          ),
        })}
        ${refusalBlock(ctx, 'keys.issue', ['keySet', 'count', 'issuedTo'])}
        <div class="actions"><button type="submit" ?disabled=${ctx.busy}>${t.recordIssue}</button></div>
      </form>
      <form
        class="card"
        part="keys-lend"
        data-form="keys.lend"
        novalidate
        @input=${ctx.onInput}
        @submit=${lend}
        aria-labelledby="lend-heading"
      >
        <h4 id="lend-heading">${t.lendRoomKey}</h4>
        ${field(ctx, 'keys.lend', { name: 'keys.lend.room', label: t.room, path: 'room', required: true })}
        ${field(ctx, 'keys.lend', { name: 'keys.lend.borrower', label: t.borrower, path: 'borrower.name', required: true })}
        ${field(ctx, 'keys.lend', { name: 'keys.lend.contact', label: t.contact, path: 'borrower.contact' })}
        ${field(ctx, 'keys.lend', { name: 'keys.lend.purpose', label: t.purpose, type: 'textarea', path: 'purpose', required: true })}
        ${field(ctx, 'keys.lend', {
          name: 'keys.lend.hours',
          label: t.dueBack,
          type: 'select',
          fallback: String(LOAN_HOURS[1]),
          options: LOAN_HOURS.map((hours) => [String(hours), fill(t.inHours, { hours })] as const),
        })}
        ${refusalBlock(ctx, 'keys.lend', ['room', 'borrower.name', 'borrower.contact', 'purpose'])}
        <div class="actions"><button type="submit" ?disabled=${ctx.busy}>${t.recordLoan}</button></div>
      </form>
    </div>
  </section>`;
}
