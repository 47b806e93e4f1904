import { defineRule } from '../../diagnostics/rule.js';
import { caseSubject, type CaseRuleContext } from './context.js';

/**
 * A matter outside the owner's role is passed to the responsible department
 * or person, but the owner stays the owner and keeps the follow-up (FCR-4.4).
 * The commands refuse a transfer that names another owner; this rule catches
 * one that reached the journal another way.
 */
export const transferKeepsOwner = defineRule<CaseRuleContext>({
  meta: {
    id: 'case/transfer-keeps-owner',
    domain: 'case',
    clauses: ['FCR-4.4'],
    defaultSeverity: 'error',
    summary: {
      'zh-Hant': '轉交有關部門或人員辦理,不改變首問負責人,跟蹤服務仍由其負責。',
      'zh-Hans': '转交有关部门或人员办理,不改变首问负责人,跟踪服务仍由其负责。',
      en: 'Passing a matter to a department or person never changes the owner, who keeps the follow-up.',
    },
    messages: ['case.transfer-changed-owner'],
    configuredBy: [],
  },
  *check({ register }) {
    for (const state of register.cases.values()) {
      for (const transfer of state.transfers) {
        if (transfer.keepsOwner) continue;
        yield {
          messageId: 'case.transfer-changed-owner',
          params: {
            case: state.caseId,
            to: transfer.to.name ?? transfer.to.id,
            named: transfer.ownerNamed,
            owner: state.owner.staffId,
          },
          subject: caseSubject(state, [state.intake.seq, transfer.seq], [transfer.ownerNamed]),
        };
      }
    }
  },
});
