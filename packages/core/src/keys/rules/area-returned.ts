import { defineRule } from '../../diagnostics/rule.js';
import { millisOf } from '../../handover/timing.js';
import type { KeyRuleContext } from './context.js';

/** Area keys issued to a shift are back by the end of that shift (CSD-9.1.1). */
export const areaReturned = defineRule<KeyRuleContext>({
  meta: {
    id: 'keys/area-returned',
    domain: 'keys',
    clauses: ['CSD-9.1.1'],
    defaultSeverity: 'warn',
    summary: {
      'zh-Hant': '區域鑰匙須在下班時交回。',
      'zh-Hans': '区域钥匙须在下班时交回。',
      en: 'Area keys are returned at the end of the shift they were issued to.',
    },
    messages: ['keys.area-not-returned'],
    configuredBy: [],
  },
  *check({ register, now }) {
    for (const issue of register.areaIssues) {
      if (issue.returned !== undefined || millisOf(now) <= millisOf(issue.dueBack)) continue;
      yield {
        messageId: 'keys.area-not-returned',
        params: { keys: issue.keySet, staff: issue.issuedTo, dueBack: issue.dueBack },
        subject: {
          record: issue.issueId,
          entries: [issue.seq],
          staff: [issue.issuedTo],
          shiftInstances: [issue.shiftKey],
        },
      };
    }
  },
});
