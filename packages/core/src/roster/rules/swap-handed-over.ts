import type { RuleMeta } from '../../diagnostics/rule.js';
import type { InstanceSlot } from '../calendar.js';
import { works } from '../context.js';
import { defineRosterRule } from './define-roster-rule.js';
import { sortedUnique, staffAt, swapSlots } from './support.js';

const meta = {
  id: 'swap/handed-over',
  domain: 'swap',
  clauses: ['CSD-7.5', 'CSM-7'],
  defaultSeverity: 'error',
  summary: {
    'zh-Hant': '換班須交代清楚:換出的班次由對方接上,還班由換班者接上;若因此空班,雙方都要負責。',
    'zh-Hans': '换班须交代清楚:换出的班次由对方接上,还班由换班者接上;若因此空班,双方都要负责。',
    en: 'A swap is handed over clearly: the counterpart is on the swapped shift and the requester on the pay-back; a shift left empty is both parties’ responsibility.',
  },
  messages: ['roster.swap-not-applied', 'roster.swap-shift-empty'],
  configuredBy: [],
  examples: {
    failing: {
      description: {
        'zh-Hant':
          'cs-department:換班單 SW-1205 寫明陳美玲 12 月 17 日替黃志強上白班作為還班,但排班表上當天兩人都沒有排上:結果空班,雙方都要負責(CSD-7.5)。',
        'zh-Hans':
          'cs-department:换班单 SW-1205 写明陈美玲 12 月 17 日替黄志强上白班作为还班,但排班表上当天两人都没有排上:结果空班,双方都要负责(CSD-7.5)。',
        en: 'cs-department: swap SW-1205 says Chan Mei-ling pays Wong Chi-keung back by working his day shift on 17 December, but the roster shows neither of them on it: the shift is empty and both answer for it (CSD-7.5).',
      },
      code: '{ "id": "SW-1205", "requester": "E1024", "counterpart": "E1031", "exchanged": [{ "date": "2026-12-10", "shift": "day" }], "payBack": { "date": "2026-12-17", "shift": "day" } }',
    },
    passing: {
      description: {
        'zh-Hant': '排班表顯示黃志強上 12 月 10 日的白班,陳美玲上 17 日的白班,與換班單一致。',
        'zh-Hans': '排班表显示黄志强上 12 月 10 日的白班,陈美玲上 17 日的白班,与换班单一致。',
        en: 'The roster shows Wong Chi-keung on the 10 December day shift and Chan Mei-ling on the 17 December one, as the swap says.',
      },
      code: '[{ "staff": "E1031", "date": "2026-12-10", "shift": "day" }, { "staff": "E1024", "date": "2026-12-17", "shift": "day" }]',
    },
  },
} as const satisfies RuleMeta;

/**
 * A registered swap the roster does not show leaves people unsure who comes
 * (the original holder still listed), or nobody on the shift at all; the
 * second is the 空班/脫班 both clauses hold both parties responsible for.
 */
export const swapHandedOver = defineRosterRule({
  meta,
  scope: {
    unit: 'swap',
    *check(context, index) {
      const swap = context.roster.swaps[index];
      if (swap === undefined) return;
      const { exchanged, payBack } = swapSlots(context, swap);
      const expected: [InstanceSlot, string, string][] = exchanged.map((slot) => [
        slot,
        swap.counterpart,
        swap.requester,
      ]);
      if (payBack !== undefined) expected.push([payBack, swap.requester, swap.counterpart]);
      for (const [slot, taker, giver] of expected) {
        if (works(context, staffAt(context, taker), slot)) continue;
        const subject = {
          staff: sortedUnique([swap.requester, swap.counterpart]),
          dates: [slot.date],
          shiftInstances: [slot.key],
          path: ['swaps', index],
        };
        if (works(context, staffAt(context, giver), slot)) {
          yield {
            messageId: 'roster.swap-not-applied',
            params: { swap: swap.id, instance: slot.key, staff: giver, expected: taker },
            subject,
            clauses: ['CSD-7.5'],
          };
        } else {
          yield {
            messageId: 'roster.swap-shift-empty',
            params: {
              swap: swap.id,
              instance: slot.key,
              requester: swap.requester,
              counterpart: swap.counterpart,
            },
            subject,
          };
        }
      }
    },
  },
});
