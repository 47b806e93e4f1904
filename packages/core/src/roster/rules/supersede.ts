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
