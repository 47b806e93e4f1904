import type { RuleMeta } from '../../diagnostics/rule.js';
import { defineRosterRule } from './define-roster-rule.js';
import { citedClauses, holdsRole } from './support.js';

const meta = {
  id: 'roster/prepared-by',
  domain: 'roster',
  clauses: ['REG7-3.2', 'CSG-4.2', 'TKC-4.1A'],
  defaultSeverity: 'error',
  summary: {
    'zh-Hant': '排班表由政策指定的角色編制(例如客服高助),並記錄編制人。',
    'zh-Hans': '排班表由政策指定的角色编制(例如客服高助),并记录编制人。',
    en: 'The roster is prepared by the role the policy names (the senior assistant, for example), and says who prepared it.',
  },
  messages: ['roster.prepared-by-wrong-role'],
  configuredBy: ['roster.preparedBy'],
} as const satisfies RuleMeta;

/** Every version records its preparer (the schema requires it); the preparer must hold the role. */
export const preparedBy = defineRosterRule({
  meta,
  scope: {
    unit: 'document',
    *check(context) {
      const role = context.policy.roster.preparedBy;
      const clauses = citedClauses(context.policy, ['roster.preparedBy'], meta.clauses);
      for (const [i, version] of context.roster.publications.entries()) {
        if (holdsRole(context, version.preparedBy, role)) continue;
        yield {
          messageId: 'roster.prepared-by-wrong-role',
          params: { version: version.version, staff: version.preparedBy, role },
          subject: { staff: [version.preparedBy], path: ['publications', i, 'preparedBy'] },
          ...(clauses && { clauses }),
        };
      }
    },
  },
});
