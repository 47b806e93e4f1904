import type { RuleMeta } from '../../diagnostics/rule.js';
import { parseInstant } from '../../time/parse-instant.js';
import { defineRosterRule } from './define-roster-rule.js';

const meta = {
  id: 'roster/change-approval',
  domain: 'roster',
  clauses: ['CSD-1.1.5'],
  defaultSeverity: 'error',
  summary: {
    'zh-Hant': '已發佈的排班表只可經批准後更改;每次更改須記錄批准人,並於發佈前批准。',
    'zh-Hans': '已发布的排班表只可经批准后更改;每次更改须记录批准人,并于发布前批准。',
    en: 'A published roster changes only through an approved change: each new version records who approved it, before it is published.',
  },
  messages: ['roster.change-not-approved', 'roster.change-approved-late'],
  configuredBy: [],
} as const satisfies RuleMeta;

/** Every version after the first is a change; its reviewer is the superior who approved it. */
export const changeApproval = defineRosterRule({
  meta,
  scope: {
    unit: 'document',
    *check(context) {
      for (const version of context.versions.slice(1)) {
        const index = context.roster.publications.indexOf(version);
        const approvedAt = version.reviewedAt === undefined ? undefined : parseInstant(version.reviewedAt);
        if (version.reviewedBy === undefined || approvedAt === undefined) {
          yield {
            messageId: 'roster.change-not-approved',
            params: { version: version.version },
            subject: { staff: [version.preparedBy], path: ['publications', index, 'reviewedBy'] },
          };
          continue;
        }
        const publishedAt = version.publishedAt === undefined ? undefined : parseInstant(version.publishedAt);
        if (publishedAt !== undefined && approvedAt > publishedAt) {
          yield {
            messageId: 'roster.change-approved-late',
            params: { version: version.version, approver: version.reviewedBy },
            subject: { staff: [version.reviewedBy], path: ['publications', index, 'reviewedAt'] },
          };
        }
      }
    },
  },
});
