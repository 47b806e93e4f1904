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
  examples: {
    failing: {
      description: {
        'zh-Hant':
          'call-centre:黃志強 12 月 14 日上 16:00–24:00 的中班,15 日又上 08:00 開始的早班,中間只休息 8 小時,少於預設的 11 小時。',
        'zh-Hans':
          'call-centre:黄志强 12 月 14 日上 16:00–24:00 的中班,15 日又上 08:00 开始的早班,中间只休息 8 小时,少于预设的 11 小时。',
        en: "call-centre: Wong Chi-keung works the 16:00–24:00 middle shift on 14 December and the early shift from 08:00 on the 15th: 8 hours of rest, less than the preset's 11.",
      },
      code: '[{ "staff": "E1031", "date": "2026-12-14", "shift": "middle" }, { "staff": "E1031", "date": "2026-12-15", "shift": "early" }]',
    },
    passing: {
      description: {
        'zh-Hant': '他 15 日改上 16:00 開始的中班:由 14 日午夜下班起計,休息 16 小時。',
        'zh-Hans': '他 15 日改上 16:00 开始的中班:从 14 日午夜下班起计,休息 16 小时。',
        en: 'He works the 16:00 middle shift on the 15th instead: 16 hours of rest after going off duty at midnight on the 14th.',
      },
      code: '[{ "staff": "E1031", "date": "2026-12-14", "shift": "middle" }, { "staff": "E1031", "date": "2026-12-15", "shift": "middle" }]',
    },
  },
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
