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
  examples: {
    failing: {
      description: {
        'zh-Hant': 'cs-department,12 月 25 日為法定節假日:當天當班的張家豪申請 25 日年假(CSD-7.7)。',
        'zh-Hans': 'cs-department,12 月 25 日为法定节假日:当天值班的张家豪申请 25 日年假(CSD-7.7)。',
        en: 'cs-department, with 25 December a public holiday: Cheung Ka-ho, rostered that day, takes annual leave for the 25th (CSD-7.7).',
      },
      code: '{ "staff": "E1040", "dates": ["2026-12-25"], "kind": "annual" }',
    },
    passing: {
      description: {
        'zh-Hant': '張家豪 25 日早上發燒,請的是病假:病假無法預先安排,不在禁止之列。',
        'zh-Hans': '张家豪 25 日早上发烧,请的是病假:病假无法预先安排,不在禁止之列。',
        en: 'Cheung Ka-ho wakes up with a fever on the 25th and takes sick leave: illness cannot be planned, so it is not frozen.',
      },
      code: '{ "staff": "E1040", "dates": ["2026-12-25"], "kind": "sick" }',
    },
  },
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
