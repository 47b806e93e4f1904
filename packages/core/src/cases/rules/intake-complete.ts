import { defineRule } from '../../diagnostics/rule.js';
import { caseSubject, type CaseRuleContext } from './context.js';

/**
 * A case is registered with the matter, the caller's name and number and
 * whatever else the site requires (FCR-4.5). `openCase` refuses an incomplete
 * intake; this rule reports one that reached the journal another way, or
 * that a stricter policy now finds incomplete.
 */
export const intakeComplete = defineRule<CaseRuleContext>({
  meta: {
    id: 'case/intake-complete',
    domain: 'case',
    clauses: ['FCR-4.5'],
    defaultSeverity: 'error',
    summary: {
      'zh-Hant': '受理時須登記反映事項、來電人姓名、聯絡電話等所需資料。',
      'zh-Hans': '受理时须登记反映事项、来电人姓名、联络电话等所需资料。',
      en: 'An intake registers the matter, the caller’s name and number and every other field the site requires.',
    },
    messages: ['case.intake-incomplete'],
    configuredBy: ['cases.requiredIntakeFields'],
    examples: {
      failing: {
        description: {
          'zh-Hant':
            'B 座停水的個案只登記了事項,沒有來電人姓名、聯絡電話、渠道、類別,也沒有註明是否屬本崗位職責;每個預設都要求這六項(FCR-4.5)。',
          'zh-Hans':
            'B 座停水的个案只登记了事项,没有来电人姓名、联络电话、渠道、类别,也没有注明是否属本岗位职责;每个预设都要求这六项(FCR-4.5)。',
          en: "A case about the water cut in Block B records only the matter: no caller name or number, no channel or category, nor whether it lies within the desk's remit; every preset requires all six (FCR-4.5).",
        },
        code: '{ "caseId": "c-1201-012", "firstContact": { "staffId": "S-017" }, "gravity": "general", "matter": "B 座停水" }',
      },
      passing: {
        description: {
          'zh-Hant': '同一個案登記了來電渠道、周太太的姓名及電話、事項和類別,並註明屬本崗位職責。',
          'zh-Hans': '同一个案登记了来电渠道、周太太的姓名及电话、事项和类别,并注明属本岗位职责。',
          en: "The same case records the channel, Mrs Chow's name and number, the matter, its category, and that it lies within the desk's remit.",
        },
        code: '{ "caseId": "c-1201-012", "firstContact": { "staffId": "S-017", "name": "陳小明" }, "gravity": "general", "channel": "phone", "callerName": "周太太", "callerPhone": "138 0013 8000", "matter": "B 座停水", "category": "repairs", "inRemit": true }',
      },
    },
  },
  *check({ register, policy }) {
    for (const state of register.cases.values()) {
      const intake = state.intake.payload;
      const missing = policy.cases.requiredIntakeFields.filter((field) => intake[field] === undefined);
      if (missing.length === 0) continue;
      yield {
        messageId: 'case.intake-incomplete',
        params: { case: state.caseId, fields: missing.join(', ') },
        subject: caseSubject(state, [state.intake.seq]),
      };
    }
  },
});
