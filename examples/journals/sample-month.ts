/**
 * The sample month (see README.md): the journal of one site, 海景花園客服中心
 * (`harbour-view`), for December 2026 under the `reg7` preset, written
 * through the real commands of `@duty-handover/core` into a real
 * hash-chained journal: the handover from the early shift to the middle
 * shift every day, countersigned the next morning; area keys issued and
 * returned each shift and room keys lent; a few dozen customer cases; and
 * one correction made with `amend`.
 *
 * Every time comes from a scripted clock and every choice from a seeded
 * generator, so `generateSampleMonth()` gives the same bytes on every run and
 * machine. `generate.ts` writes the files; `scripts/examples.test.ts` checks
 * that the committed files are what it gives.
 */
import {
  exportJournalCsv,
  exportJournalJson,
  issueAreaKeys,
  lendRoomKey,
  returnAreaKeys,
  returnRoomKey,
  type Actor,
  type CarryOverMatterInput,
  type SealedEntry,
} from '@duty-handover/core';
import { LIFT_DAY, planCases, type PlannedCase } from './sample-cases.js';
import {
  DAYS,
  MINUTE,
  POST,
  SECOND,
  SITE,
  addDays,
  atDesk,
  clockOf,
  dayOf,
  instant,
  iso,
  named,
  rota,
  spokenTime,
  supervisorOn,
  Month,
} from './sample-kit.js';

export { SITE } from './sample-kit.js';

/** The seed of the month's generator. */
export const SEED = 20_261_201;
/** When the month was exported: the morning after the last record was countersigned. */
export const EXPORTED_AT = '2027-01-01T10:30:00+08:00';
/** The file names, in `examples/journals/`. */
export const FILES = {
  json: 'harbour-view-2026-12.json',
  csv: 'harbour-view-2026-12.csv',
  tampered: 'harbour-view-2026-12.tampered.json',
} as const;

// ——— The days that are not like the others ————————————————————————————————

/** The radio is found damaged at the handover. */
export const RADIO_DAY = '2026-12-09';
/** A matter names the wrong flat; its writer corrects it with `amend` two days later. */
export const TYPO_DAY = '2026-12-10';
/** A smoke alarm goes off during the handover. */
export const EMERGENCY_DAY = '2026-12-12';
/** The incoming officer arrives late (due 16:55). */
export const LATE_ARRIVALS: Readonly<Record<string, string>> = {
  '2026-12-16': '16:58:42',
  '2026-12-27': '17:03:15',
};
/** The record is countersigned after the 10:00 deadline. */
export const LATE_COUNTERSIGN_DAY = '2026-12-19';
/** A contractor keeps a room key overnight. */
export const LATE_KEY_DAY = '2026-12-22';
/** The tampered copy moves this day's late arrival five minutes earlier. */
export const TAMPERED = { day: '2026-12-16', from: '16:58:42', to: '16:53:42' } as const;

// ——— What a handover may carry besides the cases ———————————————————————————————

type Matter = Omit<CarryOverMatterInput, 'matterId'> & { readonly matterId: string };

/** Parcels waiting at the desk, written by the outgoing officer for the incoming one. */
function parcelsMatter(day: string, incoming: Actor, month: Month): Matter {
  const { random } = month;
  const total = random.int(3, 9);
  const collected = random.int(1, total - 1);
  return {
    matterId: `m-${day}-parcels`,
    title: '前台代收快遞尚未領取',
    cause: `今日快遞員送到 ${total} 件住戶包裹,收件住戶不在家,由前台代收`,
    course: `已逐件登記於代收簿並放入代收櫃,${clockOf(instant(day, '15:30') + random.int(0, 50) * MINUTE)} 前已短訊通知各住戶`,
    result: `${collected} 件已由住戶簽收,餘下 ${total - collected} 件仍在代收櫃`,
    status: 'in-progress',
    nextStep: '住戶到前台時核對住戶證並在代收簿簽收;21:00 前未領取的鎖回代收櫃',
    owner: named(incoming),
    due: day,
  };
}

/**
 * Things that happen once in the month and are handed over that day: each
 * is used on one day only, so no two handovers read alike.
 */
const ONE_OFFS: readonly ((day: string, incoming: Actor, month: Month) => Matter)[] = [
  (day, incoming, { random }) => {
    const bay = `V-0${random.int(1, 6)}`;
    const since = instant(day, '13:00') + random.int(0, 90) * MINUTE;
    return {
      matterId: `m-${day}-visitor-${bay}`,
      title: `訪客車位 ${bay} 車輛超時停泊`,
      cause: `訪客車輛 ${random.pick(['VH', 'TX', 'PL', 'RK'])} ${random.int(1000, 9899)} ${clockOf(since)} 登記停泊兩小時,至交班時仍未離開`,
      course: '保安已在擋風玻璃放置提示通知,並致電登記訪客的住戶',
      result: '住戶表示訪客晚飯後才離開,同意補繳超時泊車費',
      status: 'in-progress',
      nextStep: '21:00 前由保安確認車輛已離開,超時泊車費記入該戶賬目',
      owner: named(incoming),
      due: day,
    };
  },
  (day, incoming, { random }) => {
    const found = instant(day, '10:00') + random.int(0, 240) * MINUTE;
    const block = random.int(1, 5);
    return {
      matterId: `m-${day}-lost-property`,
      title: `${block} 座大堂拾獲銀包`,
      cause: `清潔員 ${clockOf(found)} 在 ${block} 座大堂座椅拾獲黑色銀包一個,內有身份證及現金`,
      course: '已與清潔員一同點算現金並拍照,登記於失物簿後放入夾萬',
      result: '暫未有失主認領',
      status: 'open',
      nextStep: '按身份證姓名查核住戶名冊並致電聯絡;七日內無人認領交警署',
      owner: named(incoming),
      due: addDays(day, 1),
    };
  },
  (day, _, { random }) => {
    const tripped = instant(day, '11:00') + random.int(0, 120) * MINUTE;
    return {
      matterId: `m-${day}-fountain`,
      title: '平台花園水景池水泵跳掣',
      cause: `${clockOf(tripped)} 巡查發現平台花園水景池停止運作,水泵電源跳掣`,
      course: `即時通知工程部,${clockOf(tripped + 40 * MINUTE)} 梁師傅到場檢查`,
      result: '隔濾網被落葉堵塞令水泵過熱,清理後重設電源,水景恢復運作',
      status: 'resolved',
    };
  },
  (day, incoming) => ({
    matterId: `m-${day}-lift-button`,
    title: '3 座 1 號升降機 15 樓按鈕失靈',
    cause: '住戶反映 3 座 1 號升降機在 15 樓按召喚按鈕無反應',
    course: '已報升降機公司,技工今日未能到場;已在 15 樓升降機大堂張貼告示',
    result: '請住戶暫用 2 號升降機,1 號升降機其他樓層運作正常',
    status: 'in-progress',
    nextStep: '明早 09:30 陪同升降機公司技工檢查並更換按鈕',
    owner: named(incoming),
    due: addDays(day, 1),
  }),
  (day) => ({
    matterId: `m-${day}-refuse-room`,
    title: '4 座地下垃圾房異味',
    cause: '午後有 4 座住戶反映經過地下垃圾房時有強烈異味',
    course: '即時通知清潔公司加洗垃圾房,並噴灑除味劑',
    result: '清潔公司 15:40 完成清洗,異味已消除,已回覆反映的住戶',
    status: 'resolved',
  }),
  (day, incoming) => ({
    matterId: `m-${day}-xmas-lights`,
    title: '大堂聖誕樹燈飾部份不亮',
    cause: '聖誕樹下半部兩串燈飾不亮,懷疑接駁位受潮',
    course: '已關掉該兩串燈飾的電源並通知燈飾承辦商',
    result: '承辦商答應明早到場更換燈串,期間其餘燈飾照常開啟',
    status: 'in-progress',
    nextStep: '明早 10:00 承辦商到場時陪同更換,完成後試燈',
    owner: named(incoming),
    due: addDays(day, 1),
  }),
  (day, _, { random }) => {
    const block = random.int(1, 5);
    return {
      matterId: `m-${day}-fire-lane`,
      title: `外賣電單車停泊於 ${block} 座消防車通道`,
      cause: `午飯時間有三輛外賣電單車停泊在 ${block} 座消防車通道`,
      course: '保安即時勸喻司機移走電單車,並在通道入口加放雪糕筒',
      result: '電單車已全部移走,通道暢通',
      status: 'resolved',
    };
  },
  (day, _, { random }) => {
    const block = random.int(1, 5);
    const rang = instant(day, '13:30') + random.int(0, 120) * MINUTE;
    return {
      matterId: `m-${day}-roof-alarm`,
      title: `${block} 座天台門警報誤鳴`,
      cause: `${clockOf(rang)} 消防控制室顯示 ${block} 座天台門警報`,
      course: '保安到場檢查,天台無人,確認為強風吹動令門磁鬆脫',
      result: '已重新固定門磁並復位警報,工程部明天再檢查門鉸',
      status: 'resolved',
    };
  },
  (day, incoming, { random }) => {
    const floor = random.int(3, 32);
    return {
      matterId: `m-${day}-deposit`,
      title: `1 座 ${floor} 樓 F 室住戶寄存物品`,
      cause: `1 座 ${floor} 樓 F 室何先生出外公幹,寄存一盒文件,由其妹何小姐今晚到前台領取`,
      course: '已與住戶一同點算並封箱,貼上寄存標籤放入代收櫃 A1,住戶已簽署授權書',
      result: '文件仍在前台,何小姐未到',
      status: 'in-progress',
      nextStep: '核對何小姐身份證及授權書後交付,並在寄存簿簽收',
      owner: named(incoming),
      due: day,
    };
  },
];

/** A case still open at the handover, carried over with its course so far and its next step. */
function caseMatter(plan: PlannedCase, openAt: number, day: string): Matter | undefined {
  if (!plan.carried || plan.openedAt >= openAt || plan.resolvedAt <= openAt) return undefined;
  const events = [...plan.events].sort((a, b) => a.at - b.at);
  const past = events.filter((event) => event.at < openAt);
  const next = events.find((event) => event.at >= openAt && event.unplanned !== true);
  const state = past.filter((event) => event.state !== undefined).at(-1)?.state;
  if (next === undefined || state === undefined) return undefined;
  return {
    matterId: `m-${plan.caseId}`,
    title: `${plan.title}(個案 ${plan.caseId})`,
    cause: plan.cause,
    course: past.map((event) => `${spokenTime(event.at, day)} ${event.done}`).join(';'),
    result: state,
    status: 'in-progress',
    nextStep: next.next,
    owner: named(next.actor),
    due: dayOf(plan.resolvedAt),
  };
}

// ——— A day's handover ——————————————————————————————————————————————————————

const ANOMALIES: Readonly<
  Record<string, { readonly area: string; readonly description: string; readonly explanation: string }>
> = {
  '2026-12-03': {
    area: '地庫停車場 B2',
    description: 'B2 層 C 區兩支光管不亮,車位一帶偏暗',
    explanation: '15:50 已報工程部,明早更換光管,今晚保安加密巡查',
  },
  '2026-12-08': {
    area: '2 座大堂',
    description: '大堂正門自動門關門速度明顯變慢,偶有未完全關上',
    explanation: '14:30 工程部已檢查,需更換感應器,零件明天送到;期間由保安留意大門',
  },
  '2026-12-14': {
    area: '會所男更衣室',
    description: '淋浴間地面積水約一厘米',
    explanation: '去水位被頭髮堵塞,已通知清潔公司清理,並放置小心地滑告示牌',
  },
  '2026-12-21': {
    area: '5 座 12 樓後樓梯',
    description: '消防通道放有嬰兒車及紙箱,阻塞走火通道',
    explanation: '已在該層張貼通知要求住戶 24 小時內移走,保安明早再巡查',
  },
  '2026-12-29': {
    area: '平台花園兒童遊樂場',
    description: '滑梯旁一塊安全軟墊鬆脫翹起',
    explanation: '已用雪糕筒圍封該位置,工程部明天更換軟墊',
  },
};

const INSTRUCTIONS: Readonly<Record<string, { readonly from: string; readonly instruction: string }>> = {
  '2026-12-08': {
    from: '李慧芬主任',
    instruction: '12 月 10 日 09:00–12:00 全屋苑停水清洗水箱,今晚 21:00 前在各座大堂及升降機內張貼通告',
  },
  '2026-12-13': {
    from: '王建國主任',
    instruction: '聖誕燈飾 12 月 15 日晚上安裝,大堂正門 19:00–22:00 部份圍封,請引導住戶使用側門',
  },
  '2026-12-18': {
    from: '李慧芬主任',
    instruction: '12 月 20 日 10:00 舉行年度消防演習,前台須於 19 日廣播通知並準備各座住戶點名表',
  },
  '2026-12-23': {
    from: '李慧芬主任',
    instruction: '12 月 24 日至 26 日訪客登記須核對身份證明,舉行派對的單位須預先到前台登記人數',
  },
  '2026-12-29': {
    from: '李慧芬主任',
    instruction: '12 月 31 日晚平台花園 22:00 關閉,前台須於 20:30 廣播提示住戶',
  },
};

const EQUIPMENT: Readonly<
  Record<
    string,
    {
      readonly equipmentId: string;
      readonly name: string;
      readonly state: 'running' | 'faulty' | 'under-repair' | 'stopped';
      readonly major: boolean;
      readonly note: string;
    }
  >
> = {
  [LIFT_DAY]: {
    equipmentId: 'lift-2-1',
    name: '2 座 1 號升降機',
    state: 'under-repair',
    major: true,
    note: '困人後暫停使用,升降機公司更換控制板,預計兩天',
  },
  '2026-12-07': {
    equipmentId: 'cctv-nvr',
    name: '閉路電視錄影主機',
    state: 'running',
    major: true,
    note: '每週錄影備份已完成,硬碟剩餘空間 38%',
  },
  '2026-12-17': {
    equipmentId: 'fresh-water-pump-2',
    name: '食水泵房 2 號水泵',
    state: 'faulty',
    major: true,
    note: '漏水跳掣,已轉用 1 號水泵供水,工程部安排明天維修',
  },
  '2026-12-24': {
    equipmentId: 'lobby-heater',
    name: '大堂暖氣機',
    state: 'stopped',
    major: false,
    note: '天氣回暖,按工程部指示暫停使用',
  },
};

/** What the supervisor sometimes writes when countersigning. */
const COUNTERSIGN_NOTES: readonly string[] = [
  '已閱,跟進事項請按時完成',
  '已閱,代收包裹請當日通知住戶領取',
  '已閱,交接內容清楚',
  '已閱,請留意車位被佔用的投訴,保安加密巡查',
];

interface DayPlan {
  readonly day: string;
  readonly dayIndex: number;
  readonly cases: readonly PlannedCase[];
  readonly oneOff: ((day: string, incoming: Actor, month: Month) => Matter) | undefined;
}

function planHandover(month: Month, { day, dayIndex, cases, oneOff }: DayPlan): void {
  const { random, policy } = month;
  const { early: outgoing, middle: incoming } = rota(dayIndex);
  const handoverId = `h-${day}-early`;
  const step = (at: number, what: string, command: Parameters<Month['handover']>[3], label?: string) => {
    month.handover(at, handoverId, what, command, label);
  };

  // 16:38–16:42: the early officer opens the record and writes the shift's matters.
  let out = instant(day, '16:38') + random.seconds(0, 240);
  step(out, 'open', (session) =>
    session.open(outgoing, {
      handoverId,
      site: SITE.id,
      post: POST,
      outgoing: { staffId: outgoing.staffId, name: outgoing.name ?? outgoing.staffId },
      incoming: { staffId: incoming.staffId, name: incoming.name ?? incoming.staffId },
      outgoingShift: { key: `${day}/early/${POST}`, scheduledEnd: iso(instant(day, '17:00')) },
      incomingShift: { key: `${day}/middle/${POST}`, scheduledStart: iso(instant(day, '12:00')) },
    }),
  );
  const matters: Matter[] = [];
  for (const plan of cases) {
    const matter = caseMatter(plan, out, day);
    if (matter !== undefined) matters.push(matter);
  }
  if (day === TYPO_DAY) {
    matters.push(urgentDocumentMatter(day, incoming, 'B'));
  } else if (random.chance(0.55)) {
    matters.push(parcelsMatter(day, incoming, month));
  }
  if (oneOff !== undefined) matters.push(oneOff(day, incoming, month));
  if (day === LATE_KEY_DAY) matters.push(lateKeyMatter(day, incoming));
  if (matters.length === 0) matters.push(parcelsMatter(day, incoming, month));

  for (const matter of matters) {
    out += random.seconds(40, 110);
    step(
      out,
      `matter ${matter.matterId}`,
      (session) => session.carryOverMatter(outgoing, matter),
      day === TYPO_DAY && matter.matterId.endsWith('urgent-document') ? 'typo' : undefined,
    );
  }
  const instruction = INSTRUCTIONS[day];
  if (instruction !== undefined) {
    out += random.seconds(30, 80);
    step(out, 'instruction', (session) =>
      session.passOnInstruction(outgoing, { instructionId: `i-${day}`, ...instruction }),
    );
  }
  if (day === LIFT_DAY) {
    out += random.seconds(30, 80);
    step(out, 'major issue', (session) =>
      session.recordMajorIssue(outgoing, {
        issueId: `mi-${day}-lift`,
        description:
          '2 座 1 號升降機 14:10 於 9 樓停頓困人,14:35 技工到場放人,住戶無受傷;業主已到前台投訴,已開個案並上報物業部經理',
        resolved: false,
      }),
    );
  }
  const equipment = EQUIPMENT[day];
  if (equipment !== undefined) {
    out += random.seconds(30, 80);
    step(out, 'equipment', (session) => session.recordEquipmentStatus(outgoing, equipment));
  }
  const anomaly = ANOMALIES[day];
  if (anomaly !== undefined) {
    out += random.seconds(30, 80);
    step(out, 'anomaly', (session) =>
      session.recordAnomaly(outgoing, {
        anomalyId: `a-${day}`,
        area: anomaly.area,
        description: anomaly.description,
        explanation: { text: anomaly.explanation, by: outgoing.staffId },
      }),
    );
  }

  // 16:45 on: the preparation window (REG7-9.6). The desk, the shared items, the records.
  out = Math.max(out, instant(day, '16:45')) + random.seconds(10, 60);
  for (const item of policy.handover.outgoingChecklist) {
    if (!item.required && random.chance(0.5)) continue;
    const note = item.id === 'complete-duty-record' ? `值班記錄簿第 ${dayIndex + 1} 頁` : undefined;
    step(out, `check ${item.id}`, (session) =>
      session.checkItem(outgoing, { itemId: item.id, ...(note === undefined ? {} : { note }) }),
    );
    out += random.seconds(25, 70);
  }
  const prepared = out;
  step(prepared, 'prepared', (session) =>
    session.markPrepared(outgoing, random.chance(0.4) ? { note: '公物已擺放整齊,當班單據已放入文件夾' } : {}),
  );

  // The middle officer comes to the desk (due 16:55), a few minutes early, or late on two days.
  const late = LATE_ARRIVALS[day];
  const arrival = late === undefined ? instant(day, '16:49') + random.seconds(0, 330) : instant(day, late);
  step(arrival, 'arrive', (session) => session.arrive(incoming));
  let inc = arrival + random.seconds(20, 50);
  const incoming_ = (what: string, command: Parameters<Month['handover']>[3]) => {
    step(inc, what, command);
    inc += random.seconds(20, 60);
  };
  incoming_('check read-previous-record', (session) =>
    session.checkItem(incoming, { itemId: 'read-previous-record' }),
  );
  for (const item of policy.handover.inventory) {
    if (item.id === 'radio' && day === RADIO_DAY) {
      incoming_('count radio (damaged)', (session) =>
        session.countItem(incoming, {
          itemId: 'radio',
          counted: item.expected,
          status: 'damaged',
          explanation: {
            text: '14:20 巡查 1 座天台時對講機跌落地面,外殼破裂、天線鬆脫,仍可通話但收音斷續;已報工程部更換',
            by: outgoing.staffId,
          },
        }),
      );
    } else {
      incoming_(`count ${item.id}`, (session) =>
        session.countItem(incoming, { itemId: item.id, counted: item.expected, status: 'ok' }),
      );
    }
  }
  incoming_('check count-shared-items', (session) =>
    session.checkItem(incoming, { itemId: 'count-shared-items' }),
  );
  incoming_('check ask-and-note-follow-ups', (session) =>
    session.checkItem(incoming, { itemId: 'ask-and-note-follow-ups' }),
  );
  incoming_('check inspect-area', (session) => session.checkItem(incoming, { itemId: 'inspect-area' }));
  incoming_('fitness', (session) => session.confirmFitness(outgoing, { fit: true }));
  for (const matter of matters) {
    incoming_(`acknowledge ${matter.matterId}`, (session) =>
      session.acknowledgeMatter(incoming, { matterId: matter.matterId }),
    );
  }

  // A smoke alarm during the handover: the outgoing officer leads, the signatures wait (GXP-4.4, CSM-5).
  let ready = Math.max(inc, prepared + 30 * SECOND, instant(day, '17:00') + random.seconds(0, 90));
  if (day === EMERGENCY_DAY) {
    const raised = Math.max(inc, instant(day, '16:57:30'));
    step(raised, 'emergency', (session) =>
      session.raiseEmergency(incoming, {
        flagId: `f-${day}-smoke`,
        kind: 'emergency',
        description: '5 座 18 樓走廊煙霧警報響起',
      }),
    );
    const cleared = raised + random.seconds(6 * 60, 9 * 60);
    step(cleared, 'emergency cleared', (session) =>
      session.clearEmergency(outgoing, {
        flagId: `f-${day}-smoke`,
        outcome: '保安到場確認為 18 樓 F 室住戶煮食油煙觸發,已復位警報並通知消防控制室',
      }),
    );
    ready = cleared + random.seconds(40, 90);
  }

  // Both sign; the middle officer is then on duty (PWR-2, REG7-9.5), and the early one leaves.
  const count = matters.length;
  step(ready, 'sign (incoming)', (session) => session.sign(incoming, { matterCount: count }));
  const signed = ready + random.seconds(20, 60);
  step(signed, 'sign (outgoing)', (session) => session.sign(outgoing, { matterCount: count }));
  step(signed + random.seconds(60, 180), 'leave', (session) => session.leave(outgoing));

  // The next morning the supervisor countersigns (REG7-9.9: due 10:00).
  const next = addDays(day, 1);
  const supervisor = supervisorOn(next);
  const countersignAt =
    day === LATE_COUNTERSIGN_DAY
      ? instant(next, '11:36') + random.seconds(0, 59)
      : instant(next, '09:05') + random.seconds(0, 50 * 60);
  const note =
    day === LATE_COUNTERSIGN_DAY
      ? '早上處理消防演習事宜,延至 11:30 後才覆核,交接內容清楚'
      : random.chance(0.3)
        ? random.pick(COUNTERSIGN_NOTES)
        : undefined;
  step(countersignAt, 'countersign', (session) =>
    session.countersign(supervisor, note === undefined ? {} : { note }),
  );

  if (day === TYPO_DAY) planCorrection(month, outgoing, incoming, prepared);
}

/** The matter of the day the flat was written wrong: `flat` is the one written. */
function urgentDocumentMatter(day: string, incoming: Actor, flat: string): Matter {
  return {
    matterId: `m-${day}-urgent-document`,
    title: `代收 3 座 18 樓 ${flat} 室速遞急件`,
    cause: `速遞公司 14:25 送到 3 座 18 樓 ${flat} 室文件急件,住戶不在家,由前台代收`,
    course: '已登記於代收簿並放入代收櫃 C3,致電住戶未接聽,已留短訊',
    result: '急件仍在前台代收櫃',
    status: 'in-progress',
    nextStep: '住戶到前台時核對住戶證並簽收;20:00 前再致電一次',
    owner: named(incoming),
    due: day,
  };
}

/**
 * The correction (REG7-8.5a: records are never altered): the outgoing officer
 * (黃志強) finds on his next shift that the urgent document was for flat D,
 * not B, and corrects the matter with a `journal.amend` entry. The original
 * stays as written.
 */
function planCorrection(month: Month, writer: Actor, incoming: Actor, after: number): void {
  const at = month.slot(writer, after + 12 * 60 * MINUTE, 10, 60);
  if (at === undefined) throw new Error('no shift for the correction');
  const corrected = urgentDocumentMatter(TYPO_DAY, incoming, 'D');
  month.plan(at, 'amend the urgent document matter', async () => {
    const id = month.written.get('typo');
    if (id === undefined) throw new Error('the matter to correct was not written');
    await month.journal.amend(
      id,
      { title: corrected.title, cause: corrected.cause },
      writer,
      iso(at),
      '單位寫錯:急件收件人是 3 座 18 樓 D 室,與速遞單及代收簿核對後更正',
    );
  });
}

/** The matter of the room key a contractor has not brought back (its loan is planned in `planKeys`). */
function lateKeyMatter(day: string, incoming: Actor): Matter {
  return {
    matterId: `m-${day}-b2-key`,
    title: '地庫 B2 電錶房鑰匙逾期未還',
    cause: '明亮機電陳先生 13:05 借用 B2 電錶房鑰匙更換停車場光管,登記 16:30 前交還',
    course: '16:30 未見交還,16:35 致電陳先生未接聽,已留言並通知工程部',
    result: '鑰匙仍未交還,電錶房已由保安上鎖巡查',
    status: 'in-progress',
    nextStep: '18:00 前再致電承辦商;如今晚未能交還,明早通知工程部主管跟進',
    owner: named(incoming),
    due: addDays(day, 1),
  };
}

// ——— Keys ——————————————————————————————————————————————————————————————————

/** Room keys lent during the month, besides the ones the leak cases need. */
const LOANS: readonly {
  readonly day: string;
  readonly lent: string;
  readonly back: string;
  /** The day the key came back, when not the day it was lent. */
  readonly backDay?: string;
  readonly due: string;
  readonly room: string;
  readonly borrower: { readonly name: string; readonly contact: string };
  readonly purpose: string;
  readonly note?: string;
}[] = [
  {
    day: '2026-12-03',
    lent: '10:12:31',
    back: '14:20:05',
    due: '15:00',
    room: '會所泳池機房',
    borrower: { name: '工程部 梁師傅', contact: '內線 208' },
    purpose: '檢查泳池循環水泵異響',
  },
  {
    day: '2026-12-11',
    lent: '09:41:17',
    back: '15:38:50',
    due: '16:00',
    room: '1 座天台門',
    borrower: { name: '和記電訊 李先生', contact: '6322 0481' },
    purpose: '天台流動通訊基站例行保養,保安陪同上天台',
  },
  {
    day: '2026-12-17',
    lent: '18:05:44',
    back: '20:31:09',
    due: '21:00',
    room: '會所宴會廳',
    borrower: { name: '業主委員會秘書 何太', contact: '9027 6614' },
    purpose: '業主委員會週年大會場地佈置',
  },
  {
    day: LATE_KEY_DAY,
    lent: '13:05:12',
    back: '09:22:36',
    backDay: '2026-12-23',
    due: '16:30',
    room: '地庫 B2 電錶房',
    borrower: { name: '明亮機電 陳先生', contact: '9166 2857' },
    purpose: '更換 B2 停車場 C 區光管,須進入電錶房關掣',
    note: '承辦商昨晚收工忘記交還,今早由工程部代為交回,已核對鑰匙無缺',
  },
  {
    day: '2026-12-28',
    lent: '08:36:02',
    back: '11:40:27',
    due: '12:00',
    room: '地下垃圾房',
    borrower: { name: '潔康清潔 黃姑娘', contact: '5433 7020' },
    purpose: '年底垃圾房大清洗及消毒',
  },
];

function planKeys(month: Month, day: string, dayIndex: number): void {
  const { random } = month;
  const { early, middle } = rota(dayIndex);
  // The early officer takes set A at the start of the day and issues set B to the middle officer.
  const issueA = `${day}-early-area`;
  const issueB = `${day}-middle-area`;
  month.keys(instant(day, '07:52') + random.seconds(0, 360), early, `${issueA}: issue`, (entries, context) =>
    issueAreaKeys(entries, context, {
      issueId: issueA,
      keySet: 'area-set-a',
      shiftKey: `${day}/early/${POST}`,
      issuedTo: early.staffId,
      count: 12,
      dueBack: iso(instant(day, '17:00')),
    }),
  );
  month.keys(instant(day, '11:53') + random.seconds(0, 360), early, `${issueB}: issue`, (entries, context) =>
    issueAreaKeys(entries, context, {
      issueId: issueB,
      keySet: 'area-set-b',
      shiftKey: `${day}/middle/${POST}`,
      issuedTo: middle.staffId,
      count: 8,
      dueBack: iso(instant(day, '21:00')),
    }),
  );
  month.keys(instant(day, '16:31') + random.seconds(0, 240), early, `${issueA}: return`, (entries, context) =>
    returnAreaKeys(entries, context, { issueId: issueA, count: 12 }),
  );
  month.keys(
    instant(day, '20:48') + random.seconds(0, 600),
    middle,
    `${issueB}: return`,
    (entries, context) =>
      returnAreaKeys(entries, context, {
        issueId: issueB,
        count: 8,
        ...(random.chance(0.15) ? { note: '已鎖回鑰匙櫃' } : {}),
      }),
  );
}

function planLoans(month: Month): void {
  LOANS.forEach((loan, index) => {
    const loanId = `room-${loan.day}-${index + 1}`;
    const lentAt = instant(loan.day, loan.lent);
    const backAt = instant(loan.backDay ?? loan.day, loan.back);
    month.keys(lentAt, atDesk(lentAt), `${loanId}: lend`, (entries, context) =>
      lendRoomKey(entries, context, {
        loanId,
        room: loan.room,
        borrower: loan.borrower,
        purpose: loan.purpose,
        dueBack: iso(instant(loan.day, loan.due)),
      }),
    );
    month.keys(backAt, atDesk(backAt), `${loanId}: return`, (entries, context) =>
      returnRoomKey(entries, context, { loanId, ...(loan.note === undefined ? {} : { note: loan.note }) }),
    );
  });
}

// ——— The month ——————————————————————————————————————————————————————————————

export interface SampleMonth {
  /** The journal's entries, as sealed. */
  readonly entries: readonly SealedEntry[];
  /** `harbour-view-2026-12.json`: the journal file (`exportJournalJson`). */
  readonly json: string;
  /** `harbour-view-2026-12.csv`: the reading copy (`exportJournalCsv`, zh-Hant, site time). */
  readonly csv: string;
  /** `harbour-view-2026-12.tampered.json`: the same file with one character of one payload changed. */
  readonly tampered: { readonly json: string; readonly seq: number; readonly id: string };
}

/** Writes the month through the engine and returns the files' contents; writes no file. */
export async function generateSampleMonth(): Promise<SampleMonth> {
  const month = new Month(SEED);
  const cases = planCases(month);
  const oneOffDays = month.random.sample(DAYS, ONE_OFFS.length);
  DAYS.forEach((day, dayIndex) => {
    const oneOff = ONE_OFFS[oneOffDays.indexOf(day)];
    planKeys(month, day, dayIndex);
    planHandover(month, { day, dayIndex, cases, oneOff });
  });
  planLoans(month);
  const entries = await month.play();

  const json = exportJournalJson(entries, { exportedAt: EXPORTED_AT, site: SITE });
  const csv = exportJournalCsv(entries, { locale: 'zh-Hant', timeZone: SITE.timeZone });
  return { entries, json, csv, tampered: tamper(json, entries) };
}

/**
 * The tampered copy: someone moves the 16 December late arrival five
 * minutes earlier, in the payload only. One character changes; `verify`
 * finds the entry altered at its seq.
 */
function tamper(json: string, entries: readonly SealedEntry[]): SampleMonth['tampered'] {
  const target = entries.find(
    (entry) => entry.type === 'handover.arrived' && entry.id.startsWith(`h-${TAMPERED.day}-`),
  );
  if (target === undefined) throw new Error('no arrival to tamper with');
  const from = `"arrivedAt":"${TAMPERED.day}T${TAMPERED.from}+08:00"`;
  const to = `"arrivedAt":"${TAMPERED.day}T${TAMPERED.to}+08:00"`;
  const lines = json.split('\n');
  const index = lines.findIndex((line) => line.includes(`"id":${JSON.stringify(target.id)},`));
  const line = lines[index];
  if (line?.split(from).length !== 2) throw new Error('the arrival to tamper with is not where expected');
  lines[index] = line.replace(from, to);
  return { json: lines.join('\n'), seq: target.seq, id: target.id };
}
