import type { RuleMeta } from '../../diagnostics/rule.js';
import type { Placement } from '../context.js';
import { defineRosterRule } from './define-roster-rule.js';
import { hours, siteTime } from './support.js';

const meta = {
  id: 'roster/rest-between-shifts',
  domain: 'roster',
  // CCS-6.1.3 (guidance: shifts must respect physical and mental limits) asks for this rest and gives
  // no figure; the policy sets it. Guidance is not a citable rule, so the rule cites the rest pattern
  // it protects, CSD-D1's "six on, one off".
  clauses: ['CSD-D1'],
  defaultSeverity: 'warn',
  summary: {
    'zh-Hant': '兩個班次之間至少休息政策所定的時數(CCS-6.1.3 要求顧及員工的生理及心理承受能力)。',
    'zh-Hans': '两个班次之间至少休息政策所定的时数(CCS-6.1.3 要求顾及员工的生理及心理承受能力)。',
    en: "Between two shifts a person rests at least the policy's hours (CCS-6.1.3: respect physical and mental limits).",
  },
  messages: ['roster.short-rest'],
  configuredBy: ['roster.minRestBetweenShiftsHours'],
} as const satisfies RuleMeta;

/** A minimum of 0 hours switches the rule off; overlapping shifts are `roster/double-booking`'s. */
export const restBetweenShifts = defineRosterRule({
  meta,
  scope: {
    unit: 'staff',
    *check(context, staff) {
      const minimum = context.policy.roster.minRestBetweenShiftsHours;
      if (minimum === 0) return;
      const placements = context.byStaff[staff] ?? [];
      const minimumMs = minimum * 3_600_000;
      let previous: Placement | undefined;
      for (const placement of placements) {
        if (placement.onLeave) continue;
        if (previous !== undefined) {
          const rest = placement.slot.startMs - previous.slot.endMs;
          if (rest >= 0 && rest < minimumMs) {
            const id = context.roster.staff[staff]?.id ?? '';
            yield {
              messageId: 'roster.short-rest',
              params: {
                staff: id,
                first: previous.slot.key,
                second: placement.slot.key,
                rest: hours(rest / 60_000),
                minimum,
              },
              subject: {
                staff: [id],
                dates: [...new Set([previous.slot.date, placement.slot.date])],
                shiftInstances: [previous.slot.key, placement.slot.key],
                interval: {
                  start: siteTime(context, previous.slot.endMs),
                  end: siteTime(context, placement.slot.startMs),
                },
              },
            };
          }
        }
        if (previous === undefined || placement.slot.endMs > previous.slot.endMs) previous = placement;
      }
    },
  },
});
