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
    examples: {
      failing: {
        description: {
          'zh-Hant':
            '鑰匙登記表出現 15 樓 2 室鑰匙的歸還記錄(借用單 rk-1502),但從未登記借出:這條記錄讀不進登記表,須查明(CSD-9.1.2)。',
          'zh-Hans':
            '钥匙登记表出现 15 楼 2 室钥匙的归还记录(借用单 rk-1502),但从未登记借出:这条记录读不进登记表,须查明(CSD-9.1.2)。',
          en: 'The register shows the key to flat 2 on 15/F coming back (loan rk-1502), but it was never registered as lent: the entry cannot be read into the register and is reported (CSD-9.1.2).',
        },
        code: '{ "loanId": "rk-1502" }',
      },
      passing: {
        description: {
          'zh-Hant': '22:30 已登記把鑰匙借給工程部馬師傅緊急維修滲水(rk-1502),翌日 00:10 的歸還記錄對得上。',
          'zh-Hans': '22:30 已登记把钥匙借给工程部马师傅紧急维修渗水(rk-1502),次日 00:10 的归还记录对得上。',
          en: 'The loan rk-1502 was registered at 22:30 (Mr Ma from engineering, an urgent leak repair), so the return at 00:10 the next day matches it.',
        },
        code: '{ "loanId": "rk-1502", "room": "15 樓 2 室", "borrower": { "name": "工程部 馬師傅", "staffId": "E-07" }, "purpose": "緊急維修滲水", "dueBack": "2026-12-02T02:00:00+08:00" }',
      },
    },
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
