/**
 * The roster engine: the monthly roster document, its validation against a
 * policy (every `roster/*` and `swap/*` rule, with clause-cited findings),
 * the report beside it, incremental re-checks and calendar export.
 *
 * ```ts
 * const parsed = parseRosterJson(text); // or readRosterCsv(csv, { meta }) for a spreadsheet export
 * if (!parsed.ok) show(parsed.problems);
 * else {
 *   const { findings, report } = validateRoster(parsed.roster, parsed.policy, { now: clock() });
 * }
 * ```
 */
export {
  RosterDocument,
  StaffMember as RosterStaffMember,
  Assignment,
  ShiftRef,
  Leave,
  LeaveKind,
  LEAVE_KINDS,
  SwapRequest,
  Publication,
  Notified,
  RosterPolicyRef,
  type Roster,
  type RosterInput,
} from './document.js';
export {
  parseRoster,
  parseRosterJson,
  readRoster,
  resolveRosterPolicy,
  type ParseRosterOptions,
  type RosterParseResult,
} from './parse.js';
export {
  readRosterCsv,
  writeRosterCsv,
  parseCsv,
  formatCsvRows,
  shiftCodes,
  uncheckedRules,
  CSV_MAX_PROBLEMS,
  type CsvCell,
  type CsvRecord,
  type CsvParseResult,
  type CsvLayout,
  type CsvSource,
  type CsvRowsOptions,
  type IgnoredColumn,
  type ReadRosterCsvOptions,
  type RosterCsvResult,
  type ShiftCodeTable,
  type UncheckedReason,
  type UncheckedRule,
  type WriteRosterCsvOptions,
} from './csv.js';
export { RosterError } from './roster-error.js';
export { rosterJsonSchema } from './json-schema.js';
export { validateRoster, checkRosterContext, type RosterValidation } from './validate.js';
export { buildRosterContext, type RosterContext, type Placement, type ValidateOptions } from './context.js';
export {
  buildRosterCalendar,
  type RosterCalendar,
  type InstanceSlot,
  type BandOccurrence,
} from './calendar.js';
export {
  rosterReport,
  COVERAGE_SLOT_MINUTES,
  type RosterReport,
  type StaffHours,
  type WeekHours,
  type PostCoverage,
  type DayCoverage,
  type Spread,
} from './report.js';
export { ROSTER_RULES, type RosterRule, type RosterRuleScope, type RosterRuleUnit } from './rules/index.js';
export { defineRosterRule } from './rules/define-roster-rule.js';
export { createRosterSession, type RosterSession, type AssignmentEdit } from './incremental.js';
export { staffICalendar, rosterICalendars, type ICalendarOptions } from './ical.js';
export { cleanMonth, type CleanMonthOptions } from './fixtures/clean-month.js';
export { rosterMessages } from './messages.js';
