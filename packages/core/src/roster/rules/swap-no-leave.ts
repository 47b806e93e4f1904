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
  examples: {
    failing: {
      description: {
        'zh-Hant':
          'cs-department:陳美玲 12 月 10 日與黃志強換班,約定 17 日還班,之後卻申請 17 日事假(CSD-7.6)。',
        'zh-Hans':
          'cs-department:陈美玲 12 月 10 日与黄志强换班,约定 17 日还班,之后却申请 17 日事假(CSD-7.6)。',
        en: 'cs-department: Chan Mei-ling swaps 10 December with Wong Chi-keung, to pay it back on the 17th, then asks for personal leave on the 17th (CSD-7.6).',
      },
      code: '{ "staff": "E1024", "dates": ["2026-12-17"], "kind": "personal" }',
    },
    passing: {
      description: {
        'zh-Hant': '她的事假改在 12 月 22 日,既不是換班日,也不是還班日。',
        'zh-Hans': '她的事假改在 12 月 22 日,既不是换班日,也不是还班日。',
        en: 'Her personal leave is on 22 December instead, neither the swap day nor the pay-back day.',
      },
      code: '{ "staff": "E1024", "dates": ["2026-12-22"], "kind": "personal" }',
    },
  },
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
