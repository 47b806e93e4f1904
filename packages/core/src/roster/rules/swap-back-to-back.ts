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
  examples: {
    failing: {
      description: {
        'zh-Hant':
          'cs-department:黃志強替陳美玲頂 12 月 10 日 17:30–01:00 的晚班,但他本身已排了 11 日 01:00 開始的通宵班:因換班而連班(CSD-7.4c)。',
        'zh-Hans':
          'cs-department:黄志强替陈美玲顶 12 月 10 日 17:30–01:00 的晚班,但他本身已排了 11 日 01:00 开始的通宵班:因换班而连班(CSD-7.4c)。',
        en: "cs-department: Wong Chi-keung takes over Chan Mei-ling's 17:30–01:00 night shift on 10 December, but he is already rostered on the overnight shift from 01:00 on the 11th: back-to-back shifts because of the swap (CSD-7.4c).",
      },
      code: '{ "id": "SW-1208", "requester": "E1024", "counterpart": "E1031", "exchanged": [{ "date": "2026-12-10", "shift": "night" }] }',
    },
    passing: {
      description: {
        'zh-Hant': '黃志強上一班於 9 日 17:30 結束,下一班是 12 日 17:30 的晚班:替她頂班前後都有休息。',
        'zh-Hans': '黄志强上一班于 9 日 17:30 结束,下一班是 12 日 17:30 的晚班:替她顶班前后都有休息。',
        en: "Wong Chi-keung's previous shift ends at 17:30 on the 9th and his next is the night shift at 17:30 on the 12th: he rests on both sides of the shift he takes over.",
      },
    },
  },
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
