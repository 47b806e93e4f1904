import type { RuleMeta } from '../../diagnostics/rule.js';
import { defineRosterRule } from './define-roster-rule.js';
import { compareSwaps, sortedUnique, swapSlots } from './support.js';

const meta = {
  id: 'swap/monthly-limit',
  domain: 'swap',
  clauses: ['CSD-7.4a'],
  defaultSeverity: 'error',
  summary: {
    'zh-Hant': '每人每月換班不超過上限(CSD 為 3 次);上限為 0 即不准換班。',
    'zh-Hans': '每人每月换班不超过上限(CSD 为 3 次);上限为 0 即不准换班。',
    en: 'Nobody takes part in more swaps a month than the limit (3 under CSD); a limit of 0 allows none.',
  },
  messages: ['roster.swap-limit'],
  configuredBy: ['swaps.monthlyLimit'],
  examples: {
    failing: {
      description: {
        'zh-Hant':
          'cs-department:張家豪十二月參與了四次換班(SW-1203、SW-1207、SW-1212、SW-1219),其中兩次是替人頂班,同樣計算在內;比每月最多 3 次多一次(CSD-7.4a)。',
        'zh-Hans':
          'cs-department:张家豪十二月参与了四次换班(SW-1203、SW-1207、SW-1212、SW-1219),其中两次是替人顶班,同样计算在内;比每月最多 3 次多一次(CSD-7.4a)。',
        en: 'cs-department: Cheung Ka-ho takes part in four swaps in December (SW-1203, SW-1207, SW-1212, SW-1219), two of them as the counterpart, which count too: one more than the 3 a month CSD-7.4a allows.',
      },
    },
    passing: {
      description: {
        'zh-Hant': '他十二月只參與三次換班,無論是提出的一方還是對方,都在上限之內。',
        'zh-Hans': '他十二月只参与三次换班,无论是提出的一方还是对方,都在上限之内。',
        en: 'He takes part in three swaps in December, as requester or as counterpart: within the limit.',
      },
    },
  },
} as const satisfies RuleMeta;

/** A swap counts for both people in it: each of them has swapped. */
export const swapMonthlyLimit = defineRosterRule({
  meta,
  scope: {
    unit: 'document',
    *check(context) {
      const limit = context.policy.swaps.monthlyLimit;
      const bySwapper = new Map<string, number[]>();
      context.roster.swaps.forEach((swap, i) => {
        for (const staff of new Set([swap.requester, swap.counterpart])) {
          bySwapper.set(staff, [...(bySwapper.get(staff) ?? []), i]);
        }
      });
      for (const [staff, indexes] of bySwapper) {
        if (indexes.length <= limit) continue;
        // In date order, then by id: the list must not follow the order of the swap rows.
        const swaps = indexes
          .flatMap((i) => context.roster.swaps[i] ?? [])
          .sort((a, b) => compareSwaps(context, a, b));
        const slots = swaps.flatMap((swap) => swapSlots(context, swap).all);
        yield {
          messageId: 'roster.swap-limit',
          params: {
            staff,
            count: swaps.length,
            limit,
            swaps: swaps.map((swap) => swap.id).join(', '),
          },
          subject: {
            staff: [staff],
            dates: sortedUnique(slots.map((slot) => slot.date)),
            shiftInstances: sortedUnique(slots.map((slot) => slot.key)),
          },
        };
      }
    },
  },
});
