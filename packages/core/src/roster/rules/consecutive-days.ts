import type { Report, RuleMeta } from '../../diagnostics/rule.js';
import type { Placement, RosterContext } from '../context.js';
import { defineRosterRule } from './define-roster-rule.js';

const meta = {
  id: 'roster/consecutive-days',
  domain: 'roster',
  clauses: ['CSD-D1'],
  defaultSeverity: 'error',
  summary: {
    'zh-Hant': '連續工作日數不超過上限(做六休一:最多連續六天)。',
    'zh-Hans': '连续工作天数不超过上限(做六休一:最多连续六天)。',
    en: 'Nobody works more consecutive days than the limit (six on, one off: at most six in a row).',
  },
  messages: ['roster.consecutive-days'],
  configuredBy: ['roster.maxConsecutiveWorkingDays'],
  examples: {
    failing: {
      description: {
        'zh-Hant':
          'cs-department:陳美玲 12 月 3 日至 9 日每天都上 08:30–17:30 的白班,連續七天,違反做六休一(CSD-D1)。',
        'zh-Hans':
          'cs-department:陈美玲 12 月 3 日至 9 日每天都上 08:30–17:30 的白班,连续七天,违反做六休一(CSD-D1)。',
        en: 'cs-department: Chan Mei-ling works the 08:30–17:30 day shift every day from 3 to 9 December: seven days in a row, against six on, one off (CSD-D1).',
      },
    },
    passing: {
      description: {
        'zh-Hant': '她 12 月 1 日至 6 日上班,7 日休息,8 日至 13 日再上班:從不連續超過六天。',
        'zh-Hans': '她 12 月 1 日至 6 日上班,7 日休息,8 日至 13 日再上班:从不连续超过六天。',
        en: 'She works 1–6 December, rests on the 7th and works 8–13 December: never more than six days in a row.',
      },
    },
  },
} as const satisfies RuleMeta;

/**
 * A working day is a day on which a shift starts (a night shift belongs to
 * the day it starts) and the person is not on leave. Runs are counted
 * within the month; the previous month's roster judges its own end.
 */
export const consecutiveDays = defineRosterRule({
  meta,
  scope: {
    unit: 'staff',
    *check(context, staff) {
      const limit = context.policy.roster.maxConsecutiveWorkingDays;
      const placements = context.byStaff[staff] ?? [];
      if (placements.length <= limit) return;
      // Placements are in time order, so days never decrease: a run is a stretch of them.
      let runStart = 0;
      let runDays = 0;
      let lastDay = Number.NaN;
      for (let k = 0; k <= placements.length; k += 1) {
        const placement = placements[k];
        if (placement?.onLeave === true) continue;
        const day = placement?.slot.day ?? Number.NaN;
        if (day === lastDay) continue;
        if (day !== lastDay + 1) {
          if (runDays > limit) yield report(context, staff, placements.slice(runStart, k), runDays, limit);
          runStart = k;
          runDays = 0;
        }
        runDays += 1;
        lastDay = day;
      }
    },
  },
});

/**
 * Names the run's days, and as instances the shifts that would have to
 * become rest days to break it (every `limit + 1`-th day of the run): the
 * least change that satisfies the rule.
 */
function report(
  context: RosterContext,
  staff: number,
  run: readonly Placement[],
  days: number,
  limit: number,
): Report {
  const worked = run.filter((placement) => !placement.onLeave);
  const dates = [...new Set(worked.map((placement) => placement.slot.date))];
  const restDays = new Set(dates.filter((_, i) => (i + 1) % (limit + 1) === 0));
  const id = context.roster.staff[staff]?.id ?? '';
  return {
    messageId: 'roster.consecutive-days',
    params: { staff: id, days, maximum: limit, from: dates[0] ?? '', to: dates[dates.length - 1] ?? '' },
    subject: {
      staff: [id],
      dates,
      shiftInstances: worked.filter((placement) => restDays.has(placement.slot.date)).map((p) => p.slot.key),
    },
  };
}
