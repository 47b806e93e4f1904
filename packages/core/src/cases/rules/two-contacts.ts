import { defineRule } from '../../diagnostics/rule.js';
import { caseSubject, type CaseRuleContext } from './context.js';

/**
 * 二次辦結: a case closes within `cases.maxContactsToClose` contacts, so the
 * customer never has to come once more (FCR-4.6). The intake is the first
 * contact; the first contact beyond the limit while the case is still
 * unresolved breaks the rule, even if the case is settled at that contact.
 */
export const twoContacts = defineRule<CaseRuleContext>({
  meta: {
    id: 'case/two-contacts',
    domain: 'case',
    clauses: ['FCR-4.6'],
    defaultSeverity: 'error',
    summary: {
      'zh-Hant': '做到二次辦結:客戶不必為同一事項第三次來訪或來電。',
      'zh-Hans': '做到二次办结:客户不必为同一事项第三次来访或来电。',
      en: 'Close within two contacts: the customer never has to come back a third time about the same matter.',
    },
    messages: ['case.too-many-contacts'],
    configuredBy: ['cases.maxContactsToClose'],
  },
  *check({ register, policy }) {
    const max = policy.cases.maxContactsToClose;
    for (const state of register.cases.values()) {
      const breach = state.contacts.find((contact) => contact.whileUnresolved && contact.number > max);
      if (breach === undefined) continue;
      yield {
        messageId: 'case.too-many-contacts',
        params: { case: state.caseId, count: breach.number, max },
        subject: caseSubject(state, [state.intake.seq, breach.seq]),
      };
    }
  },
});
