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
    examples: {
      failing: {
        description: {
          'zh-Hant':
            '陳美玲 08:35 上白班時領取平台機房鑰匙 12 條,下班交回時只點得 11 條,3 號水泵房的鑰匙不見了(CSD-9.1.1)。',
          'zh-Hans':
            '陈美玲 08:35 上白班时领取裙楼机房钥匙 12 把,下班交回时只点得 11 把,3 号水泵房的钥匙不见了(CSD-9.1.1)。',
          en: 'Chan Mei-ling draws the 12 podium plant-room keys at 08:35 for her day shift; when they come back at the end of the shift only 11 are counted, the key to pump room 3 missing (CSD-9.1.1).',
        },
        code: '{ "issueId": "ak-2026-12-01-day", "count": 11, "note": "少了 3 號水泵房鑰匙" }',
      },
      passing: {
        description: {
          'zh-Hant': '交回時點算為 12 條,與領取時相符。',
          'zh-Hans': '交回时清点为 12 把,与领取时相符。',
          en: 'The set comes back counted at 12 keys, as issued.',
        },
        code: '{ "issueId": "ak-2026-12-01-day", "count": 12 }',
      },
    },
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
