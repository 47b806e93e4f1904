import { defineRule } from '../../diagnostics/rule.js';
import type { ResolvedPolicy } from '../resolve.js';
import { daySpans, timeOfDayText, uncoveredSpans } from '../time-of-day.js';

/**
 * A coverage band no shift of its post can staff would make every roster
 * fail: catch it when the policy is written, not at the first roster.
 */
export const coverageFeasible = defineRule<ResolvedPolicy>({
  meta: {
    id: 'policy/coverage-feasible',
    domain: 'policy',
    clauses: ['CCS-6.1.1', 'CSD-3.1.5', 'TKC-4.1B'],
    defaultSeverity: 'error',
    summary: {
      'zh-Hant': '每個人手時段都必須落在該崗位班次可涵蓋的時間內。',
      'zh-Hans': '每个人手时段都必须落在该岗位班次可覆盖的时间内。',
      en: 'Every coverage band lies within hours that the shifts of its post can staff.',
    },
    messages: ['policy.post-not-coverable'],
    configuredBy: ['roster.coverage', 'shifts'],
    examples: {
      failing: {
        description: {
          'zh-Hant': '前台早班 08:00 才開始,卻要求 07:00–09:00 有人當值:07:00–08:00 沒有任何班次能覆蓋。',
          'zh-Hans': '前台早班 08:00 才开始,却要求 07:00–09:00 有人值班:07:00–08:00 没有任何班次能覆盖。',
          en: 'The front desk opens with an 08:00 shift, yet a band asks for someone 07:00–09:00: no shift can cover 07:00–08:00.',
        },
        code: '{ "id": "early-band", "post": "front-desk", "from": "07:00", "to": "09:00", "days": "every-day", "minStaff": 1 }',
      },
      passing: {
        description: {
          'zh-Hant': '午餐時段 12:00–13:30 落在早班與中班之內(CSD-3.1.5)。',
          'zh-Hans': '午餐时段 12:00–13:30 落在早班与中班之内(CSD-3.1.5)。',
          en: 'A lunch band 12:00–13:30 lies inside the early and middle shifts (CSD-3.1.5).',
        },
        code: '{ "id": "lunch", "post": "front-desk", "from": "12:00", "to": "13:30", "days": "every-day", "minStaff": 1 }',
      },
    },
  },
  *check(policy) {
    for (const [index, band] of policy.roster.coverage.entries()) {
      const covering = policy.shifts
        .filter((shift) => shift.post === band.post)
        .flatMap((shift) => daySpans(shift.start, shift.end));
      for (const gap of uncoveredSpans(daySpans(band.from, band.to), covering)) {
        yield {
          messageId: 'policy.post-not-coverable',
          params: {
            post: band.post,
            band: band.id,
            from: band.from,
            to: band.to,
            gapStart: timeOfDayText(gap.start),
            gapEnd: timeOfDayText(gap.end),
          },
          subject: { path: ['roster', 'coverage', index] },
        };
      }
    }
  },
});
