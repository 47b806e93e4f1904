/**
 * Responsibility for handover failures (責任劃分): the journal indexed once,
 * and verdicts that name who answers for an incident, in which capacity,
 * under which clauses, proven by which entries, or what evidence is missing.
 */
export {
  INCIDENT_KINDS,
  IncidentKind,
  IncidentConcerns,
  IncidentSchema,
  LiabilityInputError,
  type Incident,
  type IncidentInput,
} from './incident.js';
export {
  SHARES,
  LIABILITY_ROLES,
  MISSING_KINDS,
  type Share,
  type LiabilityRole,
  type VerdictText,
  type Evidence,
  type Responsibility,
  type MissingKind,
  type MissingEvidence,
  type Verdict,
} from './verdict.js';
export {
  indexJournal,
  type JournalIndex,
  type HandoverView,
  type MatterStop,
  type ItemStop,
} from './journal-index.js';
export { deriveResponsibility, type ResponsibilityInput } from './derive.js';
export { liabilityMessages } from './messages.js';
