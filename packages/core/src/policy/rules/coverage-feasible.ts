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
