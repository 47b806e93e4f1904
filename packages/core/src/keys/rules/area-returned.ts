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
    examples: {
      failing: {
        description: {
          'zh-Hant':
            '平台機房鑰匙於 12 月 1 日白班(08:30–17:30)發給陳美玲,應於 17:30 交回;到 17:45 仍未交回(CSD-9.1.1)。',
          'zh-Hans':
            '裙楼机房钥匙于 12 月 1 日白班(08:30–17:30)发给陈美玲,应于 17:30 交回;到 17:45 仍未交回(CSD-9.1.1)。',
          en: 'The podium plant-room keys are issued to Chan Mei-ling for the 1 December day shift (08:30–17:30) and are due back at 17:30; at 17:45 they are still out (CSD-9.1.1).',
        },
        code: '{ "issueId": "ak-2026-12-01-day", "keySet": "podium-plant-rooms", "shiftKey": "2026-12-01/day/front-desk", "issuedTo": "S-101", "count": 12, "dueBack": "2026-12-01T17:30:00+08:00" }',
      },
      passing: {
        description: {
          'zh-Hant': '陳美玲 17:28 下班前把 12 條鑰匙交回,並填寫鑰匙交接單。',
          'zh-Hans': '陈美玲 17:28 下班前把 12 把钥匙交回,并填写钥匙交接单。',
          en: 'Chan Mei-ling hands the 12 keys back at 17:28 as her shift ends and fills in the key handover sheet.',
        },
        code: '{ "issueId": "ak-2026-12-01-day", "count": 12 }',
      },
    },
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
