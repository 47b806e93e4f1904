/**
 * Preset `cs-department`: the customer-service department rules (CSD, seed 004),
 * with the handover rules of seed 002 that spell out what CSD only names:
 * HOS (customer-service handover system), HOR (department handover provisions),
 * PWR (plant-room handover: the signature boundary, no handover during an
 * incident) and GXP (Gaoxin International Plaza front-desk handover).
 *
 * Seed 004 gathers three documents under the CSD prefix: the department rules
 * proper (CSD-0.7, 3.2, 3.4, 7.x), a desk's working hours (CSD-D1) and a
 * property building's attendance, meeting, office and key rules (CSD-1.x, 2.x,
 * 3.1.x, 9.x). How their shift rules fit together is explained at `shifts`.
 *
 * `citations` maps a dotted path to the clauses its value reproduces; values
 * marked `// default:` are the project's and are not cited.
 */
import type { Policy } from '../schema.js';
import { FIRST_CONTACT_FORBIDDEN_REPLIES } from './reg7.js';

/**
 * Replies CSD-0.7 rules out on top of FCR-4.7's list: curt answers, shifting
 * the blame elsewhere, and blaming the customer.
 */
export const SERVICE_LANGUAGE_FORBIDDEN_REPLIES: Policy['cases']['forbiddenReplies'] = {
  'zh-Hant': [
    '急甚麼',
    '說了你也不懂',
    '沒看見我正忙著嗎',
    '你自己看著辦',
    '規定就是這樣,沒得商量',
    '這是別的同事弄的',
    '是上面定的,跟我沒關係',
    '都是系統的問題',
    '你怎麼不早說',
    '是你自己沒看清楚',
    '誰讓你不按規定來',
    '這是你自己的問題',
  ],
  'zh-Hans': [
    '急什么',
    '说了你也不懂',
    '没看见我正忙着吗',
    '你自己看着办',
    '规定就是这样,没得商量',
    '这是别的同事弄的',
    '是上面定的,跟我没关系',
    '都是系统的问题',
    '你怎么不早说',
    '是你自己没看清楚',
    '谁让你不按规定来',
    '这是你自己的问题',
  ],
  en: [
    "What's the rush",
    "You wouldn't understand",
    "Can't you see I'm busy",
    'Sort it out yourself',
    'Rules are rules, end of discussion',
    'A colleague did that, not me',
    "Management decided it, don't blame me",
    "It's the system's fault",
    "Why didn't you say so earlier",
    "You didn't read it properly",
    'You should have followed the rules',
    "That's your own problem",
  ],
};

/** A fresh copy of several reply lists joined locale by locale, without repeats. */
export function joinForbiddenReplies(
  ...lists: readonly Policy['cases']['forbiddenReplies'][]
): Policy['cases']['forbiddenReplies'] {
  const join = (locale: 'zh-Hant' | 'zh-Hans' | 'en') => [...new Set(lists.flatMap((list) => list[locale]))];
  return { 'zh-Hant': join('zh-Hant'), 'zh-Hans': join('zh-Hans'), en: join('en') };
}

/** FCR-4.7 and CSD-0.7 together: the project's full list, used as the default where a source has none. */
export const PROJECT_FORBIDDEN_REPLIES = joinForbiddenReplies(
  FIRST_CONTACT_FORBIDDEN_REPLIES,
  SERVICE_LANGUAGE_FORBIDDEN_REPLIES,
);

export const csDepartment: Policy = {
  id: 'cs-department',
  name: {
    'zh-Hant': '客服部管理規章(值班、交接班與換班)',
    'zh-Hans': '客服部管理规章(值班、交接班与换班)',
    en: 'Customer-service department rules (duty, handover and swaps)',
  },
  // HOR-1.1: every record keeps national standard time, i.e. Beijing time.
  timeZone: 'Asia/Shanghai',
  roles: [
    {
      id: 'duty-officer',
      name: { 'zh-Hant': '值班客服代表', 'zh-Hans': '值班客服代表', en: 'Duty officer' },
    },
    { id: 'attendance-clerk', name: { 'zh-Hant': '考勤員', 'zh-Hans': '考勤员', en: 'Attendance clerk' } },
    {
      id: 'cs-supervisor',
      name: { 'zh-Hant': '客服主任', 'zh-Hans': '客服主任', en: 'Customer-service supervisor' },
    },
    {
      id: 'department-manager',
      name: { 'zh-Hant': '客服部經理', 'zh-Hans': '客服部经理', en: 'Customer-service department manager' },
    },
  ],
  posts: [
    {
      id: 'front-desk',
      name: { 'zh-Hant': '客服值班台', 'zh-Hans': '客服值班台', en: 'Customer-service duty desk' },
      roundTheClock: true,
    },
  ],
  // CSD-D1 gives two shifts, day 08:30–17:30 and night 17:30–01:00. CSD-1.2.1 says the department
  // works three shifts, and the catalogue reads that as 24-hour cover; the key rules (CSD-9.1.1)
  // speak of an early and a middle shift, so the third shift is a night one. Both fit when D1's
  // two shifts are the first two of the three and the third fills the rest of the day, from the
  // end of D1's night shift to the start of its day shift: 01:00–08:30. Every time below is thus
  // fixed by D1; only the existence of the third shift comes from CSD-1.2.1. A site that closes
  // the desk at 01:00 removes the third shift and turns roundTheClock off.
  shifts: [
    {
      id: 'day',
      name: { 'zh-Hant': '白班', 'zh-Hans': '白班', en: 'Day shift' },
      start: '08:30',
      end: '17:30',
      crossesMidnight: false,
      post: 'front-desk',
      // default: the one-hour meal inside a 9-hour day (lunch or supper), taken in turns so the desk stays
      // covered (CSD-3.1.5); working time is the 8 hours left.
      mealBreakMinutes: 60,
    },
    {
      id: 'night',
      name: { 'zh-Hant': '晚班', 'zh-Hans': '晚班', en: 'Night shift' },
      start: '17:30',
      end: '01:00',
      crossesMidnight: true,
      post: 'front-desk',
    },
    {
      id: 'overnight',
      name: { 'zh-Hant': '通宵班', 'zh-Hans': '通宵班', en: 'Overnight shift' },
      start: '01:00',
      end: '08:30',
      crossesMidnight: false,
      post: 'front-desk',
    },
  ],
  roster: {
    // default: CSD-1.1.4 does not name who draws up the roster. It stands among the attendance
    // clerk's duties (CSD 1.1.1–1.1.3), so we read the clerk as the preparer.
    preparedBy: 'attendance-clerk',
    // default: CSD names no review of the first version, but changes need a superior's approval
    // (CSD-1.1.5); the department manager, who also approves swaps (CSD-7.3), reviews it.
    reviewRequired: true,
    reviewedBy: 'department-manager',
    // default: CSD-1.1.4 asks for "next month's roster" without a date; month end is every other
    // source's deadline.
    deadline: { kind: 'month-end' },
    holidayPublicationLeadDays: 7,
    // default: CSD sets no weekly cap. CSD-D1's own pattern, six 9-hour day shifts less the meal hour,
    // comes to 48 working hours; a lower cap would flag the regulation's own roster. Sites bound by the
    // 40-hour national standard override this.
    maxAverageWeeklyHours: 48,
    maxConsecutiveWorkingDays: 6,
    // default: none. CSD lets people work a double shift (連班: day straight into night; the office
    // rules mention eating during one) and bans it only for swaps (CSD-7.4c), so a minimum rest
    // between shifts would flag what the regulation allows.
    minRestBetweenShiftsHours: 0,
    coverage: [
      {
        id: 'round-the-clock',
        post: 'front-desk',
        from: '00:00',
        to: '24:00',
        days: 'every-day',
        // Someone at every minute of every day: one person is the least that reading allows.
        minStaff: 1,
        name: { 'zh-Hant': '全日值班', 'zh-Hans': '全日值班', en: 'Staffed all day' },
      },
      {
        id: 'lunch',
        post: 'front-desk',
        // default: CSD-3.1.5 does not say when lunch is; 11:30–13:30 spans the usual staggered lunches.
        from: '11:30',
        to: '13:30',
        days: 'every-day',
        minStaff: 1,
        name: { 'zh-Hant': '午餐時段', 'zh-Hans': '午餐时段', en: 'Lunch time' },
      },
    ],
    // default: CSD keeps no unscheduled reserve.
    reserveHeadcount: 0,
    // default: CSD freezes holiday rosters (CSD-7.7) but asks for no extra staff.
    holidayHeadroom: { extraStaff: 0, emergencySeatsMin: 0, emergencySeatsMax: 0 },
    overrunAllowedWhileServing: true,
  },
  swaps: {
    monthlyLimit: 3,
    banConsecutiveSwaps: true,
    banBackToBack: true,
    requireBothConsents: true,
    approverRole: 'department-manager',
    holidayFreeze: true,
    noLeaveOnSwapDays: true,
    // default: CSD has leave approved by "the superior" (its swap section) and requested from the
    // department (its staff code), without a catalogue clause; the department manager is both.
    leaveApproverRole: 'department-manager',
    // Staff arrange a swap between themselves; it takes effect once registered and approved (CSD-7.3).
    privateSwapsAllowed: true,
  },
  handover: {
    // HOS-4.1 asks for 10 minutes, CSD-2.1.1 for 15 (the morning meeting, where the handover log is
    // read and signed). They are two minimums from two documents, not a range: 15 satisfies both,
    // while 10 would let the day shift arrive later than its own department allows. The schema has
    // one value for every shift, so the stricter one applies to all three.
    arriveEarlyMinutes: 15,
    // default: no source of this preset gives a lead time; 15 minutes is the only figure any source
    // sets (REG7-9.6).
    outgoingPreparationMinutes: 15,
    faceToFace: true,
    outgoingStaysUntilSigned: true,
    outgoingChecklist: [
      {
        id: 'tidy-records',
        label: {
          'zh-Hant': '整理本班各項記錄',
          'zh-Hans': '整理本班各项记录',
          en: "Put the shift's records in order",
        },
        required: true,
      },
      {
        id: 'check-shared-items',
        label: {
          'zh-Hant': '檢查公共物品有無損壞',
          'zh-Hans': '检查公共物品有无损坏',
          en: 'Check the shared items for damage',
        },
        required: true,
      },
      {
        id: 'fill-handover-form',
        label: {
          'zh-Hant': '詳細填寫交接班記錄表',
          'zh-Hans': '详细填写交接班记录表',
          en: 'Fill in the handover form in full',
        },
        required: true,
      },
      {
        id: 'pass-pending-matters',
        label: {
          'zh-Hant': '把待處理事項準確交給接班人',
          'zh-Hans': '把待处理事项准确交给接班人',
          en: 'Pass every pending matter to the incoming person, accurately',
        },
        required: true,
      },
      {
        id: 'cause-course-result',
        label: {
          'zh-Hant': '每件交接事項寫清起因、經過和結果',
          'zh-Hans': '每件交接事项写清起因、经过和结果',
          en: 'For each matter handed over, write down its cause, what happened and the outcome',
        },
        required: true,
      },
      {
        id: 'major-issues',
        label: {
          'zh-Hant': '本班的重大問題,不論處理與否都要交接',
          'zh-Hans': '本班的重大问题,不论处理与否都要交接',
          en: 'Hand over every major issue of the shift, whether it is settled or not',
        },
        required: true,
      },
      {
        id: 'superiors-instructions',
        label: {
          'zh-Hant': '交接上級的指示和命令',
          'zh-Hans': '交接上级的指示和命令',
          en: "Pass on your superiors' instructions and orders",
        },
        required: true,
      },
      {
        id: 'log-equipment-problems-staffing',
        label: {
          'zh-Hant': '在交接日誌記清設備狀況、疑難問題和人員調班',
          'zh-Hans': '在交接日志记清设备状况、疑难问题和人员调班',
          en: 'Log the state of the equipment, the difficult problems and any staff changes clearly',
        },
        required: true,
      },
      {
        id: 'finish-pending-matters',
        label: {
          'zh-Hant': '離開前辦完未處理的事務,或逐項寫成跟進事項交接',
          'zh-Hans': '离开前办完未处理的事务,或逐项写成跟进事项交接',
          en: 'Before leaving, finish pending matters or hand each one over as a written follow-up',
        },
        required: true,
      },
    ],
    incomingChecklist: [
      {
        id: 'dress-for-post',
        label: {
          'zh-Hant': '按崗位要求換好工服,儀表整潔',
          'zh-Hans': '按岗位要求换好工服,仪表整洁',
          en: 'Change into the uniform the post requires and look tidy',
        },
        required: true,
      },
      {
        id: 'check-shared-items',
        label: {
          'zh-Hant': '當面檢查公共物品,確保服務設施能正常使用',
          'zh-Hans': '当面检查公共物品,确保服务设施能正常使用',
          en: 'Check the shared items together with the outgoing person and make sure the service equipment works',
        },
        required: true,
      },
      {
        id: 'read-handover-record',
        label: {
          'zh-Hant': '細閱交接班記錄',
          'zh-Hans': '细阅交接班记录',
          en: 'Read the handover record carefully',
        },
        required: true,
      },
      {
        id: 'handle-due-matters',
        label: {
          'zh-Hant': '及時處理記錄中應處理的事項',
          'zh-Hans': '及时处理记录中应处理的事项',
          en: 'Deal promptly with the matters the record says are due',
        },
        required: true,
      },
    ],
    inventory: [
      {
        id: 'office-supplies',
        name: { 'zh-Hant': '辦公用品', 'zh-Hans': '办公用品', en: 'Office supplies' },
        // default: HOR-1.5 names the items, not their number; a site sets its own counts.
        expected: 1,
      },
      {
        id: 'communication-devices',
        name: { 'zh-Hant': '通訊器材', 'zh-Hans': '通讯器材', en: 'Communication devices' },
        // default: as above.
        expected: 1,
      },
      {
        id: 'documents',
        name: { 'zh-Hant': '資料', 'zh-Hans': '资料', en: 'Documents' },
        // default: as above.
        expected: 1,
      },
      {
        id: 'show-flat-keys',
        name: { 'zh-Hant': '樣板間鑰匙', 'zh-Hans': '样板间钥匙', en: 'Show-flat keys' },
        // default: as above.
        expected: 1,
      },
    ],
    blockingConditions: [
      'major-event-unresolved',
      'equipment-transition',
      'preparation-incomplete',
      'incoming-unfit',
      'before-handover-time',
      'incoming-absent',
      'emergency-in-progress',
      'incident-in-progress',
      'dispute-unresolved',
    ],
    countersign: {
      // default: CSD names no countersign. The department manager chairs the morning meeting right
      // after the log is read and signed (CSD-2.1.1) and reviews the day before there, so the
      // manager countersigns the next morning, by the end of that meeting.
      role: 'department-manager',
      dayOffset: 1,
      by: '09:00',
    },
  },
  cases: {
    // default: the project's case limits (FINE-3.4, FINE-3.5, FCR-4.6); CSD adopts first-contact
    // responsibility without figures.
    generalCloseBy: '24:00',
    difficultCloseWithinDays: 7,
    maxContactsToClose: 2,
    // default: 24 hours, the usual property-management promise to a complainant.
    complaintPlanWithinHours: 24,
    // CSD-0.7's list on top of FCR-4.7's: CSD binds its staff to first-contact responsibility
    // (the cs representative's duties) and adds its own "three don'ts".
    forbiddenReplies: joinForbiddenReplies(
      FIRST_CONTACT_FORBIDDEN_REPLIES,
      SERVICE_LANGUAGE_FORBIDDEN_REPLIES,
    ),
    // default: the intake fields of first-contact responsibility (FCR-4.5) and the case category.
    requiredIntakeFields: ['channel', 'callerName', 'callerPhone', 'matter', 'category', 'inRemit'],
  },
  escalation: {
    // default: CSD has staff pass what they cannot settle to "the superior" and the morning meeting
    // refers what it cannot solve upwards, without naming levels. The department's own chain is used.
    tiers: [
      { level: 1, role: 'duty-officer', decides: ['routine'] },
      { level: 2, role: 'cs-supervisor', decides: ['difficult'] },
      { level: 3, role: 'department-manager', decides: ['major', 'emergency'] },
    ],
    // default: CSD never lets a level be skipped.
    skipLevelIn: [],
    // default: should a level ever be skipped, the skipped superior hears of it afterwards.
    afterReportToSkipped: true,
    // default: CSD's staff must report security problems at once and lost or leaked archives in
    // writing (no catalogue clause); mistakes and matters beyond one's remit go to the superior too.
    reportTriggers: ['safety-threat', 'confidentiality-leak', 'major-error', 'beyond-remit'],
    // default: CSD names nobody on call; the department manager stays reachable for the overnight shift.
    onCall: { roles: ['department-manager'], afterHours: true, holidays: true },
    // default: kept on, like every property preset (FINE-3.11 wants a report for every major event).
    incidentReportRequired: true,
    // default: the project's three rings (REG7-7.2c, FINE-3.10).
    answerWithinRings: 3,
    // default: CSD only forbids long private calls on the department phone; follow-up calls are work.
    hotlineIncomingOnly: false,
    surge: {
      // default: CSD has no call-surge staffing; the night window is the overnight shift, unused.
      steps: [],
      releaseAtOrBelow: 0,
      nightKeepSupervisors: 0,
      nightFrom: '01:00',
      nightTo: '08:30',
    },
  },
  // default: the project's quality targets (FINE table 3); CSD holds its weekly meeting on Fridays
  // (no catalogue clause), which matches the one meeting a week kept here.
  targets: {
    attendanceRate: 0.999,
    revisitRate: 0.9,
    answerWithinRings: 3,
    incidentReportRate: 1,
    complaintReplyOnTimeRate: 0.999,
    complaintSatisfactionRate: 0.9,
    patrolsPerWorkingDay: 2,
    departmentMeetingsPerWeek: 1,
  },
  // default: three years (REG7-8.5b, the project's retention); CSD checks its archive at every month
  // end, hence the monthly cadence.
  records: { retentionYears: 3, archiveCadence: 'monthly' },
  severity: {},
  citations: {
    timeZone: ['HOR-1.1'],
    'roles.3': ['CSD-7.3'],
    'posts.0.roundTheClock': ['CSD-1.2.1'],
    'shifts.0': ['CSD-D1'],
    'shifts.1': ['CSD-D1'],
    'shifts.2': ['CSD-1.2.1', 'CSD-D1'],
    'roster.holidayPublicationLeadDays': ['CSD-1.1.6'],
    'roster.maxConsecutiveWorkingDays': ['CSD-D1'],
    'roster.coverage.0': ['CSD-1.2.1'],
    'roster.coverage.1.post': ['CSD-3.1.5'],
    'roster.coverage.1.days': ['CSD-3.1.5'],
    'roster.coverage.1.minStaff': ['CSD-3.1.5'],
    'roster.overrunAllowedWhileServing': ['CSD-D1b'],
    'swaps.monthlyLimit': ['CSD-7.4a'],
    'swaps.banConsecutiveSwaps': ['CSD-7.4b'],
    'swaps.banBackToBack': ['CSD-7.4c'],
    'swaps.requireBothConsents': ['CSD-7.3'],
    'swaps.approverRole': ['CSD-7.3'],
    'swaps.holidayFreeze': ['CSD-7.7'],
    'swaps.noLeaveOnSwapDays': ['CSD-7.6'],
    'swaps.privateSwapsAllowed': ['CSD-7.3'],
    'handover.arriveEarlyMinutes': ['CSD-2.1.1'],
    'handover.faceToFace': ['HOR-1.5'],
    'handover.outgoingStaysUntilSigned': ['HOS-4.12', 'CSD-3.2'],
    'handover.outgoingChecklist.0': ['GXP-4.1'],
    'handover.outgoingChecklist.1': ['GXP-4.1'],
    'handover.outgoingChecklist.2': ['GXP-4.1'],
    'handover.outgoingChecklist.3': ['GXP-4.1'],
    'handover.outgoingChecklist.4': ['HOR-1.2'],
    'handover.outgoingChecklist.5': ['HOR-1.3'],
    'handover.outgoingChecklist.6': ['HOR-1.4'],
    'handover.outgoingChecklist.7': ['CSD-3.4'],
    'handover.outgoingChecklist.8': ['HOR-1.6'],
    'handover.incomingChecklist.0': ['GXP-4.3', 'CSD-2.1.1'],
    'handover.incomingChecklist.1': ['GXP-4.3', 'HOR-1.5'],
    'handover.incomingChecklist.2': ['GXP-4.3', 'HOS-4.1', 'CSD-2.1.1'],
    'handover.incomingChecklist.3': ['GXP-4.3'],
    'handover.inventory.0.name': ['HOR-1.5'],
    'handover.inventory.1.name': ['HOR-1.5'],
    'handover.inventory.2.name': ['HOR-1.5'],
    'handover.inventory.3.name': ['HOR-1.5'],
    'handover.blockingConditions.0': ['HOR-2.4'],
    'handover.blockingConditions.1': ['HOR-2.4'],
    'handover.blockingConditions.2': ['HOR-2.4'],
    'handover.blockingConditions.3': ['HOR-2.4'],
    'handover.blockingConditions.4': ['GXP-4.2'],
    'handover.blockingConditions.5': ['GXP-4.2'],
    'handover.blockingConditions.6': ['GXP-4.2'],
    'handover.blockingConditions.7': ['PWR-4'],
    'handover.blockingConditions.8': ['HOS-4.11'],
    'cases.forbiddenReplies': ['FCR-4.7', 'CSD-0.7'],
  },
};
