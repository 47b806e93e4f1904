import type { Report, RuleMeta } from '../../diagnostics/rule.js';
import { parseInstant } from '../../time/parse-instant.js';
import { defineRosterRule } from './define-roster-rule.js';
import { citedClauses, holdsRole, siteTime } from './support.js';

const meta = {
  id: 'roster/review',
  domain: 'roster',
  clauses: ['REG7-4.2', 'TKC-4.1A'],
  defaultSeverity: 'error',
  summary: {
    'zh-Hant': '排班表須經審核人審核,並於當月開始前生效;太古城另須呈報項目負責人。',
    'zh-Hans': '排班表须经审核人审核,并于当月开始前生效;太古城另须呈报项目负责人。',
    en: 'The roster is reviewed by the reviewing role before its month begins; at Taikoo City it is also reported to the project head.',
  },
  messages: [
    'roster.review-missing',
    'roster.reviewer-wrong-role',
    'roster.review-out-of-order',
    'roster.reviewed-late',
    'roster.not-reported',
  ],
  configuredBy: ['roster.reviewRequired', 'roster.reviewedBy', 'roster.reportedTo'],
  examples: {
    failing: {
      description: {
        'zh-Hant':
          'reg7:十二月排班表於 11 月 27 日編制、28 日發佈,但沒有記錄審核人:沒有客服主任在 12 月 1 日前審核過(REG7-4.2)。',
        'zh-Hans':
          'reg7:十二月排班表于 11 月 27 日编制、28 日发布,但没有记录审核人:没有客服主任在 12 月 1 日前审核过(REG7-4.2)。',
        en: 'reg7: the December roster is prepared on 27 November and published on the 28th with no reviewer recorded: no customer-service supervisor approved it before 1 December (REG7-4.2).',
      },
      code: '{ "version": 1, "preparedBy": "E0007", "preparedAt": "2026-11-27T10:00:00+08:00", "publishedAt": "2026-11-28T09:00:00+08:00" }',
    },
    passing: {
      description: {
        'zh-Hant': '客服主任李嘉欣(E0003)於 11 月 27 日 16:00 審核:在編制之後、發佈之前,也在當月開始之前。',
        'zh-Hans': '客服主任李嘉欣(E0003)于 11 月 27 日 16:00 审核:在编制之后、发布之前,也在当月开始之前。',
        en: 'Supervisor Lee Ka-yan (E0003) reviews it at 16:00 on 27 November: after it was prepared, before it was published, and before the month begins.',
      },
      code: '{ "version": 1, "preparedBy": "E0007", "preparedAt": "2026-11-27T10:00:00+08:00", "reviewedBy": "E0003", "reviewedAt": "2026-11-27T16:00:00+08:00", "publishedAt": "2026-11-28T09:00:00+08:00" }',
    },
  },
} as const satisfies RuleMeta;

/**
 * The monthly roster (the first version) needs its review; later versions
 * are changes and need an approval instead (`roster/change-approval`).
 */
export const review = defineRosterRule({
  meta,
  scope: {
    unit: 'document',
    *check(context) {
      const rules = context.policy.roster;
      if (!rules.reviewRequired) return;
      const first = context.versions[0];
      if (first === undefined) return;
      const clauses = citedClauses(
        context.policy,
        ['roster.reviewRequired', 'roster.reviewedBy'],
        meta.clauses,
      );
      const index = context.roster.publications.indexOf(first);
      const role = rules.reviewedBy ?? rules.preparedBy;
      const report = (
        messageId: Report['messageId'],
        field: string,
        params: Report['params'] = {},
      ): Report => ({
        messageId,
        params: { version: first.version, ...params },
        subject: { staff: [first.reviewedBy ?? first.preparedBy], path: ['publications', index, field] },
        ...(clauses && { clauses }),
      });

      const reviewedAt = first.reviewedAt === undefined ? undefined : parseInstant(first.reviewedAt);
      if (first.reviewedBy === undefined || reviewedAt === undefined) {
        yield report('roster.review-missing', 'reviewedBy', { role });
      } else {
        if (!holdsRole(context, first.reviewedBy, role)) {
          yield report('roster.reviewer-wrong-role', 'reviewedBy', { staff: first.reviewedBy, role });
        }
        const preparedAt = parseInstant(first.preparedAt) ?? Number.NaN;
        const publishedAt = first.publishedAt === undefined ? undefined : parseInstant(first.publishedAt);
        if (reviewedAt < preparedAt || (publishedAt !== undefined && reviewedAt > publishedAt)) {
          yield report('roster.review-out-of-order', 'reviewedAt');
        }
        if (reviewedAt > context.calendar.monthStartMs) {
          yield report('roster.reviewed-late', 'reviewedAt', {
            reviewedAt: siteTime(context, reviewedAt),
            deadline: siteTime(context, context.calendar.monthStartMs),
          });
        }
      }

      const reportedTo = rules.reportedTo;
      const published = context.versions.filter((version) => version.publishedAt !== undefined);
      const latest = published[published.length - 1];
      if (reportedTo !== undefined && latest !== undefined) {
        if (!latest.notified.staff.some((id) => holdsRole(context, id, reportedTo))) {
          yield {
            messageId: 'roster.not-reported',
            params: { version: latest.version, role: reportedTo },
            subject: { path: ['publications', context.roster.publications.indexOf(latest), 'notified'] },
            clauses: ['TKC-4.1A'],
          };
        }
      }
    },
  },
});
