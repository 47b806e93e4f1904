/**
 * The shape of a site's policy: every value the duty and handover rules read.
 *
 * The schema only checks shape (types, ranges, formats). References between
 * parts of the policy (a shift's post, a tier's role, a coverage band's post)
 * are checked afterwards by {@link crossCheckPolicy}, so that every problem is
 * reported at once with its own path.
 *
 * `zod/mini` keeps the browser bundle small; human messages never come from
 * zod but from the project's own locale tables.
 */
import * as z from 'zod/mini';

/** Text shown to people, in every locale the product speaks. */
export const LocalizedText = z.strictObject({
  'zh-Hant': z.string().check(z.trim(), z.minLength(1)),
  'zh-Hans': z.string().check(z.trim(), z.minLength(1)),
  en: z.string().check(z.trim(), z.minLength(1)),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

/** Identifier used inside a policy (shift, post, role, checklist item…). */
export const PolicyId = z.string().check(z.regex(/^[a-z][a-z0-9-]*$/, 'input.format.id'));

/** A wall-clock time in the site's time zone, `HH:mm`, 00:00–23:59. */
export const TimeOfDay = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'input.format.time'));

/** Like {@link TimeOfDay} but `24:00` is allowed, to end a band at midnight. */
export const BandEnd = z
  .string()
  .check(z.regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'input.format.band-end'));

const Minutes = z.int().check(z.gte(0));
const PositiveInt = z.int().check(z.gte(1));
const Rate = z.number().check(z.gte(0), z.lte(1));

/** A clause ID of the catalogue; checked against the registry later. */
const ClauseRef = z.string().check(z.minLength(1));
const Cites = z.array(ClauseRef);

export const RoleDefinition = z.strictObject({
  id: PolicyId,
  name: LocalizedText,
});
export type RoleDefinition = z.infer<typeof RoleDefinition>;

export const PostDefinition = z.strictObject({
  id: PolicyId,
  name: LocalizedText,
  /** A post that must be staffed at every minute (a 24-hour hotline). */
  roundTheClock: z.boolean(),
  /** Roles whose holders may be rostered on this post (TKC-4.1B: butlers and front-desk agents). */
  staffedBy: z.optional(z.array(PolicyId)),
});
export type PostDefinition = z.infer<typeof PostDefinition>;

export const ShiftDefinition = z.strictObject({
  id: PolicyId,
  name: LocalizedText,
  start: TimeOfDay,
  end: TimeOfDay,
  /** True when the shift ends on the next calendar day (17:30–01:00). */
  crossesMidnight: z.boolean(),
  post: PolicyId,
  /**
   * Unpaid meal break inside the shift, in minutes (default 0). Working hours
   * are the shift's length less this break, so a 08:00–17:00 shift with a
   * 60-minute lunch counts 8 hours towards the weekly limit.
   */
  mealBreakMinutes: z.optional(Minutes),
});
export type ShiftDefinition = z.infer<typeof ShiftDefinition>;

export const DayKind = z.enum(['every-day', 'weekdays', 'weekends', 'public-holidays']);
export type DayKind = z.infer<typeof DayKind>;

export const CoverageBand = z.strictObject({
  id: PolicyId,
  post: PolicyId,
  /** Band start; a band whose `to` is earlier than `from` wraps past midnight. */
  from: TimeOfDay,
  to: BandEnd,
  days: DayKind,
  minStaff: PositiveInt,
  name: LocalizedText,
});
export type CoverageBand = z.infer<typeof CoverageBand>;

export const RosterDeadline = z.strictObject({
  /** `month-end`: before the last day of the month; `day-of-month`: by `day` (TKC: the 25th). */
  kind: z.enum(['month-end', 'day-of-month']),
  day: z.optional(z.int().check(z.gte(1), z.lte(28))),
});
export type RosterDeadline = z.infer<typeof RosterDeadline>;

export const RosterRules = z.strictObject({
  preparedBy: PolicyId,
  reviewRequired: z.boolean(),
  reviewedBy: z.optional(PolicyId),
  /** Role the approved roster is reported to (TKC: the project head). */
  reportedTo: z.optional(PolicyId),
  deadline: RosterDeadline,
  holidayPublicationLeadDays: Minutes,
  maxAverageWeeklyHours: z.number().check(z.gt(0), z.lte(168)),
  maxConsecutiveWorkingDays: z.int().check(z.gte(1), z.lte(31)),
  minRestBetweenShiftsHours: z.number().check(z.gte(0), z.lte(48)),
  coverage: z.array(CoverageBand),
  /** People kept unscheduled and reachable on every day. */
  reserveHeadcount: Minutes,
  holidayHeadroom: z.strictObject({
    /** Extra people above each band's minimum on a public holiday. */
    extraStaff: Minutes,
    emergencySeatsMin: Minutes,
    emergencySeatsMax: Minutes,
  }),
  /** A night shift may run on while a customer is still being served. */
  overrunAllowedWhileServing: z.boolean(),
});
export type RosterRules = z.infer<typeof RosterRules>;

export const SwapRules = z.strictObject({
  /** Swaps per person per calendar month; 0 means swaps are not allowed at all. */
  monthlyLimit: Minutes,
  banConsecutiveSwaps: z.boolean(),
  banBackToBack: z.boolean(),
  requireBothConsents: z.boolean(),
  approverRole: PolicyId,
  /** Staff rostered on a public holiday may neither swap nor take leave for it. */
  holidayFreeze: z.boolean(),
  noLeaveOnSwapDays: z.boolean(),
  leaveApproverRole: PolicyId,
  /** When false, only the supervisor arranges a substitute (no private swaps). */
  privateSwapsAllowed: z.boolean(),
});
export type SwapRules = z.infer<typeof SwapRules>;

export const ChecklistItem = z.strictObject({
  id: PolicyId,
  label: LocalizedText,
  required: z.boolean(),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

export const InventoryItem = z.strictObject({
  id: PolicyId,
  name: LocalizedText,
  expected: Minutes,
});
export type InventoryItem = z.infer<typeof InventoryItem>;

/** Conditions under which a handover may not proceed. */
export const BLOCKING_CONDITIONS = [
  'major-event-unresolved',
  'equipment-transition',
  'preparation-incomplete',
  'incoming-unfit',
  'before-handover-time',
  'incoming-absent',
  'emergency-in-progress',
  'incident-in-progress',
  'important-work-unfinished',
  'dispute-unresolved',
] as const;
export const BlockingCondition = z.enum(BLOCKING_CONDITIONS);
export type BlockingCondition = z.infer<typeof BlockingCondition>;

export const HandoverRules = z.strictObject({
  arriveEarlyMinutes: Minutes,
  outgoingPreparationMinutes: Minutes,
  faceToFace: z.boolean(),
  outgoingStaysUntilSigned: z.boolean(),
  outgoingChecklist: z.array(ChecklistItem),
  incomingChecklist: z.array(ChecklistItem),
  inventory: z.array(InventoryItem),
  blockingConditions: z.array(BlockingCondition),
  countersign: z.strictObject({
    role: PolicyId,
    /** Days after the handover on which the countersign falls due (0 = same day). */
    dayOffset: z.int().check(z.gte(0), z.lte(7)),
    by: TimeOfDay,
  }),
});
export type HandoverRules = z.infer<typeof HandoverRules>;

export const INTAKE_FIELDS = [
  'channel',
  'callerName',
  'callerPhone',
  'matter',
  'category',
  'inRemit',
] as const;
export const IntakeField = z.enum(INTAKE_FIELDS);
export type IntakeField = z.infer<typeof IntakeField>;

export const CaseRules = z.strictObject({
  /** General matters close by this time on the day they came in. */
  generalCloseBy: BandEnd,
  difficultCloseWithinDays: PositiveInt,
  maxContactsToClose: PositiveInt,
  complaintPlanWithinHours: PositiveInt,
  forbiddenReplies: z.strictObject({
    'zh-Hant': z.array(z.string().check(z.trim(), z.minLength(1))),
    'zh-Hans': z.array(z.string().check(z.trim(), z.minLength(1))),
    en: z.array(z.string().check(z.trim(), z.minLength(1))),
  }),
  requiredIntakeFields: z.array(IntakeField),
});
export type CaseRules = z.infer<typeof CaseRules>;

export const MATTER_GRAVITIES = ['routine', 'difficult', 'major', 'emergency'] as const;
export const MatterGravity = z.enum(MATTER_GRAVITIES);
export type MatterGravity = z.infer<typeof MatterGravity>;

export const REPORT_TRIGGERS = [
  'competition',
  'confidentiality-leak',
  'major-error',
  'safety-threat',
  'beyond-remit',
] as const;
export const ReportTrigger = z.enum(REPORT_TRIGGERS);
export type ReportTrigger = z.infer<typeof ReportTrigger>;

export const SURGE_SOURCES = [
  'floating-experts',
  'outbound-seats',
  'quality-control',
  'back-office',
  'longer-shifts',
  'emergency-overtime',
] as const;
export const SurgeSource = z.enum(SURGE_SOURCES);
export type SurgeSource = z.infer<typeof SurgeSource>;

export const SurgeStep = z.strictObject({
  id: PolicyId,
  source: SurgeSource,
  /** The step applies while more than this many callers wait… */
  waitingAbove: Minutes,
  /** …and, when set, no more than this many (CCS-6.3.2a: 5 < n ≤ 10). */
  waitingAtMost: z.optional(Minutes),
  /** …for at least this long (measured from the previous step). */
  sustainedMinutes: Minutes,
  addMin: Minutes,
  addMax: Minutes,
});
export type SurgeStep = z.infer<typeof SurgeStep>;

export const EscalationTier = z.strictObject({
  level: PositiveInt,
  role: PolicyId,
  decides: z.array(MatterGravity),
});
export type EscalationTier = z.infer<typeof EscalationTier>;

export const EscalationRules = z.strictObject({
  tiers: z.array(EscalationTier).check(z.minLength(1)),
  skipLevelIn: z.array(MatterGravity),
  afterReportToSkipped: z.boolean(),
  reportTriggers: z.array(ReportTrigger),
  onCall: z.strictObject({
    roles: z.array(PolicyId),
    afterHours: z.boolean(),
    holidays: z.boolean(),
  }),
  /** Role that goes on site first when a resident complains of dissatisfaction. */
  dissatisfiedComplaintOnSite: z.optional(PolicyId),
  /** Role a major complaint is reported to. */
  majorComplaintReportedTo: z.optional(PolicyId),
  incidentReportRequired: z.boolean(),
  answerWithinRings: PositiveInt,
  hotlineIncomingOnly: z.boolean(),
  surge: z.strictObject({
    steps: z.array(SurgeStep),
    releaseAtOrBelow: Minutes,
    /** At night everyone but this many on-site supervisors joins inbound. */
    nightKeepSupervisors: Minutes,
    nightFrom: TimeOfDay,
    nightTo: TimeOfDay,
  }),
});
export type EscalationRules = z.infer<typeof EscalationRules>;

export const QualityTargets = z.strictObject({
  attendanceRate: Rate,
  revisitRate: Rate,
  answerWithinRings: PositiveInt,
  incidentReportRate: Rate,
  complaintReplyOnTimeRate: Rate,
  complaintSatisfactionRate: Rate,
  patrolsPerWorkingDay: Minutes,
  departmentMeetingsPerWeek: Minutes,
});
export type QualityTargets = z.infer<typeof QualityTargets>;

export const RecordRules = z.strictObject({
  retentionYears: PositiveInt,
  archiveCadence: z.enum(['monthly', 'quarterly', 'yearly']),
});
export type RecordRules = z.infer<typeof RecordRules>;

export const SeveritySetting = z.enum(['off', 'warn', 'error']);
export type SeveritySetting = z.infer<typeof SeveritySetting>;

export const Policy = z.strictObject({
  id: PolicyId,
  name: LocalizedText,
  /** IANA time zone every wall-clock time of the policy is read in (HOR-1.1). */
  timeZone: z.string().check(z.minLength(1)),
  roles: z.array(RoleDefinition).check(z.minLength(1)),
  posts: z.array(PostDefinition).check(z.minLength(1)),
  shifts: z.array(ShiftDefinition).check(z.minLength(1)),
  roster: RosterRules,
  swaps: SwapRules,
  handover: HandoverRules,
  cases: CaseRules,
  escalation: EscalationRules,
  targets: QualityTargets,
  records: RecordRules,
  severity: z.record(z.string(), SeveritySetting),
  /**
   * Where each value comes from: a dotted path into this policy (for example
   * `handover.arriveEarlyMinutes`) mapped to the clause IDs it reproduces.
   */
  citations: z.record(z.string(), Cites),
});
export type Policy = z.infer<typeof Policy>;
