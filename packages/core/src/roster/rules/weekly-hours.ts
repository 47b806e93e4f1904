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
  examples: {
    failing: {
      description: {
        'zh-Hant':
          'reg7:陳美玲十二月排了 23 個早班(08:00–17:00,扣除 1 小時用膳):共 184 工時,按全月 31 天(約 4.4 週)計,平均每週 41.5 小時,超過 40 小時(CCS-6.1.2)。',
        'zh-Hans':
          'reg7:陈美玲十二月排了 23 个早班(08:00–17:00,扣除 1 小时用餐):共 184 工时,按全月 31 天(约 4.4 周)计,平均每周 41.5 小时,超过 40 小时(CCS-6.1.2)。',
        en: "reg7: Chan Mei-ling has 23 early shifts (08:00–17:00, less an hour for lunch) in December: 184 working hours, 41.5 a week on average over the month's 31 days (4.4 weeks), above the 40-hour limit (CCS-6.1.2).",
      },
    },
    passing: {
      description: {
        'zh-Hant': '她做五休二,全月 22 個早班:176 工時,平均每週 39.7 小時,未超過上限。',
        'zh-Hans': '她做五休二,全月 22 个早班:176 工时,平均每周 39.7 小时,未超过上限。',
        en: 'She works five on, two off: 22 early shifts, 176 working hours, 39.7 a week on average, within the limit.',
      },
    },
  },
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
