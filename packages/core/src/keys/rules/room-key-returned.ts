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
    examples: {
      failing: {
        description: {
          'zh-Hant':
            '14:00 把 7 樓 12 室(吉屋)的鑰匙借給地產代理周先生帶客看樓,登記 16:00 歸還;16:30 仍未歸還,須查明原因(CSD-9.1.2)。',
          'zh-Hans':
            '14:00 把 7 楼 12 室(空置单位)的钥匙借给地产中介周先生带客看房,登记 16:00 归还;16:30 仍未归还,须查明原因(CSD-9.1.2)。',
          en: 'At 14:00 the key to the vacant flat 12 on 7/F is lent to estate agent Mr Chow for a viewing, due back at 16:00; at 16:30 it is still out and must be followed up (CSD-9.1.2).',
        },
        code: '{ "loanId": "rk-0712", "room": "7 樓 12 室", "borrower": { "name": "周先生(地產代理)", "contact": "9123 4567" }, "purpose": "帶客看樓", "dueBack": "2026-12-01T16:00:00+08:00" }',
      },
      passing: {
        description: {
          'zh-Hant': '周先生 15:40 歸還鑰匙,早於登記的時間。',
          'zh-Hans': '周先生 15:40 归还钥匙,早于登记的时间。',
          en: 'Mr Chow brings the key back at 15:40, before the registered time.',
        },
        code: '{ "loanId": "rk-0712", "note": "鑰匙完好歸還" }',
      },
    },
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
