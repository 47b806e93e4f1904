import { defineRule } from '../../diagnostics/rule.js';
import { caseSubject, type CaseRuleContext } from './context.js';

/**
 * When the responsible person could not be reached, the customer was
 * promised an early reply (FCR-4.8). The promise is kept by its reply time:
 * the one stated, else the same-day cut-off (`cases.generalCloseBy`).
 */
export const callbackKept = defineRule<CaseRuleContext>({
  meta: {
    id: 'case/callback-kept',
    domain: 'case',
    clauses: ['FCR-4.8'],
    defaultSeverity: 'error',
    summary: {
      'zh-Hant': '答應儘早答復的回電,須在答應的時間內完成。',
      'zh-Hans': '答应尽早答复的回电,须在答应的时间内完成。',
      en: 'A callback promised to the customer is made by the time promised.',
    },
    messages: ['case.callback-not-made', 'case.callback-late'],
    configuredBy: ['cases.generalCloseBy'],
    examples: {
      failing: {
        description: {
          'zh-Hant':
            '周太太查詢管理費如何計算,陳小明聯絡不上財務部,記下她的姓名、電話和問題,答應 11:00 前回覆;到 11:01 仍未回電(FCR-4.8)。',
          'zh-Hans':
            '周太太查询物业费如何计算,陈小明联络不上财务部,记下她的姓名、电话和问题,答应 11:00 前回复;到 11:01 仍未回电(FCR-4.8)。',
          en: 'Mrs Chow asks how her management fee is worked out; Chan Siu-ming cannot reach finance, notes her name, number and question, and promises a reply by 11:00; at 11:01 no callback has been made (FCR-4.8).',
        },
        code: '{ "caseId": "c-1201-009", "callbackId": "c-1201-009/callback/1", "callerName": "周太太", "callerPhone": "138 0013 8000", "question": "管理費如何計算?", "promisedBy": "S-017", "replyBy": "2026-12-01T11:00:00+08:00", "unreachable": "財務部" }',
      },
      passing: {
        description: {
          'zh-Hant': '陳小明 10:30 向財務部問清楚後回電周太太,在答應的時間之前。',
          'zh-Hans': '陈小明 10:30 向财务部问清楚后回电周太太,在答应的时间之前。',
          en: 'Chan Siu-ming gets the answer from finance and calls Mrs Chow back at 10:30, before the promised time.',
        },
        code: '{ "caseId": "c-1201-009", "callbackId": "c-1201-009/callback/1", "answer": "按單位面積每平方米計算" }',
      },
    },
  },
  *check({ register, nowMs }) {
    for (const state of register.cases.values()) {
      for (const callback of state.callbacks) {
        const params = {
          case: state.caseId,
          callback: callback.callbackId,
          staff: callback.promisedBy,
          due: callback.replyBy,
        };
        if (callback.made === undefined) {
          if (nowMs <= callback.replyByMs) continue;
          yield {
            messageId: 'case.callback-not-made',
            params,
            subject: caseSubject(state, [callback.promised.seq], [callback.promisedBy]),
          };
        } else if (callback.made.atMs > callback.replyByMs) {
          yield {
            messageId: 'case.callback-late',
            params: { ...params, made: callback.made.at },
            subject: caseSubject(state, [callback.promised.seq, callback.made.seq], [callback.promisedBy]),
          };
        }
      }
    }
  },
});
