import type { Rule } from '../../diagnostics/rule.js';
import { callbackKept } from './callback-kept.js';
import { complaintPlan } from './complaint-plan.js';
import type { CaseRuleContext } from './context.js';
import { customerInformed } from './customer-informed.js';
import { firstContactOwner } from './first-contact-owner.js';
import { intakeComplete } from './intake-complete.js';
import { majorComplaintReported } from './major-complaint-reported.js';
import { outOfRemitPassedOn } from './out-of-remit-passed-on.js';
import { overdue } from './overdue.js';
import { ownerCloses } from './owner-closes.js';
import { transferKeepsOwner } from './transfer-keeps-owner.js';
import { twoContacts } from './two-contacts.js';

export type { CaseRuleContext } from './context.js';

/** Every rule of the cases domain (first-contact responsibility), in the order the docs list them. */
export const CASE_RULES: readonly Rule<CaseRuleContext>[] = [
  firstContactOwner,
  ownerCloses,
  intakeComplete,
  transferKeepsOwner,
  outOfRemitPassedOn,
  customerInformed,
  twoContacts,
  callbackKept,
  complaintPlan,
  majorComplaintReported,
  overdue,
];
