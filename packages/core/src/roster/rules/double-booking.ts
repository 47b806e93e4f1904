import type { RuleMeta } from '../../diagnostics/rule.js';
import type { Placement } from '../context.js';
import { defineRosterRule } from './define-roster-rule.js';
import { siteTime } from './support.js';

const meta = {
  id: 'roster/double-booking',
  domain: 'roster',
  // A person counted at two posts (or on two shifts) at once makes one of the head-counts
  // fictitious: the coverage clauses are what it breaks.
  clauses: ['CCS-6.1.1', 'TKC-4.1B'],
  defaultSeverity: 'error',
  summary: {
    'zh-Hant': '同一人不可同時出現在兩個班次或兩個崗位。',
    'zh-Hans': '同一人不可同时出现在两个班次或两个岗位。',
    en: 'Nobody is rostered in two places at once: no two shifts of one person overlap.',
  },
  messages: ['roster.double-booked'],
  configuredBy: ['shifts'],
} as const satisfies RuleMeta;

/** Each overlap is reported with the exact instants both shifts share. */
export const doubleBooking = defineRosterRule({
  meta,
  scope: {
    unit: 'staff',
    *check(context, staff) {
      const placements = context.byStaff[staff] ?? [];
      let latest: Placement | undefined;
      for (const placement of placements) {
        if (latest !== undefined && placement.slot.startMs < latest.slot.endMs) {
          const id = context.roster.staff[staff]?.id ?? '';
          const start = siteTime(context, placement.slot.startMs);
          const end = siteTime(context, Math.min(placement.slot.endMs, latest.slot.endMs));
          yield {
            messageId: 'roster.double-booked',
            params: { staff: id, first: latest.slot.key, second: placement.slot.key, start, end },
            subject: {
              staff: [id],
              dates: [...new Set([latest.slot.date, placement.slot.date])],
              shiftInstances: [latest.slot.key, placement.slot.key],
              interval: { start, end },
            },
          };
        }
        if (latest === undefined || placement.slot.endMs > latest.slot.endMs) latest = placement;
      }
    },
  },
});
