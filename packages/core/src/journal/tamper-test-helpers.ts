/**
 * Test helpers for the journal tamper suite (`tamper.test.ts`); the library
 * never imports this file.
 *
 * - {@link writeDeskDay} writes one realistic day at a property-management
 *   front desk into a real journal through the engine's own commands: the
 *   key register, customer cases, a patrol and a department meeting (payloads
 *   with arrays), a complete handover from the early to the middle shift
 *   (open to countersign) and a correction through `amend`.
 * - The tamper generators enumerate, for a sealed journal, every tampered
 *   copy of one kind, each with where the break must be reported.
 * - {@link checkStored} and {@link checkFile} run the checks a tampered
 *   copy meets: the stored entries through `createJournal(…).verify()`, and
 *   the exported file through `importJournalJson` and `verifyJournal`; both
 *   also against a head kept elsewhere ({@link KeptHead}).
 */
import { tz } from '@date-fns/tz';
import { addHours, formatISO, parseISO } from 'date-fns';
import fc from 'fast-check';
import {
  informCustomer,
  openCase,
  resolveCase,
  transferCase,
  type CaseCommandContext,
  type CaseSource,
} from '../cases/commands.js';
import { CASE_PAYLOAD_SCHEMAS } from '../cases/entries.js';
import type { CaseCommandResult } from '../cases/refusal.js';
import type { Problem } from '../diagnostics/problem.js';
import { HANDOVER_PAYLOAD_SCHEMAS } from '../handover/entries.js';
import { expectAllowed, testClock } from '../handover/handover-test-helpers.js';
import type { CommandResult } from '../handover/refusal.js';
import { createHandoverSession } from '../handover/session.js';
import {
  issueAreaKeys,
  lendRoomKey,
  returnAreaKeys,
  returnRoomKey,
  type KeyCommandContext,
} from '../keys/commands.js';
import { KEYS_PAYLOAD_SCHEMAS } from '../keys/entries.js';
import { KPI_PAYLOAD_SCHEMAS } from '../kpi/entries.js';
import { resolvePolicy, type ResolvedPolicy } from '../policy/resolve.js';
import {
  CHECKPOINT_TYPE,
  PURGE_RECORD_TYPE,
  PurgeRecordPayloadSchema,
  type Actor,
  type EntryContent,
  type SealedEntry,
} from './entry.js';
import { exportJournalJson, type JournalHead } from './export-json.js';
import { hashEntry } from './hash.js';
import { importJournalJson } from './import-json.js';
import { createJournal, type Journal } from './journal.js';
import { createMemoryAdapter } from './memory-adapter.js';
import { verifyJournal, type BreakReason, type VerifyResult } from './verify.js';

// ——— A day at the desk ———————————————————————————————————————————————————————

/** Every payload schema a desk's journal holds: handovers, keys, cases and the quality records. */
export const DESK_SCHEMAS = {
  ...HANDOVER_PAYLOAD_SCHEMAS,
  ...KEYS_PAYLOAD_SCHEMAS,
  ...CASE_PAYLOAD_SCHEMAS,
  ...KPI_PAYLOAD_SCHEMAS,
};

/** The preset the desk works under: REG7 (early 08:00–17:00, middle 12:00–21:00, Beijing time). */
export const DESK_POLICY: ResolvedPolicy = resolvePolicy('reg7');

export function deskJournal(initial: readonly SealedEntry[] = []): Journal {
  return createJournal({ adapter: createMemoryAdapter(initial), payloadSchemas: DESK_SCHEMAS });
}

export const OFFICERS: readonly Actor[] = [
  { staffId: 'HV-2031', name: '陳美玲', role: 'duty-officer' },
  { staffId: 'HV-2047', name: '黃志強', role: 'duty-officer' },
  { staffId: 'HV-2052', name: '劉曉燕', role: 'duty-officer' },
  { staffId: 'HV-2068', name: '張家豪', role: 'duty-officer' },
];
export const SUPERVISOR: Actor = { staffId: 'HV-1012', name: '李慧芬', role: 'cs-supervisor' };

/** What happens on one day; every choice a fast-check arbitrary can vary. */
export interface DeskDay {
  /** `yyyy-MM-dd`, site time (+08:00). */
  readonly day: string;
  readonly early: Actor;
  readonly middle: Actor;
  /** Customer cases taken in and passed to engineering (the first one is resolved). */
  readonly cases: number;
  /** A room key lent against the register and returned. */
  readonly roomKey: boolean;
  /** Items checked on the afternoon patrol (an array of objects in the payload). */
  readonly patrolItems: number;
  /** A department meeting (arrays of topics and attendees). */
  readonly meeting: boolean;
  /** Matters carried over in the handover (1 or 2). */
  readonly matters: number;
  /** The radio counted damaged, with the outgoing officer's explanation. */
  readonly radioDamaged: boolean;
  /** A smoke alarm raised and cleared during the handover. */
  readonly emergency: boolean;
  /** The incoming officer corrects the first matter's title with `amend` after the countersign. */
  readonly amend: boolean;
}

/** A day with everything in it. */
export function fullDay(day: string, early = 0, middle = 1): DeskDay {
  return {
    day,
    early: officer(early),
    middle: officer(middle),
    cases: 2,
    roomKey: true,
    patrolItems: 4,
    meeting: true,
    matters: 2,
    radioDamaged: true,
    emergency: true,
    amend: true,
  };
}

/** A quiet day: no cases or loans, one patrol item, one matter; still a meeting and a correction. */
export function quietDay(day: string, early = 0, middle = 1): DeskDay {
  return {
    ...fullDay(day, early, middle),
    cases: 0,
    roomKey: false,
    patrolItems: 1,
    matters: 1,
    radioDamaged: false,
    emergency: false,
  };
}

function officer(index: number): Actor {
  const found = OFFICERS[index];
  if (found === undefined) throw new Error(`no officer ${index}`);
  return found;
}

/** Days of December 2026 with their choices drawn by fast-check. */
export function deskDayArbitrary(): fc.Arbitrary<DeskDay> {
  return fc
    .record({
      date: fc.integer({ min: 1, max: 28 }),
      pair: fc.shuffledSubarray([0, 1, 2, 3], { minLength: 2, maxLength: 2 }),
      cases: fc.integer({ min: 0, max: 2 }),
      roomKey: fc.boolean(),
      patrolItems: fc.integer({ min: 1, max: 4 }),
      meeting: fc.boolean(),
      matters: fc.integer({ min: 1, max: 2 }),
      radioDamaged: fc.boolean(),
      emergency: fc.boolean(),
      amend: fc.boolean(),
    })
    .map(({ date, pair, ...rest }) => ({
      ...rest,
      day: `2026-12-${String(date).padStart(2, '0')}`,
      early: officer(pair[0] ?? 0),
      middle: officer(pair[1] ?? 1),
    }));
}

const PATROL = [
  { item: '大堂及各座消防通道', result: '通道暢通,無雜物堆放,防煙門關妥' },
  { item: '地庫停車場 B2 照明', result: 'C 區兩支光管不亮,已報工程部更換' },
  { item: '會所泳池機房', result: '門鎖完好,循環水泵運作聲音如常' },
  { item: '天台水箱', result: '水位在刻度內,水箱蓋已上鎖' },
] as const;

const MATTERS = [
  {
    matterId: 'parcels',
    title: '前台代收快遞尚未領取',
    cause: '快遞員送到 5 件住戶包裹,收件住戶不在家,由前台代收',
    course: '已逐件登記於代收簿並放入代收櫃,15:47 前已短訊通知各住戶',
    result: '2 件已由住戶簽收,餘下 3 件仍在代收櫃',
    status: 'in-progress',
    nextStep: '住戶到前台時核對住戶證並在代收簿簽收;21:00 前未領取的鎖回代收櫃',
  },
  {
    matterId: 'leak',
    title: '18 樓 2 室天花滲水',
    cause: '17 樓 2 室浴室去水位淤塞,污水滲到樓下天花',
    course: '14:30 接住戶投訴,15:00 與工程部上門查看並拍照存檔',
    result: '17 樓住戶同意明早 10:00 讓工程部入屋疏通',
    status: 'in-progress',
    nextStep: '明早 09:30 致電 17 樓住戶確認,10:00 陪同工程部上門',
  },
] as const;

/** `yyyy-MM-dd` of the next day. */
function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** Appends what a key or case command returned; a refusal fails the generation. */
async function appendAllowed(journal: Journal, result: CommandResult<string> | CaseCommandResult) {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.refusal)}`);
  return journal.append(result.entry);
}

/**
 * Writes one day of the desk through the engine's commands, in time order:
 * about 25 to 45 entries. A command the engine refuses fails the generation.
 */
export async function writeDeskDay(journal: Journal, d: DeskDay): Promise<void> {
  const { day, early, middle } = d;
  const md = day.slice(5).replace('-', '');
  const t = (time: string) => `${day}T${time}:00+08:00`;
  const keys = (actor: Actor, time: string): KeyCommandContext => ({ actor, at: t(time) });
  const cases = (actor: Actor, time: string): CaseCommandContext => ({
    policy: DESK_POLICY,
    actor,
    at: t(time),
  });
  const entries = (): Promise<CaseSource> => journal.entries();

  const areaIssue = `${day}-early-area`;
  await appendAllowed(
    journal,
    issueAreaKeys(await journal.entries(), keys(early, '07:55'), {
      issueId: areaIssue,
      keySet: 'area-set-a',
      shiftKey: `${day}/early/front-desk`,
      issuedTo: early.staffId,
      count: 12,
      dueBack: t('17:00'),
    }),
  );

  for (let c = 0; c < d.cases; c++) {
    const caseId = `C-${md}-0${c + 1}`;
    await appendAllowed(
      journal,
      openCase(await entries(), cases(early, `09:${c}5`), {
        caseId,
        gravity: 'general',
        channel: c === 0 ? 'phone' : 'visit',
        callerName: c === 0 ? '周太太' : '林生',
        callerPhone: c === 0 ? '9123 4567' : '9876 2201',
        matter: c === 0 ? '4 座 5 樓 H 室廚房去水渠淤塞,污水倒流' : '2 座大堂門禁讀卡器失靈',
        category: '報修',
        inRemit: false,
      }),
    );
    await appendAllowed(
      journal,
      transferCase(await entries(), cases(early, `09:${c}8`), {
        caseId,
        to: { kind: 'department', id: 'engineering', name: '工程部' },
        handler: { staffId: 'ENG-301', name: '梁師傅' },
        note: '已開維修單交工程部',
      }),
    );
    await appendAllowed(
      journal,
      informCustomer(await entries(), cases(early, `09:${c}9`), {
        caseId,
        procedure: '已轉工程部,師傅今日到場維修,完成後由客服回電確認',
        expectedBy: t('18:00'),
      }),
    );
  }

  if (d.roomKey) {
    await appendAllowed(
      journal,
      lendRoomKey(await journal.entries(), keys(early, '10:12'), {
        loanId: `room-${day}-1`,
        room: '會所泳池機房',
        borrower: { name: '工程部 梁師傅', contact: '內線 208' },
        purpose: '檢查泳池循環水泵異響',
        dueBack: t('15:00'),
      }),
    );
  }

  await journal.append({
    id: `patrol/${day}-am`,
    at: t('11:00'),
    actor: early,
    type: 'patrol.recorded',
    payload: { patrolId: `p-${day}-am`, area: '公共地方上午巡查', items: PATROL.slice(0, d.patrolItems) },
  });

  if (d.meeting) {
    await journal.append({
      id: `meeting/${day}`,
      at: t('13:30'),
      actor: SUPERVISOR,
      type: 'meeting.held',
      payload: {
        meetingId: `mt-${day}`,
        topics: ['月中停水清洗水箱的通告安排', '聖誕裝飾佈置前的消防通道檢查'],
        attendees: [SUPERVISOR.staffId, early.staffId, middle.staffId],
      },
    });
  }

  if (d.roomKey) {
    await appendAllowed(
      journal,
      returnRoomKey(await journal.entries(), keys(early, '14:20'), { loanId: `room-${day}-1` }),
    );
  }
  if (d.cases > 0) {
    await appendAllowed(
      journal,
      resolveCase(await entries(), cases(early, '15:40'), {
        caseId: `C-${md}-01`,
        outcome: 'resolved',
        answer: '工程部已疏通去水渠,住戶確認污水不再倒流',
      }),
    );
  }
  await appendAllowed(
    journal,
    returnAreaKeys(await journal.entries(), keys(early, '16:32'), { issueId: areaIssue, count: 12 }),
  );

  // The handover, open to countersign.
  const handoverId = `h-${day}-early`;
  const clock = testClock(t('16:40'));
  const session = createHandoverSession({ journal, policy: DESK_POLICY, clock, handoverId });
  expectAllowed(
    await session.open(early, {
      handoverId,
      site: 'harbour-view',
      post: 'front-desk',
      outgoing: { staffId: early.staffId, ...(early.name === undefined ? {} : { name: early.name }) },
      incoming: { staffId: middle.staffId, ...(middle.name === undefined ? {} : { name: middle.name }) },
      outgoingShift: { key: `${day}/early/front-desk`, scheduledEnd: t('17:00') },
      incomingShift: { key: `${day}/middle/front-desk`, scheduledStart: t('12:00') },
    }),
  );
  const matters = MATTERS.slice(0, d.matters).map((matter) => ({
    ...matter,
    matterId: `m-${day}-${matter.matterId}`,
    owner: `${middle.staffId} ${middle.name ?? ''}`.trim(),
    due: nextDay(day),
  }));
  const written: SealedEntry[] = [];
  for (const matter of matters) written.push(expectAllowed(await session.carryOverMatter(early, matter)));
  expectAllowed(
    await session.passOnInstruction(early, {
      instructionId: `i-${day}`,
      from: '李慧芬主任',
      instruction: '月中 09:00–12:00 全屋苑停水清洗水箱,今晚 21:00 前在各座大堂張貼通告',
    }),
  );
  expectAllowed(
    await session.recordEquipmentStatus(early, {
      equipmentId: 'lift-2-1',
      name: '2 座 1 號升降機',
      state: 'under-repair',
      major: true,
      note: '升降機公司更換控制板,預計兩天',
    }),
  );
  clock.set(t('16:46'));
  for (const item of DESK_POLICY.handover.outgoingChecklist.filter((candidate) => candidate.required)) {
    expectAllowed(await session.checkItem(early, { itemId: item.id }));
  }
  clock.set(t('16:50'));
  expectAllowed(await session.markPrepared(early));
  clock.set(t('16:53'));
  expectAllowed(await session.arrive(middle));
  expectAllowed(await session.confirmFitness(early, { fit: true }));
  for (const item of DESK_POLICY.handover.incomingChecklist.filter((candidate) => candidate.required)) {
    expectAllowed(await session.checkItem(middle, { itemId: item.id }));
  }
  for (const item of DESK_POLICY.handover.inventory) {
    const damaged = d.radioDamaged && item.id === 'radio';
    expectAllowed(
      await session.countItem(middle, {
        itemId: item.id,
        counted: item.expected,
        status: damaged ? 'damaged' : 'ok',
        ...(damaged
          ? { explanation: { text: '對講機天線 14:00 巡樓時折斷,已報工程部換新', by: early.staffId } }
          : {}),
      }),
    );
  }
  for (const matter of matters) {
    expectAllowed(await session.acknowledgeMatter(middle, { matterId: matter.matterId }));
  }
  if (d.emergency) {
    clock.set(t('16:58'));
    expectAllowed(
      await session.raiseEmergency(middle, {
        flagId: `f-${day}-smoke`,
        kind: 'emergency',
        description: '5 座 18 樓走廊煙霧警報響起',
      }),
    );
    clock.set(t('17:05'));
    expectAllowed(
      await session.clearEmergency(early, {
        flagId: `f-${day}-smoke`,
        outcome: '保安到場確認為住戶煮食油煙觸發,已復位警報並通知消防控制室',
      }),
    );
  }
  clock.set(t('17:08'));
  expectAllowed(await session.sign(middle, { matterCount: matters.length }));
  expectAllowed(await session.sign(early, { matterCount: matters.length }));
  clock.set(t('17:10'));
  expectAllowed(await session.leave(early));
  clock.set(t('20:40'));
  expectAllowed(await session.countersign(SUPERVISOR, { note: '已閱,滲水及升降機事項明日跟進' }));

  const original = written[0];
  if (d.amend && original !== undefined) {
    await journal.amend(
      original.id,
      { title: `${MATTERS[0].title}(3 座)` },
      middle,
      t('20:55'),
      '標題漏寫座數:與代收簿核對後更正',
    );
  }
}

/**
 * How a generated journal is purged (REG7-8.5b): always through the journal's
 * own `purge` or `purgeBefore`, which first appends the purge's record
 * (`journal.purged`, naming the checkpoint's hash) at the head, then replaces
 * the prefix with the checkpoint.
 */
export interface PurgeRun {
  /** When the purge runs. */
  readonly at: string;
  /** `purgeBefore(beforeSeq)`: exactly the entries before it; without it, `purge`: the whole archive months past retention. */
  readonly beforeSeq?: number;
  /** Patrol rounds written after the purge, an hour apart, so that its record is not the newest entry. */
  readonly later?: number;
}

/** The site's zone (REG7): the times of the rounds written after a purge. */
const SITE_ZONE = tz('Asia/Shanghai');

/**
 * A journal of the days given, sealed; optionally purged (see {@link PurgeRun})
 * so that it is `[checkpoint, …kept entries, journal.purged, …later rounds]`.
 */
export async function generateJournal(
  days: readonly DeskDay[],
  purge?: PurgeRun,
): Promise<readonly SealedEntry[]> {
  const journal = deskJournal();
  for (const day of days) await writeDeskDay(journal, day);
  if (purge !== undefined) {
    const { at, beforeSeq, later = 0 } = purge;
    const result =
      beforeSeq === undefined
        ? await journal.purge(at, DESK_POLICY)
        : await journal.purgeBefore(beforeSeq, at, DESK_POLICY);
    if (result.checkpoint === undefined) throw new Error(`nothing was old enough to purge at ${at}`);
    // The suite relies on the purge having recorded itself: the checkpoint first, its record at the head.
    const purged = await journal.entries();
    if (
      purged[0]?.hash !== result.checkpoint.hash ||
      recordedCheckpoint(purged.at(-1)) !== result.checkpoint.hash
    ) {
      throw new Error('the purge did not leave its checkpoint first and its record at the head');
    }
    for (let round = 1; round <= later; round++) {
      await journal.append({
        id: `patrol/after-purge-${round}`,
        at: formatISO(addHours(parseISO(at), round), { in: SITE_ZONE }),
        actor: officer(round % OFFICERS.length),
        type: 'patrol.recorded',
        payload: {
          patrolId: `p-after-purge-${round}`,
          area: '公共地方巡查',
          items: PATROL.slice(0, 1 + (round % PATROL.length)),
        },
      });
    }
  }
  return journal.entries();
}

// ——— What is kept elsewhere ————————————————————————————————————————————————————

/**
 * What a caller keeps apart from the journal (a printed handover sheet, a
 * portal's backend): the head `verifyJournal` reported last (seq and hash)
 * and how many entries it counted.
 */
export interface KeptHead extends JournalHead {
  readonly count: number;
}

export async function keptHeadOf(entries: readonly SealedEntry[]): Promise<KeptHead> {
  const result = await verifyJournal(entries);
  if (!result.intact || result.head === undefined) throw new Error('expected an intact, non-empty journal');
  return { seq: result.head.seq, hash: result.head.hash, count: result.count };
}

/** Where a chain that verifies differs from the kept head, or `undefined` when it matches. */
export interface HeadDifference {
  /** `cut`: entries missing at the end; `extended`: entries after the kept head; `rewritten`: the kept head's seq holds another hash. */
  readonly how: 'cut' | 'extended' | 'rewritten';
  /**
   * The first seq that differs: the first missing one (`cut`), the first
   * added one (`extended`); for `rewritten` only the kept head's seq — the
   * rewrite began there or anywhere before it.
   */
  readonly seq: number;
}

/** Compares entries whose chain verifies with the kept head. */
export function compareWithKeptHead(
  entries: readonly SealedEntry[],
  kept: KeptHead,
): HeadDifference | undefined {
  const last = entries[entries.length - 1];
  const first = entries[0];
  // Nothing left: every entry from the journal's first seq is missing.
  if (last === undefined || first === undefined) return { how: 'cut', seq: kept.seq - kept.count + 1 };
  const atKept = entries[kept.seq - first.seq];
  if (atKept?.seq === kept.seq && atKept.hash !== kept.hash) {
    return { how: 'rewritten', seq: kept.seq };
  }
  if (last.seq < kept.seq) return { how: 'cut', seq: last.seq + 1 };
  if (last.seq > kept.seq) return { how: 'extended', seq: kept.seq + 1 };
  return undefined;
}

// ——— The record of a purge (REG7-8.5b) ————————————————————————————————————————

/**
 * The checkpoint hash a purge record names, when `entry` is one: a
 * `journal.purged` entry whose payload is well formed; `undefined` otherwise.
 */
export function recordedCheckpoint(entry: unknown): string | undefined {
  if (typeof entry !== 'object' || entry === null) return undefined;
  const { type, payload } = entry as { type?: unknown; payload?: unknown };
  if (type !== PURGE_RECORD_TYPE) return undefined;
  const parsed = PurgeRecordPayloadSchema.safeParse(payload);
  return parsed.success ? parsed.data.checkpoint : undefined;
}

/**
 * What the chain reports for a tampered copy that is otherwise a valid chain
 * (every entry agrees with its hash, the seqs and links follow). A journal
 * that starts with a checkpoint must also hold a purge record naming that
 * checkpoint's hash; when none does — the checkpoint was rewritten or forged,
 * or its record deleted or cut away with the tail — the break is
 * `unrecorded-checkpoint` at the checkpoint: position 0, its own seq, found
 * from the entries alone (no head kept elsewhere needed). `undefined` when the
 * copy verifies: it starts at its genesis, or its checkpoint is recorded.
 */
export function unrecordedCheckpoint(entries: readonly unknown[]): ChainBreak | undefined {
  const first = entries[0] as SealedEntry | undefined;
  if (first?.type !== CHECKPOINT_TYPE) return undefined;
  // A record vouches when it names the checkpoint's hash and repeats its seq, first seq and count.
  const claims = first.payload as { seq?: unknown; fromSeq?: unknown; count?: unknown } | null;
  const vouches = (entry: unknown) => {
    if (recordedCheckpoint(entry) !== first.hash) return false;
    const record = (entry as SealedEntry).payload as { seq?: unknown; fromSeq?: unknown; count?: unknown };
    return record.seq === claims?.seq && record.fromSeq === claims?.fromSeq && record.count === claims?.count;
  };
  if (entries.some(vouches)) return undefined;
  return { seq: first.seq, index: 0, reasons: ['unrecorded-checkpoint'] };
}

// ——— Tampers ——————————————————————————————————————————————————————————————————

export type TamperKind =
  | 'field-changed'
  | 'field-changed-rehashed'
  | 'deleted'
  | 'inserted-replayed'
  | 'inserted-stale-hash'
  | 'inserted-rehashed'
  | 'inserted-rechained'
  | 'swapped'
  | 'tail-cut'
  | 'head-cut'
  | 'record-dropped'
  | 'record-rewritten';

/** Where `verifyJournal` must report the break. */
export interface ChainBreak {
  readonly seq: number;
  readonly index: number;
  /** The reasons accepted; any reason when omitted. */
  readonly reasons?: readonly BreakReason[];
}

/** One tampered copy of a journal and where its tamper must be found. */
export interface Tamper {
  readonly kind: TamperKind;
  /** What was done, for failure messages. */
  readonly label: string;
  readonly entries: readonly unknown[];
  /**
   * Where the chain alone reports the break; `undefined` when the tampered
   * copy is itself a valid chain (a cut or extended tail, a rewritten chain)
   * — then only a head kept elsewhere can show it.
   */
  readonly chain: ChainBreak | undefined;
  /** The seq a check must report for the tamper to count as located. */
  readonly seq: number;
  /** For a changed field: where it is in the entry. */
  readonly path?: Path;
}

export type Path = readonly (string | number)[];

/** A value in an entry (a leaf, an object or an array) and where it is. */
interface Node {
  readonly path: Path;
  readonly value: unknown;
}

/** Every value of an entry, depth first: the fields, the actor, and everything inside the payload. */
export function nodesOf(value: unknown, path: Path = []): Node[] {
  const here: Node = { path, value };
  if (typeof value !== 'object' || value === null) return [here];
  const inner = Array.isArray(value)
    ? (value as readonly unknown[]).flatMap((item, index) => nodesOf(item, [...path, index]))
    : Object.entries(value).flatMap(([key, item]) => nodesOf(item, [...path, key]));
  return [here, ...inner];
}

/** Marks a change that removes the value (a field, or an item of an array). */
const REMOVE = Symbol('remove');

interface Change {
  readonly how: string;
  readonly to: unknown;
}

/**
 * Changes one character, keeping its class (digit, hex letter, letter, Han)
 * so that a hash stays hex and a time stays a time; appends one when nothing fits.
 */
export function changeOneCharacter(text: string): string {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charAt(i);
    let replacement: string | undefined;
    if (/[0-9]/.test(c)) replacement = String((Number(c) + 1) % 10);
    else if (/[a-f]/.test(c)) replacement = c === 'f' ? 'a' : String.fromCharCode(c.charCodeAt(0) + 1);
    else if (/[g-z]/.test(c)) replacement = c === 'z' ? 'g' : String.fromCharCode(c.charCodeAt(0) + 1);
    else if (/[A-Z]/.test(c)) replacement = c === 'Z' ? 'A' : String.fromCharCode(c.charCodeAt(0) + 1);
    else if (/\p{Script=Han}/u.test(c)) replacement = c === '樓' ? '層' : '樓';
    if (replacement !== undefined) return text.slice(0, i) + replacement + text.slice(i + 1);
  }
  return `${text}x`;
}

/**
 * The changes tried on one value; each keeps the entry JSON and changes its
 * canonical form. `subtle` adds the changes a reader would not see: a
 * trailing space, a number written as text.
 */
function changesOf(node: Node, subtle: boolean): Change[] {
  const { value, path } = node;
  const changes: Change[] = [];
  if (typeof value === 'string') {
    changes.push({ how: 'one character changed', to: changeOneCharacter(value) });
    if (subtle) changes.push({ how: 'a trailing space added', to: `${value} ` });
  } else if (typeof value === 'number') {
    changes.push({ how: 'plus one', to: value + 1 });
    if (subtle) changes.push({ how: 'written as text', to: String(value) });
  } else if (typeof value === 'boolean') {
    changes.push({ how: 'negated', to: !value });
  } else if (value === null) {
    changes.push({ how: 'null made false', to: false });
  } else if (Array.isArray(value)) {
    const items = value as readonly unknown[];
    if (items.length > 0) changes.push({ how: 'last item removed', to: items.slice(0, -1) });
    changes.push({ how: 'first item repeated', to: items.length > 0 ? [...items, items[0]] : ['x'] });
    if (items.length > 1) {
      changes.push({ how: 'first two items swapped', to: [items[1], items[0], ...items.slice(2)] });
    }
  } else if (typeof value === 'object') {
    changes.push({ how: 'a field added', to: { ...value, remark: '補記' } });
  }
  if (path.length > 0) changes.push({ how: 'removed', to: REMOVE });
  return changes;
}

/** A deep copy of `entry` with the value at `path` replaced (or removed). */
function withValue(entry: unknown, path: Path, to: unknown): unknown {
  if (path.length === 0) return structuredClone(to);
  const copy = structuredClone(entry) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] ?? '';
  if (to !== REMOVE) parent[last] = structuredClone(to);
  else if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else Reflect.deleteProperty(parent, last);
  return copy;
}

function entryAt(entries: readonly SealedEntry[], index: number): SealedEntry {
  const entry = entries[index];
  if (entry === undefined) throw new Error(`no entry at ${index}`);
  return entry;
}

function pathText(path: Path): string {
  return path.length === 0 ? '(entry)' : path.join('.');
}

function replaced(entries: readonly SealedEntry[], index: number, entry: unknown): unknown[] {
  const copy: unknown[] = [...entries];
  copy[index] = entry;
  return copy;
}

/**
 * Every single-field change of the entries at `indexes` (all by default),
 * stored as it is (hash not recomputed): every value — the fields, the
 * actor, and recursively every string, number, boolean, object and array of
 * the payload — changed (one character, plus one, negated; an object given
 * a field; an array shortened, lengthened, reordered), and every field and
 * item removed; with `subtle`, also a trailing space and a number written
 * as text. Found at that entry: `altered`, or `malformed` when the change
 * breaks the entry's shape.
 */
export function fieldChanges(
  entries: readonly SealedEntry[],
  options: { readonly subtle?: boolean; readonly indexes?: readonly number[] } = {},
): Tamper[] {
  const { subtle = false, indexes = entries.map((_, index) => index) } = options;
  return indexes.flatMap((index) => {
    const entry = entryAt(entries, index);
    return nodesOf(entry).flatMap((node) =>
      changesOf(node, subtle).map((change) => ({
        kind: 'field-changed' as const,
        path: node.path,
        label: `seq ${entry.seq} (${entry.type}) ${pathText(node.path)}: ${change.how}`,
        entries: replaced(entries, index, withValue(entry, node.path, change.to)),
        chain: { seq: entry.seq, index, reasons: ['altered', 'malformed'] as const },
        seq: entry.seq,
      })),
    );
  });
}

/** The fields a content forger changes (not the chain's own `seq`, `prev` and `hash`). */
function isContent(path: Path): boolean {
  const [field] = path;
  return field === 'id' || field === 'at' || field === 'actor' || field === 'type' || field === 'payload';
}

/** True when `entry` is the checkpoint a journal starts with after a purge. */
function leadsWithCheckpoint(entries: readonly SealedEntry[]): boolean {
  return entries[0]?.type === CHECKPOINT_TYPE;
}

/**
 * Where a leading checkpoint changed at `path` and re-hashed is found: always
 * at position 0, at its own seq.
 *
 * - `type`: it is no longer a checkpoint, so the journal starts neither at
 *   its genesis nor at a checkpoint → `removed` (as when the head is cut);
 *   except at seq 0 (a purge of the first entry only), where the seq is the
 *   genesis's own and only its link is wrong → `forged-link`;
 * - `payload.seq` or `payload.hash`: it contradicts its own seq or link →
 *   `forged-link`;
 * - anything else (who purged, when, which entries, how many): a consistent
 *   checkpoint, but its hash is no longer the one the purge record names →
 *   `unrecorded-checkpoint`. Before a purge recorded itself these went
 *   unnoticed: nothing else links to a checkpoint's own hash.
 */
function checkpointRehashed(entry: SealedEntry, path: Path): ChainBreak {
  const at = (reason: BreakReason): ChainBreak => ({ seq: entry.seq, index: 0, reasons: [reason] });
  const where = path.join('.');
  if (where === 'type') return at(entry.seq === 0 ? 'forged-link' : 'removed');
  if (where === 'payload.seq' || where === 'payload.hash') return at('forged-link');
  return at('unrecorded-checkpoint');
}

/**
 * Content changed and the entry's own hash recomputed, for the entries at
 * `indexes`: the first value under each content field (`id`, `at`, `actor`,
 * `type`, `payload`) — or, with `everyValue`, every content value — changed
 * by one character (plus one, negated). The entry agrees with itself, so:
 *
 * - with an entry after it, that entry's `prev` still names the old hash →
 *   `forged-link` at the next seq (the purge record too: it is chained like
 *   any entry);
 * - the newest entry re-hashed leaves a valid chain: only the kept head
 *   shows it, at its seq — unless it is the purge record and no longer names
 *   the checkpoint (its `type` or `payload.checkpoint` changed): then the
 *   checkpoint is unrecorded (see {@link unrecordedCheckpoint}), and so when
 *   its copies of the checkpoint's `seq`, `fromSeq` or `count` no longer
 *   match. Its `id`, `at` and `actor` are not compared with anything: those
 *   only against the kept head;
 * - a leading checkpoint: see {@link checkpointRehashed}.
 */
export async function rehashedChanges(
  entries: readonly SealedEntry[],
  indexes: readonly number[],
  everyValue = false,
): Promise<Tamper[]> {
  const tampers: Promise<Tamper>[] = [];
  for (const index of indexes) {
    const entry = entryAt(entries, index);
    const next = entries[index + 1];
    const checkpoint = index === 0 && leadsWithCheckpoint(entries);
    const fields = new Set<unknown>();
    for (const node of nodesOf(entry)) {
      const [field] = node.path;
      if (!isContent(node.path) || typeof node.value === 'object') continue;
      if (!everyValue && fields.has(field)) continue;
      fields.add(field);
      const change = changesOf(node, false)[0];
      if (change === undefined) continue;
      const content = withValue(entry, node.path, change.to) as SealedEntry;
      tampers.push(
        hashEntry(content).then((hash) => {
          const copy = replaced(entries, index, { ...content, hash });
          const chain = checkpoint
            ? checkpointRehashed(entry, node.path)
            : next === undefined
              ? unrecordedCheckpoint(copy)
              : { seq: next.seq, index: index + 1, reasons: ['forged-link' as const] };
          return {
            kind: 'field-changed-rehashed',
            path: node.path,
            label: `seq ${entry.seq} (${entry.type}) ${pathText(node.path)}: ${change.how}, entry re-hashed`,
            entries: copy,
            chain,
            seq: chain?.seq ?? entry.seq,
          };
        }),
      );
    }
  }
  return Promise.all(tampers);
}

/**
 * Each entry deleted. Found at the deleted entry's position, reported
 * `removed` with the seq of the entry found after the gap (verify's
 * convention: the break is where the seqs jump; the purge record too, when
 * entries follow it). Deleting the last entry leaves a valid chain: only the
 * kept head shows it, at the deleted seq — unless it was the purge record:
 * then the checkpoint is unrecorded, found at once at the checkpoint.
 */
export function deletions(entries: readonly SealedEntry[]): Tamper[] {
  return entries.map((entry, index) => {
    const after = entries[index + 1];
    const copy = entries.filter((_, i) => i !== index);
    const chain: ChainBreak | undefined =
      after === undefined ? unrecordedCheckpoint(copy) : { seq: after.seq, index, reasons: ['removed'] };
    return {
      kind: 'deleted',
      label: `seq ${entry.seq} (${entry.type}) deleted`,
      entries: copy,
      chain,
      seq: chain?.seq ?? entry.seq,
    };
  });
}

/** The hash the entry after `index` must name as its `prev` (a leading checkpoint passes on its own `prev`). */
function linkAfter(entries: readonly SealedEntry[], index: number): string {
  const entry = entryAt(entries, index);
  return index === 0 && entry.type === CHECKPOINT_TYPE ? entry.prev : entry.hash;
}

/** The content of a forged entry at position `position`: a copy of a neighbouring record under a new id, sealed there. */
function forgedAt(entries: readonly SealedEntry[], position: number): EntryContent & { payload: unknown } {
  const template = [entries[position - 1], entries[position], entries[position + 1]].find(
    (candidate) => candidate !== undefined && candidate.type !== CHECKPOINT_TYPE,
  );
  if (template === undefined) throw new Error(`no record near ${position} to forge from`);
  const first = entryAt(entries, 0);
  const previous = entries[position - 1];
  return {
    seq: previous === undefined ? first.seq : previous.seq + 1,
    id: `${template.id}/forged`,
    at: template.at,
    actor: template.actor,
    type: template.type,
    payload: structuredClone(template.payload),
    prev: previous === undefined ? first.prev : linkAfter(entries, position - 1),
  };
}

function inserted(entries: readonly SealedEntry[], position: number, entry: unknown): unknown[] {
  return [...entries.slice(0, position), entry, ...entries.slice(position)];
}

/**
 * A forged entry inserted at every position 0…n, three ways:
 *
 * - replayed: a verbatim copy of the entry before it (positions 1…n): found
 *   `reordered` at the copy, with the seq it should have had;
 * - stale hash: a new record sealed at that position by a forger who copied
 *   a neighbour's hash instead of computing one: `altered` at that seq;
 * - re-hashed: the same record with its own hash computed: it agrees with
 *   itself and with the link before it, so the break is the displaced
 *   original right after it, `reordered` at the next seq. At the end of the
 *   journal it is indistinguishable from an append: only the kept head shows
 *   it (the purge record is still there). Before a checkpoint, a record is not
 *   a valid start and the checkpoint is out of place: `reordered` at position
 *   0, at the seq the checkpoint stands for (its payload's, which the forged
 *   record took).
 */
export async function insertions(entries: readonly SealedEntry[]): Promise<Tamper[]> {
  const tampers: Tamper[] = [];
  const rehashed: Promise<Tamper>[] = [];
  const checkpoint = leadsWithCheckpoint(entries);
  for (let position = 0; position <= entries.length; position++) {
    const previous = entries[position - 1];
    const content = forgedAt(entries, position);
    if (previous !== undefined) {
      tampers.push({
        kind: 'inserted-replayed',
        label: `seq ${previous.seq} (${previous.type}) replayed at position ${position}`,
        entries: inserted(entries, position, structuredClone(previous)),
        chain: { seq: previous.seq + 1, index: position, reasons: ['reordered'] },
        seq: previous.seq + 1,
      });
    }
    const template = entries.find((entry) => entry.id === content.id.replace(/\/forged$/, ''));
    tampers.push({
      kind: 'inserted-stale-hash',
      label: `forged ${content.type} inserted at position ${position} with a copied hash`,
      entries: inserted(entries, position, { ...content, hash: template?.hash ?? '0'.repeat(64) }),
      chain: { seq: content.seq, index: position, reasons: ['altered'] },
      seq: content.seq,
    });
    const atEnd = position === entries.length;
    const beforeCheckpoint = checkpoint && position === 0;
    rehashed.push(
      hashEntry(content).then((hash) => {
        const copy = inserted(entries, position, { ...content, hash });
        const chain: ChainBreak | undefined = atEnd
          ? unrecordedCheckpoint(copy)
          : beforeCheckpoint
            ? { seq: content.seq, index: 0, reasons: ['reordered'] }
            : { seq: content.seq + 1, index: position + 1, reasons: ['reordered'] };
        return {
          kind: 'inserted-rehashed',
          label: `forged ${content.type} inserted at position ${position}, its own hash computed`,
          entries: copy,
          chain,
          seq: chain?.seq ?? content.seq,
        };
      }),
    );
  }
  return [...tampers, ...(await Promise.all(rehashed))];
}

/**
 * `rest` renumbered from `seq` and re-hashed, each linking to the one before,
 * the first to `prev`: what a forger does to keep a chain whole after changing
 * an entry before them.
 */
async function rechained(seq: number, prev: string, rest: readonly SealedEntry[]): Promise<SealedEntry[]> {
  const chained: SealedEntry[] = [];
  let link = { seq: seq - 1, hash: prev };
  for (const entry of rest) {
    const moved = { ...entry, seq: link.seq + 1, prev: link.hash };
    const sealed = { ...moved, hash: await hashEntry(moved) };
    chained.push(sealed);
    link = sealed;
  }
  return chained;
}

/**
 * A forged entry inserted at every position 0…n−1 by a forger who then
 * renumbers and re-hashes every entry after it: the result is a valid chain
 * (it cannot be told from the chain alone; the purge record, re-hashed with
 * the rest, still names the checkpoint), and the kept head's seq now holds
 * another hash — which says only that the rewrite began at or before the
 * kept head. Before a leading checkpoint a record is still not a valid start,
 * and the checkpoint is out of place: `reordered` at position 0, at the seq it
 * stands for.
 */
export async function rechainedInsertions(entries: readonly SealedEntry[]): Promise<Tamper[]> {
  const checkpoint = leadsWithCheckpoint(entries);
  const tampers: Promise<Tamper>[] = [];
  for (let position = 0; position < entries.length; position++) {
    tampers.push(
      (async (): Promise<Tamper> => {
        const content = forgedAt(entries, position);
        const forged: SealedEntry = { ...(content as SealedEntry), hash: await hashEntry(content) };
        const copy = [
          ...entries.slice(0, position),
          forged,
          ...(await rechained(forged.seq + 1, forged.hash, entries.slice(position))),
        ];
        const beforeCheckpoint = checkpoint && position === 0;
        return {
          kind: 'inserted-rechained',
          label: `forged ${content.type} inserted at position ${position}, the rest of the chain re-hashed`,
          entries: copy,
          chain: beforeCheckpoint
            ? { seq: content.seq, index: 0, reasons: ['reordered'] }
            : unrecordedCheckpoint(copy),
          seq: content.seq,
        };
      })(),
    );
  }
  return Promise.all(tampers);
}

/**
 * Each adjacent pair swapped: found `reordered` at the first of the two
 * positions, with the seq that position should hold.
 */
export function adjacentSwaps(entries: readonly SealedEntry[]): Tamper[] {
  return entries.slice(0, -1).map((entry, index) => {
    const next = entryAt(entries, index + 1);
    const swapped: unknown[] = [...entries];
    swapped[index] = next;
    swapped[index + 1] = entry;
    return {
      kind: 'swapped',
      label: `seq ${entry.seq} (${entry.type}) and seq ${next.seq} (${next.type}) swapped`,
      entries: swapped,
      chain: { seq: entry.seq, index, reasons: ['reordered'] },
      seq: entry.seq,
    };
  });
}

/**
 * The journal cut after every length 0…n−1. Each cut is itself a valid
 * chain (a prefix of a chain is a chain): only the kept head shows it, at
 * the first missing seq — unless the cut takes the purge record away with
 * the tail: then what is left starts with a checkpoint no purge recorded,
 * found at once at the checkpoint (see {@link unrecordedCheckpoint}).
 */
export function tailCuts(entries: readonly SealedEntry[]): Tamper[] {
  return entries.map((entry, length) => {
    const copy = entries.slice(0, length);
    const chain = unrecordedCheckpoint(copy);
    return {
      kind: 'tail-cut',
      label: `cut to ${length} entries (seq ${entry.seq} onwards missing)`,
      entries: copy,
      chain,
      seq: chain?.seq ?? entry.seq,
    };
  });
}

/**
 * The oldest 1…n−1 entries removed without a checkpoint (a purge, REG7-8.5b,
 * always leaves one): the first entry left is neither the genesis nor a
 * checkpoint — `removed` at position 0, with that entry's seq.
 */
export function headCuts(entries: readonly SealedEntry[]): Tamper[] {
  return entries.slice(1).map((entry, index) => ({
    kind: 'head-cut',
    label: `the first ${index + 1} entries removed (seq ${entry.seq} left first)`,
    entries: entries.slice(index + 1),
    chain: { seq: entry.seq, index: 0, reasons: ['removed'] },
    seq: entry.seq,
  }));
}

/**
 * A forger who rewrites a leading checkpoint and then deals with the purge
 * record that names it, re-chaining every entry after the record so that the
 * chain holds. The checkpoint is rewritten in each content value a
 * consistent checkpoint can change (not its `type`, nor the `payload.seq` and
 * `payload.hash` it stands for: those break it by themselves, see
 * {@link checkpointRehashed}) and re-hashed.
 *
 * - `record-dropped`: the record deleted (also with the checkpoint left as it
 *   was): no purge records the checkpoint → `unrecorded-checkpoint` at
 *   position 0, its seq, from the entries alone;
 * - `record-rewritten`: the record made to name the new hash (its copies of
 *   seq, fromSeq and count updated too) and re-hashed: a valid chain whose
 *   checkpoint is recorded. Only the kept head shows it, and only as "at or
 *   before the kept head" (the rewrite began at the checkpoint, `seq`).
 */
export async function checkpointRewrites(entries: readonly SealedEntry[]): Promise<Tamper[]> {
  const checkpoint = entryAt(entries, 0);
  const at = entries.findIndex((entry) => recordedCheckpoint(entry) === checkpoint.hash);
  const record = entries[at];
  if (checkpoint.type !== CHECKPOINT_TYPE || record === undefined || at < 1) {
    throw new Error('a journal starting with a recorded checkpoint expected');
  }
  const kept = entries.slice(1, at);
  const later = entries.slice(at + 1);
  const rewrites: { label: string; checkpoint: SealedEntry }[] = [{ label: 'as it was', checkpoint }];
  for (const node of nodesOf(checkpoint)) {
    const where = node.path.join('.');
    if (!isContent(node.path) || typeof node.value === 'object') continue;
    if (where === 'type' || where === 'payload.seq' || where === 'payload.hash') continue;
    const change = changesOf(node, false)[0];
    if (change === undefined) continue;
    const content = withValue(checkpoint, node.path, change.to) as SealedEntry;
    rewrites.push({
      label: `${pathText(node.path)}: ${change.how}, re-hashed`,
      checkpoint: { ...content, hash: await hashEntry(content) },
    });
  }
  const tampers: Tamper[] = [];
  for (const rewrite of rewrites) {
    const label = `checkpoint seq ${checkpoint.seq} ${rewrite.label}`;
    tampers.push({
      kind: 'record-dropped',
      label: `${label}; its record (seq ${record.seq}) deleted, what follows re-chained`,
      entries: [
        rewrite.checkpoint,
        ...kept,
        ...(await rechained(record.seq, linkAfter(entries, at - 1), later)),
      ],
      chain: { seq: checkpoint.seq, index: 0, reasons: ['unrecorded-checkpoint'] },
      seq: checkpoint.seq,
    });
    if (rewrite.checkpoint === checkpoint) continue;
    const payload = rewrite.checkpoint.payload as Record<string, unknown>;
    const content = {
      ...record,
      payload: {
        checkpoint: rewrite.checkpoint.hash,
        seq: payload['seq'],
        fromSeq: payload['fromSeq'],
        count: payload['count'],
      },
    } as SealedEntry;
    const rerecorded: SealedEntry = { ...content, hash: await hashEntry(content) };
    tampers.push({
      kind: 'record-rewritten',
      label: `${label}; its record (seq ${record.seq}) made to name it and re-hashed, what follows re-chained`,
      entries: [
        rewrite.checkpoint,
        ...kept,
        rerecorded,
        ...(await rechained(rerecorded.seq + 1, rerecorded.hash, later)),
      ],
      chain: undefined,
      seq: checkpoint.seq,
    });
  }
  return tampers;
}

// ——— The checks ————————————————————————————————————————————————————————————————

/** What the checks found in one tampered copy. */
export interface Finding {
  /** `verifyJournal`'s answer: the first break, or the chain intact. */
  readonly chain: VerifyResult;
  /** When the chain verifies: how the entries differ from the kept head (`undefined`: they match it). */
  readonly kept: HeadDifference | undefined;
  /** File only: the import's problems when it refused the file. */
  readonly refused: readonly Problem[] | undefined;
}

function found(entries: readonly unknown[], chain: VerifyResult, kept: KeptHead): HeadDifference | undefined {
  return chain.intact ? compareWithKeptHead(entries as readonly SealedEntry[], kept) : undefined;
}

/**
 * The stored journal: the tampered entries loaded into an adapter as they
 * are and verified by the journal itself; a chain that verifies is then
 * compared with the kept head.
 */
export async function checkStored(tamper: Tamper, kept: KeptHead): Promise<Finding> {
  const journal = deskJournal(tamper.entries as readonly SealedEntry[]);
  const chain = await journal.verify();
  return { chain, kept: found(tamper.entries, chain, kept), refused: undefined };
}

/** An export, cut where a tamperer edits it: the lines before the head, and the head it wrote. */
export interface ExportedFile {
  readonly preamble: string;
  readonly head: JournalHead | null;
}

/** The export of `entries` as `exportJournalJson` writes it, with the site of the sample month. */
export function exportFile(entries: readonly SealedEntry[]): { text: string; file: ExportedFile } {
  const text = exportJournalJson(entries, {
    exportedAt: '2030-01-02T10:30:00+08:00',
    site: { id: 'harbour-view', name: '海景花園客服中心', timeZone: 'Asia/Shanghai' },
  });
  return { text, file: { preamble: text.slice(0, text.indexOf('  "head": ')), head: headOf(entries) } };
}

const lines = new WeakMap<object, string>();

/** One entry as the export writes it (fields in stored order); cached, as the untouched entries recur in every copy. */
function lineOf(entry: unknown): string {
  if (typeof entry !== 'object' || entry === null) return JSON.stringify(entry);
  let line = lines.get(entry);
  if (line === undefined) {
    line = JSON.stringify(entry);
    lines.set(entry, line);
  }
  return line;
}

/**
 * The text of the file with its entries replaced, as a person editing it in
 * a text editor leaves it: one entry per line, and the head either as
 * exported (`head` omitted) or rewritten by the tamperer.
 */
export function fileText(file: ExportedFile, entries: readonly unknown[], head = file.head): string {
  const body =
    entries.length === 0
      ? '  "entries": []'
      : `  "entries": [\n${entries.map((entry) => `    ${lineOf(entry)}`).join(',\n')}\n  ]`;
  return `${file.preamble}  "head": ${JSON.stringify(head)},\n${body}\n}\n`;
}

/** The head a careful tamperer writes into the file: the last entry's seq and hash. */
export function headOf(entries: readonly unknown[]): JournalHead | null {
  const last = entries[entries.length - 1] as SealedEntry | undefined;
  return last === undefined ? null : { seq: last.seq, hash: last.hash };
}

/**
 * The exported file: imported (which checks its structure, ids, seq order
 * and that the head is the last entry), then the entries verified — those
 * of the document, or those found in a refused file; a chain that verifies
 * is then compared with the kept head. `head` is the head line as the
 * tamperer left it: as exported when omitted.
 */
export async function checkFile(
  tamper: Tamper,
  file: ExportedFile,
  kept: KeptHead,
  head?: JournalHead | null,
): Promise<Finding> {
  const imported = importJournalJson(fileText(file, tamper.entries, head));
  const entries = imported.ok ? imported.document.entries : imported.found?.entries;
  if (entries === undefined)
    throw new Error(`${tamper.label}: the file could not be read as a journal export`);
  const chain = await verifyJournal(entries);
  return { chain, kept: found(entries, chain, kept), refused: imported.ok ? undefined : imported.problems };
}

/** Runs `task` on every item, `size` at a time (Web Crypto digests run off the main thread). */
export async function inBatches<T, R>(
  items: readonly T[],
  size: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) {
    results.push(...(await Promise.all(items.slice(start, start + size).map(task))));
  }
  return results;
}
