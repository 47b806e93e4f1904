import type { RuleMeta } from '../../diagnostics/rule.js';
import { addCalendarDays } from '../../time/add-calendar-days.js';
import { parseInstant } from '../../time/parse-instant.js';
import { zonedInstant } from '../../time/zoned-instant.js';
import type { RosterContext } from '../context.js';
import { defineRosterRule } from './define-roster-rule.js';
import { citedClauses, siteTime } from './support.js';

const meta = {
  id: 'roster/deadline',
  domain: 'roster',
  clauses: ['REG7-4.2', 'CSG-4.2', 'TKC-4.1A'],
  defaultSeverity: 'error',
  summary: {
    'zh-Hant': '下月排班表須於期限前編制完成:月底前,或政策所定的日子(太古城為 25 日)前。',
    'zh-Hans': '下月排班表须于期限前编制完成:月底前,或政策所定的日子(太古城为 25 日)前。',
    en: "Next month's roster is prepared by the deadline: before month end, or by the policy's day (the 25th at Taikoo City).",
  },
  messages: ['roster.prepared-late', 'roster.not-prepared'],
  configuredBy: ['roster.deadline'],
} as const satisfies RuleMeta;

/**
 * The instant by which the roster must be prepared: the first midnight of
 * its month, or the end of day `day` of the month before.
 */
export function preparationDeadline(context: RosterContext): number {
  const { deadline } = context.policy.roster;
  if (deadline.kind === 'month-end' || deadline.day === undefined) return context.calendar.monthStartMs;
  const previousMonth = addCalendarDays(`${context.roster.month}-01`, -1).slice(0, 7);
  const day = `${previousMonth}-${String(deadline.day).padStart(2, '0')}`;
  return zonedInstant(addCalendarDays(day, 1), '00:00', context.calendar.timeZone);
}

/**
 * Only the first version counts: later versions are changes (CSD-1.1.5).
 * With no version at all, the roster is late only once `now` is past the
 * deadline; without `now` a draft is judged on its own.
 */
export const deadline = defineRosterRule({
  meta,
  scope: {
    unit: 'document',
    *check(context) {
      const due = preparationDeadline(context);
      const clauses = citedClauses(context.policy, ['roster.deadline'], meta.clauses);
      const first = context.versions[0];
      if (first === undefined) {
        if (context.nowMs !== undefined && context.nowMs > due) {
          yield {
            messageId: 'roster.not-prepared',
            params: { month: context.roster.month, deadline: siteTime(context, due) },
            subject: { path: ['publications'] },
            ...(clauses && { clauses }),
          };
        }
        return;
      }
      const preparedAt = parseInstant(first.preparedAt) ?? Number.NaN;
      if (preparedAt > due) {
        yield {
          messageId: 'roster.prepared-late',
          params: {
            version: first.version,
            preparedAt: siteTime(context, preparedAt),
            deadline: siteTime(context, due),
          },
          subject: {
            staff: [first.preparedBy],
            path: ['publications', context.roster.publications.indexOf(first), 'preparedAt'],
          },
          ...(clauses && { clauses }),
        };
      }
    },
  },
});
