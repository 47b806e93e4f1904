/** Escalation: who decides and who is told, and the call-surge staffing controller. */
export * from './decide.js';
export * from './surge.js';
export { deciderOf, majorComplaintRecipient, dissatisfiedComplaintResponder } from './tiers.js';
export { escalationMessages } from './messages.js';
