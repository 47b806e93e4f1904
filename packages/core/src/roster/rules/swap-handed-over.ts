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
