import { defineRule } from '../../diagnostics/rule.js';
import { millisOf } from '../../handover/timing.js';
import type { KeyRuleContext } from './context.js';

/**
 * A room key lent is back by the time the register says (CSD-9.1.2); the
 * person in charge follows up every key still out past it.
 */
export const roomKeyReturned = defineRule<KeyRuleContext>({
  meta: {
    id: 'keys/room-key-returned',
    domain: 'keys',
    clauses: ['CSD-9.1.2'],
    defaultSeverity: 'warn',
    summary: {
      'zh-Hant': '借出的房間鑰匙須按登記的時間歸還;逾期未還的須查明原因。',
      'zh-Hans': '借出的房间钥匙须按登记的时间归还;逾期未还的须查明原因。',
      en: 'A room key lent is back by its registered time; one still out is followed up.',
    },
    messages: ['keys.room-key-overdue'],
    configuredBy: [],
  },
  *check({ register, now }) {
    for (const loan of register.roomLoans) {
      if (loan.returned !== undefined || millisOf(now) <= millisOf(loan.dueBack)) continue;
      yield {
        messageId: 'keys.room-key-overdue',
        params: { room: loan.room, borrower: loan.borrower.name, dueBack: loan.dueBack },
        subject: { record: loan.loanId, entries: [loan.seq] },
      };
    }
  },
});
