import type { RuleMeta } from '../../diagnostics/rule.js';
import type { InstanceSlot } from '../calendar.js';
import { defineRosterRule } from './define-roster-rule.js';
import { staffAt, swapSlots } from './support.js';

const meta = {
  id: 'swap/back-to-back',
  domain: 'swap',
  clauses: ['CSD-7.4c'],
  defaultSeverity: 'error',
  summary: {
    'zh-Hant': '換班者及還班者都不可因換班而連班(一個班次緊接另一個班次)。',
    'zh-Hans': '换班者及还班者都不可因换班而连班(一个班次紧接另一个班次)。',
    en: 'Neither the person who swaps nor the one who pays it back ends up on back-to-back shifts (one ending as the other begins) because of it.',
  },
  messages: ['roster.swap-back-to-back'],
  configuredBy: ['swaps.banBackToBack'],
} as const satisfies RuleMeta;

/**
 * The counterpart now works the exchanged shifts and the requester the
 * pay-back; either shift touching another of that person's shifts (no break
 * between them) is 連班. Overlaps are `roster/double-booking`'s.
 */
export const swapBackToBack = defineRosterRule({
  meta,
  scope: {
    unit: 'swap',
    *check(context, index) {
      const swap = context.roster.swaps[index];
      if (!context.policy.swaps.banBackToBack || swap === undefined) return;
      const { exchanged, payBack } = swapSlots(context, swap);
      const taken: [string, InstanceSlot][] = exchanged.map((slot) => [swap.counterpart, slot]);
      if (payBack !== undefined) taken.push([swap.requester, payBack]);
      for (const [staff, slot] of taken) {
        for (const placement of context.byStaff[staffAt(context, staff)] ?? []) {
          const other = placement.slot;
          if (other === slot || (other.endMs !== slot.startMs && other.startMs !== slot.endMs)) continue;
          const [first, second] = other.startMs < slot.startMs ? [other, slot] : [slot, other];
          yield {
            messageId: 'roster.swap-back-to-back',
            params: { swap: swap.id, staff, first: first.key, second: second.key },
            subject: {
              staff: [staff],
              dates: [...new Set([first.date, second.date])],
              shiftInstances: [first.key, second.key],
              path: ['swaps', index],
            },
          };
        }
      }
    },
  },
});
