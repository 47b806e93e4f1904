/**
 * First-contact responsibility (首問責任制): case entries, the pure fold to
 * each case's state and deadlines, guarded commands, findings, and the check
 * of reply wording.
 */
export * from './entries.js';
export * from './register.js';
export * from './commands.js';
export * from './refusal.js';
export * from './check.js';
export { CASE_RULES, type CaseRuleContext } from './rules/index.js';
export * from './wording.js';
export type { SiteClock } from './deadlines.js';
export { casesMessages } from './messages.js';
