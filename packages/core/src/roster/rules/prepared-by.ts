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
  examples: {
    failing: {
      description: {
        'zh-Hant':
          'reg7:十二月排班表第 1 版由值班員黃志強(E1031)編制,但他沒有 REG7-3.2 指定的客服高級助理角色。',
        'zh-Hans':
          'reg7:十二月排班表第 1 版由值班员黄志强(E1031)编制,但他没有 REG7-3.2 指定的客服高级助理角色。',
        en: 'reg7: version 1 of the December roster is prepared by duty officer Wong Chi-keung (E1031), who does not hold the senior-assistant role REG7-3.2 names.',
      },
      code: '{ "version": 1, "preparedBy": "E1031", "preparedAt": "2026-11-26T15:00:00+08:00" }',
    },
    passing: {
      description: {
        'zh-Hant': '第 1 版由客服高級助理何詠詩(E0007)編制,員工名單上她的角色為 senior-assistant(REG7-3.2)。',
        'zh-Hans': '第 1 版由客服高级助理何咏诗(E0007)编制,员工名单上她的角色为 senior-assistant(REG7-3.2)。',
        en: 'Version 1 is prepared by senior assistant Ho Wing-sze (E0007), whose staff record lists the senior-assistant role (REG7-3.2).',
      },
      code: '{ "version": 1, "preparedBy": "E0007", "preparedAt": "2026-11-26T15:00:00+08:00" }',
    },
  },
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
