/**
 * @packageDocumentation
 * `@duty-handover/core`: the duty and handover rules of property-management
 * customer-service centres as pure TypeScript, for browsers and Node.
 */

// Policy: schema, presets, resolution, clause registry.
export * from './policy/schema.js';
export {
  resolvePolicy,
  resolvePolicyFrom,
  presetOf,
  parsePolicyJson,
  type PresetSource,
  type ResolvedPolicy,
  type PolicyOverrides,
  type PolicyDocument,
  type PolicyInput,
  type DeepReadonly,
  type DeepPartial,
} from './policy/resolve.js';
export { PolicyError } from './policy/policy-error.js';
export { problem, formatPath, describeProblems, type Problem, type DataPath } from './diagnostics/problem.js';
export {
  PRESETS,
  PRESET_IDS,
  PRESET_INFO,
  isPresetId,
  type PresetId,
  type PresetInfo,
} from './policy/presets/index.js';
// Each preset on its own, for pages that load one preset at a time (resolvePolicyFrom).
export { reg7 as reg7Preset } from './policy/presets/reg7.js';
export { estateGroup as estateGroupPreset } from './policy/presets/estate-group.js';
export { taikooFrontDesk as taikooFrontDeskPreset } from './policy/presets/taikoo-front-desk.js';
export { callCentre as callCentrePreset } from './policy/presets/call-centre.js';
export { csDepartment as csDepartmentPreset } from './policy/presets/cs-department.js';
export {
  CLAUSES,
  CLAUSE_IDS,
  CLAUSE_SECTIONS,
  CLAUSE_SOURCES,
  getClause,
  isClauseId,
  clausesOf,
  clausesIn,
  type Clause,
  type ClauseId,
  type ClauseKind,
  type ClauseSection,
  type ClauseSourceCode,
  type ClauseText,
} from './policy/clauses.js';
export { checkPolicy } from './policy/check-policy.js';
export { POLICY_RULES } from './policy/rules/index.js';
export { minutesOfDay, timeOfDayText, daySpans, uncoveredSpans, type DaySpan } from './policy/time-of-day.js';

// Site time: shift instances and calendar days in the site's time zone.
export * from './time/index.js';

// The monthly roster: document, validation rules, report, calendars, incremental re-checks.
export * from './roster/index.js';

// The record: an append-only, hash-chained journal.
export * from './journal/index.js';

// The handover: entries, the pure fold, guarded commands, findings; the key register.
export * from './handover/index.js';
export * from './keys/index.js';

// First-contact responsibility and escalation.
export * from './cases/index.js';
export * from './escalation/index.js';

// Responsibility for handover failures, and the quality figures.
export * from './liability/index.js';
export * from './kpi/index.js';

// Findings: the shared shape of every rule's output.
export type { Finding, FindingSubject, Severity, MessageParams } from './diagnostics/finding.js';
export {
  defineRule,
  type Rule,
  type RuleMeta,
  type RuleDomain,
  type RuleExample,
  type Report,
} from './diagnostics/rule.js';
export {
  runRules,
  sortFindings,
  countBySeverity,
  RuleContractError,
  type RunOptions,
} from './diagnostics/runner.js';
export {
  fillTemplate,
  formatMessage,
  formatFinding,
  matchLocale,
  placeholdersOf,
  LOCALES,
  CATALOGUES,
  type Locale,
} from './diagnostics/format.js';
export { MESSAGES, type MessageId, type MessageCatalogue } from './messages.js';
export { defineMessages } from './diagnostics/define-messages.js';
export { ALL_RULE_META } from './rule-registry.js';
export { RULE_IDS, type RuleId } from './rule-ids.js';
export { policyJsonSchema } from './policy/json-schema.js';
