import type { RuleMeta } from '../../diagnostics/rule.js';
import { defineRosterRule } from './define-roster-rule.js';
import { sortedUnique, swapSlots } from './support.js';

const meta = {
  id: 'swap/holiday-freeze',
  domain: 'swap',
  clauses: ['CSD-7.7'],
  defaultSeverity: 'error',
  summary: {
    'zh-Hant': '法定節假日當班人員不得換班或請假(病假除外)。',
    'zh-Hans': '法定节假日当班人员不得换班或请假(病假除外)。',
    en: 'Holiday duty is neither swapped nor taken as leave (sick leave excepted).',
  },
  messages: ['roster.swap-on-holiday', 'roster.leave-on-holiday'],
  configuredBy: ['swaps.holidayFreeze'],
} as const satisfies RuleMeta;

/**
 * Illness cannot be planned around a holiday, so sick leave is left out; any
 * other leave on a holiday is the planned absence the clause forbids.
 */
export const swapHolidayFreeze = defineRosterRule({
  meta,
  scope: {
    unit: 'document',
    *check(context) {
      if (!context.policy.swaps.holidayFreeze) return;
      const { calendar } = context;
      const isHoliday = (date: string) => calendar.holidays[calendar.dayIndex.get(date) ?? -1] === true;
      for (const [i, swap] of context.roster.swaps.entries()) {
        for (const slot of swapSlots(context, swap).all) {
          if (!isHoliday(slot.date)) continue;
          yield {
            messageId: 'roster.swap-on-holiday',
            params: { swap: swap.id, date: slot.date },
            subject: {
              staff: sortedUnique([swap.requester, swap.counterpart]),
              dates: [slot.date],
              shiftInstances: [slot.key],
              path: ['swaps', i],
            },
          };
        }
      }
      for (const [i, leave] of context.roster.leave.entries()) {
        if (leave.kind === 'sick') continue;
        for (const [j, date] of leave.dates.entries()) {
          if (!isHoliday(date)) continue;
          yield {
            messageId: 'roster.leave-on-holiday',
            params: { staff: leave.staff, date, kind: leave.kind },
            subject: { staff: [leave.staff], dates: [date], path: ['leave', i, 'dates', j] },
          };
        }
      }
    },
  },
});
