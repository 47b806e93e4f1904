import type { RuleMeta } from '../../diagnostics/rule.js';
import { addCalendarDays } from '../../time/add-calendar-days.js';
import { parseInstant } from '../../time/parse-instant.js';
import { zonedInstant } from '../../time/zoned-instant.js';
import { defineRosterRule } from './define-roster-rule.js';
import { siteTime } from './support.js';

const meta = {
  id: 'roster/holiday-publication',
  domain: 'roster',
  clauses: ['CSD-1.1.6'],
  defaultSeverity: 'error',
  summary: {
    'zh-Hant': '涵蓋法定節假日的排班表須於節日前一定日數(CSD 為一週)發佈。',
    'zh-Hans': '涵盖法定节假日的排班表须于节日前一定天数(CSD 为一周)发布。',
    en: 'A roster covering a public holiday is published a set number of days (a week under CSD) before the holiday.',
  },
  messages: ['roster.holiday-published-late', 'roster.holiday-not-published'],
  configuredBy: ['roster.holidayPublicationLeadDays'],
  examples: {
    failing: {
      description: {
        'zh-Hant':
          'cs-department:一月排班表涵蓋 1 月 1 日元旦,卻到 12 月 28 日才發佈;須提前一週,即最遲 12 月 25 日 00:00(CSD-1.1.6)。',
        'zh-Hans':
          'cs-department:一月排班表涵盖 1 月 1 日元旦,却到 12 月 28 日才发布;须提前一周,即最迟 12 月 25 日 00:00(CSD-1.1.6)。',
        en: "cs-department: the January roster covers New Year's Day but is only published on 28 December; a week ahead means by 00:00 on 25 December (CSD-1.1.6).",
      },
      code: '{ "version": 1, "preparedBy": "E0002", "preparedAt": "2026-12-18T10:00:00+08:00", "publishedAt": "2026-12-28T10:00:00+08:00" }',
    },
    passing: {
      description: {
        'zh-Hant': '同一份排班表於 12 月 20 日發佈,比元旦早超過一週。',
        'zh-Hans': '同一份排班表于 12 月 20 日发布,比元旦早超过一周。',
        en: "The same roster is published on 20 December, more than a week before New Year's Day.",
      },
      code: '{ "version": 1, "preparedBy": "E0002", "preparedAt": "2026-12-18T10:00:00+08:00", "publishedAt": "2026-12-20T10:00:00+08:00" }',
    },
  },
} as const satisfies RuleMeta;

/** A lead of 0 days switches the rule off. The first published version is the one people plan by. */
export const holidayPublication = defineRosterRule({
  meta,
  scope: {
    unit: 'document',
    *check(context) {
      const lead = context.policy.roster.holidayPublicationLeadDays;
      if (lead === 0) return;
      const first = context.versions.find((version) => version.publishedAt !== undefined);
      const publishedAt = first?.publishedAt === undefined ? undefined : parseInstant(first.publishedAt);
      const { calendar } = context;
      for (const [d, day] of calendar.days.entries()) {
        if (!calendar.holidays[d]) continue;
        const due = zonedInstant(addCalendarDays(day.date, -lead), '00:00', calendar.timeZone);
        const subject = { dates: [day.date], path: ['publicHolidays'] };
        if (first !== undefined && publishedAt !== undefined) {
          if (publishedAt > due) {
            yield {
              messageId: 'roster.holiday-published-late',
              params: {
                holiday: day.date,
                version: first.version,
                publishedAt: siteTime(context, publishedAt),
                deadline: siteTime(context, due),
                days: lead,
              },
              subject,
            };
          }
        } else if (context.nowMs !== undefined && context.nowMs > due) {
          yield {
            messageId: 'roster.holiday-not-published',
            params: { holiday: day.date, deadline: siteTime(context, due), days: lead },
            subject,
          };
        }
      }
    },
  },
});
