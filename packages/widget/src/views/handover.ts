/**
 * The handover in progress: who hands over to whom, the outgoing person's
 * checklist and duty record (carried-over matters, anomalies), the incoming
 * person's arrival, checklist, count and acknowledgements, incidents and
 * disputes, what blocks the signatures, and both signatures. When the
 * latest handover is signed by both, its completion and the form for the
 * next one.
 *
 * The panel is a shared desk terminal: both parties stand at it (most
 * policies want the handover face to face). Each section records on behalf
 * of its party; signatures go through the portal's identity check (`signer`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type {
  Actor,
  CarriedOverMatter,
  ChecklistLine,
  FlagKind,
  HandoverState,
  InventoryLine,
  InventoryStatus,
  MatterStatus,
  ShiftInstance,
} from '@duty-handover/core';
import { fill } from '../format.js';
import {
  clauseList,
  field,
  idOf,
  matterFacts,
  messageOf,
  optional,
  personLabel,
  refusalBlock,
} from './common.js';
import type { ViewContext } from './context.js';

/** A short random id for a new matter, anomaly, flag or dispute. */
function newId(prefix: string): string {
  const random =
    typeof crypto.randomUUID === 'function'
      ? crypto.randomUUID().slice(0, 8)
      : Math.random().toString(36).slice(2, 10);
  return `${prefix}-${random}`;
}

function actorOf(person: { readonly staffId: string; readonly name?: string | undefined }): Actor {
  return person.name ? { staffId: person.staffId, name: person.name } : { staffId: person.staffId };
}

function shiftName(ctx: ViewContext, shiftId: string): string {
  return ctx.policy.shifts.find((shift) => shift.id === shiftId)?.name[ctx.locale] ?? shiftId;
}

function shiftLabel(ctx: ViewContext, instance: ShiftInstance): string {
  return `${shiftName(ctx, instance.shiftId)} · ${ctx.fmt.day(instance.date)} ${ctx.fmt.time(instance.start)}–${ctx.fmt.time(instance.end)}`;
}

/** The shift key's parts: `yyyy-MM-dd/shift/post`. */
function keyParts(key: string | undefined): { date: string; shiftId: string } | undefined {
  if (key === undefined) return undefined;
  const [date = '', shiftId = ''] = key.split('/');
  return { date, shiftId };
}

export function renderHandover(ctx: ViewContext): TemplateResult {
  // The handover in progress: the latest one opened and not yet signed by both (an older one left
  // unfinished is not hidden by a newer one). Without one, the latest completed and the next to open.
  const open = [...ctx.workspace.handovers]
    .reverse()
    .find((state) => state.phase !== 'signed-by-both' && state.phase !== 'countersigned');
  const latest = ctx.workspace.latest;
  return html`<section class="view" part="view handover" aria-labelledby="view-heading">
    <h3 id="view-heading" tabindex="-1">${ctx.t.viewHandover}</h3>
    ${
      open
        ? renderOpen(ctx, open)
        : html`${latest === undefined ? nothing : renderComplete(ctx, latest)} ${renderStart(ctx)}`
    }
  </section>`;
}

// ——— Starting ——————————————————————————————————————————————————————————————

interface Pair {
  readonly outgoing: ShiftInstance;
  readonly incoming: ShiftInstance;
}

/** The handovers the start form offers: the nearest first, then the post's other handovers around now. */
function candidatePairs(ctx: ViewContext): Pair[] {
  const { engine, policy, post, now } = ctx;
  const nowMs = Date.parse(now);
  const pairs: Pair[] = [];
  const nearest = engine.handoverShiftsAt(policy, post, now);
  if (nearest !== undefined) pairs.push(nearest);
  // The site days a day either side of now: which days' shifts to look at, no date arithmetic of ours.
  const from = ctx.fmt.siteDay(new Date(nowMs - 86_400_000).toISOString());
  const to = ctx.fmt.siteDay(new Date(nowMs + 86_400_000).toISOString());
  for (const instance of engine.postShiftInstances(policy, post, from, to)) {
    if (Math.abs(instance.endMs - nowMs) > 18 * 3_600_000) continue;
    const pair = engine.handoverShiftsAt(policy, post, instance.end);
    if (pair !== undefined && !pairs.some((known) => known.outgoing.key === pair.outgoing.key))
      pairs.push(pair);
  }
  // A handover already opened is not offered again (its id would be refused as already opened).
  const opened = new Set(ctx.workspace.handovers.map((state) => state.handoverId));
  return pairs
    .filter((pair) => !opened.has(handoverIdOf(pair)))
    .sort((a, b) => a.outgoing.endMs - b.outgoing.endMs);
}

/** The id of the handover between two shift instances: one handover per outgoing shift instance. */
function handoverIdOf(pair: Pair): string {
  return `h/${pair.outgoing.key}`;
}

function personFields(
  ctx: ViewContext,
  side: 'outgoing' | 'incoming',
  rostered: readonly { readonly staffId: string; readonly name?: string }[],
): TemplateResult {
  const label = side === 'outgoing' ? ctx.t.outgoingPerson : ctx.t.incomingPerson;
  const hint =
    rostered.length > 0
      ? fill(ctx.t.rosteredHint, { people: rostered.map(personLabel).join(', ') })
      : undefined;
  if (ctx.people.length > 0) {
    const options = ctx.people.map((person) => [person.staffId, personLabel(person)] as const);
    return field(ctx, 'start', {
      name: `start.${side}`,
      label,
      type: 'select',
      options: [['', ctx.t.choosePerson], ...options],
      path: `${side}.staffId`,
      required: true,
      // The rostered person stands chosen until someone picks another.
      ...(rostered[0] ? { fallback: rostered[0].staffId } : {}),
      ...(hint ? { hint } : {}),
    });
  }
  return html`<div class="field-row">
    ${field(ctx, 'start', {
      name: `start.${side}`,
      label: fill(ctx.t.staffNumberOf, { who: label }),
      path: `${side}.staffId`,
      required: true,
      ...(hint ? { hint } : {}),
    })}
    ${field(ctx, 'start', { name: `start.${side}Name`, label: fill(ctx.t.nameOf, { who: label }), path: `${side}.name` })}
  </div>`;
}

function renderStart(ctx: ViewContext): TemplateResult {
  const { t } = ctx;
  const pairs = candidatePairs(ctx);
  if (pairs.length === 0) {
    return html`<section class="card" part="start" aria-labelledby="start-heading">
      <h4 id="start-heading">${t.startHeading}</h4>
      <p>${fill(t.noShifts, { post: ctx.post })}</p>
    </section>`;
  }
  const nearest = ctx.engine.handoverShiftsAt(ctx.policy, ctx.post, ctx.now);
  const nearestKey =
    pairs.find((pair) => pair.outgoing.key === nearest?.outgoing.key)?.outgoing.key ??
    pairs[0]?.outgoing.key ??
    '';
  const chosenKey = ctx.draft('start.pair') || nearestKey;
  const pair = pairs.find((candidate) => candidate.outgoing.key === chosenKey) ?? pairs[0];
  if (pair === undefined) return html``;
  const rosteredOut = ctx.rostered(pair.outgoing.date, pair.outgoing.shiftId);
  const rosteredIn = ctx.rostered(pair.incoming.date, pair.incoming.shiftId);

  const person = (side: 'outgoing' | 'incoming') => {
    const chosen = ctx.draft(`start.${side}`).trim();
    const fallback = (side === 'outgoing' ? rosteredOut : rosteredIn)[0];
    const staffId = chosen || (fallback?.staffId ?? '');
    const known = ctx.people.find((candidate) => candidate.staffId === staffId);
    const typedName = optional(ctx, `start.${side}Name`);
    const name = typedName ?? known?.name ?? (fallback?.staffId === staffId ? fallback.name : undefined);
    return name ? { staffId, name } : { staffId };
  };

  const submit = (event: SubmitEvent): void => {
    event.preventDefault();
    const outgoing = person('outgoing');
    const incoming = person('incoming');
    const users = ctx.currentUser;
    const actor =
      users !== undefined && (users.staffId === outgoing.staffId || users.staffId === incoming.staffId)
        ? users
        : actorOf(outgoing);
    const input = {
      handoverId: handoverIdOf(pair),
      site: ctx.site || 'default',
      post: ctx.post,
      outgoing,
      incoming,
      outgoingShift: { key: pair.outgoing.key, scheduledEnd: pair.outgoing.end },
      incomingShift: { key: pair.incoming.key, scheduledStart: pair.incoming.start },
    };
    ctx.run('start', (workspace) => workspace.open(actor, input), {
      clear: ['start.'],
      saved: t.savedOpened,
      focus: '#summary-heading',
    });
  };

  return html`<section class="card" part="start" aria-labelledby="start-heading">
    <h4 id="start-heading">${t.startHeading}</h4>
    <p class="hint">${t.startHint}</p>
    <form data-form="start" novalidate @input=${ctx.onInput} @submit=${submit}>
      ${field(ctx, 'start', {
        name: 'start.pair',
        label: t.shiftPair,
        type: 'select',
        fallback: nearestKey,
        options: pairs.map(
          (candidate) =>
            [
              candidate.outgoing.key,
              fill(t.shiftPairOption, {
                from: shiftLabel(ctx, candidate.outgoing),
                to: shiftName(ctx, candidate.incoming.shiftId),
                at: ctx.fmt.dateTime(candidate.outgoing.end),
              }),
            ] as const,
        ),
      })}
      <dl class="facts">
        <div>
          <dt>${t.outgoingShift}</dt>
          <dd>${shiftLabel(ctx, pair.outgoing)}</dd>
        </div>
        <div>
          <dt>${t.incomingShift}</dt>
          <dd>${shiftLabel(ctx, pair.incoming)}</dd>
        </div>
      </dl>
      ${personFields(ctx, 'outgoing', rosteredOut)} ${personFields(ctx, 'incoming', rosteredIn)}
      ${refusalBlock(ctx, 'start', ['outgoing.staffId', 'incoming.staffId', 'outgoing.name', 'incoming.name'])}
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${ctx.busy}>${t.openHandover}</button>
      </div>
    </form>
  </section>`;
}

// ——— In progress ———————————————————————————————————————————————————————————

const PHASE_KEYS = {
  draft: 'phaseDraft',
  'outgoing-prepared': 'phasePrepared',
  'incoming-checking': 'phaseChecking',
  'signed-by-both': 'phaseSigned',
  countersigned: 'phaseCountersigned',
} as const;

function renderOpen(ctx: ViewContext, state: HandoverState): TemplateResult {
  return html`${renderSummary(ctx, state)}
    <div class="columns">${renderOutgoing(ctx, state)} ${renderIncoming(ctx, state)}</div>
    ${renderIncidents(ctx, state)} ${renderBlockers(ctx, state)} ${renderSignatures(ctx, state)}`;
}

function renderSummary(ctx: ViewContext, state: HandoverState): TemplateResult {
  const { t, fmt } = ctx;
  const out = keyParts(state.opened?.outgoingShift.key);
  const inc = keyParts(state.opened?.incomingShift.key);
  return html`<section class="card summary" part="summary" aria-labelledby="summary-heading">
    <h4 id="summary-heading" tabindex="-1">
      ${fill(t.handsOverTo, {
        outgoing: state.outgoing ? personLabel(state.outgoing) : '—',
        incoming: state.incoming ? personLabel(state.incoming) : '—',
      })}
    </h4>
    <dl class="facts">
      <div>
        <dt>${t.outgoingShift}</dt>
        <dd>${out ? `${shiftName(ctx, out.shiftId)} · ${fmt.day(out.date)}` : '—'}</dd>
      </div>
      <div>
        <dt>${t.incomingShift}</dt>
        <dd>${inc ? `${shiftName(ctx, inc.shiftId)} · ${fmt.day(inc.date)}` : '—'}</dd>
      </div>
      <div>
        <dt>${t.handoverAt}</dt>
        <dd>${state.times ? fmt.dateTime(state.times.handoverAt) : '—'}</dd>
      </div>
      <div>
        <dt>${t.phase}</dt>
        <dd><span class="badge" part="phase">${t[PHASE_KEYS[state.phase]]}</span></dd>
      </div>
    </dl>
  </section>`;
}

function checklist(
  ctx: ViewContext,
  state: HandoverState,
  side: 'outgoing' | 'incoming',
  lines: readonly ChecklistLine[],
  actor: Actor,
): TemplateResult {
  const { t } = ctx;
  const form = `check.${side}`;
  const tick = (line: ChecklistLine) => (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    if (line.done) {
      // A recorded tick cannot be taken back (the record is never altered).
      input.checked = true;
      return;
    }
    input.checked = false;
    ctx.run(
      form,
      (workspace) =>
        workspace.handover(state.handoverId ?? '', (session) =>
          session.checkItem(actor, { itemId: line.itemId, side }),
        ),
      {
        saved: t.savedTicked,
      },
    );
  };
  const headingId = `checklist-${side}-heading`;
  return html`<div part="checklist checklist-${side}" class="checklist">
    <h5 id=${headingId}>${side === 'outgoing' ? t.outgoingChecklist : t.incomingChecklist}</h5>
    ${
      lines.length === 0
        ? html`<p class="empty">${t.emptyList}</p>`
        : html`<ul aria-labelledby=${headingId}>
            ${lines.map(
              (line) =>
                html`<li part="checklist-item" data-id=${line.itemId} data-required=${line.item.required}>
                  <input
                    type="checkbox"
                    id=${idOf(`${form}.${line.itemId}`)}
                    .checked=${line.done}
                    aria-readonly=${line.done ? 'true' : 'false'}
                    aria-describedby=${line.tick ? idOf(`${form}.${line.itemId}.done`) : nothing}
                    @click=${tick(line)}
                  />
                  <label class="label" for=${idOf(`${form}.${line.itemId}`)}
                    >${line.item.label[ctx.locale]}</label
                  >
                  ${line.item.required ? html`<span part="required" class="required">${t.required}</span>` : nothing}
                  ${
                    line.tick
                      ? html`<span class="stamp" id=${idOf(`${form}.${line.itemId}.done`)}
                          >${fill(t.doneAt, { time: ctx.fmt.time(line.tick.at) })}</span
                        >`
                      : nothing
                  }
                </li>`,
            )}
          </ul>`
    }
    ${refusalBlock(ctx, form)}
  </div>`;
}

function matterView(
  ctx: ViewContext,
  state: HandoverState,
  matter: CarriedOverMatter,
  actor: Actor,
): TemplateResult {
  const { t } = ctx;
  const status = { open: t.statusOpen, 'in-progress': t.statusInProgress, resolved: t.statusResolved }[
    matter.status
  ];
  return html`<li class="record" part="matter" data-id=${matter.matterId}>
    <p class="record-title">
      <span class="title-text">${matter.title}</span>
      <span class="badge">${status}</span>
      ${matter.major ? html`<span class="badge warn">${t.major}</span>` : nothing}
    </p>
    ${matterFacts(ctx, matter)}
    ${
      matter.acknowledged
        ? html`<p class="stamp">${fill(t.acknowledgedAt, { time: ctx.fmt.time(matter.acknowledged.at) })}</p>`
        : nothing
    }
    ${state.signatures.outgoing || state.signatures.incoming ? nothing : matterUpdate(ctx, state, matter, actor)}
  </li>`;
}

/**
 * A new version of a matter (the same matter id written again): its status,
 * result and next step as they stand now. Finishing important work this way
 * lifts the blocker it raised (REG7-9.8); the incoming person acknowledges
 * the new version again.
 */
function matterUpdate(
  ctx: ViewContext,
  state: HandoverState,
  matter: CarriedOverMatter,
  actor: Actor,
): TemplateResult {
  const { t } = ctx;
  const form = `update.${matter.matterId}`;
  const submit = (event: SubmitEvent): void => {
    event.preventDefault();
    const nextStep = optional(ctx, `${form}.nextStep`) ?? matter.nextStep;
    const input = {
      matterId: matter.matterId,
      title: matter.title,
      cause: matter.cause,
      course: matter.course,
      result: optional(ctx, `${form}.result`) ?? matter.result,
      status: (ctx.draft(`${form}.status`) || matter.status) as MatterStatus,
      major: matter.major,
      ...(nextStep === undefined ? {} : { nextStep }),
      ...(matter.owner === undefined ? {} : { owner: matter.owner }),
      ...(matter.due === undefined ? {} : { due: matter.due }),
    };
    ctx.run(
      form,
      (workspace) =>
        workspace.handover(state.handoverId ?? '', (session) => session.carryOverMatter(actor, input)),
      { clear: [`${form}.`], saved: t.savedMatter },
    );
  };
  return html`<details class="amend" part="matter-update">
    <summary>${fill(t.updateMatter, { title: matter.title })}</summary>
    <form data-form=${form} novalidate @input=${ctx.onInput} @submit=${submit}>
      ${field(ctx, form, {
        name: `${form}.status`,
        label: t.status,
        type: 'select',
        path: 'status',
        fallback: matter.status,
        options: [
          ['open', t.statusOpen],
          ['in-progress', t.statusInProgress],
          ['resolved', t.statusResolved],
        ],
      })}
      ${field(ctx, form, { name: `${form}.result`, label: t.resultNow, type: 'textarea', path: 'result', hint: t.keepIfEmpty })}
      ${field(ctx, form, { name: `${form}.nextStep`, label: t.nextStep, path: 'nextStep', hint: t.keepIfEmpty })}
      ${refusalBlock(ctx, form, ['status', 'result', 'nextStep'])}
      <div class="actions"><button type="submit" ?disabled=${ctx.busy}>${t.recordUpdate}</button></div>
    </form>
  </details>`;
}

function renderMatters(ctx: ViewContext, state: HandoverState, actor: Actor): TemplateResult {
  const { t } = ctx;
  const form = 'matter';
  const submit = (event: SubmitEvent): void => {
    event.preventDefault();
    const due = optional(ctx, 'matter.due');
    const nextStep = optional(ctx, 'matter.nextStep');
    const owner = optional(ctx, 'matter.owner');
    const input = {
      matterId: newId('m'),
      title: ctx.draft('matter.title'),
      cause: ctx.draft('matter.cause'),
      course: ctx.draft('matter.course'),
      result: ctx.draft('matter.result'),
      status: (ctx.draft('matter.status') || 'open') as MatterStatus,
      major: ctx.draft('matter.major') === 'on',
      ...(nextStep === undefined ? {} : { nextStep }),
      ...(owner === undefined ? {} : { owner }),
      ...(due === undefined ? {} : { due }),
    };
    ctx.run(
      form,
      (workspace) =>
        workspace.handover(state.handoverId ?? '', (session) => session.carryOverMatter(actor, input)),
      {
        clear: ['matter.'],
        saved: t.savedMatter,
        focus: `#${idOf('matter.title')}`,
      },
    );
  };
  const paths = ['title', 'cause', 'course', 'result', 'status', 'nextStep', 'owner', 'due'];
  return html`<div part="matters" class="matters">
    <h5 id="matters-heading">${t.matters}</h5>
    ${
      state.matters.length === 0
        ? html`<p class="empty">${t.noMatters}</p>`
        : html`<ul class="records" aria-labelledby="matters-heading">
            ${state.matters.map((matter) => matterView(ctx, state, matter, actor))}
          </ul>`
    }
    <form
      data-form=${form}
      novalidate
      @input=${ctx.onInput}
      @submit=${submit}
      aria-labelledby="matter-form-heading"
    >
      <p class="form-title" id="matter-form-heading">${t.addMatter}</p>
      ${field(ctx, form, { name: 'matter.title', label: t.matterTitle, path: 'title', required: true })}
      ${field(ctx, form, { name: 'matter.cause', label: t.cause, type: 'textarea', path: 'cause', required: true })}
      ${field(ctx, form, { name: 'matter.course', label: t.course, type: 'textarea', path: 'course', required: true })}
      ${field(ctx, form, { name: 'matter.result', label: t.result, type: 'textarea', path: 'result', required: true })}
      <div class="field-row">
        ${field(ctx, form, {
          name: 'matter.status',
          label: t.status,
          type: 'select',
          path: 'status',
          options: [
            ['open', t.statusOpen],
            ['in-progress', t.statusInProgress],
            ['resolved', t.statusResolved],
          ],
        })}
        ${field(ctx, form, { name: 'matter.due', label: t.due, type: 'date', path: 'due' })}
      </div>
      ${field(ctx, form, { name: 'matter.nextStep', label: t.nextStep, path: 'nextStep' })}
      ${field(ctx, form, { name: 'matter.owner', label: t.owner, path: 'owner' })}
      ${field(ctx, form, { name: 'matter.major', label: t.majorLabel, type: 'checkbox', hint: t.majorHint })}
      ${refusalBlock(ctx, form, paths)}
      <div class="actions"><button type="submit" ?disabled=${ctx.busy}>${t.recordMatter}</button></div>
    </form>
  </div>`;
}

function renderAnomalies(ctx: ViewContext, state: HandoverState, actor: Actor): TemplateResult {
  const { t } = ctx;
  const form = 'anomaly';
  const outgoingId = state.outgoing?.staffId ?? '';
  const submit = (event: SubmitEvent): void => {
    event.preventDefault();
    const input = {
      anomalyId: newId('a'),
      area: ctx.draft('anomaly.area'),
      description: ctx.draft('anomaly.description'),
      explanation: { text: ctx.draft('anomaly.explanation'), by: outgoingId },
    };
    ctx.run(
      form,
      (workspace) =>
        workspace.handover(state.handoverId ?? '', (session) => session.recordAnomaly(actor, input)),
      {
        clear: ['anomaly.'],
        saved: t.savedAnomaly,
        focus: `#${idOf('anomaly.area')}`,
      },
    );
  };
  return html`<div part="anomalies" class="anomalies">
    <h5 id="anomalies-heading">${t.anomalies}</h5>
    ${
      state.anomalies.length === 0
        ? html`<p class="empty">${t.noAnomalies}</p>`
        : html`<ul class="records" aria-labelledby="anomalies-heading">
            ${state.anomalies.map(
              (anomaly) =>
                html`<li class="record" part="anomaly" data-id=${anomaly.anomalyId}>
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
                </li>`,
            )}
          </ul>`
    }
    <form
      data-form=${form}
      novalidate
      @input=${ctx.onInput}
      @submit=${submit}
      aria-labelledby="anomaly-form-heading"
    >
      <p class="form-title" id="anomaly-form-heading">${t.addAnomaly}</p>
      ${field(ctx, form, { name: 'anomaly.area', label: t.area, path: 'area', required: true })}
      ${field(ctx, form, { name: 'anomaly.description', label: t.description, type: 'textarea', path: 'description', required: true })}
      ${field(ctx, form, {
        name: 'anomaly.explanation',
        label: t.explanationByOutgoing,
        type: 'textarea',
        path: 'explanation.text',
        required: true,
      })}
      ${refusalBlock(ctx, form, ['area', 'description', 'explanation.text'])}
      <div class="actions"><button type="submit" ?disabled=${ctx.busy}>${t.recordAnomaly}</button></div>
    </form>
  </div>`;
}

function renderOutgoing(ctx: ViewContext, state: HandoverState): TemplateResult {
  const { t } = ctx;
  const outgoing = state.outgoing;
  if (outgoing === undefined) return html``;
  const actor = actorOf(outgoing);
  const prepare = (): void => {
    ctx.run(
      'prepare',
      (workspace) => workspace.handover(state.handoverId ?? '', (session) => session.markPrepared(actor, {})),
      {
        saved: t.savedPrepared,
      },
    );
  };
  return html`<section class="card" part="outgoing" aria-labelledby="outgoing-heading">
    <h4 id="outgoing-heading">${fill(t.outgoingSection, { person: personLabel(outgoing) })}</h4>
    ${
      state.times
        ? html`<p class="hint">
            ${fill(t.preparationOpens, { time: ctx.fmt.time(state.times.preparationOpensAt) })}
          </p>`
        : nothing
    }
    ${checklist(ctx, state, 'outgoing', state.checklistProgress.outgoing, actor)}
    ${renderMatters(ctx, state, actor)} ${renderAnomalies(ctx, state, actor)}
    <div class="step" part="prepare">
      ${
        state.prepared
          ? html`<p class="stamp done">${fill(t.preparedAt, { time: ctx.fmt.time(state.prepared.at) })}</p>`
          : html`<button type="button" class="primary" ?disabled=${ctx.busy} @click=${prepare}>
              ${t.markPrepared}
            </button>`
      }
      ${refusalBlock(ctx, 'prepare')}
    </div>
  </section>`;
}

function inventoryRow(
  ctx: ViewContext,
  state: HandoverState,
  line: InventoryLine,
  actor: Actor,
): TemplateResult {
  const { t } = ctx;
  const form = `count.${line.itemId}`;
  const counted = ctx.draft(`${form}.counted`);
  const status = ctx.draft(`${form}.status`) || 'ok';
  const askExplanation = status !== 'ok' || (counted !== '' && Number(counted) !== line.item.expected);
  const submit = (event: SubmitEvent): void => {
    event.preventDefault();
    const text = ctx.draft(`${form}.explanation`);
    const input = {
      itemId: line.itemId,
      counted: counted.trim() === '' ? Number.NaN : Number(counted),
      status: status as InventoryStatus,
      ...(askExplanation || text.trim() !== ''
        ? { explanation: { text, by: state.outgoing?.staffId ?? '' } }
        : {}),
    };
    ctx.run(
      form,
      (workspace) => workspace.handover(state.handoverId ?? '', (session) => session.countItem(actor, input)),
      {
        clear: [`${form}.`],
        saved: t.savedCount,
      },
    );
  };
  const recorded = line.count;
  const statusText = (value: string) =>
    ({ ok: t.countOk, damaged: t.countDamaged, missing: t.countMissing })[value] ?? value;
  return html`<li
    part="inventory-item"
    class="inventory-item ${line.discrepancy ? 'discrepancy' : ''}"
    data-id=${line.itemId}
  >
    <p class="record-title">
      <span class="title-text">${line.item.name[ctx.locale]}</span>
      <span class="expected">${fill(t.expectedCount, { count: line.item.expected })}</span>
    </p>
    ${
      recorded
        ? html`<p class="stamp ${line.discrepancy ? 'warn' : 'done'}">
            ${fill(t.countedAs, { count: recorded.counted, status: statusText(recorded.status), time: ctx.fmt.time(recorded.at) })}
            ${recorded.explanation ? html`<br /><span>${t.explanation}${t.labelSeparator}${recorded.explanation.text}</span>` : nothing}
          </p>`
        : nothing
    }
    <form
      data-form=${form}
      novalidate
      @input=${ctx.onInput}
      @submit=${submit}
      aria-label=${fill(t.countFormLabel, { item: line.item.name[ctx.locale] })}
    >
      <div class="field-row">
        ${field(ctx, form, { name: `${form}.counted`, label: t.counted, type: 'number', min: 0, path: 'counted', required: true })}
        ${field(ctx, form, {
          name: `${form}.status`,
          label: t.condition,
          type: 'select',
          path: 'status',
          options: [
            ['ok', t.countOk],
            ['damaged', t.countDamaged],
            ['missing', t.countMissing],
          ],
        })}
      </div>
      ${
        askExplanation
          ? field(ctx, form, {
              name: `${form}.explanation`,
              label: t.explanationWhere,
              type: 'textarea',
              path: 'explanation.text',
              required: true,
              hint: t.explanationHint,
            })
          : nothing
      }
      ${refusalBlock(ctx, form, ['counted', 'status', 'explanation.text'])}
      <div class="actions">
        <button type="submit" ?disabled=${ctx.busy}>${recorded ? t.recountItem : t.recordCount}</button>
      </div>
    </form>
  </li>`;
}

function renderIncoming(ctx: ViewContext, state: HandoverState): TemplateResult {
  const { t } = ctx;
  const incoming = state.incoming;
  if (incoming === undefined) return html``;
  const actor = actorOf(incoming);
  const arrive = (): void => {
    ctx.run(
      'arrive',
      (workspace) => workspace.handover(state.handoverId ?? '', (session) => session.arrive(actor)),
      {
        saved: t.savedArrival,
      },
    );
  };
  const acknowledge = (matterId: string) => (): void => {
    ctx.run(
      `ack.${matterId}`,
      (workspace) =>
        workspace.handover(state.handoverId ?? '', (session) =>
          session.acknowledgeMatter(actor, { matterId }),
        ),
      { saved: t.savedAcknowledged },
    );
  };
  const arrival = state.arrival;
  const toAcknowledge = state.openMatters;
  return html`<section class="card" part="incoming" aria-labelledby="incoming-heading">
    <h4 id="incoming-heading">${fill(t.incomingSection, { person: personLabel(incoming) })}</h4>
    <div class="step" part="arrival">
      ${
        state.present.incoming
          ? html`<p class="stamp ${arrival?.late ? 'warn' : 'done'}">
              ${
                arrival
                  ? arrival.late
                    ? fill(t.arrivedLate, {
                        time: ctx.fmt.time(arrival.arrivedAt),
                        minutes: arrival.minutesLate,
                      })
                    : fill(t.arrivedAt, { time: ctx.fmt.time(arrival.arrivedAt) })
                  : t.arrived
              }
            </p>`
          : html`${state.times ? html`<p class="hint">${fill(t.arrivalDue, { time: ctx.fmt.time(state.times.arrivalDueAt) })}</p>` : nothing}
              <button type="button" class="primary" ?disabled=${ctx.busy} @click=${arrive}>
                ${t.recordArrival}
              </button>`
      }
      ${refusalBlock(ctx, 'arrive')}
    </div>
    ${checklist(ctx, state, 'incoming', state.checklistProgress.incoming, actor)}
    <div part="inventory" class="inventory">
      <h5 id="inventory-heading">${t.inventory}</h5>
      ${
        state.inventory.length === 0
          ? html`<p class="empty">${t.emptyList}</p>`
          : html`<ul class="inventory-list" aria-labelledby="inventory-heading">
              ${state.inventory.map((line) => inventoryRow(ctx, state, line, actor))}
            </ul>`
      }
    </div>
    <div part="acknowledgements" class="acknowledgements">
      <h5 id="ack-heading">${t.acknowledgements}</h5>
      ${
        toAcknowledge.length === 0
          ? html`<p class="empty">${t.nothingToAcknowledge}</p>`
          : html`<ul class="records" aria-labelledby="ack-heading">
              ${toAcknowledge.map((matter) => {
                const done = matter.acknowledged?.staffId === incoming.staffId;
                return html`<li class="record" data-id=${matter.matterId}>
                  <p class="record-title"><span class="title-text">${matter.title}</span></p>
                  ${
                    done
                      ? html`<p class="stamp done">
                          ${fill(t.acknowledgedAt, { time: ctx.fmt.time(matter.acknowledged.at) })}
                        </p>`
                      : html`<button
                          type="button"
                          ?disabled=${ctx.busy}
                          aria-label=${fill(t.acknowledgeMatter, { title: matter.title })}
                          @click=${acknowledge(matter.matterId)}
                        >
                          ${t.acknowledge}
                        </button>`
                  }
                  ${refusalBlock(ctx, `ack.${matter.matterId}`)}
                </li>`;
              })}
            </ul>`
      }
    </div>
  </section>`;
}

function renderIncidents(ctx: ViewContext, state: HandoverState): TemplateResult {
  const { t } = ctx;
  const handoverId = state.handoverId ?? '';
  const outgoing = state.outgoing ? actorOf(state.outgoing) : undefined;
  const incoming = state.incoming ? actorOf(state.incoming) : undefined;
  if (outgoing === undefined || incoming === undefined) return html``;
  const raise = (event: SubmitEvent): void => {
    event.preventDefault();
    const input = {
      flagId: newId('f'),
      kind: (ctx.draft('flag.kind') || 'emergency') as FlagKind,
      description: ctx.draft('flag.description'),
    };
    ctx.run(
      'flag',
      (workspace) => workspace.handover(handoverId, (session) => session.raiseEmergency(outgoing, input)),
      {
        clear: ['flag.'],
        saved: t.savedFlag,
      },
    );
  };
  const clear = (flagId: string) => (event: SubmitEvent) => {
    event.preventDefault();
    const form = `clear.${flagId}`;
    const input = { flagId, outcome: ctx.draft(`${form}.outcome`) };
    ctx.run(
      form,
      (workspace) => workspace.handover(handoverId, (session) => session.clearEmergency(outgoing, input)),
      {
        clear: [`${form}.`],
        saved: t.savedCleared,
      },
    );
  };
  const dispute = (event: SubmitEvent): void => {
    event.preventDefault();
    const reportedTo = optional(ctx, 'dispute.reportedTo');
    const input = {
      disputeId: newId('d'),
      description: ctx.draft('dispute.description'),
      ...(reportedTo === undefined ? {} : { reportedTo }),
    };
    ctx.run(
      'dispute',
      (workspace) => workspace.handover(handoverId, (session) => session.raiseDispute(incoming, input)),
      {
        clear: ['dispute.'],
        saved: t.savedDispute,
      },
    );
  };
  const settle = (disputeId: string) => (event: SubmitEvent) => {
    event.preventDefault();
    const form = `settle.${disputeId}`;
    const input = { disputeId, resolution: ctx.draft(`${form}.resolution`) };
    ctx.run(
      form,
      (workspace) => workspace.handover(handoverId, (session) => session.resolveDispute(outgoing, input)),
      {
        clear: [`${form}.`],
        saved: t.savedSettled,
      },
    );
  };
  const kindText = (kind: string) =>
    ({ emergency: t.kindEmergency, incident: t.kindIncident, 'major-event': t.kindMajorEvent })[kind] ?? kind;
  return html`<section class="card" part="incidents" aria-labelledby="incidents-heading">
    <h4 id="incidents-heading">${t.incidents}</h4>
    <p class="hint">${t.incidentsHint}</p>
    ${state.flags.length + state.disputes.length === 0 ? html`<p class="empty">${t.noIncidents}</p>` : nothing}
    <ul class="records">
      ${state.flags.map(
        (flag) =>
          html`<li class="record" part="incident" data-id=${flag.flagId}>
            <p class="record-title">
              <span class="badge ${flag.cleared ? '' : 'warn'}">${kindText(flag.kind)}</span>
              <span class="title-text">${flag.description}</span>
            </p>
            ${
              flag.cleared
                ? html`<p class="stamp done">
                    ${fill(t.clearedAt, { time: ctx.fmt.time(flag.cleared.at) })} ${flag.cleared.outcome}
                  </p>`
                : html`<form
                    data-form=${`clear.${flag.flagId}`}
                    novalidate
                    @input=${ctx.onInput}
                    @submit=${clear(flag.flagId)}
                  >
                    ${field(ctx, `clear.${flag.flagId}`, {
                      name: `clear.${flag.flagId}.outcome`,
                      label: t.outcome,
                      type: 'textarea',
                      path: 'outcome',
                      required: true,
                    })}
                    ${refusalBlock(ctx, `clear.${flag.flagId}`, ['outcome'])}
                    <div class="actions">
                      <button type="submit" ?disabled=${ctx.busy}>${t.clearFlag}</button>
                    </div>
                  </form>`
            }
          </li>`,
      )}
      ${state.disputes.map(
        (item) =>
          html`<li class="record" part="dispute" data-id=${item.disputeId}>
            <p class="record-title">
              <span class="badge ${item.resolved ? '' : 'warn'}">${t.dispute}</span>
              <span class="title-text">${item.description}</span>
            </p>
            ${
              item.resolved
                ? html`<p class="stamp done">
                    ${fill(t.settledAt, { time: ctx.fmt.time(item.resolved.at) })} ${item.resolved.resolution}
                  </p>`
                : html`<form
                    data-form=${`settle.${item.disputeId}`}
                    novalidate
                    @input=${ctx.onInput}
                    @submit=${settle(item.disputeId)}
                  >
                    ${field(ctx, `settle.${item.disputeId}`, {
                      name: `settle.${item.disputeId}.resolution`,
                      label: t.resolution,
                      type: 'textarea',
                      path: 'resolution',
                      required: true,
                    })}
                    ${refusalBlock(ctx, `settle.${item.disputeId}`, ['resolution'])}
                    <div class="actions">
                      <button type="submit" ?disabled=${ctx.busy}>${t.settleDispute}</button>
                    </div>
                  </form>`
            }
          </li>`,
      )}
    </ul>
    <div class="columns">
      <form
        data-form="flag"
        novalidate
        @input=${ctx.onInput}
        @submit=${raise}
        aria-labelledby="flag-form-heading"
      >
        <p class="form-title" id="flag-form-heading">${t.raiseFlag}</p>
        ${field(ctx, 'flag', {
          name: 'flag.kind',
          label: t.kind,
          type: 'select',
          options: [
            ['emergency', t.kindEmergency],
            ['incident', t.kindIncident],
            ['major-event', t.kindMajorEvent],
          ],
        })}
        ${field(ctx, 'flag', { name: 'flag.description', label: t.description, type: 'textarea', path: 'description', required: true })}
        ${refusalBlock(ctx, 'flag', ['description'])}
        <div class="actions"><button type="submit" ?disabled=${ctx.busy}>${t.raiseFlagButton}</button></div>
      </form>
      <form
        data-form="dispute"
        novalidate
        @input=${ctx.onInput}
        @submit=${dispute}
        aria-labelledby="dispute-form-heading"
      >
        <p class="form-title" id="dispute-form-heading">${t.raiseDispute}</p>
        ${field(ctx, 'dispute', { name: 'dispute.description', label: t.description, type: 'textarea', path: 'description', required: true })}
        ${field(ctx, 'dispute', { name: 'dispute.reportedTo', label: t.reportedTo, path: 'reportedTo' })}
        ${refusalBlock(ctx, 'dispute', ['description', 'reportedTo'])}
        <div class="actions">
          <button type="submit" ?disabled=${ctx.busy}>${t.raiseDisputeButton}</button>
        </div>
      </form>
    </div>
  </section>`;
}

function renderBlockers(ctx: ViewContext, state: HandoverState): TemplateResult {
  const { t } = ctx;
  const blockers = ctx.engine.blockersAt(state.blockers, ctx.now);
  return html`<section class="card" part="blockers" aria-labelledby="blockers-heading">
    <h4 id="blockers-heading">${t.blockers}</h4>
    ${
      blockers.length === 0
        ? html`<p class="empty">${t.noBlockers}</p>`
        : html`<ul class="blocker-list">
            ${blockers.map(
              (blocker) =>
                html`<li part="blocker" data-condition=${blocker.condition}>
                  <p class="blocker-message">${messageOf(ctx, blocker)}</p>
                  ${clauseList(ctx, blocker.clauses)}
                </li>`,
            )}
          </ul>`
    }
  </section>`;
}

function renderSignatures(ctx: ViewContext, state: HandoverState): TemplateResult {
  const { t } = ctx;
  const handoverId = state.handoverId ?? '';
  const card = (role: 'outgoing' | 'incoming') => {
    const person = role === 'outgoing' ? state.outgoing : state.incoming;
    const signature = state.signatures[role];
    const form = `sign.${role}`;
    const title = role === 'outgoing' ? t.outgoingSignature : t.incomingSignature;
    if (signature) {
      return html`<div class="signature signed" part="signature" data-role=${role}>
        <p class="form-title">${title}</p>
        <p class="stamp done">
          ${fill(t.signedBy, { person: signature.staffId, time: ctx.fmt.dateTime(signature.signedAt) })}
        </p>
      </div>`;
    }
    const submit = (event: SubmitEvent): void => {
      event.preventDefault();
      const text = ctx.draft(`${form}.matters`).trim();
      const matterCount = text === '' ? Number.NaN : Number(text);
      ctx.signAs(
        form,
        { role, handoverId, ...(person ? { staffId: person.staffId } : {}) },
        (workspace, actor) =>
          workspace.handover(handoverId, (session) => session.sign(actor, { matterCount })),
        { clear: [`${form}.`], saved: t.savedSigned },
      );
    };
    return html`<form
      class="signature"
      part="signature"
      data-role=${role}
      data-form=${form}
      novalidate
      @input=${ctx.onInput}
      @submit=${submit}
      aria-labelledby=${`${form}-heading`}
    >
      <p class="form-title" id=${`${form}-heading`}>
        ${title}${person ? html` · ${personLabel(person)}` : nothing}
      </p>
      ${field(ctx, form, {
        name: `${form}.matters`,
        label: role === 'outgoing' ? t.mattersHandedOver : t.mattersTakenOver,
        type: 'number',
        min: 0,
        hint: t.matterCountHint,
        path: 'matterCount',
        required: true,
      })}
      ${refusalBlock(ctx, form, ['matterCount'])}
      ${ctx.canSign ? nothing : html`<p class="hint" id=${`${form}-nosigner`}>${t.noSigner}</p>`}
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${ctx.busy || !ctx.canSign}>
          ${role === 'outgoing' ? t.signOutgoing : t.signIncoming}
        </button>
      </div>
    </form>`;
  };
  return html`<section class="card" part="signatures" aria-labelledby="signatures-heading">
    <h4 id="signatures-heading">${t.signatures}</h4>
    <div class="columns">${card('outgoing')} ${card('incoming')}</div>
  </section>`;
}

// ——— Complete ——————————————————————————————————————————————————————————————

function renderComplete(ctx: ViewContext, state: HandoverState): TemplateResult {
  const { t } = ctx;
  const outgoing = state.outgoing;
  const leave = (): void => {
    if (outgoing === undefined) return;
    ctx.run(
      'leave',
      (workspace) =>
        workspace.handover(state.handoverId ?? '', (session) => session.leave(actorOf(outgoing))),
      {
        saved: t.savedLeft,
      },
    );
  };
  return html`<section class="card complete" part="complete" aria-labelledby="summary-heading">
    <h4 id="summary-heading" tabindex="-1">${t.handoverComplete}</h4>
    <p>
      ${fill(t.handsOverTo, {
        outgoing: outgoing ? personLabel(outgoing) : '—',
        incoming: state.incoming ? personLabel(state.incoming) : '—',
      })}
    </p>
    ${
      state.onDuty?.since
        ? html`<p class="stamp done">
            ${fill(t.onDutySince, { person: state.onDuty.staffId, time: ctx.fmt.dateTime(state.onDuty.since) })}
          </p>`
        : nothing
    }
    ${
      state.countersign
        ? html`<p class="stamp done">
            ${fill(t.countersignedBy, { person: state.countersign.staffId, time: ctx.fmt.dateTime(state.countersign.at) })}
          </p>`
        : html`<p class="hint">
            ${fill(t.awaitingCountersign, { due: state.times ? ctx.fmt.dateTime(state.times.countersignDueAt) : '—' })}
            <button
              type="button"
              class="link"
              @click=${() => {
                ctx.show('countersign');
              }}
            >
              ${t.goCountersign}
            </button>
          </p>`
    }
    <div class="step" part="leave">
      ${
        state.outgoingLeft
          ? html`<p class="stamp done">${fill(t.leftAt, { time: ctx.fmt.time(state.outgoingLeft.at) })}</p>`
          : outgoing
            ? html`<button type="button" ?disabled=${ctx.busy} @click=${leave}>
                ${fill(t.recordLeaving, { person: personLabel(outgoing) })}
              </button>`
            : nothing
      }
      ${refusalBlock(ctx, 'leave')}
    </div>
  </section>`;
}
