/**
 * Preset `reg7`: the property centre's customer-service duty regulation no. 7
 * (REG7, seed 000 part 1). Where REG7 is silent, values come from the same
 * property centre's other documents: the duty officer's job description (DUTY),
 * the first-contact responsibility regulation (FCR) and the quality targets of
 * the detailed operating procedure (FINE).
 *
 * `citations` maps a dotted path to the clauses its value reproduces. A value
 * the sources do not give is a project default: it is marked `// default:`
 * below and deliberately left out of `citations`. When only part of an element
 * comes from a clause, only that part's path is cited.
 */
import type { Policy } from '../schema.js';

/**
 * Replies FCR-4.7 forbids: its own three examples ("I don't know", "nothing
 * can be done", "not my business"), the stalling and passing-the-buck it bans
 * in the same sentence, and "I'm not clear" / "nothing to do with me", which
 * the same centre's service-language rules (seed 001) name alongside them.
 * Other presets reuse this list.
 */
export const FIRST_CONTACT_FORBIDDEN_REPLIES: Policy['cases']['forbiddenReplies'] = {
  'zh-Hant': [
    '不知道',
    '沒辦法',
    '不歸我管',
    '不清楚',
    '這與我無關',
    '這不是我的事',
    '你去找別的部門吧',
    '這事我們管不了',
    '你自己去問吧',
    '找我也沒用',
    '這不歸我們負責',
    '你找別人吧',
    '以後再說吧',
  ],
  'zh-Hans': [
    '不知道',
    '没办法',
    '不归我管',
    '不清楚',
    '这与我无关',
    '这不是我的事',
    '你去找别的部门吧',
    '这事我们管不了',
    '你自己去问吧',
    '找我也没用',
    '这不归我们负责',
    '你找别人吧',
    '以后再说吧',
  ],
  en: [
    "I don't know",
    "There's nothing I can do",
    "That's not my job",
    "I'm not clear about that",
    'That has nothing to do with me',
    "That's not my problem",
    'Go and ask another department',
    "We can't deal with that",
    'Go and ask them yourself',
    "There's no point asking me",
    "We're not responsible for that",
    'Find someone else',
    "We'll deal with it some other time",
  ],
};

export const reg7: Policy = {
  id: 'reg7',
  name: {
    'zh-Hant': '物業中心客服值班規定(第七號)',
    'zh-Hans': '物业中心客服值班规定(第七号)',
    en: 'Property-centre customer-service duty rules (regulation 7)',
  },
  // default: no source names a zone. The documents are mainland Chinese property-management
  // rules, and the related handover rules (HOR-1.1) keep time by national standard (Beijing) time.
  timeZone: 'Asia/Shanghai',
  roles: [
    { id: 'duty-officer', name: { 'zh-Hant': '值班人員', 'zh-Hans': '值班人员', en: 'Duty officer' } },
    {
      id: 'senior-assistant',
      name: { 'zh-Hant': '客服高級助理', 'zh-Hans': '客服高级助理', en: 'Senior customer-service assistant' },
    },
    {
      id: 'cs-supervisor',
      name: { 'zh-Hant': '客服主任', 'zh-Hans': '客服主任', en: 'Customer-service supervisor' },
    },
    {
      id: 'property-manager',
      name: { 'zh-Hant': '物業部經理', 'zh-Hans': '物业部经理', en: 'Property manager' },
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
      // The two shifts of REG7-4.3 run from 08:00 to 21:00: the desk is not staffed overnight.
      roundTheClock: false,
    },
  ],
  // REG7-4.3 writes the middle shift as "12:00-9:00". A shift that starts at noon cannot end at
  // nine in the morning, and the catalogue reads the end as 21:00 (9 p.m.); so do we.
  shifts: [
    {
      id: 'early',
      name: { 'zh-Hant': '早班', 'zh-Hans': '早班', en: 'Early shift' },
      start: '08:00',
      end: '17:00',
      crossesMidnight: false,
      post: 'front-desk',
      // default: the one-hour meal inside a 9-hour day (lunch or supper), taken in turns so the desk stays
      // covered (CSD-3.1.5); working time is the 8 hours left.
      mealBreakMinutes: 60,
    },
    {
      id: 'middle',
      name: { 'zh-Hant': '中班', 'zh-Hans': '中班', en: 'Middle shift' },
      start: '12:00',
      end: '21:00',
      crossesMidnight: false,
      post: 'front-desk',
      // default: the one-hour meal inside a 9-hour day (lunch or supper), taken in turns so the desk stays
      // covered (CSD-3.1.5); working time is the 8 hours left.
      mealBreakMinutes: 60,
    },
  ],
  roster: {
    preparedBy: 'senior-assistant',
    reviewRequired: true,
    // REG7-4.2 says the roster is reviewed "by customer service" (經客服審核). The only customer-service
    // role above the senior assistant in REG7 is the supervisor, who also spot-checks duty (REG7 3.1).
    reviewedBy: 'cs-supervisor',
    deadline: { kind: 'month-end' },
    // default: REG7 sets no separate lead time for holidays; its month-end deadline already
    // publishes every holiday of the month before the month begins.
    holidayPublicationLeadDays: 0,
    // default: 40 hours of work a week, the national standard (and the figure CCS-6.1.2 sets for the
    // call centre); meal breaks are not working time (see the shifts' mealBreakMinutes).
    maxAverageWeeklyHours: 40,
    // default: at least one day off in seven (the Labour Law's weekly rest day).
    maxConsecutiveWorkingDays: 6,
    // default: an 11-hour daily rest, a common fatigue limit; REG7's middle shift (ends 21:00)
    // followed by an early shift (starts 08:00) leaves exactly 11 hours.
    minRestBetweenShiftsHours: 11,
    coverage: [
      {
        id: 'duty-hours',
        post: 'front-desk',
        from: '08:00',
        to: '21:00',
        // default: REG7 names no weekdays; a property centre's duty desk opens every day.
        days: 'every-day',
        minStaff: 1,
        name: { 'zh-Hant': '值班時間', 'zh-Hans': '值班时间', en: 'Duty hours' },
      },
    ],
    // default: REG7 keeps no unscheduled reserve; after hours the on-call managers (REG7-8.4) back up the desk.
    reserveHeadcount: 0,
    // default: REG7 asks for no extra staff on public holidays.
    holidayHeadroom: { extraStaff: 0, emergencySeatsMin: 0, emergencySeatsMax: 0 },
    // default: no REG7 clause lets a shift run past its end. Staying on to finish important work
    // (REG7-9.8) is modelled by the blocking condition and outgoingStaysUntilSigned below.
    overrunAllowedWhileServing: false,
  },
  // REG7 says nothing about swaps or leave: every swap value is a project default.
  swaps: {
    // default: the only limit any source sets (CSD-7.4a: three a month).
    monthlyLimit: 3,
    // default: REG7 adds no restriction on which days may be swapped.
    banConsecutiveSwaps: false,
    banBackToBack: false,
    // default: a swap always involves two people, and both must agree to it.
    requireBothConsents: true,
    // default: duty follows the approved roster only (REG7-4.2), so a swap goes to the roster's reviewer.
    approverRole: 'cs-supervisor',
    holidayFreeze: false,
    noLeaveOnSwapDays: false,
    // default: the supervisor who approves the roster also approves leave from it.
    leaveApproverRole: 'cs-supervisor',
    // default: staff may arrange a swap between themselves, subject to the approval above.
    privateSwapsAllowed: true,
  },
  handover: {
    arriveEarlyMinutes: 5,
    outgoingPreparationMinutes: 15,
    // Both parties confirm the record and sign it together (REG7-9.5, REG7-9.8). Between the
    // middle shift (ends 21:00) and the next early shift the desk is closed; that handover can only
    // go through the written record, which the schema cannot yet say (see the preset report).
    faceToFace: true,
    outgoingStaysUntilSigned: true,
    outgoingChecklist: [
      {
        id: 'arrange-shared-items',
        label: {
          'zh-Hant': '交班前十五分鐘開始把公物擺放整齊',
          'zh-Hans': '交班前十五分钟开始把公物摆放整齐',
          en: 'From 15 minutes before the end of the shift, put the shared items back in order',
        },
        required: true,
      },
      {
        id: 'clear-desk',
        label: {
          'zh-Hant': '桌面清潔,不留灰塵和雜物',
          'zh-Hans': '桌面清洁,不留灰尘和杂物',
          en: 'Leave the desk clean, free of dust and clutter',
        },
        required: true,
      },
      {
        id: 'complete-duty-record',
        label: {
          'zh-Hant': '寫好本班值班記錄',
          'zh-Hans': '写好本班值班记录',
          en: "Complete this shift's duty record",
        },
        required: true,
      },
      {
        id: 'collect-evidence',
        label: {
          'zh-Hant': '收集整理本班工作的相關證據',
          'zh-Hans': '收集整理本班工作的相关证据',
          en: "Gather and file the evidence for this shift's work",
        },
        required: true,
      },
      {
        id: 'brief-unfinished-work',
        label: {
          'zh-Hant': '把未完成的工作如實告訴接班人',
          'zh-Hans': '把未完成的工作如实告诉接班人',
          en: 'Tell the incoming person truthfully about every unfinished task',
        },
        required: true,
      },
      {
        id: 'finish-shift-work',
        label: {
          'zh-Hant': '一般先辦完本班工作再交班',
          'zh-Hans': '一般先办完本班工作再交班',
          en: "As a rule, finish the shift's own work before handing over",
        },
        // REG7-9.8 says "in general" (一般情況下): a rule of thumb, not a hard condition. Only
        // important unfinished work blocks the handover (see blockingConditions).
        required: false,
      },
    ],
    incomingChecklist: [
      {
        id: 'count-shared-items',
        label: {
          'zh-Hant': '清點崗位公物;如有損壞或缺失,請交班人說明去向並記錄',
          'zh-Hans': '清点岗位公物;如有损坏或缺失,请交班人说明去向并记录',
          en: 'Count the shared items at the post; have the outgoing person account for anything damaged or missing, and record it',
        },
        required: true,
      },
      {
        id: 'read-previous-record',
        label: {
          'zh-Hant': '細閱上一班的交接班記錄',
          'zh-Hans': '细阅上一班的交接班记录',
          en: "Read the previous shift's handover record",
        },
        required: true,
      },
      {
        id: 'ask-and-note-follow-ups',
        label: {
          'zh-Hant': '問清上一班工作的完成情況,記下要跟進的事項',
          'zh-Hans': '问清上一班工作的完成情况,记下要跟进的事项',
          en: "Ask how the previous shift's work ended and note every matter to follow up",
        },
        required: true,
      },
      {
        id: 'inspect-area',
        label: {
          'zh-Hant': '巡看責任區域;發現異常請交班人解釋並記錄',
          'zh-Hans': '巡看责任区域;发现异常请交班人解释并记录',
          en: 'Look over the area; if anything is unusual, get the outgoing person to explain and record it',
        },
        required: true,
      },
    ],
    inventory: [
      {
        id: 'radio',
        name: { 'zh-Hant': '對講機', 'zh-Hans': '对讲机', en: 'Two-way radio' },
        // default: REG7 names the items, not their number; a site sets its own counts.
        expected: 1,
      },
      {
        id: 'keys',
        name: { 'zh-Hant': '鑰匙(整串)', 'zh-Hans': '钥匙(整串)', en: 'Keys (the whole bunch)' },
        // default: counted as one bunch until the site lists its keys.
        expected: 1,
      },
      {
        id: 'documents',
        name: { 'zh-Hant': '值班資料', 'zh-Hans': '值班资料', en: 'Duty documents' },
        // default: counted as one folder until the site lists its documents.
        expected: 1,
      },
    ],
    blockingConditions: ['important-work-unfinished'],
    countersign: {
      role: 'cs-supervisor',
      // The supervisor checks the records when arriving each day (REG7-9.9), so a record written
      // during one day is countersigned the next morning.
      dayOffset: 1,
      // default: REG7 gives no hour. 10:00 leaves the supervisor time after a usual 08:00–09:00 start.
      by: '10:00',
    },
  },
  cases: {
    generalCloseBy: '24:00',
    difficultCloseWithinDays: 7,
    maxContactsToClose: 2,
    // default: DUTY-4 wants a complaint plan "within the set time" without setting it; 24 hours is
    // the usual property-management promise to a complainant.
    complaintPlanWithinHours: 24,
    forbiddenReplies: FIRST_CONTACT_FORBIDDEN_REPLIES,
    requiredIntakeFields: ['channel', 'callerName', 'callerPhone', 'matter', 'category', 'inRemit'],
  },
  escalation: {
    tiers: [
      // The duty officer settles problems on the spot (REG7-7.2) and leads the response to an
      // emergency, coordinating the departments (REG7-5) and calling on them (REG7-8.1); the
      // on-call managers assist once told (REG7-8.4).
      { level: 1, role: 'duty-officer', decides: ['routine', 'emergency'] },
      { level: 2, role: 'cs-supervisor', decides: ['difficult'] },
      { level: 3, role: 'property-manager', decides: ['major'] },
    ],
    // default: REG7 never lets a level be skipped.
    skipLevelIn: [],
    // default: should a level ever be skipped, the skipped superior hears of it afterwards.
    afterReportToSkipped: true,
    // default: REG7 asks for prompt reporting in general (REG7-6) without a list. These three are the
    // catalogue's report triggers (CCS-4.2) that apply to a property desk.
    reportTriggers: ['major-error', 'safety-threat', 'beyond-remit'],
    onCall: {
      roles: ['property-manager', 'assistant-manager', 'cs-supervisor', 'security-head', 'engineering-head'],
      afterHours: true,
      holidays: true,
    },
    // FCR-5.2 sends the department manager; the customer-service group belongs to the property
    // department, whose manager is the property manager.
    dissatisfiedComplaintOnSite: 'property-manager',
    // DUTY-4 says "project manager"; in REG7's organisation the top of the property centre, to whom
    // major problems already go (REG7-7.2b), is the property manager.
    majorComplaintReportedTo: 'property-manager',
    incidentReportRequired: true,
    answerWithinRings: 3,
    hotlineIncomingOnly: true,
    surge: {
      // default: a property duty desk has no call-surge staffing; nothing below is used.
      steps: [],
      releaseAtOrBelow: 0,
      nightKeepSupervisors: 0,
      nightFrom: '21:00',
      nightTo: '08:00',
    },
  },
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
    'roles.1': ['REG7-3.2'],
    'roles.2': ['REG7-7.2a', 'REG7-9.9'],
    'roles.3': ['REG7-7.2b', 'REG7-8.4'],
    'roles.4': ['REG7-8.4'],
    'roles.5': ['REG7-8.4'],
    'roles.6': ['REG7-8.4'],
    'posts.0.roundTheClock': ['REG7-4.3'],
    shifts: ['REG7-4.3'],
    'roster.preparedBy': ['REG7-3.2', 'REG7-4.2'],
    'roster.reviewRequired': ['REG7-4.2'],
    'roster.reviewedBy': ['REG7-4.2'],
    'roster.deadline': ['REG7-4.2'],
    'roster.coverage.0.post': ['REG7-4.3'],
    'roster.coverage.0.from': ['REG7-4.3'],
    'roster.coverage.0.to': ['REG7-4.3'],
    'roster.coverage.0.minStaff': ['REG7-7.1'],
    'handover.arriveEarlyMinutes': ['REG7-9.1'],
    'handover.outgoingPreparationMinutes': ['REG7-9.6'],
    'handover.faceToFace': ['REG7-9.5', 'REG7-9.8'],
    'handover.outgoingStaysUntilSigned': ['REG7-9.8'],
    'handover.outgoingChecklist.0': ['REG7-9.6'],
    'handover.outgoingChecklist.1': ['REG7-9.6'],
    'handover.outgoingChecklist.2': ['REG7-9.7'],
    'handover.outgoingChecklist.3': ['REG7-9.7'],
    'handover.outgoingChecklist.4': ['REG7-9.8'],
    'handover.outgoingChecklist.5': ['REG7-9.8'],
    'handover.incomingChecklist.0': ['REG7-9.2'],
    'handover.incomingChecklist.1': ['REG7-9.3'],
    'handover.incomingChecklist.2': ['REG7-9.3'],
    'handover.incomingChecklist.3': ['REG7-9.4'],
    'handover.inventory.0.name': ['REG7-9.2'],
    'handover.inventory.1.name': ['REG7-9.2'],
    'handover.inventory.2.name': ['REG7-9.2'],
    'handover.blockingConditions': ['REG7-9.8'],
    'handover.countersign.role': ['REG7-9.9'],
    'handover.countersign.dayOffset': ['REG7-9.9'],
    'cases.generalCloseBy': ['FINE-3.4'],
    'cases.difficultCloseWithinDays': ['FINE-3.5'],
    'cases.maxContactsToClose': ['FCR-4.6'],
    'cases.forbiddenReplies': ['FCR-4.7'],
    'cases.requiredIntakeFields.0': ['FCR-4.2'],
    'cases.requiredIntakeFields.1': ['FCR-4.5'],
    'cases.requiredIntakeFields.2': ['FCR-4.5'],
    'cases.requiredIntakeFields.3': ['FCR-4.5'],
    'cases.requiredIntakeFields.4': ['FINE-3.4', 'FINE-3.5'],
    'cases.requiredIntakeFields.5': ['FCR-4.4'],
    'escalation.tiers.0': ['REG7-7.2a'],
    'escalation.tiers.0.decides.1': ['REG7-5', 'REG7-8.1', 'REG7-8.4'],
    'escalation.tiers.1': ['REG7-7.2a'],
    'escalation.tiers.2': ['REG7-7.2b'],
    'escalation.onCall': ['REG7-8.4'],
    'escalation.dissatisfiedComplaintOnSite': ['FCR-5.2'],
    'escalation.majorComplaintReportedTo': ['DUTY-4'],
    'escalation.incidentReportRequired': ['REG7-8.5'],
    'escalation.answerWithinRings': ['REG7-7.2c'],
    'escalation.hotlineIncomingOnly': ['REG7-7.3'],
    'targets.attendanceRate': ['FINE-3.1'],
    'targets.revisitRate': ['FINE-3.9'],
    'targets.answerWithinRings': ['FINE-3.10', 'REG7-7.2c'],
    'targets.incidentReportRate': ['FINE-3.11'],
    'targets.complaintReplyOnTimeRate': ['FINE-3.19'],
    'targets.complaintSatisfactionRate': ['FINE-3.20'],
    'targets.patrolsPerWorkingDay': ['FINE-3.16'],
    'targets.departmentMeetingsPerWeek': ['FINE-3.21'],
    records: ['REG7-8.5b'],
  },
};
