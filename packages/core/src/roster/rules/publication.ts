import type { RuleMeta } from '../../diagnostics/rule.js';
import { onRota } from '../context.js';
import { defineRosterRule } from './define-roster-rule.js';
import { sortedUnique } from './support.js';

const meta = {
  id: 'roster/publication',
  domain: 'roster',
  clauses: ['CSD-1.1.4'],
  defaultSeverity: 'error',
  summary: {
    'zh-Hant': '排班表須發佈給相關部門及每位當班員工;月份開始後不可仍未發佈。',
    'zh-Hans': '排班表须发布给相关部门及每位当班员工;月份开始后不可仍未发布。',
    en: 'The roster is published to the related departments and to everyone on it; a month must not begin on an unpublished roster.',
  },
  messages: ['roster.not-published', 'roster.departments-not-notified', 'roster.staff-not-notified'],
  configuredBy: [],
  examples: {
    failing: {
      description: {
        'zh-Hant':
          '十二月排班表於 11 月 28 日發佈,發給了工程部、保安部和值班同事,卻漏了十二月有晚班的張家豪(E1040)(CSD-1.1.4)。',
        'zh-Hans':
          '十二月排班表于 11 月 28 日发布,发给了工程部、保安部和值班同事,却漏了十二月有晚班的张家豪(E1040)(CSD-1.1.4)。',
        en: 'The December roster is published on 28 November to engineering, security and the duty staff, but Cheung Ka-ho (E1040), who has night shifts in December, is not among those sent it (CSD-1.1.4).',
      },
      code: '{ "departments": ["engineering", "security"], "staff": ["E1024", "E1031", "E1033", "E1045"] }',
    },
    passing: {
      description: {
        'zh-Hant': '同一版本發給工程部、保安部,以及十二月有班次的每一個人,包括張家豪。',
        'zh-Hans': '同一版本发给工程部、保安部,以及十二月有班次的每一个人,包括张家豪。',
        en: 'The same version goes to engineering and security and to everyone with a December shift, Cheung Ka-ho included.',
      },
      code: '{ "departments": ["engineering", "security"], "staff": ["E1024", "E1031", "E1033", "E1040", "E1045"] }',
    },
  },
} as const satisfies RuleMeta;

/**
 * Judges the version in force (the latest published one). Everyone with a
 * shift this month must have been sent it, so the rule depends on the rota.
 */
export const publication = defineRosterRule({
  meta,
  scope: {
    unit: 'rota',
    *check(context) {
      const published = context.versions.filter((version) => version.publishedAt !== undefined);
      const latest = published[published.length - 1];
      if (latest === undefined) {
        if (context.nowMs !== undefined && context.nowMs >= context.calendar.monthStartMs) {
          yield {
            messageId: 'roster.not-published',
            params: { month: context.roster.month },
            subject: { path: ['publications'] },
          };
        }
        return;
      }
      const path = ['publications', context.roster.publications.indexOf(latest), 'notified'];
      if (latest.notified.departments.length === 0) {
        yield {
          messageId: 'roster.departments-not-notified',
          params: { version: latest.version },
          subject: { path: [...path, 'departments'] },
        };
      }
      const told = new Set(latest.notified.staff);
      const missing = sortedUnique(
        context.roster.staff
          .filter((member, i) => onRota(context, i) && !told.has(member.id))
          .map((m) => m.id),
      );
      if (missing.length > 0) {
        yield {
          messageId: 'roster.staff-not-notified',
          params: { version: latest.version, count: missing.length, staff: missing.join(', ') },
          subject: { staff: missing, path: [...path, 'staff'] },
        };
      }
    },
  },
});
