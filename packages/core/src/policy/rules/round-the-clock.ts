import { defineRule } from '../../diagnostics/rule.js';
import type { ResolvedPolicy } from '../resolve.js';
import { daySpans, MINUTES_PER_DAY, timeOfDayText, uncoveredSpans } from '../time-of-day.js';

const WHOLE_DAY = [{ start: 0, end: MINUTES_PER_DAY }];

/**
 * A 24-hour hotline needs shifts that meet end to end and a band that asks
 * for someone at every minute; either gap leaves callers unanswered.
 */
export const roundTheClock = defineRule<ResolvedPolicy>({
  meta: {
    id: 'policy/round-the-clock',
    domain: 'policy',
    clauses: ['CCS-6.1.1', 'CSD-1.2.1'],
    defaultSeverity: 'error',
    summary: {
      'zh-Hant': '24 小時崗位的班次必須首尾相接,且有人手時段要求全天每分鐘有人當值。',
      'zh-Hans': '24 小时岗位的班次必须首尾相接,且有人手时段要求全天每分钟有人值班。',
      en: 'A 24-hour post has shifts that cover every minute and a band that requires someone at every minute.',
    },
    messages: ['policy.round-the-clock-gap', 'policy.round-the-clock-band-missing'],
    configuredBy: ['posts', 'shifts', 'roster.coverage'],
    examples: {
      failing: {
        description: {
          'zh-Hant': '熱線標記為 24 小時,但只有 08:00–16:00 與 16:00–24:00 兩個班次:00:00–08:00 無人接聽。',
          'zh-Hans': '热线标记为 24 小时,但只有 08:00–16:00 与 16:00–24:00 两个班次:00:00–08:00 无人接听。',
          en: 'The hotline is marked 24-hour but has only 08:00–16:00 and 16:00–24:00 shifts: nobody answers 00:00–08:00.',
        },
      },
      passing: {
        description: {
          'zh-Hant': '早、中、夜三班首尾相接,並有 00:00–24:00 的人手時段(CCS-6.1.1)。',
          'zh-Hans': '早、中、夜三班首尾相接,并有 00:00–24:00 的人手时段(CCS-6.1.1)。',
          en: 'Early, middle and night shifts meet end to end, and a 00:00–24:00 band requires someone on the line (CCS-6.1.1).',
        },
      },
    },
  },
  *check(policy) {
    for (const [index, post] of policy.posts.entries()) {
      if (!post.roundTheClock) continue;
      const shifts = policy.shifts
        .filter((shift) => shift.post === post.id)
        .flatMap((shift) => daySpans(shift.start, shift.end));
      for (const gap of uncoveredSpans(WHOLE_DAY, shifts)) {
        yield {
          messageId: 'policy.round-the-clock-gap',
          params: { post: post.id, gapStart: timeOfDayText(gap.start), gapEnd: timeOfDayText(gap.end) },
          subject: { path: ['posts', index] },
        };
      }
      const bands = policy.roster.coverage
        .filter((band) => band.post === post.id && band.days === 'every-day')
        .flatMap((band) => daySpans(band.from, band.to));
      if (uncoveredSpans(WHOLE_DAY, bands).length > 0) {
        yield {
          messageId: 'policy.round-the-clock-band-missing',
          params: { post: post.id },
          subject: { path: ['posts', index] },
        };
      }
    }
  },
});
