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
