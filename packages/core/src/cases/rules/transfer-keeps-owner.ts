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
    examples: {
      failing: {
        description: {
          'zh-Hant':
            '走廊燈個案轉交工程部時,轉交記錄把負責人寫成工程部的張工(E-101),而非首問負責人陳小明(FCR-4.4)。',
          'zh-Hans':
            '走廊灯个案转交工程部时,转交记录把负责人写成工程部的张工(E-101),而非首问负责人陈小明(FCR-4.4)。',
          en: 'When the corridor-light case is passed to engineering, the transfer names engineer Cheung (E-101) as owner instead of Chan Siu-ming, the first contact (FCR-4.4).',
        },
        code: '{ "caseId": "c-1201-007", "to": { "kind": "department", "id": "engineering", "name": "工程部" }, "owner": "E-101" }',
      },
      passing: {
        description: {
          'zh-Hant': '轉交記錄寫明張工為經辦人,負責人仍是陳小明,由他繼續跟蹤。',
          'zh-Hans': '转交记录写明张工为经办人,负责人仍是陈小明,由他继续跟踪。',
          en: 'The transfer names engineer Cheung as the handler and keeps Chan Siu-ming as owner, who goes on tracking the case.',
        },
        code: '{ "caseId": "c-1201-007", "to": { "kind": "department", "id": "engineering", "name": "工程部" }, "handler": { "staffId": "E-101", "name": "張工" }, "owner": "S-017" }',
      },
    },
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
