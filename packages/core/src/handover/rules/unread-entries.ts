import { defineRule } from '../../diagnostics/rule.js';
import type { MessageId } from '../../messages.js';
import type { IgnoredReason } from '../record.js';
import { handoverSubject, type HandoverRuleContext } from './context.js';

const MESSAGE: Readonly<Record<IgnoredReason, MessageId>> = {
  'unknown-type': 'handover.entry-unreadable',
  'invalid-payload': 'handover.entry-unreadable',
  'before-opened': 'handover.entry-out-of-sequence',
  'duplicate-open': 'handover.entry-out-of-sequence',
  repeated: 'handover.entry-out-of-sequence',
  'unknown-subject': 'handover.entry-out-of-sequence',
  'out-of-sequence': 'handover.entry-out-of-sequence',
  'not-a-party': 'handover.entry-not-by-party',
};

/**
 * Every entry of a handover is part of its record (HOS-4.8) and every
 * correction applies to the record it names (REG7-8.5a). The fold sets
 * aside entries it cannot read as facts (written around the commands, or
 * damaged); this rule makes each one visible instead of silently dropped.
 */
export const unreadEntries = defineRule<HandoverRuleContext>({
  meta: {
    id: 'handover/unread-entries',
    domain: 'handover',
    clauses: ['HOS-4.8', 'REG7-8.5a'],
    defaultSeverity: 'error',
    summary: {
      'zh-Hant': '交接班的每條記錄和每項更正都必須可以讀入。',
      'zh-Hans': '交接班的每条记录和每项更正都必须可以读入。',
      en: 'Every entry and every correction of a handover can be read into its record.',
    },
    messages: [
      'handover.entry-unreadable',
      'handover.entry-out-of-sequence',
      'handover.entry-not-by-party',
      'handover.amendment-not-applied',
    ],
    configuredBy: [],
  },
  *check({ handover }) {
    for (const entry of handover.ignored) {
      yield {
        messageId: MESSAGE[entry.reason],
        params: { seq: entry.seq, type: entry.type },
        subject: handoverSubject(handover, { entries: [entry.seq] }),
        clauses: ['HOS-4.8'],
      };
    }
    for (const amendment of handover.amendments) {
      if (amendment.applied) continue;
      yield {
        messageId: 'handover.amendment-not-applied',
        params: { seq: amendment.seq, original: amendment.originalId },
        subject: handoverSubject(handover, { entries: [amendment.seq, amendment.originalSeq] }),
        clauses: ['REG7-8.5a'],
      };
    }
  },
});
