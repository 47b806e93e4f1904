/**
 * Shared fast-check arbitraries and checks for the `*.property.test.ts`
 * suites: hostile values (odd unicode, huge strings, NaN, negative numbers),
 * documents mutated the ways a hand-edited file goes wrong, instant-like text
 * at the edges of what the formats allow, sealed-looking journal entries of
 * any type, and the contract every typed problem must keep (a path, and a
 * complete message in every locale).
 */
import * as fc from 'fast-check';
import { expect } from 'vitest';
import type { Finding } from '../diagnostics/finding.js';
import { CATALOGUES, LOCALES, placeholdersOf } from '../diagnostics/format.js';
import type { Problem } from '../diagnostics/problem.js';
import { GENESIS_PREV, type Actor, type SealedEntry } from '../journal/entry.js';
import type { JsonValue } from '../journal/json.js';
import { formatInstant } from '../time/format-instant.js';
import { parseInstant } from '../time/parse-instant.js';

// ——— Hostile values ——————————————————————————————————————————————————————

/** Text people and programs actually send: blank, control characters, bidi marks, astral and lone surrogates. */
export const ODD_TEXTS: readonly string[] = [
  '',
  ' ',
  '\t\n',
  '\u0000',
  '\uFEFF',
  '\u202Eevil',
  '\uD800',
  '𠮷野家',
  'ｆｕｌｌ　ｗｉｄｔｈ',
  '交接班',
  '__proto__',
  'constructor',
  'toString',
  'NaN',
  '-1',
  '2026-12-01',
  '2026-02-30',
  '2026-12-01T08:00:00+08:00',
  '=cmd|/C calc!A0',
];

/** A string at its worst: random (any unit), odd, or huge. */
export const oddText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.string(), weight: 3 },
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  { arbitrary: fc.constantFrom(...ODD_TEXTS), weight: 3 },
  fc.constantFrom('長'.repeat(20_000), 'x'.repeat(100_000)),
);

/** A number at its worst: NaN, infinities, negative, fractional, beyond safe integers. */
export const oddNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    -1,
    0.5,
    1e308,
    Number.MAX_SAFE_INTEGER + 2,
  ),
);

/** Anything at all: fast-check's `anything` with every option on, plus odd text and numbers. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  {
    arbitrary: fc.anything({
      maxDepth: 3,
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
      stringUnit: 'binary',
    }),
    weight: 3,
  },
  oddText,
  oddNumber,
  fc.constantFrom(undefined, null, true, [], {}),
);

// ——— Mutated documents ——————————————————————————————————————————————————

type Path = readonly (string | number)[];

const MUTATIONS = ['drop', 'replace', 'extra-key', 'huge', 'nan', 'negative', 'wrap', 'duplicate'] as const;
type Mutation = (typeof MUTATIONS)[number];

/** One edit of a document, aimed by `at` at one of its current paths. */
interface Edit {
  readonly at: number;
  readonly kind: Mutation;
  readonly value: unknown;
  readonly key: string;
}

/**
 * A valid document with one to `maxEdits` edits: a field dropped, a value of
 * the wrong type, an extra key, a huge string, NaN, a negative number, a
 * value wrapped in a list, an element repeated. With `json`, every value put
 * in is JSON (as in a stored journal entry, where NaN cannot be written).
 * The original is never changed.
 */
export function mutated(
  document: JsonValue,
  options: { readonly maxEdits?: number; readonly json?: boolean } = {},
): fc.Arbitrary<unknown> {
  const json = options.json ?? false;
  const edits: fc.Arbitrary<Edit> = fc.record({
    at: fc.nat(),
    kind: fc.constantFrom(...MUTATIONS.filter((kind) => !json || kind !== 'nan')),
    value: json ? fc.oneof(fc.jsonValue({ maxDepth: 1 }), oddText) : hostileValue,
    key: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'extra')),
  });
  return fc
    .array(edits, { minLength: 1, maxLength: options.maxEdits ?? 3 })
    .map((list) => list.reduce<unknown>((doc, one) => applyEdit(doc, one), structuredClone(document)));
}

/** Every path of a document, through plain lists and objects only (not into the hostile values an edit put there). */
function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value) && Object.isExtensible(value)) {
    value.forEach((item, i) => pathsOf(item, [...prefix, i], out));
  } else if (isRecord(value)) {
    for (const [key, child] of Object.entries(value)) pathsOf(child, [...prefix, key], out);
  }
  return out;
}

function applyEdit(document: unknown, one: Edit): unknown {
  const paths = pathsOf(document);
  const path = paths[one.at % paths.length] ?? [];
  const replacement = (current: unknown): unknown => {
    switch (one.kind) {
      case 'replace':
        return one.value;
      case 'huge':
        return typeof current === 'string' ? current + '字'.repeat(50_000) : 'x'.repeat(50_000);
      case 'nan':
        return Number.NaN;
      case 'negative':
        return typeof current === 'number' ? -Math.abs(current) - 1 : -1;
      case 'wrap':
        return [current];
      default:
        return current;
    }
  };
  if (path.length === 0) {
    if (one.kind === 'extra-key' && isRecord(document)) return { ...document, [one.key]: one.value };
    return one.kind === 'drop' || one.kind === 'duplicate' ? one.value : replacement(document);
  }
  const parent = path
    .slice(0, -1)
    .reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], document);
  const last = path[path.length - 1] ?? 0;
  if (Array.isArray(parent) && typeof last === 'number') {
    if (one.kind === 'drop') parent.splice(last, 1);
    else if (one.kind === 'duplicate') parent.splice(last, 0, structuredClone(parent[last]));
    else if (one.kind === 'extra-key') parent.push(one.value);
    else parent[last] = replacement(parent[last]);
  } else if (isRecord(parent)) {
    if (one.kind === 'drop') Reflect.deleteProperty(parent, String(last));
    else if (one.kind === 'extra-key')
      Object.defineProperty(parent, one.key, {
        value: one.value,
        enumerable: true,
        configurable: true,
        writable: true,
      });
    else if (one.kind === 'duplicate') parent[`${String(last)}2`] = parent[String(last)];
    else parent[String(last)] = replacement(parent[String(last)]);
  }
  return document;
}

/** A plain, extensible object: what JSON gives, and the only kind of object an edit goes into. */
function isRecord(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || !Object.isExtensible(value)) {
    return false;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** A permutation of `items` (a shuffle fast-check can shrink). */
export function shuffled<T>(
  items: readonly T[],
): fc.Arbitrary<{ readonly order: number[]; readonly items: T[] }> {
  return fc
    .shuffledSubarray(
      items.map((_, i) => i),
      { minLength: items.length, maxLength: items.length },
    )
    .map((order) => ({ order, items: order.map((i) => items[i] as T) }));
}

// ——— Time ————————————————————————————————————————————————————————————————

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * Instant-like text at the edges of ISO 8601: years 0000 and 9999 (which the
 * product refuses: it accepts the years 2000–2999, see `isSupportedInstant`)
 * and the edges of that range, month 13, 30 February, 24:00, leap seconds,
 * offsets up to ±23:59 and beyond, up to twelve fractional digits, a missing
 * offset.
 */
export const instantLike: fc.Arbitrary<string> = fc
  .record({
    year: fc.oneof(
      fc.constantFrom(0, 1970, 1999, 2000, 2026, 2028, 2999, 3000, 9999),
      fc.integer({ min: 0, max: 9999 }),
    ),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.integer({ min: 0, max: 32 }),
    hour: fc.integer({ min: 0, max: 24 }),
    minute: fc.integer({ min: 0, max: 60 }),
    second: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
    fraction: fc.option(fc.stringMatching(/^\d{1,12}$/), { nil: undefined }),
    offset: fc.oneof(
      fc.constantFrom('Z', '', 'z', '+08:00', '-05:00', '+0800'),
      fc
        .tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 60 }))
        .map(([sign, h, m]) => `${sign}${pad(h)}:${pad(m)}`),
    ),
  })
  .map(
    ({ year, month, day, hour, minute, second, fraction, offset }) =>
      `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}` +
      `${second === undefined ? '' : `:${pad(second)}${fraction === undefined ? '' : `.${fraction}`}`}${offset}`,
  );

/**
 * True for text that starts like a date (`yyyy-`) with a year no instant of
 * the years the product accepts can be written with: before 1999 or after
 * 3000. (From 2000-01-01T00:00:00Z up to 3000-01-01T00:00:00Z, a clock up to
 * 23:59 behind or ahead of UTC shows 1999 or 3000 at the very ends.) Every
 * boundary must refuse such an instant, with its documented error or its
 * "nothing".
 */
export function yearOutsideRange(text: string): boolean {
  const match = /^(\d{4})-/.exec(text);
  if (match === null) return false;
  const year = Number(match[1]);
  return year < 1999 || year > 3000;
}

/** True for epoch milliseconds (or a date) outside 2000-01-01T00:00:00Z up to 3000-01-01T00:00:00Z. */
export function instantOutsideRange(value: number | Date): boolean {
  const ms = typeof value === 'number' ? value : value.getTime();
  return !(ms >= Date.UTC(2000, 0, 1) && ms < Date.UTC(3000, 0, 1));
}

/** A real instant of 2025–2027 written with a random offset (as another site's clock would). */
export const realInstant: fc.Arbitrary<string> = fc
  .tuple(
    fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 11, 31) }),
    fc.constantFrom('UTC', 'Asia/Shanghai', 'America/New_York', 'Europe/London', 'Pacific/Chatham'),
  )
  .map(([ms, zone]) => formatInstant(ms - (ms % 1000), zone));

/** Every ISO instant written anywhere inside `value` (findings, reports, decisions). */
export function instantsIn(value: unknown): string[] {
  const found: string[] = [];
  JSON.stringify(value, (_key, inner: unknown) => {
    if (typeof inner === 'string') {
      for (const match of inner.matchAll(
        /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})/g,
      )) {
        found.push(match[0]);
      }
    }
    return inner;
  });
  return found;
}

/** Asserts every instant in `value` is written as the site's clock shows it (HOR-1.1), not the host's. */
export function expectSiteTimes(value: unknown, timeZone: string): void {
  for (const text of instantsIn(value)) {
    const ms = parseInstant(text);
    expect(ms, text).toBeDefined();
    expect(formatInstant(ms ?? Number.NaN, timeZone), `${text} is not written in ${timeZone}`).toBe(
      text.replace(/\.\d+(?=Z|[+-])/, '').replace(/Z$/, '+00:00'),
    );
  }
}

/**
 * Runs `compute` with the host's time zone set to each of `zones` in turn and
 * returns the results; the caller compares them. Fails when the runtime
 * ignores the change, so that a comparison can never pass vacuously.
 */
export function underHostZones<T>(zones: readonly string[], compute: () => T): T[] {
  const saved = process.env['TZ'];
  const results: T[] = [];
  const offsets = new Set<number>();
  try {
    for (const zone of zones) {
      process.env['TZ'] = zone;
      offsets.add(new Date(Date.UTC(2026, 6, 1)).getTimezoneOffset());
      results.push(compute());
    }
  } finally {
    if (saved === undefined) delete process.env['TZ'];
    else process.env['TZ'] = saved;
  }
  expect(offsets.size, 'the host time zone did not change').toBe(zones.length);
  return results;
}

// ——— Journal entries ———————————————————————————————————————————————————

export const ACTORS: readonly Actor[] = [
  { staffId: 'S-101', name: '陳美玲', role: 'duty-officer' },
  { staffId: 'S-102', name: '黃志強', role: 'duty-officer' },
  { staffId: 'S-201', name: '李主任', role: 'cs-supervisor' },
  { staffId: 'S-301', name: '何經理', role: 'department-manager' },
];

/** An actor the journal refuses: a staff number of spaces only. */
export const BLANK_ACTOR: Actor = { staffId: ' ' };

/** Any actor the journal accepts: a known one, or any non-blank staff number with a policy role. */
export const anyActor: fc.Arbitrary<Actor> = fc.oneof(
  { arbitrary: fc.constantFrom(...ACTORS), weight: 3 },
  fc.record({
    staffId: oddText.filter((text) => text.trim() !== ''),
    role: fc.constantFrom('cs-supervisor', 'department-manager', 'duty-officer'),
  }),
);

/** A fake but well-formed hash, different per seq. */
export function standInHash(seq: number): string {
  return (seq + 1).toString(16).padStart(64, 'a').slice(-64);
}

export interface EntryShape {
  readonly type: string;
  readonly payload: unknown;
  readonly at?: string;
  readonly actor?: Actor;
  readonly id?: string;
}

/**
 * Seals rows into entries that look stored: seq in order, ids unique unless a
 * row names one, stand-in hashes. The payload is passed through as is, so a
 * test can hand the folds whatever a broken or foreign journal could hold.
 */
export function sealLooking(rows: readonly EntryShape[], start = '2026-12-01T08:00:00+08:00'): SealedEntry[] {
  const base = parseInstant(start) ?? 0;
  return rows.map((row, seq) => ({
    seq,
    id: row.id ?? `e-${seq}`,
    at: row.at ?? formatInstant(base + seq * 60_000, 'Asia/Shanghai'),
    actor: row.actor ?? ACTORS[seq % ACTORS.length] ?? { staffId: 'S-101' },
    type: row.type,
    payload: row.payload as JsonValue,
    prev: seq === 0 ? GENESIS_PREV : standInHash(seq - 1),
    hash: standInHash(seq),
  }));
}

// ——— Payloads of every domain ————————————————————————————————————————

/** What a payload template draws from: small pools, so entries of one journal meet each other. */
export interface Pick {
  readonly handover: string;
  readonly id: string;
  readonly staff: string;
  readonly other: string;
  readonly item: string;
  readonly at: string;
  readonly n: number;
  readonly flag: boolean;
}

const TEXT = '後門閘口電子鎖失靈,已報工程部跟進';
const choose = <T>(list: readonly T[], n: number): T => list[Math.abs(n) % list.length] as T;

/**
 * A well-formed payload for every entry type the domains write (handover,
 * key register, cases, quality records), filled from `p`. A fold's property
 * mixes these with mangled copies and plain JSON.
 */
export const PAYLOAD_TEMPLATES: Readonly<Record<string, (p: Pick) => JsonValue>> = {
  'handover.opened': (p) => ({
    handoverId: p.handover,
    site: 'harbour-view',
    post: 'front-desk',
    outgoing: { staffId: 'S-101', name: '陳美玲' },
    incoming: { staffId: p.flag ? 'S-102' : 'S-103' },
    outgoingShift: { key: '2026-12-01/early/front-desk', scheduledEnd: '2026-12-01T17:00:00+08:00' },
    incomingShift: { key: '2026-12-01/middle/front-desk', scheduledStart: '2026-12-01T12:00:00+08:00' },
  }),
  'handover.arrived': (p) => ({ handoverId: p.handover, staffId: p.staff, arrivedAt: p.at }),
  'handover.checklist-item-done': (p) => ({
    handoverId: p.handover,
    side: p.flag ? 'outgoing' : 'incoming',
    itemId: p.item,
  }),
  'handover.item-counted': (p) => ({
    handoverId: p.handover,
    itemId: p.item,
    counted: p.n,
    status: choose(['ok', 'damaged', 'missing'], p.n),
    ...(p.flag && { explanation: { text: TEXT, by: p.staff } }),
  }),
  'handover.matter-carried-over': (p) => ({
    handoverId: p.handover,
    matterId: p.id,
    title: '電梯困人',
    cause: TEXT,
    course: '已致電維保公司',
    result: '維保公司明早到場',
    status: choose(['open', 'in-progress', 'resolved'], p.n),
    major: p.flag,
    owner: p.staff,
    due: '2026-12-02',
  }),
  'handover.matter-acknowledged': (p) => ({ handoverId: p.handover, matterId: p.id }),
  'handover.instruction-passed-on': (p) => ({
    handoverId: p.handover,
    instructionId: p.id,
    from: '李主任',
    instruction: TEXT,
  }),
  'handover.major-issue-recorded': (p) => ({
    handoverId: p.handover,
    issueId: p.id,
    description: TEXT,
    resolved: p.flag,
  }),
  'handover.equipment-status-recorded': (p) => ({
    handoverId: p.handover,
    equipmentId: p.id,
    name: '消防泵',
    state: choose(['running', 'starting', 'stopping', 'stopped', 'faulty', 'under-repair'], p.n),
    major: p.flag,
  }),
  'handover.anomaly-recorded': (p) => ({
    handoverId: p.handover,
    anomalyId: p.id,
    area: '大堂',
    description: TEXT,
    explanation: { text: TEXT, by: p.staff },
  }),
  'handover.fitness-confirmed': (p) => ({
    handoverId: p.handover,
    staffId: p.staff,
    fit: p.flag,
    ...(!p.flag && { observation: '發燒,無法上崗', substitute: { staffId: p.other } }),
  }),
  'handover.emergency-raised': (p) => ({
    handoverId: p.handover,
    flagId: p.id,
    kind: choose(['emergency', 'incident', 'major-event'], p.n),
    description: TEXT,
  }),
  'handover.emergency-cleared': (p) => ({ handoverId: p.handover, flagId: p.id, outcome: TEXT }),
  'handover.dispute-raised': (p) => ({ handoverId: p.handover, disputeId: p.id, description: TEXT }),
  'handover.dispute-resolved': (p) => ({ handoverId: p.handover, disputeId: p.id, resolution: TEXT }),
  'handover.outgoing-prepared': (p) => ({ handoverId: p.handover }),
  'handover.signed': (p) => ({
    handoverId: p.handover,
    role: p.flag ? 'outgoing' : 'incoming',
    staffId: p.staff,
    signedAt: p.at,
    matterCount: p.n,
  }),
  'handover.countersigned': (p) => ({ handoverId: p.handover, staffId: 'S-201', role: 'cs-supervisor' }),
  'handover.outgoing-left': (p) => ({ handoverId: p.handover, staffId: p.staff }),
  'keys.area-issued': (p) => ({
    issueId: p.id,
    keySet: `K-${p.other}`,
    shiftKey: '2026-12-01/early/front-desk',
    issuedTo: p.staff,
    count: p.n,
    dueBack: p.at,
  }),
  'keys.area-returned': (p) => ({ issueId: p.id, count: p.n }),
  'keys.room-lent': (p) => ({
    loanId: p.id,
    room: `機房 ${p.other}`,
    borrower: { name: '張工', staffId: p.staff },
    purpose: '維修水泵',
    dueBack: p.at,
  }),
  'keys.room-returned': (p) => ({ loanId: p.id }),
  'case.intake': (p) => ({
    caseId: p.id,
    firstContact: { staffId: p.staff },
    gravity: choose(['general', 'difficult', 'complaint', 'major-complaint'], p.n),
    channel: 'phone',
    callerName: '周太太',
    callerPhone: '138 0013 8000',
    matter: '12 樓走廊燈不亮',
    category: 'repairs',
    inRemit: p.flag,
  }),
  'case.transferred': (p) => ({
    caseId: p.id,
    to: { kind: 'department', id: 'engineering' },
    owner: p.staff,
  }),
  'case.customer-informed': (p) => ({ caseId: p.id, procedure: '工程部上門維修', expectedBy: p.at }),
  'case.contacted': (p) => ({ caseId: p.id, channel: choose(['phone', 'visit', 'app', 'other'], p.n) }),
  'case.callback-promised': (p) => ({
    caseId: p.id,
    callbackId: `${p.id}/callback/${p.n % 2}`,
    callerName: '周太太',
    callerPhone: '138 0013 8000',
    question: '維修何時完成',
    promisedBy: p.staff,
    replyBy: p.at,
  }),
  'case.called-back': (p) => ({
    caseId: p.id,
    callbackId: `${p.id}/callback/${p.n % 2}`,
    answer: '明早完成',
  }),
  'case.followed-up': (p) => ({ caseId: p.id, note: TEXT }),
  'case.plan-given': (p) => ({ caseId: p.id, plan: TEXT, resolveBy: p.at }),
  'case.reported': (p) => ({ caseId: p.id, to: { role: 'project-manager' } }),
  'case.resolved': (p) => ({
    caseId: p.id,
    outcome: p.flag ? 'resolved' : 'definite-answer',
    answer: '已更換燈管',
  }),
  'case.revisited': (p) => ({
    caseId: p.id,
    satisfaction: choose(['satisfied', 'neutral', 'dissatisfied'], p.n),
  }),
  'patrol.recorded': (p) => ({
    patrolId: p.id,
    area: '大堂',
    items: [{ item: '消防通道', result: '暢通,無雜物' }],
  }),
  'incident.reported': (p) => ({ reportId: `r-${p.id}`, eventId: p.other, summary: TEXT }),
  'meeting.held': (p) => ({ meetingId: p.id, topics: ['交接班質量'], attendees: [p.staff] }),
};

function template(type: string, p: Pick): JsonValue {
  const make = PAYLOAD_TEMPLATES[type];
  return make === undefined ? null : make(p);
}

/** The entry types of one domain, by prefix (`handover.`, `keys.`, `case.`). */
export function typesOf(...prefixes: readonly string[]): string[] {
  return Object.keys(PAYLOAD_TEMPLATES).filter((type) => prefixes.some((prefix) => type.startsWith(prefix)));
}

/**
 * Random journals for the folds: entries of `types` (and every other
 * domain's, now and then), with well-formed payloads from the templates that
 * share a few ids, mangled copies of them, or plain JSON.
 */
export function journalLike(options: {
  readonly types: readonly string[];
  readonly handoverIds?: readonly string[];
  readonly itemIds?: readonly string[];
  readonly maxLength?: number;
}): fc.Arbitrary<SealedEntry[]> {
  const handoverIds = options.handoverIds ?? ['h-1', 'h-2'];
  const pick: fc.Arbitrary<Pick> = fc.record({
    handover: fc.constantFrom(...handoverIds),
    id: fc.constantFrom('a', 'b', 'c'),
    staff: fc.constantFrom('S-101', 'S-102', 'S-103', 'S-999'),
    other: fc.constantFrom('a', 'b', 'S-103'),
    item: fc.constantFrom(...(options.itemIds ?? ['no-such-item']), 'no-such-item'),
    at: fc.oneof({ arbitrary: realInstant, weight: 4 }, instantLike),
    n: fc.integer({ min: -1, max: 3 }),
    flag: fc.boolean(),
  });
  const all = Object.keys(PAYLOAD_TEMPLATES);
  const typed = fc.oneof(
    { arbitrary: fc.constantFrom(...options.types), weight: 8 },
    fc.constantFrom(...all),
  );
  const payloadFor = (type: string) => {
    const template = PAYLOAD_TEMPLATES[type];
    if (template === undefined) return fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<unknown>;
    return fc.oneof(
      { arbitrary: pick.map<unknown>(template), weight: 6 },
      // Stored payloads are JSON: a mangled one holds wrong JSON, not values JSON cannot carry.
      pick.chain((p) => mutated(template(p), { maxEdits: 1, json: true })),
      fc.jsonValue({ maxDepth: 2 }),
    );
  };
  // Most entries are a minute apart; now and then one is dated anywhere, or not dated readably at all.
  const at = fc.option(fc.oneof(realInstant, instantLike, oddText), { freq: 6, nil: undefined });
  const row = typed.chain((type) => fc.record({ type: fc.constant(type), payload: payloadFor(type), at }));
  const correction = fc.record({
    target: fc.nat(),
    corrected: fc.dictionary(
      fc.constantFrom(
        'status',
        'counted',
        'staffId',
        'gravity',
        'matterId',
        'count',
        'dueBack',
        'handoverId',
      ),
      fc.oneof(
        fc.constantFrom('resolved', 'ok', 'S-102', 'complaint', 'a', 'h-2'),
        fc.jsonValue({ maxDepth: 1 }),
      ),
      { maxKeys: 2 },
    ),
  });
  // Most journals open a handover or two first, so that the entries after them have something to be about.
  const opening = fc.subarray([...handoverIds]).chain((ids) =>
    fc.tuple(
      ...ids.map((handover) =>
        pick.map((p): { type: string; payload: unknown; at: string | undefined } => ({
          type: 'handover.opened',
          payload: template('handover.opened', { ...p, handover }),
          at: undefined,
        })),
      ),
    ),
  );
  return fc
    .tuple(
      opening,
      fc.array(fc.oneof({ arbitrary: row, weight: 8 }, correction), {
        maxLength: options.maxLength ?? 30,
        size: 'medium',
      }),
    )
    .map(([openings, rest]) => {
      const rows = [...openings, ...rest];
      const shapes: EntryShape[] = [];
      const sealedSoFar = () => sealLooking(shapes);
      for (const one of rows) {
        if ('type' in one) {
          shapes.push({
            type: one.type,
            payload: one.payload,
            ...(one.at === undefined ? {} : { at: one.at }),
          });
          continue;
        }
        // A correction of an earlier entry (REG7-8.5a), naming its real seq and hash.
        const earlier = sealedSoFar();
        const original = earlier[one.target % Math.max(1, earlier.length)];
        if (original === undefined) continue;
        shapes.push({
          type: 'journal.amend',
          id: `${original.id}/amend/${shapes.length}`,
          payload: {
            original: { id: original.id, seq: original.seq, hash: original.hash },
            corrected: one.corrected,
            reason: '更正筆誤',
          },
        });
      }
      return sealLooking(shapes);
    });
}

// ——— The contract of typed problems ————————————————————————————————————

/**
 * Asserts a list of problems a typed error or a result carries: at least one,
 * each with a path of keys and indexes, and in every locale a non-empty
 * message whose placeholders are all filled.
 */
export function expectProblems(problems: readonly Problem[]): void {
  expect(problems.length).toBeGreaterThan(0);
  for (const p of problems) expectProblem(p);
}

export function expectProblem(p: Problem): void {
  expect(Array.isArray(p.path)).toBe(true);
  for (const key of p.path) {
    expect(typeof key === 'string' || (typeof key === 'number' && Number.isInteger(key) && key >= 0)).toBe(
      true,
    );
  }
  for (const locale of LOCALES) {
    const message = p.message[locale];
    expect(typeof message, `${p.code} in ${locale}`).toBe('string');
    expect(message.trim().length, `${p.code} in ${locale}`).toBeGreaterThan(0);
    for (const name of placeholdersOf(CATALOGUES[locale][p.code])) {
      expect(p.params[name], `${p.code} in ${locale}: {${name}} is not filled`).toBeDefined();
    }
  }
}

/** Asserts each finding's message renders in every locale with every placeholder filled. */
export function expectRenderable(findings: readonly Finding[]): void {
  for (const finding of findings) {
    for (const locale of LOCALES) {
      const template = CATALOGUES[locale][finding.messageId];
      expect(template.trim().length).toBeGreaterThan(0);
      for (const name of placeholdersOf(template)) {
        expect(finding.params[name], `${finding.messageId} in ${locale}: {${name}}`).toBeDefined();
      }
    }
  }
}

/**
 * Calls `run` and returns what it threw, or `undefined`. A test then asserts
 * the error is the documented one; anything else fails with its own stack.
 */
export function thrownBy(run: () => unknown): unknown {
  try {
    run();
    return undefined;
  } catch (error) {
    return error;
  }
}

/** Like {@link thrownBy}, for asynchronous calls. */
export async function rejectedBy(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
    return undefined;
  } catch (error) {
    return error;
  }
}

/**
 * Asserts that `error` is either nothing or an instance of `type` carrying
 * well-formed problems; rethrows anything else so its stack shows.
 */
export function expectTypedOrNothing(
  error: unknown,
  type: abstract new (...args: never[]) => Error & { readonly problems: readonly Problem[] },
): void {
  if (error === undefined) return;
  if (!(error instanceof type)) rethrow(error);
  expectProblems(error.problems);
}

/** Asserts `error` is nothing or an instance of `type` (a documented error without problems, such as a RangeError). */
export function expectNothingOr(error: unknown, type: abstract new (...args: never[]) => Error): void {
  if (error !== undefined && !(error instanceof type)) rethrow(error);
}

/** Throws what was caught again, so that its own stack and message show in the failure. */
export function rethrow(error: unknown): never {
  throw error instanceof Error ? error : new Error(`threw a value that is not an Error: ${String(error)}`);
}
