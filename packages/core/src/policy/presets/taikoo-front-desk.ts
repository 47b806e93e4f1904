/**
 * Preset `taikoo-front-desk`: the front-desk duty and handover rules of the
 * Taikoo City estate's customer-service centre (TKC, seed 002, section 3.10).
 *
 * Two gaps in the seed shape this preset:
 * - The duty hours read "8:00~**:00": the end is blanked out. TKC's text is
 *   REG7 adapted clause by clause (duties, principles, discipline, powers,
 *   on-call list), so the missing end is taken from REG7's shifts: an early
 *   shift from 08:00 and a middle shift to 21:00.
 * - The seed stops after the on-call list (TKC-4.2E): the handover part of the
 *   regulation is missing. The handover values are REG7's section 9, copied as
 *   defaults and not cited.
 * Where TKC repeats REG7 word for word (three rings, incoming-only hotline,
 * staying at the post) the catalogue files the text under REG7 and this
 * preset cites the REG7 ID.
 *
 * `citations` maps a dotted path to the clauses its value reproduces; values
 * marked `// default:` are the project's and are not cited.
 */
import type { Policy } from '../schema.js';
import { PROJECT_FORBIDDEN_REPLIES, joinForbiddenReplies } from './cs-department.js';
import { reg7 } from './reg7.js';

/** A deep copy, so that changing one preset never changes another. */
function copyOf<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export const taikooFrontDesk: Policy = {
  id: 'taikoo-front-desk',
  name: {
    'zh-Hant': '太古城客服中心前台值班與交接班規定',
    'zh-Hans': '太古城客服中心前台值班与交接班规定',
    en: 'Taikoo City customer-service centre: front-desk duty and handover rules',
  },
  // default: no source names a zone; mainland property-management rules keep Beijing time (HOR-1.1).
  timeZone: 'Asia/Shanghai',
  roles: [
    {
      id: 'duty-officer',
      name: {
        'zh-Hant': '值班人員(客服管家或前台客服)',
        'zh-Hans': '值班人员(客服管家或前台客服)',
        en: 'Duty officer (a butler or a front-desk agent)',
      },
    },
    { id: 'butler', name: { 'zh-Hant': '客服管家', 'zh-Hans': '客服管家', en: 'Customer-service butler' } },
    {
      id: 'front-desk-agent',
      name: { 'zh-Hant': '前台客服', 'zh-Hans': '前台客服', en: 'Front-desk agent' },
    },
    {
      id: 'back-office',
      name: { 'zh-Hant': '後台支援人員', 'zh-Hans': '后台支援人员', en: 'Back-office support staff' },
    },
    {
      id: 'cs-supervisor',
      name: { 'zh-Hant': '客服主管', 'zh-Hans': '客服主管', en: 'Customer-service supervisor' },
    },
    { id: 'project-head', name: { 'zh-Hant': '項目負責人', 'zh-Hans': '项目负责人', en: 'Project head' } },
    {
      id: 'security-head',
      name: {
        'zh-Hant': '秩序維護部經理',
        'zh-Hans': '秩序维护部经理',
        en: 'Head of security (order maintenance)',
      },
    },
    {
      id: 'engineering-head',
      name: {
        'zh-Hant': '工程維修部主管',
        'zh-Hans': '工程维修部主管',
        en: 'Head of engineering and repairs',
      },
    },
  ],
  posts: [
    {
      id: 'front-desk',
      name: {
        'zh-Hant': '客服中心前台',
        'zh-Hans': '客服中心前台',
        en: 'Customer-service centre front desk',
      },
      // TKC-4.1B gives daytime duty hours starting at 08:00: the desk is not staffed overnight.
      roundTheClock: false,
      staffedBy: ['butler', 'front-desk-agent', 'back-office'],
    },
  ],
  shifts: [
    {
      id: 'early',
      name: { 'zh-Hant': '早班', 'zh-Hans': '早班', en: 'Early shift' },
      start: '08:00',
      // default: REG7-4.3's early shift, 9 hours like every day shift in the sources.
      end: '17:00',
      crossesMidnight: false,
      post: 'front-desk',
      // default: the one-hour meal inside a 9-hour day, as in the other presets.
      mealBreakMinutes: 60,
    },
    {
      // default: the blanked-out end of the duty hours, taken from REG7-4.3's middle shift.
      id: 'middle',
      name: { 'zh-Hant': '中班', 'zh-Hans': '中班', en: 'Middle shift' },
      start: '12:00',
      end: '21:00',
      crossesMidnight: false,
      post: 'front-desk',
      // default: the one-hour meal inside a 9-hour day, as in the other presets.
      mealBreakMinutes: 60,
    },
  ],
  roster: {
    preparedBy: 'cs-supervisor',
    reviewRequired: true,
    // TKC-4.1A literally has the supervisor draft and then review the roster. Kept as written: the
    // review is by a supervisor, and a site with a second supervisor assigns the review to them.
    reviewedBy: 'cs-supervisor',
    reportedTo: 'project-head',
    // "每月25日前": by the 25th of the month before.
    deadline: { kind: 'day-of-month', day: 25 },
    // default: a roster due by the 25th is out at least six days before any holiday of its month.
    holidayPublicationLeadDays: 0,
    // default: 40 hours of work a week, the national standard (and the figure CCS-6.1.2 sets for the
    // call centre); meal breaks are not working time (see the shifts' mealBreakMinutes).
    maxAverageWeeklyHours: 40,
    // default: at least one day off in seven (the Labour Law's weekly rest day).
    maxConsecutiveWorkingDays: 6,
    // default: an 11-hour daily rest; middle (ends 21:00) then early (starts 08:00) leaves exactly 11.
    minRestBetweenShiftsHours: 11,
    coverage: [
      {
        id: 'duty-hours',
        post: 'front-desk',
        from: '08:00',
        // default: the end of the middle shift, as above.
        to: '21:00',
        // default: TKC names no weekdays; an estate front desk opens every day.
        days: 'every-day',
        minStaff: 1,
        name: { 'zh-Hant': '值班時間', 'zh-Hans': '值班时间', en: 'Duty hours' },
      },
      {
        // TKC-4.1B: at busy times the supervisor adds back-office staff, so the desk needs one more
        // person than usual. default: the source names no busy hours; residents come by most before
        // work and after it.
        id: 'morning-peak',
        post: 'front-desk',
        from: '09:00',
        to: '11:00',
        days: 'every-day',
        minStaff: 2,
        name: { 'zh-Hant': '上午繁忙時段', 'zh-Hans': '上午繁忙时段', en: 'Morning busy hours' },
      },
      {
        // As above; default times.
        id: 'evening-peak',
        post: 'front-desk',
        from: '17:00',
        to: '19:00',
        days: 'every-day',
        minStaff: 2,
        name: { 'zh-Hant': '傍晚繁忙時段', 'zh-Hans': '傍晚繁忙时段', en: 'Evening busy hours' },
      },
    ],
    // default: no unscheduled reserve; busy times are met by back-office support (TKC-4.1B).
    reserveHeadcount: 0,
    // default: TKC asks for no extra staff on public holidays.
    holidayHeadroom: { extraStaff: 0, emergencySeatsMin: 0, emergencySeatsMax: 0 },
    // default: no TKC clause lets a shift run past its end.
    overrunAllowedWhileServing: false,
  },
  swaps: {
    // default: the only limit any source sets (CSD-7.4a), applied to the substitutions the supervisor arranges.
    monthlyLimit: 3,
    // default: TKC adds no restriction on which days may be covered.
    banConsecutiveSwaps: false,
    banBackToBack: false,
    // default: the supervisor names the substitute (TKC-4.2C); TKC asks nobody's consent for that.
    requireBothConsents: false,
    approverRole: 'cs-supervisor',
    holidayFreeze: false,
    noLeaveOnSwapDays: false,
    leaveApproverRole: 'cs-supervisor',
    privateSwapsAllowed: false,
  },
  // default: the whole handover section of TKC is missing from the seed; REG7's section 9 stands in
  // for it (TKC follows REG7 everywhere else). Nothing here is cited.
  handover: copyOf(reg7.handover),
  cases: {
    // default: the project's case limits (FINE-3.4, FINE-3.5, FCR-4.6); TKC sets none.
    generalCloseBy: '24:00',
    difficultCloseWithinDays: 7,
    maxContactsToClose: 2,
    // default: 24 hours, the usual property-management promise to a complainant.
    complaintPlanWithinHours: 24,
    // default: the project's list (FCR-4.7 and CSD-0.7); TKC has no wording rules of its own.
    forbiddenReplies: joinForbiddenReplies(PROJECT_FORBIDDEN_REPLIES),
    // default: the intake fields of first-contact responsibility (FCR-4.5) and the case category.
    requiredIntakeFields: ['channel', 'callerName', 'callerPhone', 'matter', 'category', 'inRemit'],
  },
  escalation: {
    tiers: [
      // The duty officer may mobilise other departments' staff (TKC-4.2D) and so leads the response
      // to an emergency; the on-call managers come in when told (TKC-4.2E).
      { level: 1, role: 'duty-officer', decides: ['routine', 'emergency'] },
      { level: 2, role: 'cs-supervisor', decides: ['difficult'] },
      { level: 3, role: 'project-head', decides: ['major'] },
    ],
    // default: TKC never lets a level be skipped.
    skipLevelIn: [],
    // default: should a level ever be skipped, the skipped superior hears of it afterwards.
    afterReportToSkipped: true,
    // default: the catalogue's report triggers (CCS-4.2) that apply to a property desk.
    reportTriggers: ['major-error', 'safety-threat', 'beyond-remit'],
    onCall: {
      roles: ['project-head', 'cs-supervisor', 'security-head', 'engineering-head'],
      afterHours: true,
      holidays: true,
    },
    // default: REG7-8.5's incident report, the likely content of TKC's missing records part.
    incidentReportRequired: true,
    answerWithinRings: 3,
    hotlineIncomingOnly: true,
    surge: {
      // default: no call-surge staffing; the night window is when the desk is closed, unused.
      steps: [],
      releaseAtOrBelow: 0,
      nightKeepSupervisors: 0,
      nightFrom: '21:00',
      nightTo: '08:00',
    },
  },
  // default: the project's quality targets (FINE table 3), except the three rings TKC states itself.
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
  // default: three years, archived monthly (REG7-8.5b), the project's retention; TKC's part is missing.
  records: { retentionYears: 3, archiveCadence: 'monthly' },
  severity: {},
  citations: {
    'roles.0': ['TKC-4.1B'],
    'roles.1': ['TKC-4.1B'],
    'roles.2': ['TKC-4.1B'],
    'roles.3': ['TKC-4.1B'],
    'roles.4': ['TKC-4.1A', 'TKC-4.2B', 'TKC-4.2C'],
    'roles.5': ['TKC-4.1A', 'TKC-4.2B', 'TKC-4.2E'],
    'roles.6': ['TKC-4.2E'],
    'roles.7': ['TKC-4.2E'],
    'posts.0.roundTheClock': ['TKC-4.1B'],
    'shifts.0.start': ['TKC-4.1B'],
    'roster.preparedBy': ['TKC-4.1A'],
    'roster.reviewRequired': ['TKC-4.1A'],
    'roster.reviewedBy': ['TKC-4.1A'],
    'roster.reportedTo': ['TKC-4.1A'],
    'roster.deadline': ['TKC-4.1A'],
    'roster.coverage.0.post': ['TKC-4.1B'],
    'roster.coverage.0.from': ['TKC-4.1B'],
    'roster.coverage.0.minStaff': ['REG7-7.1'],
    'roster.coverage.1.post': ['TKC-4.1B'],
    'roster.coverage.1.minStaff': ['TKC-4.1B'],
    'roster.coverage.2.post': ['TKC-4.1B'],
    'roster.coverage.2.minStaff': ['TKC-4.1B'],
    'swaps.approverRole': ['TKC-4.2C'],
    'swaps.leaveApproverRole': ['TKC-4.2C'],
    'swaps.privateSwapsAllowed': ['TKC-4.2C'],
    'escalation.tiers.0': ['TKC-4.2B'],
    'escalation.tiers.0.decides.1': ['TKC-4.2D'],
    'escalation.tiers.1': ['TKC-4.2B'],
    'escalation.tiers.2': ['TKC-4.2B'],
    'escalation.onCall': ['TKC-4.2E'],
    'escalation.answerWithinRings': ['REG7-7.2c'],
    'escalation.hotlineIncomingOnly': ['REG7-7.3'],
    'targets.answerWithinRings': ['REG7-7.2c'],
  },
};
