import { defineRule } from '../../diagnostics/rule.js';
import { handoverSubject, type HandoverRuleContext } from './context.js';

/**
 * An anomaly found in the area is explained by the outgoing person
 * (REG7-9.4). The command enforces it; this rule catches an amendment that
 * changed who explained.
 */
export const anomalyExplained = defineRule<HandoverRuleContext>({
  meta: {
    id: 'handover/anomaly-explained',
    domain: 'handover',
    clauses: ['REG7-9.4'],
    defaultSeverity: 'error',
    summary: {
      'zh-Hant': '區域內的異常情況須由交班人解釋並記錄。',
      'zh-Hans': '区域内的异常情况须由交班人解释并记录。',
      en: 'An anomaly found in the area is explained by the outgoing person.',
    },
    messages: ['handover.anomaly-explained-by-other'],
    configuredBy: [],
    examples: {
      failing: {
        description: {
          'zh-Hant':
            '交接時發現後門閘口電子鎖失靈,異常記錄上的說明署名保安員 S-888,而不是交班的陳美玲(REG7-9.4)。',
          'zh-Hans':
            '交接时发现后门闸口电子锁失灵,异常记录上的说明署名保安员 S-888,而不是交班的陈美玲(REG7-9.4)。',
          en: 'The electronic lock of the back gate has failed; the explanation on the anomaly is signed by security guard S-888, not by Chan Mei-ling, who hands over (REG7-9.4).',
        },
        code: '{ "handoverId": "h-2026-12-01-early", "anomalyId": "a-gate", "area": "後門閘口", "description": "電子鎖失靈,閘門無法鎖上", "explanation": { "text": "16:10 已報工程部,暫由保安駐守", "by": "S-888" } }',
      },
      passing: {
        description: {
          'zh-Hant': '陳美玲(S-101)親自解釋:16:10 已報工程部,暫時由保安駐守閘口。',
          'zh-Hans': '陈美玲(S-101)亲自解释:16:10 已报工程部,暂时由保安驻守闸口。',
          en: 'Chan Mei-ling (S-101) explains it herself: engineering was called at 16:10 and a guard holds the gate meanwhile.',
        },
        code: '{ "handoverId": "h-2026-12-01-early", "anomalyId": "a-gate", "area": "後門閘口", "description": "電子鎖失靈,閘門無法鎖上", "explanation": { "text": "16:10 已報工程部,暫由保安駐守", "by": "S-101" } }',
      },
    },
  },
  *check({ handover }) {
    const outgoing = handover.outgoing?.staffId;
    for (const anomaly of handover.anomalies) {
      if (anomaly.explanation.by === outgoing) continue;
      yield {
        messageId: 'handover.anomaly-explained-by-other',
        params: { anomaly: anomaly.anomalyId, staff: anomaly.explanation.by, outgoing: outgoing ?? '—' },
        subject: handoverSubject(handover, { entries: [anomaly.seq], staff: [anomaly.explanation.by] }),
      };
    }
  },
});
