import { defineRule } from '../../diagnostics/rule.js';
import { caseSubject, type CaseRuleContext } from './context.js';

/**
 * A complaint gets a resolution plan, fed back to the complainant, within
 * `cases.complaintPlanWithinHours` of its intake (DUTY-4). A complaint
 * resolved before the plan falls due needs no plan.
 */
export const complaintPlan = defineRule<CaseRuleContext>({
  meta: {
    id: 'case/complaint-plan',
    domain: 'case',
    clauses: ['DUTY-4'],
    defaultSeverity: 'error',
    summary: {
      'zh-Hant': '投訴須在規定時間內拿出處理方案並反饋投訴人。',
      'zh-Hans': '投诉须在规定时间内拿出处理方案并反馈投诉人。',
      en: 'A complaint gets a resolution plan, fed back to the complainant, within the set time.',
    },
    messages: ['case.plan-overdue', 'case.plan-late'],
    configuredBy: ['cases.complaintPlanWithinHours'],
  },
  *check({ register, nowMs }) {
    for (const state of register.cases.values()) {
      const { planBy, planByMs } = state.deadlines;
      if (planBy === undefined || planByMs === undefined) continue;
      const plan = state.plans[0];
      if (plan !== undefined) {
        if (plan.atMs <= planByMs) continue;
        yield {
          messageId: 'case.plan-late',
          params: { case: state.caseId, due: planBy, given: plan.at },
          subject: caseSubject(state, [state.intake.seq, plan.seq]),
        };
        continue;
      }
      const settledInTime = state.resolution !== undefined && state.resolution.atMs <= planByMs;
      if (settledInTime || nowMs <= planByMs) continue;
      yield {
        messageId: 'case.plan-overdue',
        params: { case: state.caseId, due: planBy },
        subject: caseSubject(state, [state.intake.seq]),
      };
    }
  },
});
