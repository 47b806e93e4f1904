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
