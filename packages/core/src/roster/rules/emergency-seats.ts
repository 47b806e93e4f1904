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
