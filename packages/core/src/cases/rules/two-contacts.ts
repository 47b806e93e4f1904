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
    examples: {
      failing: {
        description: {
          'zh-Hant':
            '周太太 12 月 1 日來電報天花漏水(第一次),2 日 10:00 再來電追問(第二次),11:00 又親身到前台,問題仍未解決:第三次聯絡,未能二次辦結(FCR-4.6)。',
          'zh-Hans':
            '周太太 12 月 1 日来电报天花漏水(第一次),2 日 10:00 再来电追问(第二次),11:00 又亲自到前台,问题仍未解决:第三次联络,未能二次办结(FCR-4.6)。',
          en: 'Mrs Chow phones about a ceiling leak on 1 December (contact 1), calls again at 10:00 on the 2nd (contact 2) and comes to the desk at 11:00 with it still unresolved: a third contact, so the case was not closed within two (FCR-4.6).',
        },
        code: '{ "caseId": "c-1201-005", "channel": "visit", "note": "住戶親身到前台追問漏水" }',
      },
      passing: {
        description: {
          'zh-Hant': '她 2 日 10:00 第二次來電時,漏水 10:05 已修好並答復她;之後她來電道謝,不算超出次數。',
          'zh-Hans': '她 2 日 10:00 第二次来电时,漏水 10:05 已修好并答复她;之后她来电道谢,不算超出次数。',
          en: 'At her second call, at 10:00 on the 2nd, the leak is fixed by 10:05 and she is told so; a later thank-you call does not count against the limit.',
        },
      },
    },
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
