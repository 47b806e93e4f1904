import type { RuleMeta } from '../../diagnostics/rule.js';
import type { InstanceSlot } from '../calendar.js';
import { defineRosterRule } from './define-roster-rule.js';
import { swapSlots } from './support.js';

const meta = {
  id: 'swap/consecutive',
  domain: 'swap',
  clauses: ['CSD-7.4b'],
  defaultSeverity: 'error',
  summary: {
    'zh-Hant': '不允許連續換班:同一人不可把相連兩天的班次換出。',
    'zh-Hans': '不允许连续换班:同一人不可把相连两天的班次换出。',
    en: 'No consecutive swaps: nobody swaps away shifts on two consecutive days.',
  },
  messages: ['roster.swap-consecutive'],
  configuredBy: ['swaps.banConsecutiveSwaps'],
} as const satisfies RuleMeta;

/**
 * What a person swaps away is what they no longer work: the requester's
 * exchanged shifts and the counterpart's pay-back shift. Two of those on the
 * same or adjacent days, in one swap or two, are consecutive swaps.
 */
export const swapConsecutive = defineRosterRule({
  meta,
  scope: {
    unit: 'document',
    *check(context) {
      if (!context.policy.swaps.banConsecutiveSwaps) return;
      const givenAway = new Map<string, { slot: InstanceSlot; swap: string }[]>();
      const give = (staff: string, slot: InstanceSlot, swap: string) => {
        givenAway.set(staff, [...(givenAway.get(staff) ?? []), { slot, swap }]);
      };
      for (const swap of context.roster.swaps) {
        const { exchanged, payBack } = swapSlots(context, swap);
        for (const slot of exchanged) give(swap.requester, slot, swap.id);
        if (payBack !== undefined) give(swap.counterpart, payBack, swap.id);
      }
      for (const [staff, list] of givenAway) {
        list.sort((a, b) => a.slot.startMs - b.slot.startMs || a.slot.index - b.slot.index);
        for (let k = 1; k < list.length; k += 1) {
          const first = list[k - 1];
          const second = list[k];
          if (first === undefined || second === undefined || second.slot.day - first.slot.day > 1) continue;
          yield {
            messageId: 'roster.swap-consecutive',
            params: {
              staff,
              first: first.slot.key,
              second: second.slot.key,
              swaps: `${first.swap}, ${second.swap}`,
            },
            subject: {
              staff: [staff],
              dates: [...new Set([first.slot.date, second.slot.date])],
              shiftInstances: [first.slot.key, second.slot.key],
            },
          };
        }
      }
    },
  },
});
