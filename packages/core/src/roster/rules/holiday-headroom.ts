import type { RuleMeta } from '../../diagnostics/rule.js';
import { presentDuring, staffingGaps } from '../staffing.js';
import { defineRosterRule } from './define-roster-rule.js';
import { siteTime } from './support.js';

const meta = {
  id: 'roster/holiday-headroom',
  domain: 'roster',
  clauses: ['CCS-6.3.4'],
  defaultSeverity: 'error',
  summary: {
    'zh-Hant': '法定節假日每個時段都要比最低人數多出政策所定的富裕人手。',
    'zh-Hans': '法定节假日每个时段都要比最低人数多出政策所定的富余人手。',
    en: "On a public holiday every band has the policy's headroom above its minimum head-count.",
  },
  messages: ['roster.holiday-headroom'],
  configuredBy: ['roster.holidayHeadroom.extraStaff', 'roster.coverage'],
} as const satisfies RuleMeta;

/**
 * An extra of 0 switches the rule off. A stretch below the minimum itself is
 * also short of headroom and is reported here too, so that fixing the
 * coverage finding alone does not leave a surprise behind.
 */
export const holidayHeadroom = defineRosterRule({
  meta,
  scope: {
    unit: 'occurrence',
    *check(context, index) {
      const extra = context.policy.roster.holidayHeadroom.extraStaff;
      const occurrence = context.calendar.occurrences[index];
      if (extra === 0 || occurrence?.holiday !== true) return;
      const { band } = occurrence;
      const required = band.minStaff + extra;
      for (const gap of staffingGaps(context, occurrence, required)) {
        const start = siteTime(context, gap.startMs);
        const end = siteTime(context, gap.endMs);
        const staff = presentDuring(context, gap.slots, gap.startMs, gap.endMs);
        yield {
          messageId: 'roster.holiday-headroom',
          params: { post: band.post, band: band.id, start, end, present: gap.present, required, extra },
          subject: {
            ...(staff.length > 0 && { staff }),
            dates: [occurrence.date],
            shiftInstances: gap.slots.map((slot) => slot.key),
            interval: { start, end },
          },
        };
      }
    },
  },
});
