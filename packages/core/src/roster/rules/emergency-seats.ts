import type { RuleMeta } from '../../diagnostics/rule.js';
import { defineRosterRule } from './define-roster-rule.js';
import { freeStaff } from './reserve.js';

const meta = {
  id: 'roster/emergency-seats',
  domain: 'roster',
  clauses: ['CCS-6.3.4'],
  defaultSeverity: 'error',
  summary: {
    'zh-Hant': '法定節假日須有足夠的後備人員(至少為應急台席的最低數目),以便開動應急台席。',
    'zh-Hans': '法定节假日须有足够的后备人员(至少为应急台席的最低数目),以便开动应急台席。',
    en: 'On a public holiday enough people are free to staff the emergency seats (at least their minimum number).',
  },
  messages: ['roster.emergency-seats-short'],
  configuredBy: ['roster.holidayHeadroom.emergencySeatsMin'],
  examples: {
    failing: {
      description: {
        'zh-Hant':
          'call-centre,12 月 25 日為法定節假日:排班名單上當天沒有班次又沒有請假的只有 3 人,不足以開動最少 5 個應急台席(CCS-6.3.4)。',
        'zh-Hans':
          'call-centre,12 月 25 日为法定节假日:排班名单上当天没有班次又没有请假的只有 3 人,不足以开动最少 5 个应急台席(CCS-6.3.4)。',
        en: 'call-centre, with 25 December a public holiday: only 3 people on the rota have neither a shift nor leave that day, too few to open the minimum of 5 emergency seats (CCS-6.3.4).',
      },
    },
    passing: {
      description: {
        'zh-Hant': '當天有 6 名話務員不用當班也沒有請假,足以開動 5 至 7 個應急台席。',
        'zh-Hans': '当天有 6 名话务员不用值班也没有请假,足以开动 5 至 7 个应急台席。',
        en: 'Six agents have no shift and no leave that day, enough to open the 5 to 7 emergency seats.',
      },
    },
  },
} as const satisfies RuleMeta;

/**
 * Seats are furniture; what a roster can show is whether people are free to
 * sit in them. The pool is the same as the reserve's (CCS-6.1.4): the rule
 * asks that it hold at least the minimum number of emergency seats. A
 * minimum of 0 switches the rule off.
 */
export const emergencySeats = defineRosterRule({
  meta,
  scope: {
    unit: 'day',
    *check(context, day) {
      const required = context.policy.roster.holidayHeadroom.emergencySeatsMin;
      const date = context.calendar.days[day]?.date;
      if (required === 0 || date === undefined || context.calendar.holidays[day] !== true) return;
      const free = freeStaff(context, day);
      if (free.length >= required) return;
      yield {
        messageId: 'roster.emergency-seats-short',
        params: { date, available: free.length, required },
        subject: { ...(free.length > 0 && { staff: free }), dates: [date] },
      };
    },
  },
});
