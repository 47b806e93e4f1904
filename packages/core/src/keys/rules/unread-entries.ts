import { defineRule } from '../../diagnostics/rule.js';
import type { MessageId } from '../../messages.js';
import type { KeyIgnoredReason } from '../register.js';
import type { KeyRuleContext } from './context.js';

const MESSAGE: Readonly<Record<KeyIgnoredReason, MessageId>> = {
  'unknown-type': 'keys.entry-unreadable',
  'invalid-payload': 'keys.entry-unreadable',
  repeated: 'keys.entry-out-of-sequence',
  'unknown-subject': 'keys.entry-without-register',
};

/**
 * Every key movement is read into the register (CSD-9.1.2): a return with
 * no loan or issue behind it, or an entry the fold cannot read, is shown
 * rather than dropped.
 */
export const keyEntriesRead = defineRule<KeyRuleContext>({
  meta: {
    id: 'keys/unread-entries',
    domain: 'keys',
    clauses: ['CSD-9.1.2', 'REG7-8.5a'],
    defaultSeverity: 'error',
    summary: {
      'zh-Hant': '每條鑰匙記錄和每項更正都必須可以讀入鑰匙登記表。',
      'zh-Hans': '每条钥匙记录和每项更正都必须可以读入钥匙登记表。',
      en: 'Every key entry and every correction can be read into the key register.',
    },
    messages: [
      'keys.entry-unreadable',
      'keys.entry-out-of-sequence',
      'keys.entry-without-register',
      'keys.amendment-not-applied',
    ],
    configuredBy: [],
  },
  *check({ register }) {
    for (const entry of register.ignored) {
      yield {
        messageId: MESSAGE[entry.reason],
        params: { seq: entry.seq, type: entry.type },
        subject: { entries: [entry.seq] },
        clauses: ['CSD-9.1.2'],
      };
    }
    for (const amendment of register.amendments) {
      if (amendment.applied) continue;
      yield {
        messageId: 'keys.amendment-not-applied',
        params: { seq: amendment.seq, original: amendment.originalId },
        subject: { entries: [amendment.seq, amendment.originalSeq] },
        clauses: ['REG7-8.5a'],
      };
    }
  },
});
