import type { RuleMeta } from '../../diagnostics/rule.js';
import type { Placement } from '../context.js';
import { defineRosterRule } from './define-roster-rule.js';
import { siteTime } from './support.js';

const meta = {
  id: 'roster/double-booking',
  domain: 'roster',
  // A person counted at two posts (or on two shifts) at once makes one of the head-counts
  // fictitious: the coverage clauses are what it breaks.
  clauses: ['CCS-6.1.1', 'TKC-4.1B'],
  defaultSeverity: 'error',
  summary: {
    'zh-Hant': '同一人不可同時出現在兩個班次或兩個崗位。',
    'zh-Hans': '同一人不可同时出现在两个班次或两个岗位。',
    en: 'Nobody is rostered in two places at once: no two shifts of one person overlap.',
  },
  messages: ['roster.double-booked'],
  configuredBy: ['shifts'],
  examples: {
    failing: {
      description: {
        'zh-Hant':
          'reg7:陳美玲 12 月 14 日同時排了早班(08:00–17:00)和中班(12:00–21:00),兩班在 12:00–17:00 重疊,其中一個人手是虛數。',
        'zh-Hans':
          'reg7:陈美玲 12 月 14 日同时排了早班(08:00–17:00)和中班(12:00–21:00),两班在 12:00–17:00 重叠,其中一个人手是虚数。',
        en: 'reg7: Chan Mei-ling is on both the early shift (08:00–17:00) and the middle shift (12:00–21:00) on 14 December; they overlap 12:00–17:00, so one of the two head-counts is fictitious.',
      },
      code: '[{ "staff": "E1024", "date": "2026-12-14", "shift": "early" }, { "staff": "E1024", "date": "2026-12-14", "shift": "middle" }]',
    },
    passing: {
      description: {
        'zh-Hant':
          'cs-department:黃志強 12 月 20 日上晚班(17:30–01:00),21 日接著上 01:00 開始的通宵班:兩班首尾相接,沒有重疊。',
        'zh-Hans':
          'cs-department:黄志强 12 月 20 日上晚班(17:30–01:00),21 日接着上 01:00 开始的通宵班:两班首尾相接,没有重叠。',
        en: 'cs-department: Wong Chi-keung works the night shift (17:30–01:00) on 20 December and the overnight shift from 01:00 on the 21st: the two meet end to end and do not overlap.',
      },
      code: '[{ "staff": "E1031", "date": "2026-12-20", "shift": "night" }, { "staff": "E1031", "date": "2026-12-21", "shift": "overnight" }]',
    },
  },
} as const satisfies RuleMeta;

/** Each overlap is reported with the exact instants both shifts share. */
export const doubleBooking = defineRosterRule({
  meta,
  scope: {
    unit: 'staff',
    *check(context, staff) {
      const placements = context.byStaff[staff] ?? [];
      let latest: Placement | undefined;
      for (const placement of placements) {
        if (latest !== undefined && placement.slot.startMs < latest.slot.endMs) {
          const id = context.roster.staff[staff]?.id ?? '';
          const start = siteTime(context, placement.slot.startMs);
          const end = siteTime(context, Math.min(placement.slot.endMs, latest.slot.endMs));
          yield {
            messageId: 'roster.double-booked',
            params: { staff: id, first: latest.slot.key, second: placement.slot.key, start, end },
            subject: {
              staff: [id],
              dates: [...new Set([latest.slot.date, placement.slot.date])],
              shiftInstances: [latest.slot.key, placement.slot.key],
              interval: { start, end },
            },
          };
        }
        if (latest === undefined || placement.slot.endMs > latest.slot.endMs) latest = placement;
      }
    },
  },
});
