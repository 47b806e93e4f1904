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
