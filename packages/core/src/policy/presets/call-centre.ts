/**
 * Preset `call-centre`: the call centre's customer-service rules (CCS, seed
 * 003: reporting, attendance, scheduling and surge staffing) with the handover
 * rules of its customer-service management code (CSM, seed 003, also in 002).
 *
 * CCS runs a 24-hour hotline but gives no shift times: it only speaks of day
 * and night shifts. The three shifts below are the classic 8-hour rotation
 * (early 08–16, middle 16–24, night 00–08), a default.
 *
 * `citations` maps a dotted path to the clauses its value reproduces; values
 * marked `// default:` are the project's and are not cited. When only part of
 * an element comes from a clause, only that part's path is cited.
 */
import type { Policy } from '../schema.js';
import { PROJECT_FORBIDDEN_REPLIES, joinForbiddenReplies } from './cs-department.js';

export const callCentre: Policy = {
  id: 'call-centre',
  name: {
    'zh-Hant': '呼叫中心客服管理制度(含交接班)',
    'zh-Hans': '呼叫中心客服管理制度(含交接班)',
    en: 'Call-centre customer-service rules, with handover',
  },
  // default: no source names a zone; mainland rules keep Beijing time (HOR-1.1).
  timeZone: 'Asia/Shanghai',
  roles: [
    {
      id: 'duty-officer',
      name: { 'zh-Hant': '值班話務員', 'zh-Hans': '值班话务员', en: 'Hotline agent on duty' },
    },
    {
      id: 'cs-supervisor',
      name: { 'zh-Hant': '現場主管', 'zh-Hans': '现场主管', en: 'On-site supervisor' },
    },
    {
      id: 'department-manager',
      name: { 'zh-Hant': '客服部經理', 'zh-Hans': '客服部经理', en: 'Customer-service department manager' },
    },
  ],
  posts: [
    {
      id: 'hotline',
      name: { 'zh-Hant': '客服熱線', 'zh-Hans': '客服热线', en: 'Customer-service hotline' },
      roundTheClock: true,
    },
  ],
  // default: CCS names day and night shifts but no times. Three 8-hour shifts end to end cover the
  // 24 hours CCS-6.1.1 demands, and five of them make the 40-hour week of CCS-6.1.2.
  shifts: [
    {
      id: 'early',
      name: { 'zh-Hant': '早班', 'zh-Hans': '早班', en: 'Early shift' },
      start: '08:00',
      end: '16:00',
      crossesMidnight: false,
      post: 'hotline',
    },
    {
      id: 'middle',
      name: { 'zh-Hant': '中班', 'zh-Hans': '中班', en: 'Middle shift' },
      start: '16:00',
      end: '00:00',
      crossesMidnight: true,
      post: 'hotline',
    },
    {
      id: 'night',
      name: { 'zh-Hant': '夜班', 'zh-Hans': '夜班', en: 'Night shift' },
      start: '00:00',
      end: '08:00',
      crossesMidnight: false,
      post: 'hotline',
    },
  ],
  roster: {
    // default: CCS has "the supervisor" plan the seats and the roster from the call forecast, with no
    // catalogue clause; the department manager reviews it.
    preparedBy: 'cs-supervisor',
    reviewRequired: true,
    reviewedBy: 'department-manager',
    // default: month end, every other source's deadline.
    deadline: { kind: 'month-end' },
    // default: a week, the only holiday lead any source sets (CSD-1.1.6); holiday rosters need their
    // own forecast here (CCS-6.3.4).
    holidayPublicationLeadDays: 7,
    maxAverageWeeklyHours: 40,
    // default: at least one day off in seven (the Labour Law's weekly rest day). CCS-6.1.3 asks that
    // shifts respect people's physical and mental limits but sets no figure.
    maxConsecutiveWorkingDays: 6,
    // default: an 11-hour daily rest, for the same reason; it keeps a night shift (ends 08:00) from
    // being followed by that day's middle shift (starts 16:00).
    minRestBetweenShiftsHours: 11,
    // The bands together cover every minute of every day (CCS-6.1.1). default: the head-counts are
    // placeholders; CCS derives them from the site's call forecast (its "five tables"), which a site
    // sets per band. Fewer people at night: the night shift is small (CCS-6.3.4n).
    coverage: [
      {
        id: 'night',
        post: 'hotline',
        from: '00:00',
        to: '08:00',
        days: 'every-day',
        minStaff: 2,
        name: { 'zh-Hant': '夜間', 'zh-Hans': '夜间', en: 'Night' },
      },
      {
        id: 'morning',
        post: 'hotline',
        from: '08:00',
        to: '12:00',
        days: 'every-day',
        minStaff: 8,
        name: { 'zh-Hant': '上午', 'zh-Hans': '上午', en: 'Morning' },
      },
      {
        id: 'afternoon',
        post: 'hotline',
        from: '12:00',
        to: '18:00',
        days: 'every-day',
        minStaff: 8,
        name: { 'zh-Hant': '下午', 'zh-Hans': '下午', en: 'Afternoon' },
      },
      {
        id: 'evening',
        post: 'hotline',
        from: '18:00',
        to: '24:00',
        days: 'every-day',
        minStaff: 4,
        name: { 'zh-Hant': '晚間', 'zh-Hans': '晚间', en: 'Evening' },
      },
    ],
    // CCS-6.1.4 keeps "a certain number" in reserve without saying how many: one is the least that
    // keeps a reserve at all. A site sets its own number.
    reserveHeadcount: 1,
    holidayHeadroom: {
      // CCS-6.3.4 wants headroom in every band on a holiday without a figure: one extra person is the
      // least that gives headroom.
      extraStaff: 1,
      emergencySeatsMin: 5,
      emergencySeatsMax: 7,
    },
    // default: no CCS clause lets a shift run past its end; the next shift starts on the minute.
    overrunAllowedWhileServing: false,
  },
  swaps: {
    // default: the only limit any source sets (CSD-7.4a).
    monthlyLimit: 3,
    // default: CCS adds no restriction on which days may be swapped.
    banConsecutiveSwaps: false,
    banBackToBack: false,
    requireBothConsents: true,
    // default: the supervisor who draws up the roster approves changes to it.
    approverRole: 'cs-supervisor',
    holidayFreeze: false,
    noLeaveOnSwapDays: false,
    // default: as for swaps.
    leaveApproverRole: 'cs-supervisor',
    // Staff agree swaps among themselves beforehand (CSM-7).
    privateSwapsAllowed: true,
  },
  handover: {
    // CSM-1 says "10–15 minutes early". The field is a minimum ("at least N minutes"). The range
    // means: no later than 10 minutes before the shift, and no need to come before 15. A minimum of
    // 10 reproduces exactly the arrivals the source accepts; 15 would flag someone arriving 12
    // minutes early, whom the source calls on time. A site wanting the top of the range sets 15.
    arriveEarlyMinutes: 10,
    // default: CSM sets no lead time for the outgoing agent; 15 minutes is the only figure any source
    // gives (REG7-9.6).
    outgoingPreparationMinutes: 15,
    faceToFace: true,
    // The handover is face to face (CSM-2), and on a 24-hour line an agent who left before the next
    // one signed would leave the seat empty (CCS-6.1.1).
    outgoingStaysUntilSigned: true,
    outgoingChecklist: [
      {
        id: 'settle-shift-problems',
        label: {
          'zh-Hant': '本班發生的問題盡量在本班解決,並報告相關領導',
          'zh-Hans': '本班发生的问题尽量在本班解决,并报告相关领导',
          en: 'Settle the problems of the shift within the shift where possible, and report them to the manager concerned',
        },
        required: true,
      },
      {
        id: 'write-handover-log',
        label: {
          'zh-Hant': '下班前認真填寫交班日記',
          'zh-Hans': '下班前认真填写交班日记',
          en: 'Write the handover log carefully before going off duty',
        },
        required: true,
      },
      {
        id: 'sign-time-and-staff-number',
        label: {
          'zh-Hant': '在日記上簽註交班時間和工號',
          'zh-Hans': '在日记上签注交班时间和工号',
          en: 'Sign the log with the handover time and your staff number',
        },
        required: true,
      },
    ],
    incomingChecklist: [
      {
        id: 'prepare-at-seat',
        label: {
          'zh-Hant': '提前到崗,做好接班準備',
          'zh-Hans': '提前到岗,做好接班准备',
          en: 'Be at the seat early and ready to take over',
        },
        required: true,
      },
      {
        id: 'read-handover-log',
        label: {
          'zh-Hant': '認真查看交班日記並簽字確認',
          'zh-Hans': '认真查看交班日记并签字确认',
          en: 'Read the handover log carefully and sign to confirm it',
        },
        required: true,
      },
    ],
    // default: CCS lists no shared items at a seat; agents keep their own headsets.
    inventory: [],
    // A problem that arises during the handover is dealt with by both agents until it reaches a
    // stopping point; only then does the handover go on (CSM-5).
    blockingConditions: ['incident-in-progress'],
    countersign: {
      // default: CCS names no countersign. The on-site supervisor checks each day's logs the next
      // morning, as REG7-9.9 has the supervisor do.
      role: 'cs-supervisor',
      dayOffset: 1,
      by: '10:00',
    },
  },
  cases: {
    // default: the project's case limits (FINE-3.4, FINE-3.5, FCR-4.6); CCS sets none.
    generalCloseBy: '24:00',
    difficultCloseWithinDays: 7,
    maxContactsToClose: 2,
    // default: 24 hours, the usual promise to a complainant.
    complaintPlanWithinHours: 24,
    // default: the project's list (FCR-4.7 and CSD-0.7); CCS has no wording rules of its own.
    forbiddenReplies: joinForbiddenReplies(PROJECT_FORBIDDEN_REPLIES),
    // default: the intake fields of first-contact responsibility (FCR-4.5) and the case category.
    requiredIntakeFields: ['channel', 'callerName', 'callerPhone', 'matter', 'category', 'inRemit'],
  },
  escalation: {
    // default: CCS-4.3 has reports go up level by level without naming the levels; the centre's own
    // chain is used. An emergency goes to the top, skipping levels (see skipLevelIn).
    tiers: [
      { level: 1, role: 'duty-officer', decides: ['routine'] },
      { level: 2, role: 'cs-supervisor', decides: ['difficult'] },
      { level: 3, role: 'department-manager', decides: ['major', 'emergency'] },
    ],
    skipLevelIn: ['emergency'],
    afterReportToSkipped: true,
    reportTriggers: ['competition', 'confidentiality-leak', 'major-error', 'safety-threat', 'beyond-remit'],
    // default: CCS names nobody on call; the department manager stays reachable, since an emergency
    // report may come straight to them (CCS-4.3).
    onCall: { roles: ['department-manager'], afterHours: true, holidays: true },
    // default: a written report for every major event (FINE-3.11); CCS already makes major errors and
    // accidents a mandatory report (CCS-4.2).
    incidentReportRequired: true,
    // default: the project's three rings (REG7-7.2c, FINE-3.10).
    answerWithinRings: 3,
    // default: the centre also staffs outbound seats (CCS-6.3.2b), so calling out is part of the work.
    hotlineIncomingOnly: false,
    surge: {
      // Each step applies while the queue stays above the threshold for the time given, counted from
      // the step before. default: the size of the floating expert group and the seats added by
      // longer shifts and by overtime, which CCS leaves to the supervisor's count.
      steps: [
        {
          id: 'floating-experts',
          source: 'floating-experts',
          waitingAbove: 5,
          waitingAtMost: 10,
          sustainedMinutes: 5,
          addMin: 1,
          addMax: 3,
        },
        {
          id: 'outbound-seats',
          source: 'outbound-seats',
          waitingAbove: 5,
          waitingAtMost: 10,
          sustainedMinutes: 5,
          addMin: 2,
          addMax: 3,
        },
        {
          id: 'quality-control',
          source: 'quality-control',
          waitingAbove: 5,
          waitingAtMost: 10,
          sustainedMinutes: 5,
          addMin: 2,
          addMax: 3,
        },
        // "Immediately" once more than 10 wait after the first three steps.
        {
          id: 'back-office',
          source: 'back-office',
          waitingAbove: 10,
          sustainedMinutes: 0,
          addMin: 2,
          addMax: 3,
        },
        // default: "sustained overload" has no duration in CCS; the 5 minutes of the first steps is kept.
        {
          id: 'longer-shifts',
          source: 'longer-shifts',
          waitingAbove: 10,
          sustainedMinutes: 5,
          addMin: 1,
          addMax: 3,
        },
        {
          // default: as above; at most 7 seats, the top of CCS-6.3.4's emergency seats.
          id: 'emergency-overtime',
          source: 'emergency-overtime',
          waitingAbove: 10,
          sustainedMinutes: 5,
          addMin: 1,
          addMax: 7,
        },
      ],
      releaseAtOrBelow: 5,
      nightKeepSupervisors: 1,
      // default: the night shift above.
      nightFrom: '00:00',
      nightTo: '08:00',
    },
  },
  // default: the project's quality targets (FINE table 3), except public-area patrols, which a call
  // centre does not make.
  targets: {
    attendanceRate: 0.999,
    revisitRate: 0.9,
    answerWithinRings: 3,
    incidentReportRate: 1,
    complaintReplyOnTimeRate: 0.999,
    complaintSatisfactionRate: 0.9,
    patrolsPerWorkingDay: 0,
    departmentMeetingsPerWeek: 1,
  },
  // default: three years, archived monthly (REG7-8.5b), the project's retention; CCS sets none.
  records: { retentionYears: 3, archiveCadence: 'monthly' },
  severity: {},
  citations: {
    'posts.0.roundTheClock': ['CCS-6.1.1'],
    'roster.maxAverageWeeklyHours': ['CCS-6.1.2'],
    'roster.reserveHeadcount': ['CCS-6.1.4'],
    'roster.holidayHeadroom': ['CCS-6.3.4'],
    'swaps.requireBothConsents': ['CSM-7'],
    'swaps.privateSwapsAllowed': ['CSM-7'],
    'handover.arriveEarlyMinutes': ['CSM-1'],
    'handover.faceToFace': ['CSM-2'],
    'handover.outgoingStaysUntilSigned': ['CSM-2', 'CCS-6.1.1'],
    'handover.outgoingChecklist.0': ['CSM-5'],
    'handover.outgoingChecklist.1': ['CSM-3'],
    'handover.outgoingChecklist.2': ['CSM-3', 'CSM-6'],
    'handover.incomingChecklist.0': ['CSM-1'],
    'handover.incomingChecklist.1': ['CSM-3'],
    'handover.blockingConditions': ['CSM-5'],
    'escalation.skipLevelIn': ['CCS-4.3'],
    'escalation.afterReportToSkipped': ['CCS-4.3'],
    'escalation.reportTriggers': ['CCS-4.2'],
    'escalation.surge.steps.0.source': ['CCS-6.3.2a'],
    'escalation.surge.steps.0.waitingAbove': ['CCS-6.3.2a'],
    'escalation.surge.steps.0.waitingAtMost': ['CCS-6.3.2a'],
    'escalation.surge.steps.0.sustainedMinutes': ['CCS-6.3.2a'],
    'escalation.surge.steps.1': ['CCS-6.3.2b'],
    'escalation.surge.steps.2': ['CCS-6.3.2c'],
    'escalation.surge.steps.3': ['CCS-6.3.2d'],
    'escalation.surge.steps.4.source': ['CCS-6.3.2e'],
    'escalation.surge.steps.4.waitingAbove': ['CCS-6.3.2e'],
    'escalation.surge.steps.5.source': ['CCS-6.3.2f'],
    'escalation.surge.steps.5.waitingAbove': ['CCS-6.3.2f'],
    'escalation.surge.releaseAtOrBelow': ['CCS-6.3.3'],
    'escalation.surge.nightKeepSupervisors': ['CCS-6.3.4n'],
  },
};
