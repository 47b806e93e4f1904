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
    examples: {
      failing: {
        description: {
          'zh-Hant':
            '周太太 09:00 來電報 12 樓走廊燈不亮,由陳小明接聽受理;她 10:30 再來電,李美華又以自己為首問人把同一個案再受理一次(FCR-4.2)。',
          'zh-Hans':
            '周太太 09:00 来电报 12 楼走廊灯不亮,由陈小明接听受理;她 10:30 再来电,李美华又以自己为首问人把同一个案再受理一次(FCR-4.2)。',
          en: 'Mrs Chow phones at 09:00 about the unlit 12/F corridor and Chan Siu-ming takes the case in; when she calls again at 10:30, Lee Mei-wah takes the same case in a second time, naming herself as first contact (FCR-4.2).',
        },
        code: '{ "caseId": "c-1201-007", "firstContact": { "staffId": "S-023", "name": "李美華" }, "gravity": "general", "matter": "12 樓走廊燈不亮" }',
      },
      passing: {
        description: {
          'zh-Hant': '李美華把第二次來電記為同一個案的再次聯絡,首問負責人仍是陳小明。',
          'zh-Hans': '李美华把第二次来电记为同一个案的再次联络,首问负责人仍是陈小明。',
          en: 'Lee Mei-wah records the second call as a further contact on the same case; Chan Siu-ming remains its owner.',
        },
        code: '{ "caseId": "c-1201-007", "channel": "phone", "note": "住戶查詢維修進度" }',
      },
    },
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
