/**
 * Responsibility verdicts over one year of a site's journal: the customer-
 * service department's front desk (three shifts a day, 1,095 handovers) and
 * 20,000 first-contact cases, with the area keys issued every shift — about
 * 80,000 entries.
 *
 * - `liability.year.load.ms`: loading, i.e. folding the journal once into
 *   the indexes a verdict looks up (`indexJournal`: handovers, cases, key
 *   register). Done once when the journal is opened.
 * - `liability.year.ms`: a verdict after loading. Every run derives one
 *   verdict of each of the ten kinds of incident, planted across the year,
 *   and the figure is the slowest of the ten, so every kind is within it.
 *
 * The handovers are written by the real handover and key commands, each
 * reading the state of its own handover; the cases are written as the case
 * commands write them and checked against the case payload schemas (running
 * the commands would fold the whole register for every entry). Entries are
 * sealed in time order with stand-in hashes: a verdict never reads hashes,
 * and hashing 80,000 entries is the journal bench's subject, not this one's.
 */
import type { CaseEntryType } from '../packages/core/src/cases/entries.js';
import { CASE_PAYLOAD_SCHEMAS } from '../packages/core/src/cases/entries.js';
import {
  acknowledgeMatter,
  arrive,
  carryOverMatter,
  checkItem,
  clearEmergency,
  countersign,
  countItem,
  leave,
  markPrepared,
  openHandover,
  raiseEmergency,
  sign,
  type CarryOverMatterInput,
  type CommandContext,
  type HandoverSource,
} from '../packages/core/src/handover/commands.js';
import { deriveHandover } from '../packages/core/src/handover/derive.js';
import { emptyHandoverRecord, reduceHandover } from '../packages/core/src/handover/reduce.js';
import type { CommandResult } from '../packages/core/src/handover/refusal.js';
import type { HandoverRecord } from '../packages/core/src/handover/record.js';
import type { Actor, SealedEntry, UnsealedEntry } from '../packages/core/src/journal/entry.js';
import type { JsonValue } from '../packages/core/src/journal/json.js';
import { issueAreaKeys, returnAreaKeys } from '../packages/core/src/keys/commands.js';
import { deriveResponsibility } from '../packages/core/src/liability/derive.js';
import type { IncidentInput } from '../packages/core/src/liability/incident.js';
import { indexJournal, type JournalIndex } from '../packages/core/src/liability/journal-index.js';
import { resolvePolicy, type ResolvedPolicy } from '../packages/core/src/policy/resolve.js';
import type { Roster } from '../packages/core/src/roster/document.js';
import { time, type Figure } from './harness.js';

const policy = resolvePolicy('cs-department');
/** A desk that let the outgoing person leave before signing, for the one handover that shows it. */
const lax = resolvePolicy('cs-department', { handover: { outgoingStaysUntilSigned: false } });
const YEAR = 2026;
const DAYS = 365;
const CASES = 20_000;
const HOUR = 3_600_000;
const MINUTE = 60_000;
/** Asia/Shanghai keeps UTC+8 all year: site time is UTC plus eight hours. */
const OFFSET = 8 * HOUR;

const STAFF: readonly Actor[] = Array.from({ length: 7 }, (_, i) => ({
  staffId: `S-${String(101 + i)}`,
  role: 'duty-officer',
}));
const SUPERVISOR: Actor = { staffId: 'M-201', role: 'cs-supervisor' };
const MANAGER: Actor = { staffId: 'M-301', role: 'department-manager' };

/** An instant as the site writes it. */
function iso(ms: number): string {
  return `${new Date(ms + OFFSET).toISOString().slice(0, 19)}+08:00`;
}

/** Midnight at the site starting day `d` (0 = 1 January) of the year. */
function midnight(d: number): number {
  return Date.UTC(YEAR, 0, 1 + d) - OFFSET;
}

function dateOf(d: number): string {
  return iso(midnight(d)).slice(0, 10);
}

interface Pending {
  readonly atMs: number;
  readonly order: number;
  readonly entry: UnsealedEntry;
}

const pending: Pending[] = [];
function emit(atMs: number, entry: UnsealedEntry): void {
  pending.push({ atMs, order: pending.length, entry });
}

function must<Code extends string>(result: CommandResult<Code>): UnsealedEntry {
  if (!result.ok)
    throw new Error(`bench setup refused: ${result.refusal.code} ${JSON.stringify(result.refusal.params)}`);
  return result.entry;
}

/** The shift instances of the desk in order: overnight, day, night of each day. */
interface Slot {
  readonly key: string;
  readonly startMs: number;
  readonly endMs: number;
  readonly person: Actor;
}

function slots(): Slot[] {
  const list: Slot[] = [];
  for (let d = 0; d <= DAYS; d += 1) {
    const base = midnight(d);
    const date = dateOf(d);
    const add = (shift: string, start: number, end: number) =>
      list.push({
        key: `${date}/${shift}/front-desk`,
        startMs: base + start,
        endMs: base + end,
        person: STAFF[list.length % STAFF.length] ?? { staffId: 'S-101' },
      });
    add('overnight', 1 * HOUR, 8.5 * HOUR);
    add('day', 8.5 * HOUR, 17.5 * HOUR);
    add('night', 17.5 * HOUR, 25 * HOUR);
  }
  return list;
}

/** What is planted in the year, by handover number. */
const PLANT = {
  wrong: 300,
  omitted: 500,
  unclear: 600,
  emergency: 700,
  leftEarly: 800,
  emptyPost: 900,
} as const;

function matterOf(k: number, overrides: Partial<CarryOverMatterInput> = {}): CarryOverMatterInput {
  return {
    matterId: `m-${k}`,
    title: `第 ${k} 宗住戶報修跟進`,
    cause: `${(k % 30) + 1} 樓走廊燈不亮,住戶來電報修`,
    course: '已派工程部查看,更換光管需要備料',
    result: '工程部下一班補料更換',
    status: 'in-progress',
    nextStep: '跟進工程部更換進度並回覆住戶',
    owner: '接班值班員',
    ...overrides,
  };
}

/** One handover from `from` to `to`, through the commands, each reading the handover's own state. */
function handover(k: number, from: Slot, to: Slot): void {
  const handoverId = `h-${k}`;
  const writer = k === PLANT.leftEarly ? lax : policy;
  let record: HandoverRecord = emptyHandoverRecord(handoverId);
  let seq = 0;
  const run = (
    actor: Actor,
    atMs: number,
    command: (source: HandoverSource, context: CommandContext) => CommandResult,
  ): void => {
    const context: CommandContext = { policy: writer, actor, at: iso(atMs), handoverId };
    const entry = must(command(deriveHandover(record, writer), context));
    const sealed: SealedEntry = { ...entry, payload: entry.payload as JsonValue, seq, prev: '', hash: '' };
    seq += 1;
    record = reduceHandover(record, sealed);
    emit(atMs, entry);
  };
  const out = from.person;
  const inc = to.person;
  const end = from.endMs;

  run(out, end - 30 * MINUTE, (_, context) =>
    openHandover(undefined, context, {
      handoverId,
      site: 'gaoxin-plaza',
      post: 'front-desk',
      outgoing: { staffId: out.staffId },
      incoming: { staffId: inc.staffId },
      outgoingShift: { key: from.key, scheduledEnd: iso(from.endMs) },
      incomingShift: { key: to.key, scheduledStart: iso(to.startMs) },
    }),
  );
  const fresh = matterOf(k, { due: iso(end + 24 * HOUR).slice(0, 10) });
  // The unclear record: an open matter without its next step or the person who follows it up.
  const written =
    k === PLANT.unclear
      ? {
          matterId: fresh.matterId,
          title: fresh.title,
          cause: fresh.cause,
          course: fresh.course,
          result: fresh.result,
          status: fresh.status,
        }
      : fresh;
  run(out, end - 29 * MINUTE, (source, context) => carryOverMatter(source, context, written));
  // The previous shift's matter is done and handed over as resolved, except where it was left out.
  if (k > 0 && k !== PLANT.omitted) {
    run(out, end - 28 * MINUTE, (source, context) =>
      carryOverMatter(source, context, {
        ...matterOf(k - 1),
        status: 'resolved',
        result: '工程部已更換光管,已回覆住戶',
      }),
    );
  }
  if (k === PLANT.emptyPost) return; // The incoming person never comes.
  run(inc, end - 20 * MINUTE, (source, context) => arrive(source, context));
  for (const item of writer.handover.outgoingChecklist) {
    run(out, end - 12 * MINUTE, (source, context) => checkItem(source, context, { itemId: item.id }));
  }
  run(out, end - 12 * MINUTE, (source, context) => markPrepared(source, context));
  for (const item of writer.handover.incomingChecklist) {
    run(inc, end - 10 * MINUTE, (source, context) => checkItem(source, context, { itemId: item.id }));
  }
  for (const item of writer.handover.inventory) {
    run(inc, end - 10 * MINUTE, (source, context) =>
      countItem(source, context, { itemId: item.id, counted: item.expected, status: 'ok' }),
    );
  }
  run(inc, end - 9 * MINUTE, (source, context) => acknowledgeMatter(source, context, { matterId: `m-${k}` }));
  if (k === PLANT.emergency) {
    run(inc, end - 6 * MINUTE, (source, context) =>
      raiseEmergency(source, context, {
        flagId: `f-${k}`,
        kind: 'emergency',
        description: '大堂消防警鐘誤鳴',
      }),
    );
    run(out, end - 4 * MINUTE, (source, context) =>
      clearEmergency(source, context, { flagId: `f-${k}`, outcome: '保安確認誤鳴,警鐘已復位' }),
    );
  }
  if (k === PLANT.leftEarly) {
    run(out, end - 2 * MINUTE, (source, context) => leave(source, context));
    return;
  }
  const matterCount = record.matters.length;
  run(inc, end, (source, context) => sign(source, context, { matterCount }));
  run(out, end, (source, context) => sign(source, context, { matterCount }));
  run(out, end + 2 * MINUTE, (source, context) => leave(source, context));
  run(MANAGER, end + 8 * HOUR, (source, context) => countersign(source, context));
}

/** The area keys of the shift: issued at its start, returned counted at its end. */
function areaKeys(slot: Slot, k: number): void {
  const issueId = `ak-${k}`;
  const issued = must(
    issueAreaKeys(
      [],
      { actor: slot.person, at: iso(slot.startMs + 5 * MINUTE) },
      {
        issueId,
        keySet: 'podium-plant-rooms',
        shiftKey: slot.key,
        issuedTo: slot.person.staffId,
        count: 12,
        dueBack: iso(slot.endMs),
      },
    ),
  );
  emit(slot.startMs + 5 * MINUTE, issued);
  const sealed: SealedEntry = { ...issued, payload: issued.payload as JsonValue, seq: 0, prev: '', hash: '' };
  const returned = must(
    returnAreaKeys(
      [sealed],
      { actor: slot.person, at: iso(slot.endMs - 3 * MINUTE) },
      { issueId, count: 12 },
    ),
  );
  emit(slot.endMs - 3 * MINUTE, returned);
}

/** A case entry as the case commands write it, checked against its schema. */
function caseEntry(
  type: CaseEntryType,
  caseId: string,
  n: number,
  actor: Actor,
  atMs: number,
  payload: object,
): void {
  const checked = CASE_PAYLOAD_SCHEMAS[type].safeParse(payload);
  if (!checked.success) throw new Error(`bench case ${caseId} ${type}: ${checked.error.message}`);
  emit(atMs, { id: `${caseId}/${n}`, at: iso(atMs), actor, type, payload: checked.data });
}

function cases(): void {
  for (let c = 0; c < CASES; c += 1) {
    const d = Math.floor((c * DAYS) / CASES);
    const caseId = `c-${c}`;
    const owner = STAFF[c % STAFF.length] ?? { staffId: 'S-101' };
    const intakeMs = midnight(d) + 8 * HOUR + ((c * 37) % 12) * HOUR + ((c * 13) % 60) * MINUTE;
    const gravity = c % 50 === 0 ? 'complaint' : c % 10 === 0 ? 'difficult' : 'general';
    caseEntry('case.intake', caseId, 0, owner, intakeMs, {
      caseId,
      firstContact: { staffId: owner.staffId },
      gravity,
      channel: c % 3 === 0 ? 'visit' : 'phone',
      callerName: '住戶',
      callerPhone: `138 0013 ${String(c % 10_000).padStart(4, '0')}`,
      matter: '公共地方設施報修',
      category: 'repairs',
      inRemit: true,
    });
    let n = 1;
    if (gravity === 'complaint') {
      caseEntry('case.plan-given', caseId, n++, owner, intakeMs + 2 * HOUR, {
        caseId,
        plan: '明日上午派員處理並回覆',
        resolveBy: iso(intakeMs + 26 * HOUR),
      });
    }
    const resolveMs = intakeMs + (gravity === 'difficult' ? 50 : 1) * HOUR;
    caseEntry('case.resolved', caseId, n++, owner, resolveMs, {
      caseId,
      outcome: 'resolved',
      answer: '已處理並回覆住戶',
    });
    if (c % 5 === 0) {
      caseEntry('case.revisited', caseId, n, owner, resolveMs + 3 * HOUR, {
        caseId,
        satisfaction: 'satisfied',
      });
    }
  }
  // The complaint that went wrong: taken in on 1 July, no plan, no resolution.
  caseEntry('case.intake', 'c-late', 0, STAFF[2] ?? { staffId: 'S-103' }, midnight(181) + 10 * HOUR, {
    caseId: 'c-late',
    firstContact: { staffId: STAFF[2]?.staffId ?? 'S-103' },
    gravity: 'complaint',
    channel: 'phone',
    callerName: '周太太',
    callerPhone: '138 0013 8000',
    matter: '垃圾房臭味投訴',
    category: 'cleaning',
    inRemit: true,
  });
}

function buildYear(): { entries: SealedEntry[]; slots: Slot[] } {
  const all = slots();
  for (let k = 0; k + 1 < all.length && k < DAYS * 3; k += 1) {
    const from = all[k];
    const to = all[k + 1];
    if (from === undefined || to === undefined) break;
    handover(k, from, to);
    areaKeys(from, k);
  }
  cases();
  // The journal records in time order; entries written at the same instant keep the order they were written.
  pending.sort((a, b) => a.atMs - b.atMs || a.order - b.order);
  const entries = pending.map(({ entry }, seq): SealedEntry => {
    const hash = seq.toString(16).padStart(64, '0');
    const prev = seq === 0 ? '0'.repeat(64) : (seq - 1).toString(16).padStart(64, '0');
    return { ...entry, payload: entry.payload as JsonValue, seq, prev, hash };
  });
  return { entries, slots: all };
}

const { entries, slots: year } = buildYear();
const slotAt = (k: number): Slot => {
  const slot = year[k];
  if (slot === undefined) throw new Error(`no slot ${k}`);
  return slot;
};

/** The month of the empty post and the late complaint, with the swap that emptied the post. */
function rosterOf(): Roster {
  const empty = slotAt(PLANT.emptyPost + 1);
  const [date = '', shift = ''] = empty.key.split('/');
  return {
    site: 'Gaoxin International Plaza',
    month: date.slice(0, 7),
    policy: 'cs-department',
    staff: [
      ...STAFF.map((member) => ({ id: member.staffId, name: member.staffId, roles: ['duty-officer'] })),
      { id: SUPERVISOR.staffId, name: '李主任', roles: ['cs-supervisor'] },
      { id: MANAGER.staffId, name: '何經理', roles: ['department-manager'] },
    ],
    assignments: [],
    leave: [],
    swaps: [
      {
        id: 'SW-empty',
        requester: 'S-107',
        counterpart: empty.person.staffId,
        exchanged: [{ date, shift, post: 'front-desk' }],
        requesterConsentedAt: iso(empty.startMs - 72 * HOUR),
        counterpartConsentedAt: iso(empty.startMs - 72 * HOUR),
        registeredAt: iso(empty.startMs - 71 * HOUR),
      },
    ],
    publications: [],
    publicHolidays: [],
  };
}

const after = (k: number, hours: number) => iso(slotAt(k).endMs + hours * HOUR);
const INCIDENTS: readonly IncidentInput[] = [
  {
    id: 'i-omitted',
    what: 'omitted-matter',
    foundAt: after(PLANT.omitted, 6),
    concerns: { matterId: `m-${PLANT.omitted - 1}` },
  },
  {
    id: 'i-wrong',
    what: 'wrong-handover',
    foundAt: after(PLANT.wrong, 3),
    concerns: { matterId: `m-${PLANT.wrong}` },
  },
  {
    id: 'i-careless',
    what: 'careless-receipt',
    foundAt: after(400, 2),
    concerns: { post: 'front-desk', itemId: 'documents' },
  },
  { id: 'i-missing', what: 'missing-item', foundAt: after(450, 3), concerns: { itemId: 'documents' } },
  {
    id: 'i-unclear',
    what: 'unclear-record',
    foundAt: after(PLANT.unclear, 2),
    concerns: { handoverId: `h-${PLANT.unclear}` },
  },
  {
    id: 'i-follow',
    what: 'follow-up-not-done',
    foundAt: after(PLANT.omitted, 60),
    concerns: { matterId: `m-${PLANT.omitted - 1}` },
  },
  {
    id: 'i-emergency',
    what: 'incident-during-handover',
    foundAt: after(PLANT.emergency, 1),
    concerns: { handoverId: `h-${PLANT.emergency}`, flagId: `f-${PLANT.emergency}` },
  },
  {
    id: 'i-empty',
    what: 'post-left-empty',
    foundAt: after(PLANT.emptyPost, 1),
    concerns: { shiftInstance: slotAt(PLANT.emptyPost + 1).key },
  },
  {
    id: 'i-left',
    what: 'left-before-handover',
    foundAt: after(PLANT.leftEarly, 1),
    concerns: { handoverId: `h-${PLANT.leftEarly}` },
  },
  {
    id: 'i-complaint',
    what: 'unresolved-complaint',
    foundAt: iso(midnight(183)),
    concerns: { caseId: 'c-late' },
  },
];

const roster = rosterOf();
let loaded: JournalIndex | undefined;
const index = () => (loaded ??= indexJournal(entries, policy));

function verdictsOf(journal: JournalIndex, policyUsed: ResolvedPolicy) {
  return INCIDENTS.map((incident) =>
    deriveResponsibility({ index: journal, policy: policyUsed, roster, incident }),
  );
}

// The planted failures must be found, each by the person it was planted on, or the figure measures nothing.
{
  const handovers = index().handovers;
  if (entries.length < 75_000 || handovers.size !== DAYS * 3) {
    throw new Error(`bench journal is not a year: ${entries.length} entries, ${handovers.size} handovers`);
  }
  const undetermined = verdictsOf(index(), policy).filter(
    (verdict) => verdict.status !== 'determined' || verdict.responsible.length === 0,
  );
  if (undetermined.length > 0) {
    throw new Error(
      `bench verdicts not determined: ${undetermined.map((verdict) => verdict.incident.id).join(', ')}`,
    );
  }
}

export const figures: readonly Figure[] = [
  {
    name: 'liability.year.load.ms',
    unit: 'ms',
    measure: () => time(() => indexJournal(entries, policy)),
  },
  {
    name: 'liability.year.ms',
    unit: 'ms',
    target: '< 50',
    measure: async () => {
      const journal = index();
      let slowest = 0;
      for (const incident of INCIDENTS) {
        const took = await time(() => deriveResponsibility({ index: journal, policy, roster, incident }));
        slowest = Math.max(slowest, took);
      }
      return slowest;
    },
  },
];
