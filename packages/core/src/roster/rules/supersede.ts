import type { RuleMeta } from '../../diagnostics/rule.js';
import { parseInstant } from '../../time/parse-instant.js';
import { defineRosterRule } from './define-roster-rule.js';

const meta = {
  id: 'roster/supersede',
  domain: 'roster',
  clauses: ['CSD-1.1.7'],
  defaultSeverity: 'error',
  summary: {
    'zh-Hant': '修改後的排班表以新版本重新發佈,並註明取代哪一版;舊版保留並標示作廢。',
    'zh-Hans': '修改后的排班表以新版本重新发布,并注明取代哪一版;旧版保留并标示作废。',
    en: 'A changed roster is re-published as a new version that names the version it supersedes; the old one is kept and marked withdrawn.',
  },
  messages: ['roster.supersedes-missing', 'roster.supersedes-wrong', 'roster.published-out-of-order'],
  configuredBy: [],
  examples: {
    failing: {
      description: {
        'zh-Hant':
          '吳婉婷請假後,12 月 5 日發佈了第 2 版,但沒有註明取代哪一版,無從得知哪一版才有效(CSD-1.1.7)。',
        'zh-Hans':
          '吴婉婷请假后,12 月 5 日发布了第 2 版,但没有注明取代哪一版,无从得知哪一版才有效(CSD-1.1.7)。',
        en: "After Ng Yuen-ting's leave, version 2 is published on 5 December without saying which version it replaces, so nobody can tell which one is in force (CSD-1.1.7).",
      },
      code: '{ "version": 2, "preparedBy": "E0002", "preparedAt": "2026-12-05T09:00:00+08:00", "reviewedBy": "E0001", "reviewedAt": "2026-12-05T09:30:00+08:00", "publishedAt": "2026-12-05T10:00:00+08:00" }',
    },
    passing: {
      description: {
        'zh-Hant':
          '第 2 版寫明 supersedes: 1,並在第 1 版(11 月 28 日)之後發佈;第 1 版保留在記錄中,標示作廢。',
        'zh-Hans':
          '第 2 版写明 supersedes: 1,并在第 1 版(11 月 28 日)之后发布;第 1 版保留在记录中,标示作废。',
        en: 'Version 2 states supersedes: 1 and is published after version 1 (28 November); version 1 stays in the history, marked withdrawn.',
      },
      code: '{ "version": 2, "supersedes": 1, "preparedBy": "E0002", "preparedAt": "2026-12-05T09:00:00+08:00", "reviewedBy": "E0001", "reviewedAt": "2026-12-05T09:30:00+08:00", "publishedAt": "2026-12-05T10:00:00+08:00" }',
    },
  },
} as const satisfies RuleMeta;

/**
 * The history must read as one chain: each version supersedes the one
 * before it and is published after it, so the version in force is never in
 * doubt and every withdrawn one is still there to show what changed.
 */
export const supersede = defineRosterRule({
  meta,
  scope: {
    unit: 'document',
    *check(context) {
      const { versions } = context;
      for (let k = 1; k < versions.length; k += 1) {
        const previous = versions[k - 1];
        const version = versions[k];
        if (previous === undefined || version === undefined) continue;
        const index = context.roster.publications.indexOf(version);
        if (version.supersedes === undefined) {
          yield {
            messageId: 'roster.supersedes-missing',
            params: { version: version.version, previous: previous.version },
            subject: { staff: [version.preparedBy], path: ['publications', index, 'supersedes'] },
          };
        } else if (version.supersedes !== previous.version) {
          yield {
            messageId: 'roster.supersedes-wrong',
            params: { version: version.version, supersedes: version.supersedes, previous: previous.version },
            subject: { staff: [version.preparedBy], path: ['publications', index, 'supersedes'] },
          };
        }
        const before = previous.publishedAt === undefined ? undefined : parseInstant(previous.publishedAt);
        const after = version.publishedAt === undefined ? undefined : parseInstant(version.publishedAt);
        if (after !== undefined && (before === undefined || after <= before)) {
          yield {
            messageId: 'roster.published-out-of-order',
            params: { version: version.version, previous: previous.version },
            subject: { path: ['publications', index, 'publishedAt'] },
          };
        }
      }
    },
  },
});
