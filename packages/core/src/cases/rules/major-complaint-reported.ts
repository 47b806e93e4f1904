import { defineRule } from '../../diagnostics/rule.js';
import { majorComplaintRecipient } from '../../escalation/tiers.js';
import { caseSubject, type CaseRuleContext } from './context.js';

/**
 * A major complaint is reported to the project manager (DUTY-4): the role
 * the policy names (`escalation.majorComplaintReportedTo`), else the top
 * tier. DUTY-4 sets no time for the report; it is due by the time the plan
 * is, since the plan of a major complaint is not made without the manager.
 */
export const majorComplaintReported = defineRule<CaseRuleContext>({
  meta: {
    id: 'case/major-complaint-reported',
    domain: 'case',
    clauses: ['DUTY-4'],
    defaultSeverity: 'error',
    summary: {
      'zh-Hant': '重大投訴須上報項目經理(最遲於處理方案到期時)。',
      'zh-Hans': '重大投诉须上报项目经理(最迟于处理方案到期时)。',
      en: 'A major complaint is reported to the project manager, at the latest when its plan falls due.',
    },
    messages: ['case.major-complaint-not-reported', 'case.major-complaint-reported-late'],
    configuredBy: [
      'escalation.majorComplaintReportedTo',
      'escalation.tiers',
      'cases.complaintPlanWithinHours',
    ],
    examples: {
      failing: {
        description: {
          'zh-Hant':
            'reg7:12 月 1 日 09:00 受理一宗重大投訴(水管爆裂浸壞三個單位),只報了客服主任;到 2 日 09:00 方案期限時仍未上報物業部經理(DUTY-4)。',
          'zh-Hans':
            'reg7:12 月 1 日 09:00 受理一宗重大投诉(水管爆裂浸坏三个单位),只报了客服主任;到 2 日 09:00 方案期限时仍未上报物业部经理(DUTY-4)。',
          en: 'reg7: a major complaint taken in at 09:00 on 1 December (a burst pipe flooding three flats) is reported only to the customer-service supervisor; by 09:00 on the 2nd, when its plan falls due, nobody has reported it to the property manager (DUTY-4).',
        },
        code: '{ "caseId": "c-1201-015", "to": { "role": "cs-supervisor" } }',
      },
      passing: {
        description: {
          'zh-Hant': '09:20 已上報物業部經理,即 reg7 中對應 DUTY-4 所說項目經理的角色。',
          'zh-Hans': '09:20 已上报物业部经理,即 reg7 中对应 DUTY-4 所说项目经理的角色。',
          en: "It is reported to the property manager at 09:20, the role reg7 gives to DUTY-4's project manager.",
        },
        code: '{ "caseId": "c-1201-015", "to": { "role": "property-manager" }, "note": "水管爆裂,三個單位被浸" }',
      },
    },
  },
  *check({ register, policy, nowMs }) {
    const role = majorComplaintRecipient(policy);
    for (const state of register.cases.values()) {
      const { planBy, planByMs } = state.deadlines;
      if (state.gravity !== 'major-complaint' || planBy === undefined || planByMs === undefined) continue;
      const report = state.reports.find((candidate) => candidate.role === role);
      if (report === undefined) {
        if (nowMs <= planByMs) continue;
        yield {
          messageId: 'case.major-complaint-not-reported',
          params: { case: state.caseId, role, due: planBy },
          subject: caseSubject(state, [state.intake.seq]),
        };
      } else if (report.atMs > planByMs) {
        yield {
          messageId: 'case.major-complaint-reported-late',
          params: { case: state.caseId, role, due: planBy, reported: report.at },
          subject: caseSubject(state, [state.intake.seq, report.seq]),
        };
      }
    }
  },
});
