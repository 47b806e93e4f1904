/**
 * The customer cases of the sample month (首問責任制): enquiries settled on
 * the spot, repairs passed to engineering, parcels taken in for residents,
 * parking and noise complaints passed to security, water leaks that take
 * days, bill queries answered by callback, and one major complaint. Every
 * case is planned as a story: its commands at their times, by whoever is on
 * duty, and the same steps told in words, so that a handover can carry an
 * open case over with its course so far and its next step.
 */
import {
  followUpCase,
  givePlan,
  informCustomer,
  lendRoomKey,
  openCase,
  promiseCallback,
  recordCallback,
  recordContact,
  reportCase,
  resolveCase,
  returnRoomKey,
  revisitCase,
  transferCase,
  type Actor,
  type OpenCaseInput,
  type Satisfaction,
} from '@duty-handover/core';
import {
  DAYS,
  HOUR,
  MINUTE,
  addDays,
  atDesk,
  clockOf,
  dayOf,
  instant,
  iso,
  rota,
  spokenDay,
  type Month,
  type Random,
} from './sample-kit.js';

/** One step of a case as a handover tells it. */
export interface CaseEvent {
  readonly at: number;
  readonly actor: Actor;
  /** What happened, for a matter's course. */
  readonly done: string;
  /** The step before it happens, for a matter's next step. */
  readonly next: string;
  /** Where the case stands once it happened, for a matter's result. */
  readonly state?: string;
  /** Nobody plans it (the customer calls again): never a matter's next step. */
  readonly unplanned?: boolean;
}

/** A case as planned: what the handovers need to carry it over while it is open. */
export interface PlannedCase {
  readonly caseId: string;
  readonly title: string;
  readonly cause: string;
  /** Carried over in a handover while it is open. */
  readonly carried: boolean;
  readonly openedAt: number;
  readonly resolvedAt: number;
  readonly events: readonly CaseEvent[];
}

const ENGINEERING = { kind: 'department', id: 'engineering', name: '工程部' } as const;
const SECURITY = { kind: 'department', id: 'security', name: '保安部' } as const;
const FITTER = { staffId: 'ENG-301', name: '梁師傅' } as const;
const GUARD_CAPTAIN = { staffId: 'SEC-105', name: '鄧隊長' } as const;

const CALLERS: readonly { readonly name: string; readonly phone: string }[] = [
  { name: '周太太', phone: '9123 4567' },
  { name: '陳先生', phone: '6234 8810' },
  { name: '何小姐', phone: '5602 1937' },
  { name: '林生', phone: '9876 2201' },
  { name: '梁太', phone: '6120 4458' },
  { name: '吳先生', phone: '138 0013 8000' },
  { name: '鄭小姐', phone: '9345 7712' },
  { name: '馮太', phone: '6788 0326' },
  { name: '謝先生', phone: '5177 6093' },
  { name: '蘇太太', phone: '139 2266 4810' },
  { name: '葉小姐', phone: '9012 5538' },
  { name: '羅先生', phone: '6455 9021' },
  { name: '黎太', phone: '9630 1184' },
  { name: '孫先生', phone: '186 2075 3316' },
];

interface Unit {
  readonly block: number;
  readonly floor: number;
  readonly flat: string;
}

function unitText(unit: Unit): string {
  return `${unit.block} 座 ${unit.floor} 樓 ${unit.flat} 室`;
}

function randomUnit(random: Random): Unit {
  return {
    block: random.int(1, 5),
    floor: random.int(3, 32),
    flat: random.pick(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']),
  };
}

/** Everything a story starts from. */
interface Start {
  readonly month: Month;
  readonly caseId: string;
  readonly owner: Actor;
  readonly at: number;
  readonly caller: { readonly name: string; readonly phone: string };
  readonly unit: Unit;
}

/** Plans a case's commands and remembers them in words. */
class Story {
  readonly events: CaseEvent[] = [];
  private resolvedAt: number | undefined;

  constructor(
    readonly start: Start,
    readonly title: string,
    readonly cause: string,
    readonly carried: boolean,
  ) {}

  get month(): Month {
    return this.start.month;
  }

  get caseId(): string {
    return this.start.caseId;
  }

  open(input: Omit<OpenCaseInput, 'caseId' | 'callerName' | 'callerPhone'>, done: string): void {
    const { month, owner, at, caller, caseId } = this.start;
    month.case(at, owner, `${caseId}: intake`, (entries, context) =>
      openCase(entries, context, { caseId, callerName: caller.name, callerPhone: caller.phone, ...input }),
    );
    this.events.push({ at, actor: owner, done, next: done, state: '個案已登記,首問負責人跟進中' });
  }

  /** A step with its command; `words` tells it for the handovers. */
  step(
    at: number,
    actor: Actor,
    what: string,
    command: Parameters<Month['case']>[3],
    words: {
      readonly done: string;
      readonly next: string;
      readonly state?: string;
      readonly unplanned?: boolean;
    },
  ): void {
    this.month.case(at, actor, `${this.caseId}: ${what}`, command);
    this.events.push({ at, actor, ...words });
  }

  /** Something that happened without an entry of its own (a courier came, a fitter arrived). */
  happened(at: number, actor: Actor, done: string, state?: string): void {
    this.events.push({ at, actor, done, next: done, ...(state === undefined ? {} : { state }) });
  }

  resolve(
    at: number,
    actor: Actor,
    outcome: 'resolved' | 'definite-answer',
    answer: string,
    next: string,
  ): void {
    this.step(
      at,
      actor,
      'resolve',
      (entries, context) => resolveCase(entries, context, { caseId: this.caseId, outcome, answer }),
      {
        done: answer,
        next,
        state: '個案已完成',
      },
    );
    this.resolvedAt = at;
  }

  revisit(after: number, satisfaction: Satisfaction, note: string): void {
    const { owner } = this.start;
    const at = this.month.slot(owner, after, 0, 240);
    if (at === undefined) return;
    this.month.case(at, owner, `${this.caseId}: revisit`, (entries, context) =>
      revisitCase(entries, context, { caseId: this.caseId, satisfaction, note }),
    );
  }

  planned(): PlannedCase {
    if (this.resolvedAt === undefined) throw new Error(`${this.caseId} is never resolved`);
    return {
      caseId: this.caseId,
      title: this.title,
      cause: this.cause,
      carried: this.carried,
      openedAt: this.start.at,
      resolvedAt: this.resolvedAt,
      events: this.events,
    };
  }
}

/** `slot`, which must find a time: the stories are placed where their people work. */
function slotFor(month: Month, staff: Actor, after: number, min: number, max: number, what: string): number {
  const at = month.slot(staff, after, min, max);
  if (at === undefined) throw new Error(`no shift of ${staff.staffId} left for ${what}`);
  return at;
}

// ——— Enquiries settled on the spot ——————————————————————————————————————————

const ENQUIRIES: readonly {
  readonly matter: string;
  readonly category: string;
  readonly channel: 'phone' | 'visit';
  readonly outcome: 'resolved' | 'definite-answer';
  readonly answer: string;
}[] = [
  {
    matter: '查詢十二月份管理費的繳費期限及繳費方法',
    category: '收費',
    channel: 'phone',
    outcome: 'definite-answer',
    answer: '已告知繳費期限為 12 月 20 日,可用轉數快、銀行自動轉賬或到管理處以支票繳付',
  },
  {
    matter: '查詢 12 月 10 日停水的時間及範圍',
    category: '停水通知',
    channel: 'phone',
    outcome: 'definite-answer',
    answer: '已告知 12 月 10 日 09:00–12:00 全屋苑停水清洗水箱,請住戶預先儲水',
  },
  {
    matter: '查詢會所泳池冬季開放時間',
    category: '會所設施',
    channel: 'phone',
    outcome: 'definite-answer',
    answer: '已告知室外泳池 12 月至翌年 2 月暫停開放,健身室照常 07:00–22:00 開放',
  },
  {
    matter: '申請本週六訪客臨時泊車證',
    category: '停車',
    channel: 'visit',
    outcome: 'resolved',
    answer: '已登記訪客車牌及停泊時間,臨時泊車證已交住戶',
  },
  {
    matter: '查詢單位裝修申請需要遞交的文件',
    category: '裝修',
    channel: 'visit',
    outcome: 'definite-answer',
    answer: '已提供裝修申請表,說明須附承辦商商業登記、第三者保險副本及施工圖則,裝修按金 $5,000',
  },
  {
    matter: '查詢聖誕及新年假期管理處的辦公時間',
    category: '查詢',
    channel: 'phone',
    outcome: 'definite-answer',
    answer: '已告知假期內客服前台 08:00–21:00 照常當值,管理處辦公室 12 月 25、26 日及 1 月 1 日休息',
  },
  {
    matter: '住戶遺失門禁卡,申請補領',
    category: '門禁',
    channel: 'visit',
    outcome: 'resolved',
    answer: '已核對住戶身份並停用舊卡,收取補卡費 $50,新卡即場發出',
  },
  {
    matter: '查詢棄置舊床褥等大型垃圾的安排',
    category: '清潔',
    channel: 'phone',
    outcome: 'definite-answer',
    answer: '已告知逢星期三、六 19:00 前放到地下垃圾房指定位置,並已通知清潔公司收集',
  },
  {
    matter: '查詢申請電動車充電車位的手續',
    category: '停車',
    channel: 'visit',
    outcome: 'definite-answer',
    answer: '已提供申請表及收費表,說明須為月租車位持有人,填妥後交管理處輪候安裝',
  },
  {
    matter: '遺失信箱鑰匙,查詢如何開啟信箱',
    category: '查詢',
    channel: 'visit',
    outcome: 'definite-answer',
    answer: '已告知可預約鎖匠於管理處人員見證下開鎖換鎖,費用由住戶自付,並提供認可鎖匠名單',
  },
];

function enquiry(start: Start, index: number): PlannedCase {
  const topic = ENQUIRIES[index % ENQUIRIES.length];
  if (topic === undefined) throw new Error('no enquiry');
  const story = new Story(start, topic.matter, topic.matter, false);
  story.open(
    {
      gravity: 'general',
      channel: topic.channel,
      matter: topic.matter,
      category: topic.category,
      inRemit: true,
    },
    `${start.caller.name}${topic.channel === 'phone' ? '來電' : '到前台'}${topic.matter}`,
  );
  story.resolve(
    start.at + start.month.random.seconds(150, 540),
    start.owner,
    topic.outcome,
    topic.answer,
    '即場答覆住戶',
  );
  return story.planned();
}

// ——— Repairs passed to engineering —————————————————————————————————————————

const REPAIRS: readonly {
  readonly matter: (unit: string, floor: number) => string;
  readonly fix: string;
  readonly outcome: 'resolved' | 'definite-answer';
}[] = [
  {
    matter: (unit) => `${unit}廚房去水渠淤塞,污水倒流`,
    fix: '以通渠機疏通廚房去水渠,住戶試水確認暢通',
    outcome: 'resolved',
  },
  {
    matter: (_, floor) => `${floor} 樓電梯大堂兩支光管不亮`,
    fix: '更換兩支光管及一個火牛,走廊照明回復正常',
    outcome: 'resolved',
  },
  {
    matter: (unit) => `${unit}大門門鉸鬆脫,關門困難`,
    fix: '收緊門鉸螺絲並加油潤滑,大門開關回復正常',
    outcome: 'resolved',
  },
  {
    matter: (unit) => `${unit}對講機門鐘無聲`,
    fix: '更換門鐘電源適配器,與大堂對講測試正常',
    outcome: 'resolved',
  },
  {
    matter: (unit) => `${unit}浴室抽氣扇不轉`,
    fix: '檢查後確認抽氣扇摩打燒毀,屬單位內私人設備,已建議住戶自行更換並提供承辦商名單',
    outcome: 'definite-answer',
  },
];

function repair(start: Start, index: number): PlannedCase {
  const { month, owner, at, unit } = start;
  const { random } = month;
  const topic = REPAIRS[index % REPAIRS.length];
  if (topic === undefined) throw new Error('no repair');
  const matter = topic.matter(unitText(unit), unit.floor);
  const story = new Story(
    start,
    `住戶報修:${matter}`,
    `${start.caller.name}(${unitText(unit)})來電報修:${matter}`,
    true,
  );
  const caseId = start.caseId;
  const day = dayOf(at);
  story.open(
    { gravity: 'general', channel: 'phone', matter, category: '報修', inRemit: false },
    `接${start.caller.name}來電報修`,
  );
  const transferAt = at + random.seconds(240, 600);
  story.step(
    transferAt,
    owner,
    'transfer',
    (entries, context) =>
      transferCase(entries, context, {
        caseId,
        to: ENGINEERING,
        handler: FITTER,
        note: '已開維修單交工程部',
      }),
    { done: '開維修單轉工程部梁師傅', next: '開維修單轉工程部', state: '已轉工程部,等候師傅到場' },
  );
  const expectedBy = instant(day, '18:00');
  story.step(
    transferAt + random.seconds(60, 180),
    owner,
    'inform',
    (entries, context) =>
      informCustomer(entries, context, {
        caseId,
        procedure: '已轉工程部,師傅今日到場維修,完成後由客服回電確認',
        expectedBy: iso(expectedBy),
      }),
    { done: '已告知住戶維修安排,預計今日 18:00 前完成', next: '告知住戶維修安排' },
  );
  const fixedAt = slotFor(month, owner, at + 3 * HOUR, 0, 80, `${caseId} repair`);
  if (fixedAt > expectedBy - 20 * MINUTE)
    throw new Error(`${caseId}: the repair would miss its expected time`);
  const fitterAt = fixedAt - random.seconds(1200, 2400);
  story.happened(fitterAt, owner, `梁師傅到場維修`, '工程部師傅維修中');
  story.resolve(
    fixedAt,
    owner,
    topic.outcome,
    `工程部梁師傅 ${clockOf(fitterAt)} 到場,${topic.fix};已回電住戶確認`,
    '工程部完成維修後回電住戶確認結果',
  );
  story.revisit(
    fixedAt + 20 * HOUR,
    random.chance(0.85) ? 'satisfied' : 'neutral',
    random.chance(0.5) ? '住戶表示維修後使用正常' : '住戶多謝師傅即日處理',
  );
  return story.planned();
}

// ——— Parcels taken in for residents ——————————————————————————————————————————

function parcel(start: Start): PlannedCase {
  const { month, owner, at, unit, caller } = start;
  const { random } = month;
  const caseId = start.caseId;
  const day = dayOf(at);
  const courier = random.pick(['順豐', '嘉里大通', '京東物流', '香港郵政']);
  const story = new Story(
    start,
    `代收 ${unitText(unit)}快遞包裹`,
    `${caller.name}(${unitText(unit)})今日上班,要求前台代收${courier}送來的包裹`,
    true,
  );
  story.open(
    {
      gravity: 'general',
      channel: 'phone',
      matter: `要求前台代收今日${courier}送到的包裹`,
      category: '快遞',
      inRemit: true,
    },
    `接${caller.name}來電要求代收包裹`,
  );
  story.step(
    at + random.seconds(60, 150),
    owner,
    'inform',
    (entries, context) =>
      informCustomer(entries, context, {
        caseId,
        procedure: '包裹送到後由前台代收並以短訊通知,住戶憑住戶證到前台簽收領取',
        expectedBy: iso(instant(day, '21:00')),
      }),
    { done: '已告知住戶代收及領取手續', next: '告知住戶代收手續' },
  );
  const deliveredAt = at + random.seconds(40 * 60, 150 * 60);
  story.happened(
    deliveredAt,
    owner,
    `${courier}送到包裹一件,已登記於代收簿並放入代收櫃,短訊通知住戶`,
    '包裹在前台代收櫃,住戶未領取',
  );
  const collectedAt =
    instant(day, `${random.int(18, 20)}:${String(random.int(0, 40)).padStart(2, '0')}`) +
    random.seconds(0, 59);
  const desk = atDesk(collectedAt);
  story.resolve(
    collectedAt,
    desk,
    'resolved',
    `住戶 ${clockOf(collectedAt)} 到前台出示住戶證領取包裹,已在代收簿簽收`,
    '住戶到前台時核對住戶證並在代收簿簽收',
  );
  story.revisit(collectedAt + 12 * HOUR, 'satisfied', '住戶確認包裹完好,多謝前台代收');
  return story.planned();
}

// ——— Parking, passed to security ——————————————————————————————————————————

function parking(start: Start): PlannedCase {
  const { month, owner, at, unit, caller } = start;
  const { random } = month;
  const caseId = start.caseId;
  const bay = `B${random.int(1, 2)}-${random.int(101, 168)}`;
  const story = new Story(
    start,
    `私家車位 ${bay} 被佔用`,
    `${caller.name}(${unitText(unit)})回家發現其私家車位 ${bay} 被一輛訪客車輛佔用`,
    true,
  );
  story.open(
    {
      gravity: 'general',
      channel: 'phone',
      matter: `私家車位 ${bay} 被訪客車輛佔用,無法泊車`,
      category: '停車',
      inRemit: false,
    },
    `接${caller.name}來電投訴車位被佔用`,
  );
  const transferAt = at + random.seconds(90, 240);
  story.step(
    transferAt,
    owner,
    'transfer',
    (entries, context) => transferCase(entries, context, { caseId, to: SECURITY, handler: GUARD_CAPTAIN }),
    { done: '轉保安部鄧隊長到場查找車主', next: '轉保安部處理', state: '保安正查找車主' },
  );
  story.step(
    transferAt + random.seconds(60, 120),
    owner,
    'inform',
    (entries, context) =>
      informCustomer(entries, context, {
        caseId,
        procedure: '保安部按訪客登記聯絡車主移車,住戶可暫泊訪客車位',
        expectedBy: iso(at + HOUR),
      }),
    { done: '已安排住戶暫泊訪客車位並告知一小時內處理', next: '告知住戶處理時間' },
  );
  const movedAt = at + random.seconds(25 * 60, 50 * 60);
  story.resolve(
    movedAt,
    owner,
    'resolved',
    `保安按訪客登記聯絡車主,車輛於 ${clockOf(movedAt - 5 * MINUTE)} 移走;已向訪客重申泊車規則,住戶已泊回車位`,
    '保安聯絡車主移車後通知住戶',
  );
  story.revisit(movedAt + 18 * HOUR, 'satisfied', '住戶表示車位再無被佔用');
  return story.planned();
}

// ——— Noise complaints ——————————————————————————————————————————————————————

const NOISES: readonly { readonly matter: (upstairs: string) => string; readonly answer: string }[] = [
  {
    matter: (upstairs) => `投訴樓上 ${upstairs}連續三晚 20:00 後仍有電鑽聲,懷疑違規裝修`,
    answer: '管理處核實該單位裝修許可只准 09:00–18:00 施工,已向業主發出警告信,承辦商承諾不再於晚間施工',
  },
  {
    matter: (upstairs) => `投訴樓上 ${upstairs}每晚拖拉傢俬及小朋友跳動聲`,
    answer: '管理處已約見樓上住戶,住戶同意在傢俬腳加裝軟墊並於 21:00 後留意聲浪',
  },
  {
    matter: () => '投訴平台花園每晚有人聚會喧嘩至深夜',
    answer: '保安已加密晚間巡邏,平台花園 22:00 後停止開放並於入口張貼告示',
  },
];

function noise(start: Start, index: number): PlannedCase {
  const { month, owner, at, unit, caller } = start;
  const { random } = month;
  const caseId = start.caseId;
  const topic = NOISES[index % NOISES.length];
  if (topic === undefined) throw new Error('no noise');
  const upstairs = unitText({ ...unit, floor: unit.floor + 1 });
  const matter = topic.matter(upstairs);
  const story = new Story(
    start,
    `噪音投訴:${unitText(unit)}`,
    `${caller.name}(${unitText(unit)})${matter}`,
    true,
  );
  story.open(
    { gravity: 'complaint', channel: 'phone', matter, category: '噪音', inRemit: false },
    `接${caller.name}來電投訴噪音`,
  );
  const transferAt = at + random.seconds(180, 360);
  story.step(
    transferAt,
    owner,
    'transfer',
    (entries, context) =>
      transferCase(entries, context, {
        caseId,
        to: SECURITY,
        handler: GUARD_CAPTAIN,
        note: '請保安即時上門了解',
      }),
    {
      done: '轉保安部鄧隊長即時上門了解及勸喻',
      next: '轉保安部上門了解',
      state: '保安已上門勸喻,投訴人暫時接受',
    },
  );
  const resolvedAt = slotFor(month, owner, at + 16 * HOUR, 0, 300, `${caseId} resolution`);
  const resolveBy = instant(dayOf(resolvedAt), '21:00');
  story.step(
    transferAt + random.seconds(1200, 2400),
    owner,
    'plan',
    (entries, context) =>
      givePlan(entries, context, {
        caseId,
        plan: `保安即時上門勸喻;翌日由管理處跟進並約見有關住戶;${spokenDay(dayOf(resolveBy))}前回覆投訴人處理結果`,
        resolveBy: iso(resolveBy),
      }),
    {
      done: `已向投訴人交代處理方案,承諾 ${spokenDay(dayOf(resolveBy))}前回覆`,
      next: '向投訴人交代處理方案',
      state: `已交代處理方案,${spokenDay(dayOf(resolveBy))}前回覆投訴人`,
    },
  );
  story.resolve(
    resolvedAt,
    owner,
    'resolved',
    `${topic.answer};已致電投訴人交代,投訴人同意結案`,
    `約見有關住戶後於 ${spokenDay(dayOf(resolveBy))}前回覆投訴人`,
  );
  story.revisit(
    resolvedAt + 40 * HOUR,
    random.pick<Satisfaction>(['satisfied', 'satisfied', 'neutral']),
    '投訴人表示近兩晚已無噪音',
  );
  return story.planned();
}

// ——— Water leaks: difficult, over several days ————————————————————————————

function leak(start: Start, index: number): PlannedCase {
  const { month, owner, at, unit, caller } = start;
  const { random } = month;
  const caseId = start.caseId;
  const day = dayOf(at);
  const upstairs = unitText({ ...unit, floor: unit.floor + 1 });
  const room = index % 2 === 0 ? '浴室' : '廚房';
  const where = `${room}天花`;
  const cause = room === '浴室' ? '浴室地台防水層老化' : '廚房鋅盆去水喉接駁位鬆脫';
  const fix = room === '浴室' ? '浴室地台防水已重做' : '廚房鋅盆去水喉已更換';
  const story = new Story(
    start,
    `${unitText(unit)}${where}滲水`,
    `${caller.name}(${unitText(unit)})${where}近日持續滴水,懷疑樓上 ${upstairs}${room}去水喉滲漏`,
    true,
  );
  story.open(
    {
      gravity: 'difficult',
      channel: 'visit',
      matter: `${where}持續滴水,懷疑樓上 ${upstairs}滲漏`,
      category: '滲水',
      inRemit: false,
    },
    `${caller.name}到前台報告${where}滲水`,
  );
  const transferAt = at + random.seconds(300, 600);
  story.step(
    transferAt,
    owner,
    'transfer',
    (entries, context) =>
      transferCase(entries, context, {
        caseId,
        to: ENGINEERING,
        handler: FITTER,
        note: '需上門查找滲漏源頭',
      }),
    { done: '開維修單轉工程部查找滲漏源頭', next: '轉工程部', state: '已轉工程部,等候安排檢查' },
  );
  const replyBy = instant(day, '15:00');
  story.step(
    transferAt + random.seconds(120, 240),
    owner,
    'promise a callback',
    (entries, context) =>
      promiseCallback(entries, context, {
        caseId,
        question: '工程部何時可以上門檢查滲水?',
        unreachable: '工程部梁主任外出巡查,暫未能聯絡',
        replyBy: iso(replyBy),
      }),
    { done: '工程部主任外出,答應住戶 15:00 前回電告知檢查時間', next: '回電住戶' },
  );
  const calledAt = replyBy - random.seconds(20 * 60, 80 * 60);
  if (calledAt <= transferAt + 10 * MINUTE) throw new Error(`${caseId}: no time for the callback`);
  // The follow-up comes an hour after the plumber borrows the upstairs key, within the owner's shift.
  const followAt = slotFor(month, owner, at + 20 * HOUR, 75, 240, `${caseId} follow-up`);
  const resolvedAt = slotFor(month, owner, followAt + 26 * HOUR, 0, 300, `${caseId} resolution`);
  if (resolvedAt > at + 7 * 24 * HOUR) throw new Error(`${caseId}: resolved after the week`);
  const expectedBy = instant(dayOf(resolvedAt), '21:00');
  story.step(
    calledAt,
    owner,
    'callback',
    (entries, context) =>
      recordCallback(entries, context, {
        caseId,
        callbackId: `${caseId}/callback/1`,
        answer: `工程部安排 ${spokenDay(dayOf(followAt))}上門檢查樓上單位`,
      }),
    { done: '已回電住戶告知檢查安排', next: '回電住戶告知檢查安排' },
  );
  story.step(
    calledAt + random.seconds(60, 180),
    owner,
    'inform',
    (entries, context) =>
      informCustomer(entries, context, {
        caseId,
        procedure: '工程部先檢查樓上單位去水,確定滲漏位置後安排維修;入屋須得樓上業主同意',
        expectedBy: iso(expectedBy),
        requirements: '請住戶保留滴水位置相片,方便工程部核對',
      }),
    {
      done: `已告知住戶處理程序,預計 ${spokenDay(dayOf(expectedBy))}完成`,
      next: '告知住戶處理程序',
      state: `工程部已安排檢查,預計 ${spokenDay(dayOf(expectedBy))}完成`,
    },
  );
  const againAt = instant(addDays(day, 1), `10:${String(random.int(10, 50)).padStart(2, '0')}`);
  if (againAt < followAt) {
    story.step(
      againAt,
      atDesk(againAt),
      'contact',
      (entries, context) =>
        recordContact(entries, context, {
          caseId,
          channel: 'phone',
          note: '住戶來電查詢進度,已告知檢查時間',
        }),
      { done: '住戶來電查詢進度,已告知檢查時間', next: '回覆住戶查詢', unplanned: true },
    );
  }
  // The upstairs owner is away; the management keeps an authorised key, lent to the plumber.
  const loanId = `${caseId}-key`;
  const lentAt = followAt - random.seconds(50 * 60, 70 * 60);
  month.keys(lentAt, owner, `${loanId}: lend`, (entries, context) =>
    lendRoomKey(entries, context, {
      loanId,
      room: upstairs,
      borrower: { name: '德信水喉工程 何先生', contact: '9288 3140' },
      purpose: `業主書面授權入屋檢查${room}去水喉滲漏(授權書已存檔),由工程部梁師傅陪同`,
      dueBack: iso(lentAt + 2 * HOUR),
    }),
  );
  month.keys(lentAt + random.seconds(60 * 60, 100 * 60), owner, `${loanId}: return`, (entries, context) =>
    returnRoomKey(entries, context, { loanId, note: '鑰匙已交回並放回保管箱' }),
  );
  story.step(
    followAt,
    owner,
    'follow up',
    (entries, context) =>
      followUpCase(entries, context, {
        caseId,
        note: `工程部確認樓上 ${upstairs}${cause},業主同意由承辦商明日維修`,
      }),
    {
      done: `工程部確認樓上單位${cause},業主同意維修`,
      next: `${spokenDay(dayOf(followAt))}陪同工程部入屋檢查`,
      state: '滲漏源頭已確定,等候承辦商維修',
    },
  );
  story.resolve(
    resolvedAt,
    owner,
    'resolved',
    `樓上單位${fix},試水 24 小時無滲漏,工程部已修補天花;住戶確認不再滴水`,
    `${spokenDay(dayOf(resolvedAt))}確認維修結果並回覆住戶`,
  );
  story.revisit(resolvedAt + 20 * HOUR, 'satisfied', '住戶確認天花再無滴水,油漆已補回');
  return story.planned();
}

// ——— Bill queries answered by callback ——————————————————————————————————————

const BILLS: readonly {
  readonly matter: (amount: string) => string;
  readonly answer: (amount: string) => string;
}[] = [
  {
    matter: (amount) => `12 月月結單多收了 ${amount} 車位管理費`,
    answer: (amount) => `財務部確認系統重複收取 11 月車位管理費 ${amount},會於 1 月月結單扣回`,
  },
  {
    matter: (amount) => `會所宴會廳租用按金 ${amount} 仍未退回`,
    answer: (amount) => `財務部確認按金 ${amount} 已於本週批核,三個工作天內轉賬到住戶登記的銀行戶口`,
  },
  {
    matter: (amount) => `月結單上 ${amount} 的公用水費分攤如何計算`,
    answer: (amount) => `財務部解釋 ${amount} 為 11 月公用地方水費按業權份數分攤,並已短訊傳送計算表`,
  },
];

function billing(start: Start, index: number, late: boolean): PlannedCase {
  const { month, owner, at, unit, caller } = start;
  const { random } = month;
  const caseId = start.caseId;
  const day = dayOf(at);
  const bill = BILLS[index % BILLS.length];
  if (bill === undefined) throw new Error('no bill');
  const amount = random.pick(['$380', '$420', '$760', '$1,200']);
  const matter = bill.matter(amount);
  const story = new Story(start, `${unitText(unit)}查詢收費`, `${caller.name}查詢${matter}`, false);
  story.open(
    { gravity: 'general', channel: 'phone', matter: `查詢${matter}`, category: '收費', inRemit: true },
    `接${caller.name}來電查詢收費`,
  );
  const replyBy = instant(day, late ? '16:00' : '15:30');
  story.step(
    at + random.seconds(120, 240),
    owner,
    'promise a callback',
    (entries, context) =>
      promiseCallback(entries, context, {
        caseId,
        question: `${matter},請財務部解釋`,
        unreachable: '財務部陳小姐開會,暫未能聯絡',
        replyBy: iso(replyBy),
      }),
    { done: `財務部同事開會,答應住戶 ${clockOf(replyBy)} 前回電`, next: '回電住戶' },
  );
  const calledAt = late
    ? replyBy + random.seconds(20 * 60, 28 * 60)
    : replyBy - random.seconds(20 * 60, 90 * 60);
  const answer = bill.answer(amount);
  story.step(
    calledAt,
    owner,
    'callback',
    (entries, context) =>
      recordCallback(entries, context, { caseId, callbackId: `${caseId}/callback/1`, answer }),
    { done: '已回電住戶交代財務部的答覆', next: '回電住戶' },
  );
  story.resolve(
    calledAt + random.seconds(60, 180),
    owner,
    'definite-answer',
    `${answer};住戶接受`,
    '回電住戶交代財務部答覆',
  );
  return story.planned();
}

// ——— The major complaint ————————————————————————————————————————————————————

function majorComplaint(start: Start): PlannedCase {
  const { month, owner, at, caller } = start;
  const { random } = month;
  const caseId = start.caseId;
  const story = new Story(
    start,
    '2 座 1 號升降機困人投訴',
    `${caller.name}投訴 2 座 1 號升降機困人後 25 分鐘才有技工到場,要求管理處書面交代及改善`,
    true,
  );
  story.open(
    {
      gravity: 'major-complaint',
      channel: 'visit',
      matter: '2 座 1 號升降機困人 25 分鐘才有技工到場,要求書面交代及改善',
      category: '升降機',
      inRemit: false,
    },
    `${caller.name}到前台投訴升降機困人`,
  );
  const reportedAt = at + random.seconds(240, 420);
  story.step(
    reportedAt,
    owner,
    'report',
    (entries, context) =>
      reportCase(entries, context, { caseId, note: '已即時致電物業部經理匯報並傳送事故相片' }),
    { done: '已即時向物業部經理匯報', next: '向物業部經理匯報', state: '已上報物業部經理' },
  );
  const transferAt = reportedAt + random.seconds(120, 300);
  story.step(
    transferAt,
    owner,
    'transfer',
    (entries, context) =>
      transferCase(entries, context, { caseId, to: ENGINEERING, note: '由工程部向升降機公司索取事故報告' }),
    { done: '轉工程部向升降機公司索取事故報告', next: '轉工程部', state: '等候升降機公司事故報告' },
  );
  const resolvedAt = slotFor(month, owner, at + 44 * HOUR, 0, 300, `${caseId} resolution`);
  const resolveBy = instant(dayOf(resolvedAt), '21:00');
  const planAt = transferAt + random.seconds(600, 1200);
  story.step(
    planAt,
    owner,
    'plan',
    (entries, context) =>
      givePlan(entries, context, {
        caseId,
        plan: `工程部 48 小時內向升降機公司取得事故報告;管理處與升降機公司檢討技工到場時間,${spokenDay(dayOf(resolveBy))}前以書面回覆業主`,
        resolveBy: iso(resolveBy),
      }),
    {
      done: `已向業主交代處理方案,${spokenDay(dayOf(resolveBy))}前書面回覆`,
      next: '向業主交代處理方案',
      state: `已交代處理方案,等候升降機公司事故報告,${spokenDay(dayOf(resolveBy))}前書面回覆`,
    },
  );
  story.resolve(
    resolvedAt,
    owner,
    'resolved',
    '已向業主發出書面解釋連升降機公司事故報告,升降機公司承諾困人事故技工 20 分鐘內到場,並已更換 1 號升降機控制板',
    `${spokenDay(dayOf(resolveBy))}前向業主發出書面回覆`,
  );
  story.revisit(resolvedAt + 20 * HOUR, 'neutral', '業主接受解釋,但希望日後困人事故技工更快到場');
  return story.planned();
}

// ——— The month's cases ————————————————————————————————————————————————————

type Kind =
  'enquiry' | 'repair' | 'parcel' | 'parking' | 'noise' | 'leak' | 'billing' | 'billing-late' | 'major';

/** How many of each kind of case the month holds. */
const MIX: readonly (readonly [Kind, number])[] = [
  ['enquiry', 12],
  ['repair', 8],
  ['parcel', 5],
  ['parking', 4],
  ['noise', 3],
  ['leak', 2],
  ['billing', 2],
  ['billing-late', 1],
];

/** When a kind of case comes in (site time), and on which days it may, so that it ends within the month. */
const WHEN: Readonly<Record<Kind, { readonly from: string; readonly to: string; readonly lastDay: number }>> =
  {
    enquiry: { from: '08:20', to: '20:20', lastDay: 30 },
    repair: { from: '08:30', to: '11:50', lastDay: 29 },
    // The owner revisits a parcel someone else handed over (case/owner-closes): leave them days for it.
    parcel: { from: '09:00', to: '14:30', lastDay: 27 },
    parking: { from: '18:00', to: '19:40', lastDay: 29 },
    noise: { from: '18:30', to: '20:00', lastDay: 24 },
    leak: { from: '09:10', to: '10:30', lastDay: 20 },
    billing: { from: '09:00', to: '11:30', lastDay: 30 },
    'billing-late': { from: '10:00', to: '11:30', lastDay: 30 },
    major: { from: '15:05', to: '15:05', lastDay: 30 },
  };

/** The day of the lift entrapment (the major complaint; the handover records it too). */
export const LIFT_DAY = '2026-12-05';

/**
 * Plans the month's cases: draws each case's day, time and caller, numbers
 * them in the order they came in (`C-1203-02`: the second case of
 * 3 December) and plans each story.
 */
export function planCases(month: Month): PlannedCase[] {
  const { random } = month;
  const drawn: { kind: Kind; at: number; index: number }[] = [];
  for (const [kind, count] of MIX) {
    for (let index = 0; index < count; index++) {
      const window = WHEN[kind];
      const day = DAYS[random.int(0, window.lastDay - 1)] ?? '';
      const from = instant(day, window.from);
      let at = from + random.seconds(0, (instant(day, window.to) - from) / 1000);
      // Nobody takes a case in while the desk is being handed over.
      if (at >= instant(day, '16:25') && at < instant(day, '17:15')) at += 50 * MINUTE;
      drawn.push({ kind, at, index });
    }
  }
  drawn.push({ kind: 'major', at: instant(LIFT_DAY, '15:05:40'), index: 0 });
  drawn.sort((a, b) => a.at - b.at);

  const perDay = new Map<string, number>();
  return drawn.map(({ kind, at, index }) => {
    const day = dayOf(at);
    const number = (perDay.get(day) ?? 0) + 1;
    perDay.set(day, number);
    const caseId = `C-${day.slice(5, 7)}${day.slice(8, 10)}-${String(number).padStart(2, '0')}`;
    const { early, middle } = rota(DAYS.indexOf(day));
    // Between 12:00 and the handover both officers are on; either may be the first contact.
    const bothOn = at >= instant(day, '12:05') && at < instant(day, '16:30');
    const owner = bothOn && random.chance(0.35) ? middle : at < instant(day, '16:30') ? early : middle;
    const start: Start = { month, caseId, owner, at, caller: random.pick(CALLERS), unit: randomUnit(random) };
    switch (kind) {
      case 'enquiry':
        return enquiry(start, index);
      case 'repair':
        return repair(start, index);
      case 'parcel':
        return parcel(start);
      case 'parking':
        return parking(start);
      case 'noise':
        return noise(start, index);
      case 'leak':
        return leak(start, index);
      case 'billing':
        return billing(start, index, false);
      case 'billing-late':
        return billing(start, 2, true);
      case 'major':
        return majorComplaint(start);
    }
  });
}
