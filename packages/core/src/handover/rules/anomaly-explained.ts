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
