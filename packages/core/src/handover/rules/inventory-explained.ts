import { defineRule } from '../../diagnostics/rule.js';
import { handoverSubject, type HandoverRuleContext } from './context.js';

/**
 * Every damaged or missing shared item carries the outgoing person's
 * explanation, and an item recorded as in order was counted as expected
 * (REG7-9.2). The count command enforces both; this rule catches a record
 * that a later amendment (REG7-8.5a) left inconsistent.
 */
export const inventoryExplained = defineRule<HandoverRuleContext>({
  meta: {
    id: 'handover/inventory-explained',
    domain: 'handover',
    clauses: ['REG7-9.2', 'HOR-1.5'],
    defaultSeverity: 'error',
    summary: {
      'zh-Hant': '損壞或缺失的公物須有交班人的說明;記為正常的公物數量須相符。',
      'zh-Hans': '损坏或缺失的公物须有交班人的说明;记为正常的公物数量须相符。',
      en: "A damaged or missing shared item has the outgoing person's explanation; an item in order was counted as expected.",
    },
    messages: [
      'handover.inventory-unexplained',
      'handover.inventory-explained-by-other',
      'handover.inventory-count-mismatch',
    ],
    configuredBy: ['handover.inventory'],
    examples: {
      failing: {
        description: {
          'zh-Hant':
            'reg7:黃志強點算時發現對講機不見了(0/1),記錄上「已送修,維修單號 R-2291」的說明卻署名他自己,而不是交班的陳美玲(REG7-9.2)。',
          'zh-Hans':
            'reg7:黄志强清点时发现对讲机不见了(0/1),记录上“已送修,维修单号 R-2291”的说明却署名他自己,而不是交班的陈美玲(REG7-9.2)。',
          en: 'reg7: Wong Chi-keung counts the two-way radio missing (0 of 1), and the explanation on record, “sent for repair, ticket R-2291”, is signed by him rather than by Chan Mei-ling, who hands over (REG7-9.2).',
        },
        code: '{ "handoverId": "h-2026-12-01-early", "itemId": "radio", "counted": 0, "status": "missing", "explanation": { "text": "已送修,維修單號 R-2291", "by": "S-102" } }',
      },
      passing: {
        description: {
          'zh-Hant': '同一說明由交班的陳美玲(S-101)提供並記錄,交代了對講機的去向(HOR-1.5)。',
          'zh-Hans': '同一说明由交班的陈美玲(S-101)提供并记录,交代了对讲机的去向(HOR-1.5)。',
          en: 'The same explanation is given and recorded by Chan Mei-ling (S-101), who hands over, saying where the radio went (HOR-1.5).',
        },
        code: '{ "handoverId": "h-2026-12-01-early", "itemId": "radio", "counted": 0, "status": "missing", "explanation": { "text": "已送修,維修單號 R-2291", "by": "S-101" } }',
      },
    },
  },
  *check({ handover }) {
    const outgoing = handover.outgoing?.staffId;
    for (const line of handover.inventory) {
      const { count } = line;
      if (count === undefined) continue;
      const subject = handoverSubject(handover, { entries: [count.seq] });
      if (count.status === 'ok') {
        if (count.counted !== line.item.expected) {
          yield {
            messageId: 'handover.inventory-count-mismatch',
            params: { item: line.itemId, counted: count.counted, expected: line.item.expected },
            subject,
          };
        }
      } else if (count.explanation === undefined) {
        yield { messageId: 'handover.inventory-unexplained', params: { item: line.itemId }, subject };
      } else if (count.explanation.by !== outgoing) {
        yield {
          messageId: 'handover.inventory-explained-by-other',
          params: { item: line.itemId, staff: count.explanation.by, outgoing: outgoing ?? '—' },
          subject: { ...subject, staff: [count.explanation.by] },
        };
      }
    }
  },
});
