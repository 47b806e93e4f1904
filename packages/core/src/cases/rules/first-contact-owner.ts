import { defineRule } from '../../diagnostics/rule.js';
import { caseSubject, type CaseRuleContext } from './context.js';

/**
 * The owner is the first member of staff the customer reached (FCR-4.2). A
 * second intake of the same case would hand it to whoever answered the
 * second time; the register keeps the first owner and this rule reports the
 * attempt.
 */
export const firstContactOwner = defineRule<CaseRuleContext>({
  meta: {
    id: 'case/first-contact-owner',
    domain: 'case',
    clauses: ['FCR-4.2'],
    defaultSeverity: 'error',
    summary: {
      'zh-Hant': '首問負責人是客戶第一位接觸到的員工;同一個案不得再次受理而另立負責人。',
      'zh-Hans': '首问负责人是客户第一位接触到的员工;同一个案不得再次受理而另立负责人。',
      en: 'The owner is the first member of staff the customer reached; a case is not taken in a second time under someone else.',
    },
    messages: ['case.repeated-intake'],
    configuredBy: [],
  },
  *check({ register }) {
    for (const state of register.cases.values()) {
      for (const repeat of state.repeatedIntakes) {
        yield {
          messageId: 'case.repeated-intake',
          params: {
            case: state.caseId,
            staff: repeat.firstContact,
            owner: state.owner.staffId,
            seq: repeat.seq,
          },
          subject: caseSubject(state, [state.intake.seq, repeat.seq], [repeat.firstContact]),
        };
      }
    }
  },
});
