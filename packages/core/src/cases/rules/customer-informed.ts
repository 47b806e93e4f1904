import { defineRule } from '../../diagnostics/rule.js';
import type { CaseState } from '../register.js';
import { caseSubject, type CaseRuleContext } from './context.js';

/**
 * The customer is told the requirements, procedure and time limit; what can
 * be done at once is done at once, anything else gets an expected time
 * (FCR-4.6). Read here as:
 *
 * - told or done: a case settled on its first contact, the day it came in,
 *   needs no expected time. Any other case must show that the customer was
 *   told the procedure and an expected time; this is reported once the case
 *   can no longer be settled that way (a second contact, the end of the
 *   intake day, or a later resolution);
 * - a promise kept: an expected time (told directly, or through a complaint's
 *   plan) is broken when the case is still open after it, or resolved after
 *   it, unless the customer was given a new time before it ran out.
 */
export const customerInformed = defineRule<CaseRuleContext>({
  meta: {
    id: 'case/customer-informed',
    domain: 'case',
    clauses: ['FCR-4.6'],
    defaultSeverity: 'error',
    summary: {
      'zh-Hant': '未能當場辦結的,須告知客戶辦理程序和預計處理時間,並在該時間前辦妥或另行告知。',
      'zh-Hans': '未能当场办结的,须告知客户办理程序和预计处理时间,并在该时间前办妥或另行告知。',
      en: 'A case not settled on the spot gives the customer the procedure and an expected time, and keeps or renews that time.',
    },
    messages: ['case.customer-not-informed', 'case.expected-time-missed'],
    configuredBy: [],
    examples: {
      failing: {
        description: {
          'zh-Hant':
            '周太太 12 月 1 日 09:00 報水泵噪音,列為疑難問題;到當晚 24:00 個案仍未解決,卻從未告知她辦理程序和預計處理時間(FCR-4.6)。',
          'zh-Hans':
            '周太太 12 月 1 日 09:00 报水泵噪音,列为疑难问题;到当晚 24:00 个案仍未解决,却从未告知她办理程序和预计处理时间(FCR-4.6)。',
          en: 'Mrs Chow reports a noisy water pump at 09:00 on 1 December, logged as a difficult matter; at midnight the case is still open and she has never been told the procedure or an expected time (FCR-4.6).',
        },
      },
      passing: {
        description: {
          'zh-Hant':
            '09:05 陳小明告訴她工程部明早更換水泵,預計 12 月 2 日 12:00 前完成;水泵於 2 日 11:00 換好。',
          'zh-Hans':
            '09:05 陈小明告诉她工程部明早更换水泵,预计 12 月 2 日 12:00 前完成;水泵于 2 日 11:00 换好。',
          en: 'At 09:05 Chan Siu-ming tells her engineering will replace the pump the next morning, expected by 12:00 on 2 December; it is replaced at 11:00 that day.',
        },
        code: '{ "caseId": "c-1201-003", "procedure": "工程部明早更換水泵", "expectedBy": "2026-12-02T12:00:00+08:00" }',
      },
    },
  },
  *check({ register, nowMs, clock }) {
    for (const state of register.cases.values()) {
      const resolution = state.resolution;
      if (state.expectations.length === 0) {
        const intakeDayEnd = clock.dayOf(state.intake.atMs).endMs;
        const cameBack = state.contacts.some((contact) => contact.number > 1 && contact.whileUnresolved);
        const settledAtOnce = resolution !== undefined && !cameBack && resolution.atMs < intakeDayEnd;
        const tooLateToSettle = resolution !== undefined || cameBack || nowMs >= intakeDayEnd;
        if (!settledAtOnce && tooLateToSettle) {
          yield {
            messageId: 'case.customer-not-informed',
            params: { case: state.caseId },
            subject: caseSubject(state, [state.intake.seq]),
          };
        }
        continue;
      }
      for (const expectation of brokenExpectations(state, nowMs)) {
        yield {
          messageId: 'case.expected-time-missed',
          params: { case: state.caseId, expectedBy: expectation.expectedBy },
          subject: caseSubject(
            state,
            resolution === undefined ? [expectation.seq] : [expectation.seq, resolution.seq],
          ),
        };
      }
    }
  },
});

function brokenExpectations(state: CaseState, nowMs: number): CaseState['expectations'] {
  const outcomeMs = state.resolution?.atMs ?? nowMs;
  return state.expectations.filter((expectation) => {
    if (outcomeMs <= expectation.expectedByMs) return false;
    const renewedInTime = state.expectations.some(
      (later) => later.seq > expectation.seq && later.atMs <= expectation.expectedByMs,
    );
    return !renewedInTime;
  });
}
