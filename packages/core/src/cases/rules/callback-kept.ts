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
