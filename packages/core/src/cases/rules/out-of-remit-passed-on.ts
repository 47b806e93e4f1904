import { defineRule } from '../../diagnostics/rule.js';
import { caseSubject, type CaseRuleContext } from './context.js';

/**
 * A matter outside the owner's remit must reach the department that handles
 * it (FCR-4.4: 轉到達有關部門; FCR-4.5: 告知辦理的有關部門). An open case
 * marked out of remit with no transfer is reported at once, as a to-do that
 * clears when the transfer is recorded; the sources give no grace period.
 */
export const outOfRemitPassedOn = defineRule<CaseRuleContext>({
  meta: {
    id: 'case/out-of-remit-passed-on',
    domain: 'case',
    clauses: ['FCR-4.4', 'FCR-4.5'],
    defaultSeverity: 'warn',
    summary: {
      'zh-Hant': '不屬本崗位職責的事項,須轉交有關部門或負責人辦理。',
      'zh-Hans': '不属本岗位职责的事项,须转交有关部门或负责人办理。',
      en: 'A matter outside the owner’s remit is passed to the department or person who handles it.',
    },
    messages: ['case.out-of-remit-not-passed-on'],
    configuredBy: [],
  },
  *check({ register }) {
    for (const state of register.cases.values()) {
      if (state.intake.payload.inRemit !== false) continue;
      if (state.transfers.length > 0 || state.resolution !== undefined) continue;
      yield {
        messageId: 'case.out-of-remit-not-passed-on',
        params: { case: state.caseId, owner: state.owner.staffId },
        subject: caseSubject(state, [state.intake.seq]),
      };
    }
  },
});
