import type { Rule } from '../../diagnostics/rule.js';
import { anomalyExplained } from './anomaly-explained.js';
import { arrivalLate } from './arrival-late.js';
import type { HandoverRuleContext } from './context.js';
import { countersignDeadline } from './countersign-deadline.js';
import { inventoryExplained } from './inventory-explained.js';
import { matterFollowUp } from './matter-follow-up.js';
import { preparationLate } from './preparation-late.js';
import { unreadEntries } from './unread-entries.js';

export type { HandoverRuleContext } from './context.js';

/** Every rule of the handover domain, in the order the docs list them. */
export const HANDOVER_RULES: readonly Rule<HandoverRuleContext>[] = [
  arrivalLate,
  preparationLate,
  inventoryExplained,
  anomalyExplained,
  matterFollowUp,
  countersignDeadline,
  unreadEntries,
];
