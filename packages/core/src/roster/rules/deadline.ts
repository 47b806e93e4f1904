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
  examples: {
    failing: {
      description: {
        'zh-Hant':
          'taikoo-front-desk:前台十二月《值班表》第 1 版於 11 月 26 日 08:00 才擬定,已過每月 25 日的期限(TKC-4.1A)。',
        'zh-Hans':
          'taikoo-front-desk:前台十二月《值班表》第 1 版于 11 月 26 日 08:00 才拟定,已过每月 25 日的期限(TKC-4.1A)。',
        en: 'taikoo-front-desk: version 1 of the December front-desk roster is drafted at 08:00 on 26 November, after the deadline of the 25th (TKC-4.1A).',
      },
      code: '{ "version": 1, "preparedBy": "E0003", "preparedAt": "2026-11-26T08:00:00+08:00" }',
    },
    passing: {
      description: {
        'zh-Hant': '同一份值班表於 11 月 25 日 18:00 擬定,在 25 日結束之前完成。',
        'zh-Hans': '同一份值班表于 11 月 25 日 18:00 拟定,在 25 日结束之前完成。',
        en: 'The same roster is drafted at 18:00 on 25 November, before the 25th is out.',
      },
      code: '{ "version": 1, "preparedBy": "E0003", "preparedAt": "2026-11-25T18:00:00+08:00" }',
    },
  },
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
