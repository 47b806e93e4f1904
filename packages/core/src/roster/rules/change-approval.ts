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
  examples: {
    failing: {
      description: {
        'zh-Hant':
          'cs-department:12 月 8 日因劉文傑(E1052)病假改出第 2 版排班表,11:00 已發佈,卻沒有記錄由哪位上級批准(CSD-1.1.5)。',
        'zh-Hans':
          'cs-department:12 月 8 日因刘文杰(E1052)病假改出第 2 版排班表,11:00 已发布,却没有记录由哪位上级批准(CSD-1.1.5)。',
        en: 'cs-department: version 2, changed on 8 December because Lau Man-kit (E1052) is on sick leave, is published at 11:00 with no record of which superior approved it (CSD-1.1.5).',
      },
      code: '{ "version": 2, "supersedes": 1, "preparedBy": "E0002", "preparedAt": "2026-12-08T09:00:00+08:00", "publishedAt": "2026-12-08T11:00:00+08:00", "changeReason": "E1052 on sick leave" }',
    },
    passing: {
      description: {
        'zh-Hant': '客服部經理鄭麗華(E0001)於 10:00 批准第 2 版,一小時後才發佈。',
        'zh-Hans': '客服部经理郑丽华(E0001)于 10:00 批准第 2 版,一小时后才发布。',
        en: 'Department manager Cheng Lai-wah (E0001) approves version 2 at 10:00, an hour before it is published.',
      },
      code: '{ "version": 2, "supersedes": 1, "preparedBy": "E0002", "preparedAt": "2026-12-08T09:00:00+08:00", "reviewedBy": "E0001", "reviewedAt": "2026-12-08T10:00:00+08:00", "publishedAt": "2026-12-08T11:00:00+08:00", "changeReason": "E1052 on sick leave" }',
    },
  },
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
