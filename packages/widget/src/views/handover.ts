/**
 * The handover in progress: who hands over to whom, the outgoing person's
 * checklist and duty record (carried-over matters, anomalies, superiors'
 * instructions, major issues, equipment), the incoming person's arrival,
 * fitness to take over, checklist, count and acknowledgements, incidents and
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
  CarryOverMatterInput,
  ChecklistLine,
  EquipmentState,
  HandoverSession,
  HandoverState,
  InventoryLine,
  InventoryStatus,
  MatterStatus,
  PassOnInstructionInput,
  RaiseDisputeInput,
  RaiseEmergencyInput,
  RecordEquipmentStatusInput,
  RecordMajorIssueInput,
  SessionOutcome,
  ShiftInstance,
} from '@duty-handover/core';
import { fill } from '../format.js';
import type { WidgetStrings } from '../locales.js';
import {
  clauseList,
  field,
  idOf,
  matterFacts,
  messageOf,
  optional,
  personLabel,
  refusalBlock,
  type FieldSpec,
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
    record(ctx, state, form, t.savedTicked, (session) =>
      session.checkItem(actor, { itemId: line.itemId, side }),
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

// ——— Pieces of the record ————————————————————————————————————————————————

type Command = (session: HandoverSession) => Promise<SessionOutcome>;

/**
 * Runs a command of the handover for a form (or a button); its outcome shows
 * there. With `focus` (a form with fields): once the entry is stored, the
 * form's drafts are cleared and the focus goes back to its first field.
 */
function record(
  ctx: ViewContext,
  state: HandoverState,
  form: string,
  saved: string,
  command: Command,
  focus?: string,
): void {
  ctx.run(form, (workspace) => workspace.handover(state.handoverId ?? '', command), {
    saved,
    ...(focus === undefined ? {} : { focus, clear: [`${form}.`] }),
  });
}

/**
 * The payload fields a form's inputs fill (each field's `path`), read from the
 * form as the person sees it: a select keeps showing its last choice once its
 * draft is cleared, and what is recorded must be what is shown. A tick is a
 * boolean; a blank optional field is left out; nothing is checked here, core
 * does that.
 */
function filled(element: HTMLFormElement, specs: readonly FieldSpec[]): Record<string, unknown> {
  const data = new FormData(element);
  const input: Record<string, unknown> = {};
  for (const { name, path, type, required } of specs) {
    const value = data.get(name);
    const text = typeof value === 'string' ? value : '';
    if (path === undefined) continue;
    if (type === 'checkbox') input[path] = text === 'on';
    else if (required) input[path] = text;
    else if (text.trim() !== '') input[path] = text.trim();
  }
  return input;
}

/**
 * A form that records one entry: its title (when it has one), its fields,
 * core's refusal (each problem at its field) and the button. On submit,
 * `build` gets what the fields hold ({@link filled}) and returns the command.
 */
function entryForm(
  ctx: ViewContext,
  state: HandoverState,
  form: string,
  title: string | undefined,
  specs: readonly FieldSpec[],
  button: string,
  saved: string,
  build: (input: never) => Command,
): TemplateResult {
  const submit = (event: SubmitEvent): void => {
    event.preventDefault();
    const element = event.currentTarget as HTMLFormElement;
    const first = specs[0];
    // What the fields hold is the payload, less what `build` adds; core checks all of it.
    record(ctx, state, form, saved, build(filled(element, specs) as never), first && `#${idOf(first.name)}`);
  };
  // `t-`, not `f-`: that is the fields' prefix (the field `matter.title` is `f-matter-title`).
  const heading = `t-${idOf(form)}`;
  return html`<form
    data-form=${form}
    novalidate
    @input=${ctx.onInput}
    @submit=${submit}
    aria-labelledby=${title === undefined ? nothing : heading}
  >
    ${title === undefined ? nothing : html`<p class="form-title" id=${heading}>${title}</p>`}
    ${specs.map((spec) => field(ctx, form, spec))}
    ${refusalBlock(
      ctx,
      form,
      specs.flatMap((spec) => spec.path ?? []),
    )}
    <div class="actions"><button type="submit" ?disabled=${ctx.busy}>${button}</button></div>
  </form>`;
}

/** A part of the record: its heading, what is recorded (or a line saying nothing is), then its form. */
function recordPart(
  part: string,
  heading: string,
  hint: string | undefined,
  items: readonly TemplateResult[],
  empty: string,
  form: unknown,
): TemplateResult {
  const id = `${part}-heading`;
  return html`<div part=${part}>
    <h5 id=${id}>${heading}</h5>
    ${hint === undefined ? nothing : html`<p class="hint">${hint}</p>`}
    ${
      items.length === 0
        ? html`<p class="empty">${empty}</p>`
        : html`<ul class="records" aria-labelledby=${id}>
            ${items}
          </ul>`
    }
    ${form}
  </div>`;
}

/** One recorded item: its badges and text, then its details and what can be done with it. */
function recordItem(
  part: string,
  id: string,
  badges: unknown,
  text: string,
  ...more: unknown[]
): TemplateResult {
  return html`<li class="record" part=${part} data-id=${id}>
    <p class="record-title">${badges}<span class="title-text">${text}</span></p>
    ${more}
  </li>`;
}

function badge(text: string, warn = false): TemplateResult {
  return html`<span class="badge ${warn ? 'warn' : ''}">${text}</span> `;
}

/** A line under a recorded item, when there is something to say. */
function detail(text: string | undefined, kind = ''): TemplateResult | typeof nothing {
  return text ? html`<p class=${kind}>${text}</p>` : nothing;
}

function matterView(
  ctx: ViewContext,
  state: HandoverState,
  matter: CarriedOverMatter,
  actor: Actor,
): TemplateResult {
  const { t } = ctx;
  return recordItem(
    'matter',
    matter.matterId,
    [
      badge(statusOptions(t).find(([value]) => value === matter.status)?.[1] ?? ''),
      matter.major ? badge(t.major, true) : nothing,
    ],
    matter.title,
    matterFacts(ctx, matter),
    detail(
      matter.acknowledged && fill(t.acknowledgedAt, { time: ctx.fmt.time(matter.acknowledged.at) }),
      'stamp',
    ),
    state.signatures.outgoing || state.signatures.incoming
      ? nothing
      : matterUpdate(ctx, state, matter, actor),
  );
}

function statusOptions(t: WidgetStrings): [MatterStatus, string][] {
  return [
    ['open', t.statusOpen],
    ['in-progress', t.statusInProgress],
    ['resolved', t.statusResolved],
  ];
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
  return html`<details class="amend" part="matter-update">
    <summary>${fill(t.updateMatter, { title: matter.title })}</summary>
    ${entryForm(
      ctx,
      state,
      form,
      undefined,
      [
        {
          name: `${form}.status`,
          label: t.status,
          type: 'select',
          path: 'status',
          fallback: matter.status,
          options: statusOptions(t),
        },
        { name: `${form}.result`, label: t.resultNow, type: 'textarea', path: 'result', hint: t.keepIfEmpty },
        { name: `${form}.nextStep`, label: t.nextStep, path: 'nextStep', hint: t.keepIfEmpty },
      ],
      t.recordUpdate,
      t.savedMatter,
      (input: Partial<Pick<CarryOverMatterInput, 'status' | 'result' | 'nextStep'>>) => (session) =>
        session.carryOverMatter(actor, {
          matterId: matter.matterId,
          title: matter.title,
          cause: matter.cause,
          course: matter.course,
          result: matter.result,
          status: matter.status,
          major: matter.major,
          nextStep: matter.nextStep,
          owner: matter.owner,
          due: matter.due,
          ...input,
        }),
    )}
  </details>`;
}

function renderMatters(ctx: ViewContext, state: HandoverState, actor: Actor): TemplateResult {
  const { t } = ctx;
  return recordPart(
    'matters',
    t.matters,
    undefined,
    state.matters.map((matter) => matterView(ctx, state, matter, actor)),
    t.noMatters,
    entryForm(
      ctx,
      state,
      'matter',
      t.addMatter,
      [
        { name: 'matter.title', label: t.matterTitle, path: 'title', required: true },
        { name: 'matter.cause', label: t.cause, type: 'textarea', path: 'cause', required: true },
        { name: 'matter.course', label: t.course, type: 'textarea', path: 'course', required: true },
        { name: 'matter.result', label: t.result, type: 'textarea', path: 'result', required: true },
        { name: 'matter.status', label: t.status, type: 'select', path: 'status', options: statusOptions(t) },
        { name: 'matter.due', label: t.due, type: 'date', path: 'due' },
        { name: 'matter.nextStep', label: t.nextStep, path: 'nextStep' },
        { name: 'matter.owner', label: t.owner, path: 'owner' },
        { name: 'matter.major', label: t.majorLabel, type: 'checkbox', path: 'major', hint: t.majorHint },
      ],
      t.recordMatter,
      t.savedMatter,
      (input: Omit<CarryOverMatterInput, 'matterId'>) => (session) =>
        session.carryOverMatter(actor, { matterId: newId('m'), ...input }),
    ),
  );
}

function renderAnomalies(ctx: ViewContext, state: HandoverState, actor: Actor): TemplateResult {
  const { t } = ctx;
  const by = state.outgoing?.staffId ?? '';
  return recordPart(
    'anomalies',
    t.anomalies,
    undefined,
    state.anomalies.map((anomaly) =>
      recordItem(
        'anomaly',
        anomaly.anomalyId,
        nothing,
        anomaly.area,
        detail(`${t.description}${t.labelSeparator}${anomaly.description}`),
        detail(`${t.explanation}${t.labelSeparator}${anomaly.explanation.text}`),
      ),
    ),
    t.noAnomalies,
    entryForm(
      ctx,
      state,
      'anomaly',
      t.addAnomaly,
      [
        { name: 'anomaly.area', label: t.area, path: 'area', required: true },
        {
          name: 'anomaly.description',
          label: t.description,
          type: 'textarea',
          path: 'description',
          required: true,
        },
        {
          name: 'anomaly.explanation',
          label: t.explanationByOutgoing,
          type: 'textarea',
          path: 'explanation.text',
          required: true,
        },
      ],
      t.recordAnomaly,
      t.savedAnomaly,
      () => {
        const input = {
          anomalyId: newId('a'),
          area: ctx.draft('anomaly.area'),
          description: ctx.draft('anomaly.description'),
          explanation: { text: ctx.draft('anomaly.explanation'), by },
        };
        return (session) => session.recordAnomaly(actor, input);
      },
    ),
  );
}

// ——— Instructions, major issues, equipment, fitness ————————————————————

const STATE_KEYS = {
  running: 'stateRunning',
  starting: 'stateStarting',
  stopping: 'stateStopping',
  stopped: 'stateStopped',
  faulty: 'stateFaulty',
  'under-repair': 'stateUnderRepair',
} as const satisfies Record<EquipmentState, keyof WidgetStrings>;

/** Whether the policy lists a blocking condition: the parts it needs (equipment, fitness) show only then. */
function policyBlocksOn(ctx: ViewContext, condition: 'equipment-transition' | 'incoming-unfit'): boolean {
  return ctx.policy.handover.blockingConditions.includes(condition);
}

/**
 * The rest of the outgoing person's duty record: superiors' instructions
 * passed on (HOR-1.4), the shift's major issues, resolved or not (HOR-1.3),
 * and the state of equipment (CSD-3.4) where the policy stops a handover
 * while major equipment starts or stops (HOR-2.4). A new version of an issue
 * or a piece of equipment is the same id written again.
 */
function renderShiftLog(ctx: ViewContext, state: HandoverState, actor: Actor): TemplateResult {
  const { t } = ctx;
  const closed = state.signatures.outgoing !== undefined || state.signatures.incoming !== undefined;
  const options = Object.entries(STATE_KEYS).map(([value, key]) => [value, t[key]] as const);
  const equipment = policyBlocksOn(ctx, 'equipment-transition');

  const instructions = recordPart(
    'instructions',
    t.instructions,
    undefined,
    state.instructions.map((item) =>
      recordItem(
        'instruction',
        item.instructionId,
        nothing,
        item.instruction,
        detail(`${t.instructionFrom}${t.labelSeparator}${item.from}`, 'stamp'),
      ),
    ),
    t.noIncidents,
    entryForm(
      ctx,
      state,
      'instruction',
      undefined,
      [
        { name: 'instruction.from', label: t.instructionFrom, path: 'from', required: true },
        {
          name: 'instruction.text',
          label: t.instruction,
          type: 'textarea',
          path: 'instruction',
          required: true,
        },
      ],
      t.recordInstruction,
      t.savedInstruction,
      (input: Omit<PassOnInstructionInput, 'instructionId'>) => (session) =>
        session.passOnInstruction(actor, { instructionId: newId('i'), ...input }),
    ),
  );

  const issues = recordPart(
    'major-issues',
    t.majorIssues,
    fill(t.majorIssuesHint, { incidents: t.incidents }),
    state.majorIssues.map(({ issueId, description, resolved }) =>
      recordItem(
        'major-issue',
        issueId,
        badge(resolved ? t.statusResolved : t.statusOpen, !resolved),
        description,
        resolved || closed
          ? nothing
          : entryForm(
              ctx,
              state,
              `issue.${issueId}`,
              undefined,
              [],
              t.statusResolved,
              t.savedIssue,
              () => (session) => session.recordMajorIssue(actor, { issueId, description, resolved: true }),
            ),
      ),
    ),
    t.noIncidents,
    entryForm(
      ctx,
      state,
      'issue',
      undefined,
      [
        {
          name: 'issue.description',
          label: t.description,
          type: 'textarea',
          path: 'description',
          required: true,
        },
        { name: 'issue.resolved', label: t.statusResolved, type: 'checkbox', path: 'resolved' },
      ],
      t.recordMajorIssue,
      t.savedIssue,
      (input: Omit<RecordMajorIssueInput, 'issueId'>) => (session) =>
        session.recordMajorIssue(actor, { issueId: newId('p'), ...input }),
    ),
  );

  const machines = state.equipment.map((item) => {
    const form = `equip.${item.equipmentId}`;
    return recordItem(
      'equipment-item',
      item.equipmentId,
      [badge(t[STATE_KEYS[item.state]]), item.major ? badge(t.major, true) : nothing],
      item.name,
      detail(item.note),
      closed
        ? nothing
        : entryForm(
            ctx,
            state,
            form,
            undefined,
            [
              {
                name: `${form}.state`,
                label: t.status,
                type: 'select',
                path: 'state',
                fallback: item.state,
                options,
              },
            ],
            t.recordEquipment,
            t.savedEquipment,
            (input: Pick<RecordEquipmentStatusInput, 'state'>) => (session) =>
              session.recordEquipmentStatus(actor, {
                equipmentId: item.equipmentId,
                name: item.name,
                major: item.major,
                ...input,
              }),
          ),
    );
  });

  return html`${instructions} ${issues}
  ${
    equipment || machines.length > 0
      ? recordPart(
          'equipment',
          t.equipment,
          undefined,
          machines,
          t.noIncidents,
          equipment
            ? entryForm(
                ctx,
                state,
                'equipment',
                undefined,
                [
                  { name: 'equipment.name', label: t.equipment, path: 'name', required: true },
                  { name: 'equipment.state', label: t.status, type: 'select', path: 'state', options },
                  { name: 'equipment.major', label: t.equipmentMajorLabel, type: 'checkbox', path: 'major' },
                  { name: 'equipment.note', label: t.note, path: 'note' },
                ],
                t.recordEquipment,
                t.savedEquipment,
                (input: Omit<RecordEquipmentStatusInput, 'equipmentId'>) => (session) =>
                  session.recordEquipmentStatus(actor, { equipmentId: newId('e'), ...input }),
              )
            : nothing,
        )
      : nothing
  }`;
}

/**
 * Whether the incoming person is fit to take over (HOR-2.4 ⑷), where the
 * policy stops a handover to someone unfit: the outgoing person records it;
 * a named substitute takes over the incoming side.
 */
function renderFitness(ctx: ViewContext, state: HandoverState): TemplateResult | typeof nothing {
  const { t } = ctx;
  const { outgoing, incoming } = state;
  const enabled = policyBlocksOn(ctx, 'incoming-unfit');
  if (outgoing === undefined || incoming === undefined || (!enabled && state.fitness.length === 0)) {
    return nothing;
  }
  const unfit = ctx.draft('fitness.unfit') === 'on';
  const specs: FieldSpec[] = [{ name: 'fitness.unfit', label: t.unfit, type: 'checkbox' }];
  if (unfit) {
    specs.push(
      {
        name: 'fitness.observation',
        label: t.observation,
        type: 'textarea',
        path: 'observation',
        required: true,
      },
      {
        name: 'fitness.substitute',
        label: fill(t.staffNumberOf, { who: t.substitute }),
        path: 'substitute.staffId',
        hint: t.substituteHint,
      },
      {
        name: 'fitness.substituteName',
        label: fill(t.nameOf, { who: t.substitute }),
        path: 'substitute.name',
      },
    );
  }
  return recordPart(
    'fitness',
    t.fitness,
    fill(t.fitnessHint, { person: personLabel(incoming) }),
    state.fitness.map((item) =>
      recordItem(
        'fitness-record',
        item.subject,
        badge(item.fit ? t.fit : t.unfit, !item.fit),
        item.subject,
        detail(item.observation),
        detail(item.substitute && `${t.substitute}${t.labelSeparator}${personLabel(item.substitute)}`),
      ),
    ),
    t.noIncidents,
    enabled
      ? entryForm(ctx, state, 'fitness', undefined, specs, t.recordFitness, t.savedFitness, () => {
          const staffId = optional(ctx, 'fitness.substitute');
          const input =
            ctx.draft('fitness.unfit') === 'on'
              ? {
                  fit: false,
                  observation: optional(ctx, 'fitness.observation'),
                  substitute:
                    staffId === undefined
                      ? undefined
                      : { staffId, name: optional(ctx, 'fitness.substituteName') },
                }
              : { fit: true };
          return (session) => session.confirmFitness(actorOf(outgoing), input);
        })
      : nothing,
  );
}

function renderOutgoing(ctx: ViewContext, state: HandoverState): TemplateResult {
  const { t } = ctx;
  const outgoing = state.outgoing;
  if (outgoing === undefined) return html``;
  const actor = actorOf(outgoing);
  const prepare = (): void => {
    record(ctx, state, 'prepare', t.savedPrepared, (session) => session.markPrepared(actor, {}));
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
    ${renderShiftLog(ctx, state, actor)}
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
    record(
      ctx,
      state,
      form,
      t.savedCount,
      (session) => session.countItem(actor, input),
      `#${idOf(`${form}.counted`)}`,
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
    record(ctx, state, 'arrive', t.savedArrival, (session) => session.arrive(actor));
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
    ${renderFitness(ctx, state)} ${checklist(ctx, state, 'incoming', state.checklistProgress.incoming, actor)}
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
    ${recordPart(
      'acknowledgements',
      t.acknowledgements,
      undefined,
      toAcknowledge.map((matter) => {
        const form = `ack.${matter.matterId}`;
        return recordItem(
          'acknowledgement',
          matter.matterId,
          nothing,
          matter.title,
          matter.acknowledged?.staffId === incoming.staffId
            ? detail(fill(t.acknowledgedAt, { time: ctx.fmt.time(matter.acknowledged.at) }), 'stamp done')
            : html`<button
                type="button"
                ?disabled=${ctx.busy}
                aria-label=${fill(t.acknowledgeMatter, { title: matter.title })}
                @click=${() => {
                  record(ctx, state, form, t.savedAcknowledged, (session) =>
                    session.acknowledgeMatter(actor, { matterId: matter.matterId }),
                  );
                }}
              >
                ${t.acknowledge}
              </button>`,
          refusalBlock(ctx, form),
        );
      }),
      t.nothingToAcknowledge,
      nothing,
    )}
  </section>`;
}

function renderIncidents(ctx: ViewContext, state: HandoverState): TemplateResult {
  const { t } = ctx;
  const outgoing = state.outgoing ? actorOf(state.outgoing) : undefined;
  const incoming = state.incoming ? actorOf(state.incoming) : undefined;
  if (outgoing === undefined || incoming === undefined) return html``;
  const kinds = [
    ['emergency', t.kindEmergency],
    ['incident', t.kindIncident],
    ['major-event', t.kindMajorEvent],
  ] as const;
  const kindText = (kind: string) => kinds.find(([value]) => value === kind)?.[1] ?? kind;
  /** The form that closes a flag or a dispute: how it ended, or how it was settled. */
  const close = (
    form: string,
    path: 'outcome' | 'resolution',
    button: string,
    saved: string,
    command: (text: string) => Command,
  ) =>
    entryForm(
      ctx,
      state,
      form,
      undefined,
      [
        {
          name: `${form}.${path}`,
          label: path === 'outcome' ? t.outcome : t.resolution,
          type: 'textarea',
          path,
          required: true,
        },
      ],
      button,
      saved,
      (input: Record<typeof path, string>) => command(input[path]),
    );
  return html`<section class="card" part="incidents" aria-labelledby="incidents-heading">
    <h4 id="incidents-heading">${t.incidents}</h4>
    <p class="hint">${t.incidentsHint}</p>
    ${state.flags.length + state.disputes.length === 0 ? html`<p class="empty">${t.noIncidents}</p>` : nothing}
    <ul class="records">
      ${state.flags.map(({ flagId, kind, description, cleared }) =>
        recordItem(
          'incident',
          flagId,
          badge(kindText(kind), !cleared),
          description,
          cleared
            ? detail(
                `${fill(t.clearedAt, { time: ctx.fmt.time(cleared.at) })} ${cleared.outcome}`,
                'stamp done',
              )
            : close(
                `clear.${flagId}`,
                'outcome',
                t.clearFlag,
                t.savedCleared,
                (outcome) => (session) => session.clearEmergency(outgoing, { flagId, outcome }),
              ),
        ),
      )}
      ${state.disputes.map(({ disputeId, description, resolved }) =>
        recordItem(
          'dispute',
          disputeId,
          badge(t.dispute, !resolved),
          description,
          resolved
            ? detail(
                `${fill(t.settledAt, { time: ctx.fmt.time(resolved.at) })} ${resolved.resolution}`,
                'stamp done',
              )
            : close(
                `settle.${disputeId}`,
                'resolution',
                t.settleDispute,
                t.savedSettled,
                (resolution) => (session) => session.resolveDispute(outgoing, { disputeId, resolution }),
              ),
        ),
      )}
    </ul>
    <div class="columns">
      ${entryForm(
        ctx,
        state,
        'flag',
        t.raiseFlag,
        [
          { name: 'flag.kind', label: t.kind, type: 'select', path: 'kind', options: kinds },
          {
            name: 'flag.description',
            label: t.description,
            type: 'textarea',
            path: 'description',
            required: true,
          },
        ],
        t.raiseFlagButton,
        t.savedFlag,
        (input: Omit<RaiseEmergencyInput, 'flagId'>) => (session) =>
          session.raiseEmergency(outgoing, { flagId: newId('f'), ...input }),
      )}
      ${entryForm(
        ctx,
        state,
        'dispute',
        t.raiseDispute,
        [
          {
            name: 'dispute.description',
            label: t.description,
            type: 'textarea',
            path: 'description',
            required: true,
          },
          { name: 'dispute.reportedTo', label: t.reportedTo, path: 'reportedTo' },
        ],
        t.raiseDisputeButton,
        t.savedDispute,
        (input: Omit<RaiseDisputeInput, 'disputeId'>) => (session) =>
          session.raiseDispute(incoming, { disputeId: newId('d'), ...input }),
      )}
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
    record(ctx, state, 'leave', t.savedLeft, (session) => session.leave(actorOf(outgoing)));
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
