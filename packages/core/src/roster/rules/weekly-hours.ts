import type { RuleMeta } from '../../diagnostics/rule.js';
import { defineRosterRule } from './define-roster-rule.js';
import { hours } from './support.js';

const meta = {
  id: 'roster/weekly-hours',
  domain: 'roster',
  clauses: ['CCS-6.1.2'],
  defaultSeverity: 'error',
  summary: {
    'zh-Hant': '每人平均每週工時不超過上限(CCS 為 40 小時);工時為班次長度減去用膳時間。',
    'zh-Hans': '每人平均每周工时不超过上限(CCS 为 40 小时);工时为班次长度减去用餐时间。',
    en: 'Average weekly working hours per person stay within the limit (40 under CCS); working time is the shift less its meal break.',
  },
  messages: ['roster.weekly-hours'],
  configuredBy: ['roster.maxAverageWeeklyHours', 'shifts'],
} as const satisfies RuleMeta;

/**
 * The average is the month's working time over the month's weeks (days ÷ 7),
 * so a heavy week balanced by a light one is allowed, as "average" says.
 * Shifts on a day of leave are not worked and do not count.
 */
export const weeklyHours = defineRosterRule({
  meta,
  scope: {
    unit: 'staff',
    *check(context, staff) {
      const placements = context.byStaff[staff] ?? [];
      if (placements.length === 0) return;
      let minutes = 0;
      for (const placement of placements) if (!placement.onLeave) minutes += placement.slot.workMinutes;
      const weeks = context.calendar.days.length / 7;
      const limit = context.policy.roster.maxAverageWeeklyHours;
      if (minutes / 60 / weeks <= limit + 1e-9) return;
      const id = context.roster.staff[staff]?.id ?? '';
      yield {
        messageId: 'roster.weekly-hours',
        params: {
          staff: id,
          average: hours(minutes / weeks),
          maximum: limit,
          total: hours(minutes),
          month: context.roster.month,
        },
        // The month as a whole is at fault, not a day: the report's weekly hours show where it piles up.
        subject: { staff: [id] },
      };
    },
  },
});
