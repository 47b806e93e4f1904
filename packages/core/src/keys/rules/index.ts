import type { Rule } from '../../diagnostics/rule.js';
import { areaCount } from './area-count.js';
import { areaReturned } from './area-returned.js';
import type { KeyRuleContext } from './context.js';
import { roomKeyReturned } from './room-key-returned.js';
import { keyEntriesRead } from './unread-entries.js';

export type { KeyRuleContext } from './context.js';

/** Every rule of the keys domain, in the order the docs list them. */
export const KEYS_RULES: readonly Rule<KeyRuleContext>[] = [
  areaCount,
  areaReturned,
  roomKeyReturned,
  keyEntriesRead,
];
