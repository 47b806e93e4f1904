import { defineRule } from '../../diagnostics/rule.js';
import type { KeyRuleContext } from './context.js';

/** Area keys come back in the number they went out (CSD-9.1.1). */
export const areaCount = defineRule<KeyRuleContext>({
  meta: {
    id: 'keys/area-count',
    domain: 'keys',
    clauses: ['CSD-9.1.1'],
    defaultSeverity: 'error',
    summary: {
      'zh-Hant': '交回的區域鑰匙數量須與領取時相符。',
      'zh-Hans': '交回的区域钥匙数量须与领取时相符。',
      en: 'Area keys come back in the number they were issued.',
    },
    messages: ['keys.area-count-mismatch'],
    configuredBy: [],
  },
  *check({ register }) {
    for (const issue of register.areaIssues) {
      const { returned } = issue;
      if (returned === undefined || returned.count === issue.count) continue;
      yield {
        messageId: 'keys.area-count-mismatch',
        params: { keys: issue.keySet, issued: issue.count, returned: returned.count },
        subject: {
          record: issue.issueId,
          entries: [issue.seq, returned.seq],
          shiftInstances: [issue.shiftKey],
        },
      };
    }
  },
});
