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
  examples: {
    failing: {
      description: {
        'zh-Hant':
          'cs-department:陳美玲把 12 月 10 日的白班換給黃志強,又以另一張換班單把 11 日的白班換給張家豪:連續兩天換班(CSD-7.4b)。',
        'zh-Hans':
          'cs-department:陈美玲把 12 月 10 日的白班换给黄志强,又以另一张换班单把 11 日的白班换给张家豪:连续两天换班(CSD-7.4b)。',
        en: 'cs-department: Chan Mei-ling swaps her 10 December day shift to Wong Chi-keung and, on a second form, her 11 December day shift to Cheung Ka-ho: swaps on consecutive days (CSD-7.4b).',
      },
      code: '[{ "id": "SW-1205", "requester": "E1024", "counterpart": "E1031", "exchanged": [{ "date": "2026-12-10", "shift": "day" }] }, { "id": "SW-1206", "requester": "E1024", "counterpart": "E1040", "exchanged": [{ "date": "2026-12-11", "shift": "day" }] }]',
    },
    passing: {
      description: {
        'zh-Hant': '第二次換班改為 12 月 12 日的白班,兩次之間隔了一天,不算連續換班。',
        'zh-Hans': '第二次换班改为 12 月 12 日的白班,两次之间隔了一天,不算连续换班。',
        en: 'The second swap is for her 12 December day shift instead, with a day between the two: not consecutive.',
      },
      code: '[{ "id": "SW-1205", "requester": "E1024", "counterpart": "E1031", "exchanged": [{ "date": "2026-12-10", "shift": "day" }] }, { "id": "SW-1206", "requester": "E1024", "counterpart": "E1040", "exchanged": [{ "date": "2026-12-12", "shift": "day" }] }]',
    },
  },
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
        // Ties (one shift given away in two swaps) go by swap id, not by the order of the swap rows.
        list.sort(
          (a, b) =>
            a.slot.startMs - b.slot.startMs ||
            a.slot.index - b.slot.index ||
            (a.swap < b.swap ? -1 : a.swap > b.swap ? 1 : 0),
        );
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
