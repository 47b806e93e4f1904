import type { RuleMeta } from '../../diagnostics/rule.js';
import { onLeave } from '../context.js';
import { defineRosterRule } from './define-roster-rule.js';
import { staffAt, swapSlots } from './support.js';

const meta = {
  id: 'swap/no-leave',
  domain: 'swap',
  clauses: ['CSD-7.6'],
  defaultSeverity: 'error',
  summary: {
    'zh-Hant': '換班日及還班日均不得請假(換班雙方皆然)。',
    'zh-Hans': '换班日及还班日均不得请假(换班双方皆然)。',
    en: 'Neither party takes leave on a swap day or on the pay-back day.',
  },
  messages: ['roster.swap-leave'],
  configuredBy: ['swaps.noLeaveOnSwapDays'],
} as const satisfies RuleMeta;

export const swapNoLeave = defineRosterRule({
  meta,
  scope: {
    unit: 'document',
    *check(context) {
      if (!context.policy.swaps.noLeaveOnSwapDays) return;
      for (const [i, swap] of context.roster.swaps.entries()) {
        const days = new Map(swapSlots(context, swap).all.map((slot) => [slot.day, slot]));
        for (const staff of [swap.requester, swap.counterpart]) {
          for (const [day, slot] of days) {
            if (!onLeave(context, staffAt(context, staff), day)) continue;
            yield {
              messageId: 'roster.swap-leave',
              params: { swap: swap.id, staff, date: slot.date },
              subject: { staff: [staff], dates: [slot.date], shiftInstances: [slot.key], path: ['swaps', i] },
            };
          }
        }
      }
    },
  },
});
