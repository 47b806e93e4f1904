/**
 * Preset `estate-group`: the residential-estate customer-service team's duty
 * regulation (CSG, seed 000 part 2).
 *
 * CSG is REG7 rewritten for a team with one day shift. The catalogue lists
 * only the clauses where CSG differs (CSG-4.2, CSG-4.3, CSG-9.2; CSD-4 for its
 * work ledger); where CSG repeats REG7 word for word (discipline 7.x, powers
 * 8.x, the 3-year archive, arriving 5 minutes early, reading the previous
 * record) the catalogue files the shared text under REG7, so this preset cites
 * the REG7 ID. The seed breaks off in the middle of CSG 9.3: everything REG7
 * says from 9.4 on is missing here, and those values are defaults.
 *
 * `citations` maps a dotted path to the clauses its value reproduces; values
 * marked `// default:` are the project's and are not cited.
 */
import type { Policy } from '../schema.js';
import { PROJECT_FORBIDDEN_REPLIES, joinForbiddenReplies } from './cs-department.js';

export const estateGroup: Policy = {
  id: 'estate-group',
  name: {
    'zh-Hant': '小區客服組值班規定',
    'zh-Hans': '小区客服组值班规定',
    en: 'Residential-estate customer-service team duty rules',
  },
  // default: no source names a zone; mainland property-management rules keep Beijing time (HOR-1.1).
  timeZone: 'Asia/Shanghai',
  roles: [
    { id: 'duty-officer', name: { 'zh-Hant': '值班人員', 'zh-Hans': '值班人员', en: 'Duty officer' } },
    {
      id: 'cs-supervisor',
      name: { 'zh-Hant': '客服主任', 'zh-Hans': '客服主任', en: 'Customer-service supervisor' },
    },
    {
      id: 'property-manager',
      name: { 'zh-Hant': '物業經理', 'zh-Hans': '物业经理', en: 'Property manager' },
    },
    {
      id: 'assistant-manager',
      name: { 'zh-Hant': '經理助理', 'zh-Hans': '经理助理', en: 'Assistant manager' },
    },
    {
      id: 'security-head',
      name: { 'zh-Hant': '保安部主任', 'zh-Hans': '保安部主任', en: 'Head of security' },
    },
    {
      id: 'engineering-head',
      name: { 'zh-Hant': '工程組主任', 'zh-Hans': '工程组主任', en: 'Head of engineering' },
    },
  ],
  posts: [
    {
      id: 'front-desk',
      name: { 'zh-Hant': '客服值班台', 'zh-Hans': '客服值班台', en: 'Customer-service duty desk' },
      // One day shift (CSG-4.3): nobody is on duty at night.
      roundTheClock: false,
    },
  ],
  shifts: [
    {
      // CSG calls its only shift 早班 ("early"), although there is no later one: it is a day shift.
      id: 'day',
      name: {
        'zh-Hant': '早班(日間班)',
        'zh-Hans': '早班(日间班)',
        en: 'Day shift (called "early" in the source)',
      },
      start: '08:30',
      end: '17:30',
      crossesMidnight: false,
      post: 'front-desk',
      // default: the one-hour meal inside a 9-hour day; working time is the 8 hours left.
      mealBreakMinutes: 60,
    },
  ],
  roster: {
    preparedBy: 'cs-supervisor',
    reviewRequired: false,
    deadline: { kind: 'month-end' },
    // default: the month-end deadline already publishes every holiday before its month begins.
    holidayPublicationLeadDays: 0,
    // default: 40 hours of work a week, the national standard (and the figure CCS-6.1.2 sets for the
    // call centre); meal breaks are not working time (see the shifts' mealBreakMinutes).
    maxAverageWeeklyHours: 40,
    // default: at least one day off in seven (the Labour Law's weekly rest day).
    maxConsecutiveWorkingDays: 6,
    // default: an 11-hour daily rest; one day shift a day always leaves 15 hours.
    minRestBetweenShiftsHours: 11,
    coverage: [
      {
        id: 'duty-hours',
        post: 'front-desk',
        from: '08:30',
        to: '17:30',
        // default: CSG names no weekdays; an estate's duty desk opens every day.
        days: 'every-day',
        minStaff: 1,
        name: { 'zh-Hant': '值班時間', 'zh-Hans': '值班时间', en: 'Duty hours' },
      },
    ],
    // default: no unscheduled reserve; the on-call managers back the desk up after hours.
    reserveHeadcount: 0,
    // default: CSG asks for no extra staff on public holidays.
    holidayHeadroom: { extraStaff: 0, emergencySeatsMin: 0, emergencySeatsMax: 0 },
    // default: no CSG clause lets the shift run past its end.
    overrunAllowedWhileServing: false,
  },
  // CSG says nothing about swaps or leave: every swap value is a project default.
  swaps: {
    // default: the only limit any source sets (CSD-7.4a).
    monthlyLimit: 3,
    banConsecutiveSwaps: false,
    banBackToBack: false,
    // default: a swap involves two people, and both must agree to it.
    requireBothConsents: true,
    // default: the supervisor draws up the roster (CSG-4.2), so changes to it go to the supervisor.
    approverRole: 'cs-supervisor',
    holidayFreeze: false,
    noLeaveOnSwapDays: false,
    // default: as for swaps.
    leaveApproverRole: 'cs-supervisor',
    // default: staff may arrange a swap between themselves, subject to the supervisor's approval.
    privateSwapsAllowed: true,
  },
  handover: {
    arriveEarlyMinutes: 5,
    // default: CSG's handover text breaks off before REG7's 9.6 counterpart; REG7's 15 minutes kept.
    outgoingPreparationMinutes: 15,
    // default: with one shift a day nobody overlaps. The person who closed the desk yesterday has
    // gone home when today's person arrives, so the handover is the written work ledger, which the
    // incoming person reads (CSG 9.3); neither a meeting nor waiting for the signature is possible.
    faceToFace: false,
    outgoingStaysUntilSigned: false,
    outgoingChecklist: [
      {
        id: 'write-work-ledger',
        label: {
          'zh-Hant': '在客服工作台帳詳細記下當天每件事的處理經過',
          'zh-Hans': '在客服工作台账详细记下当天每件事的处理经过',
          en: "Write in the work ledger how each of the day's matters was handled, in detail",
        },
        required: true,
      },
      {
        // default: REG7-9.6's counterpart, lost with the end of the CSG text.
        id: 'arrange-shared-items',
        label: {
          'zh-Hant': '下班前把公物擺放整齊,桌面清潔',
          'zh-Hans': '下班前把公物摆放整齐,桌面清洁',
          en: 'Before leaving, put the shared items back in order and clear the desk',
        },
        required: true,
      },
      {
        // default: REG7-9.8's counterpart, lost with the end of the CSG text.
        id: 'note-unfinished-work',
        label: {
          'zh-Hant': '把未完成的工作如實寫進台帳,留給明天的值班人',
          'zh-Hans': '把未完成的工作如实写进台账,留给明天的值班人',
          en: "Write every unfinished task truthfully into the ledger for tomorrow's duty officer",
        },
        required: true,
      },
    ],
    incomingChecklist: [
      {
        id: 'count-shared-items',
        label: {
          'zh-Hant': '清點崗位公物;如有損壞或缺失,向上一班查明去向並記入台帳',
          'zh-Hans': '清点岗位公物;如有损坏或缺失,向上一班查明去向并记入台账',
          en: 'Count the shared items at the post; trace anything damaged or missing with the previous shift and note it in the ledger',
        },
        required: true,
      },
      {
        id: 'read-previous-ledger',
        label: {
          'zh-Hant': '細閱上一班的客服工作台帳',
          'zh-Hans': '细阅上一班的客服工作台账',
          en: "Read the previous shift's work ledger",
        },
        required: true,
      },
      {
        id: 'ask-and-note-follow-ups',
        label: {
          'zh-Hant': '問清上一班工作的完成情況,記下要跟進的事項',
          'zh-Hans': '问清上一班工作的完成情况,记下要跟进的事项',
          en: "Find out how the previous shift's work ended and note every matter to follow up",
        },
        required: true,
      },
      {
        // default: REG7-9.4's counterpart, lost with the end of the CSG text.
        id: 'inspect-area',
        label: {
          'zh-Hant': '巡看責任區域,異常情況記入台帳',
          'zh-Hans': '巡看责任区域,异常情况记入台账',
          en: 'Look over the area and note anything unusual in the ledger',
        },
        required: true,
      },
    ],
    inventory: [
      {
        id: 'radio',
        name: { 'zh-Hant': '對講機', 'zh-Hans': '对讲机', en: 'Two-way radio' },
        // default: CSG names the items, not their number; a site sets its own counts.
        expected: 1,
      },
      {
        id: 'fire-extinguisher',
        name: { 'zh-Hant': '滅火器', 'zh-Hans': '灭火器', en: 'Fire extinguisher' },
        // default: as above.
        expected: 1,
      },
      {
        id: 'water-bottle',
        name: { 'zh-Hant': '水瓶', 'zh-Hans': '水瓶', en: 'Water bottle' },
        // default: as above.
        expected: 1,
      },
    ],
    // default: REG7-9.8's condition, the likely content of CSG's missing end: nobody hands over,
    // and so nobody leaves, while important work is unfinished.
    blockingConditions: ['important-work-unfinished'],
    countersign: {
      // default: REG7-9.9's daily check by the supervisor, the likely content of CSG's missing end;
      // CSG itself has the supervisor spot-check duty (CSG 3.1).
      role: 'cs-supervisor',
      dayOffset: 1,
      by: '10:00',
    },
  },
  cases: {
    // default: the project's case limits (FINE-3.4, FINE-3.5, FCR-4.6); CSG sets none.
    generalCloseBy: '24:00',
    difficultCloseWithinDays: 7,
    maxContactsToClose: 2,
    // default: 24 hours, the usual property-management promise to a complainant.
    complaintPlanWithinHours: 24,
    // default: the project's list (FCR-4.7 and CSD-0.7); CSG has no wording rules of its own.
    forbiddenReplies: joinForbiddenReplies(PROJECT_FORBIDDEN_REPLIES),
    // default: the intake fields of first-contact responsibility (FCR-4.5) and the case category.
    requiredIntakeFields: ['channel', 'callerName', 'callerPhone', 'matter', 'category', 'inRemit'],
  },
  escalation: {
    // CSG 7.2 repeats REG7-7.2a/b; the duty officer leads in an emergency as in REG7 (CSG 5.4, 8.1, 8.4).
    tiers: [
      { level: 1, role: 'duty-officer', decides: ['routine', 'emergency'] },
      { level: 2, role: 'cs-supervisor', decides: ['difficult'] },
      { level: 3, role: 'property-manager', decides: ['major'] },
    ],
    // default: CSG never lets a level be skipped.
    skipLevelIn: [],
    // default: should a level ever be skipped, the skipped superior hears of it afterwards.
    afterReportToSkipped: true,
    // default: the catalogue's report triggers (CCS-4.2) that apply to a property desk.
    reportTriggers: ['major-error', 'safety-threat', 'beyond-remit'],
    onCall: {
      roles: ['property-manager', 'assistant-manager', 'cs-supervisor', 'security-head', 'engineering-head'],
      afterHours: true,
      holidays: true,
    },
    // CSG 8.5 keeps everything in the work ledger (CSD-4) and drops REG7's separate incident report.
    incidentReportRequired: false,
    answerWithinRings: 3,
    hotlineIncomingOnly: true,
    surge: {
      // default: no call-surge staffing; the night window is when the desk is closed, unused.
      steps: [],
      releaseAtOrBelow: 0,
      nightKeepSupervisors: 0,
      nightFrom: '17:30',
      nightTo: '08:30',
    },
  },
  // default: the project's quality targets (FINE table 3). CSG keeps no incident reports; a site
  // that measures major events through the ledger keeps incidentReportRate, any other drops it.
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
  records: { retentionYears: 3, archiveCadence: 'monthly' },
  severity: {},
  citations: {
    'roles.1': ['CSG-4.2', 'REG7-7.2a'],
    'roles.2': ['REG7-7.2b', 'REG7-8.4'],
    'roles.3': ['REG7-8.4'],
    'roles.4': ['REG7-8.4'],
    'roles.5': ['REG7-8.4'],
    'posts.0.roundTheClock': ['CSG-4.3'],
    shifts: ['CSG-4.3'],
    'roster.preparedBy': ['CSG-4.2'],
    'roster.reviewRequired': ['CSG-4.2'],
    'roster.deadline': ['CSG-4.2'],
    'roster.coverage.0.post': ['CSG-4.3'],
    'roster.coverage.0.from': ['CSG-4.3'],
    'roster.coverage.0.to': ['CSG-4.3'],
    'roster.coverage.0.minStaff': ['REG7-7.1'],
    'handover.arriveEarlyMinutes': ['REG7-9.1'],
    'handover.outgoingChecklist.0': ['CSD-4'],
    'handover.incomingChecklist.0': ['CSG-9.2'],
    'handover.incomingChecklist.1': ['REG7-9.3'],
    'handover.incomingChecklist.2': ['REG7-9.3'],
    'handover.inventory.0.name': ['CSG-9.2'],
    'handover.inventory.1.name': ['CSG-9.2'],
    'handover.inventory.2.name': ['CSG-9.2'],
    'escalation.tiers.0': ['REG7-7.2a'],
    'escalation.tiers.0.decides.1': ['REG7-5', 'REG7-8.1', 'REG7-8.4'],
    'escalation.tiers.1': ['REG7-7.2a'],
    'escalation.tiers.2': ['REG7-7.2b'],
    'escalation.onCall': ['REG7-8.4'],
    'escalation.incidentReportRequired': ['CSD-4'],
    'escalation.answerWithinRings': ['REG7-7.2c'],
    'escalation.hotlineIncomingOnly': ['REG7-7.3'],
    'targets.answerWithinRings': ['REG7-7.2c'],
    records: ['REG7-8.5b'],
  },
};
