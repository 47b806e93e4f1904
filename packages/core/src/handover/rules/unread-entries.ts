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
    examples: {
      failing: {
        description: {
          'zh-Hant':
            '16:50 張家豪(S-103)在陳美玲與黃志強的交接記錄中寫入「交班準備完成」,但他並非交接的任何一方:這條記錄讀不進去,規則會把它列出,不會默默略過(HOS-4.8)。',
          'zh-Hans':
            '16:50 张家豪(S-103)在陈美玲与黄志强的交接记录中写入“交班准备完成”,但他并非交接的任何一方:这条记录读不进去,规则会把它列出,不会默默略过(HOS-4.8)。',
          en: 'At 16:50 Cheung Ka-ho (S-103) writes “preparation done” into the handover between Chan Mei-ling and Wong Chi-keung, though he is neither party: the entry cannot be read into the record and is reported, not silently dropped (HOS-4.8).',
        },
        code: '{ "id": "e-0415", "at": "2026-12-01T16:50:00+08:00", "actor": { "staffId": "S-103", "name": "張家豪" }, "type": "handover.outgoing-prepared", "payload": { "handoverId": "h-2026-12-01-early" } }',
      },
      passing: {
        description: {
          'zh-Hant':
            '由交班的陳美玲(S-101)自己寫入「交班準備完成」;記錄的每一條及每項更正都能讀入(REG7-8.5a)。',
          'zh-Hans':
            '由交班的陈美玲(S-101)自己写入“交班准备完成”;记录的每一条及每项更正都能读入(REG7-8.5a)。',
          en: 'Chan Mei-ling (S-101), who hands over, writes “preparation done” herself; every entry and every correction of the record can be read (REG7-8.5a).',
        },
        code: '{ "id": "e-0415", "at": "2026-12-01T16:50:00+08:00", "actor": { "staffId": "S-101", "name": "陳美玲" }, "type": "handover.outgoing-prepared", "payload": { "handoverId": "h-2026-12-01-early" } }',
      },
    },
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
