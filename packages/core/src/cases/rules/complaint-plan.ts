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
    examples: {
      failing: {
        description: {
          'zh-Hant':
            '周太太 12 月 1 日 09:00 投訴樓上單位裝修噪音;處理方案到 2 日 10:00 才反饋給她,超過預設的 24 小時(DUTY-4)。',
          'zh-Hans':
            '周太太 12 月 1 日 09:00 投诉楼上单位装修噪音;处理方案到 2 日 10:00 才反馈给她,超过预设的 24 小时(DUTY-4)。',
          en: "Mrs Chow complains at 09:00 on 1 December about renovation noise from the flat above; the resolution plan reaches her only at 10:00 on the 2nd, past the preset's 24 hours (DUTY-4).",
        },
        code: '{ "caseId": "c-1201-010", "plan": "協調樓上住戶只在 10:00–17:00 施工" }',
      },
      passing: {
        description: {
          'zh-Hant': '當天 15:00 已把處理方案反饋給她,在 24 小時之內。',
          'zh-Hans': '当天 15:00 已把处理方案反馈给她,在 24 小时之内。',
          en: 'The plan is fed back to her at 15:00 the same day, well within 24 hours.',
        },
        code: '{ "caseId": "c-1201-010", "plan": "協調樓上住戶只在 10:00–17:00 施工" }',
      },
    },
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
