/**
 * The roster document (排班表): one site's duty roster for one month, with
 * the leave, swaps and publication history that belong to it. It is what a
 * supervisor's spreadsheet, a portal or a JSON file supplies; `parseRoster`
 * checks it and `validateRoster` applies the rules.
 *
 * What is a problem and what is a finding:
 * - A **problem** (`parseRoster` → `{ ok: false, problems }`) means the
 *   document cannot be read as a roster: a wrong shape or format, or a row
 *   that refers to nothing (unknown staff, shift or post), lies outside the
 *   month, or repeats another row. Counting such a row would make every
 *   figure wrong (a duplicated row doubles a head-count), and dropping it
 *   would hide it, so the whole document is refused with every problem and
 *   its path.
 * - A **finding** (`validateRoster`) is a well-formed roster that breaks a
 *   clause: a gap in coverage, too many hours, a swap without approval.
 */
import * as z from 'zod/mini';
import { PRESET_IDS } from '../policy/presets/ids.js';
import { PolicyId } from '../policy/schema.js';
import { isCalendarDate } from '../time/calendar-day.js';
import { isMonth, MONTH_PATTERN } from '../time/month-days.js';
import { INSTANT_PATTERN, instantRefusal } from '../time/parse-instant.js';
import { isSupportedDate } from '../time/supported-range.js';

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

const Text = z.string().check(z.trim(), z.minLength(1));
const describe = z.describe;

/**
 * A calendar date, `yyyy-MM-dd`, that exists, of the years 2000 to 2999
 * (`isSupportedDate`): `roster.format.date` for any other text,
 * `roster.range.date` for a real date of another year.
 */
export const CalendarDate = z.string().check(
  z.regex(DATE_SHAPE, 'roster.format.date'),
  z.refine((text) => !DATE_SHAPE.test(text) || isCalendarDate(text), 'roster.format.date'),
  z.refine((text) => !isCalendarDate(text) || isSupportedDate(text), 'roster.range.date'),
  describe('A calendar date that exists, yyyy-MM-dd, of the years 2000 to 2999.'),
);

/**
 * An instant, ISO 8601 with an offset: `2026-11-28T17:00:00+08:00`, as
 * `parseInstant` reads it (the one definition the journal uses too), from
 * 2000-01-01T00:00:00Z up to, not including, 3000-01-01T00:00:00Z:
 * `roster.format.instant` for any other text, `roster.range.instant` for an
 * instant of another year.
 */
export const Instant = z.string().check(
  z.regex(INSTANT_PATTERN, 'roster.format.instant'),
  z.refine(
    (text) => !INSTANT_PATTERN.test(text) || instantRefusal(text) !== 'format',
    'roster.format.instant',
  ),
  z.refine((text) => instantRefusal(text) !== 'range', 'roster.range.instant'),
  describe('An instant, ISO 8601 with its UTC offset, of the years 2000 to 2999: 2026-11-28T17:00:00+08:00.'),
);

/**
 * A month, `yyyy-MM`, of the years 2000 to 2999 (`isMonth`):
 * `roster.format.month` for any other text, `roster.range.month` for a month
 * of another year.
 */
export const Month = z.string().check(
  z.regex(MONTH_PATTERN, 'roster.format.month'),
  z.refine((text) => !MONTH_PATTERN.test(text) || isMonth(text), 'roster.range.month'),
  describe('The roster month, yyyy-MM, of the years 2000 to 2999.'),
);

/** A staff number as the site writes it: `E1024`, `chan.tm`. */
export const StaffId = z
  .string()
  .check(
    z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'roster.format.staff-id'),
    describe('A staff id: letters, digits, dots, underscores, hyphens (E1024).'),
  );

const Preset = z.enum(PRESET_IDS);

/** The site's policy: a preset id, or a preset with the site's own overrides. */
export const RosterPolicyRef = z
  .union([
    Preset,
    z.strictObject({
      preset: Preset,
      overrides: z.optional(
        z
          .record(z.string(), z.unknown())
          .check(
            describe(
              'Policy fields the site changes (see policy.schema.json): objects merge, lists replace.',
            ),
          ),
      ),
    }),
  ])
  .check(describe('The policy: a preset id, or { preset, overrides }.'));
export type RosterPolicyRef = z.output<typeof RosterPolicyRef>;

export const StaffMember = z.strictObject({
  id: StaffId,
  name: Text,
  roles: z
    ._default(z.array(PolicyId), [])
    .check(
      describe('Policy roles held (duty-officer, cs-supervisor…): who may prepare, approve, staff a post.'),
    ),
  posts: z.optional(
    z.array(PolicyId).check(describe('Posts the person may staff; absent means any post their roles allow.')),
  ),
  contractHoursPerWeek: z.optional(
    z
      .number()
      .check(z.gte(0), z.lte(168), describe('Contract hours a week, shown beside the hours rostered.')),
  ),
});
export type StaffMember = z.output<typeof StaffMember>;

/** One person on one shift on one day: a row of the roster. */
export const Assignment = z.strictObject({
  staff: StaffId,
  date: CalendarDate.check(
    describe('The day the shift starts (a night shift belongs to the day it starts).'),
  ),
  shift: PolicyId,
  post: z.optional(
    PolicyId.check(describe("The shift's post; may be left out, must match the policy when given.")),
  ),
});
export type Assignment = z.output<typeof Assignment>;

/** A shift instance named by its day, shift and (optionally) post. */
export const ShiftRef = z.strictObject({
  date: CalendarDate,
  shift: PolicyId,
  post: z.optional(PolicyId),
});
export type ShiftRef = z.output<typeof ShiftRef>;

export const LEAVE_KINDS = ['annual', 'personal', 'sick', 'compensatory', 'other'] as const;
export const LeaveKind = z.enum(LEAVE_KINDS);
export type LeaveKind = z.output<typeof LeaveKind>;

/** Leave (請假) taken by one person on one or more days of the month. */
export const Leave = z.strictObject({
  staff: StaffId,
  dates: z.array(CalendarDate).check(z.minLength(1)),
  kind: LeaveKind,
  approvedBy: z.optional(StaffId),
  approvedAt: z.optional(Instant),
  note: z.optional(z.string()),
});
export type Leave = z.output<typeof Leave>;

/**
 * A registered swap (換班): the requester's shift instances are worked by the
 * counterpart, who is paid back (還班) by the requester working the
 * counterpart's `payBack` instance. Every swap listed here is one the roster
 * has applied: the assignments already show the counterpart on `exchanged`
 * and the requester on `payBack`.
 */
export const SwapRequest = z
  .strictObject({
    id: Text,
    requester: StaffId,
    counterpart: StaffId,
    exchanged: z
      .array(ShiftRef)
      .check(z.minLength(1), describe("The requester's shift instances that the counterpart now works.")),
    payBack: z.optional(
      ShiftRef.check(describe("The counterpart's instance the requester works in return.")),
    ),
    requesterConsentedAt: z.optional(Instant),
    counterpartConsentedAt: z.optional(Instant),
    registeredAt: z.optional(Instant.check(describe('When the swap form (換班登記表) was registered.'))),
    approvedBy: z.optional(StaffId),
    approvedAt: z.optional(Instant),
  })
  .check(
    describe('A swap the roster has applied: the counterpart works `exchanged`, the requester `payBack`.'),
  );
export type SwapRequest = z.output<typeof SwapRequest>;

/** Who a published version was sent to (CSD-1.1.4: the related departments and every staff member). */
export const Notified = z.strictObject({
  departments: z._default(z.array(Text), []),
  staff: z._default(z.array(StaffId), []),
});
export type Notified = z.output<typeof Notified>;

/**
 * One version of the roster in its publication history. Version 1 is the
 * monthly roster; every later version is a change (CSD-1.1.5) that
 * supersedes an earlier one (CSD-1.1.7). A version without `publishedAt` is
 * a draft.
 */
export const Publication = z
  .strictObject({
    version: z.int().check(z.gte(1)),
    preparedBy: StaffId,
    preparedAt: Instant,
    reviewedBy: z.optional(
      StaffId.check(
        describe('The reviewer (version 1) or the superior who approved the change (later versions).'),
      ),
    ),
    reviewedAt: z.optional(Instant),
    publishedAt: z.optional(Instant.check(describe('Absent while the version is a draft.'))),
    supersedes: z.optional(z.int().check(z.gte(1), describe('The version this one replaces.'))),
    changeReason: z.optional(z.string()),
    notified: z._default(Notified, { departments: [], staff: [] }),
  })
  .check(describe('One version of the roster: version 1 is the monthly roster, later ones are changes.'));
export type Publication = z.output<typeof Publication>;

export const RosterDocument = z
  .strictObject({
    $schema: z.optional(z.string().check(describe('Lets a JSON file name its schema; ignored.'))),
    site: Text.check(describe('The site: a property centre, an estate, a call centre.')),
    month: Month,
    policy: RosterPolicyRef,
    staff: z
      .array(StaffMember)
      .check(
        z.minLength(1),
        describe('Everyone the roster names: duty staff and who prepares, reviews, approves.'),
      ),
    assignments: z.array(Assignment).check(describe('One row per person, day and shift.')),
    leave: z._default(z.array(Leave), []),
    swaps: z._default(z.array(SwapRequest), []),
    publications: z._default(z.array(Publication), []).check(describe('The publication history, any order.')),
    publicHolidays: z
      ._default(z.array(CalendarDate), [])
      .check(describe("Public holidays from the caller's calendar; dates outside the month are ignored.")),
  })
  .check(describe("One site's duty roster for one month, with its leave, swaps and publication history."));

/** A roster document as checked: every list present (possibly empty). */
export type Roster = z.output<typeof RosterDocument>;
/** A roster document as written: lists other than staff and assignments may be left out. */
export type RosterInput = z.input<typeof RosterDocument>;
