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
    examples: {
      failing: {
        description: {
          'zh-Hant':
            '住戶 09:00 報停車場天花滲水,陳小明受理時註明不屬本崗位職責,但到 09:10 仍未轉交任何部門(FCR-4.4)。',
          'zh-Hans':
            '住户 09:00 报停车场天花渗水,陈小明受理时注明不属本岗位职责,但到 09:10 仍未转交任何部门(FCR-4.4)。',
          en: "At 09:00 a resident reports water dripping from the car-park ceiling; Chan Siu-ming takes it in marked outside the desk's remit, and at 09:10 it has still not been passed to any department (FCR-4.4).",
        },
        code: '{ "caseId": "c-1201-004", "firstContact": { "staffId": "S-017" }, "gravity": "general", "matter": "停車場天花滲水", "inRemit": false }',
      },
      passing: {
        description: {
          'zh-Hant': '09:05 陳小明把個案轉交工程部,自己仍是負責人(FCR-4.5)。',
          'zh-Hans': '09:05 陈小明把个案转交工程部,自己仍是负责人(FCR-4.5)。',
          en: 'At 09:05 Chan Siu-ming passes it to the engineering department and stays its owner (FCR-4.5).',
        },
        code: '{ "caseId": "c-1201-004", "to": { "kind": "department", "id": "engineering" }, "owner": "S-017" }',
      },
    },
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
