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
  examples: {
    failing: {
      description: {
        'zh-Hant':
          'call-centre,12 月 25 日為法定節假日:00:00–08:00 夜班只有兩名話務員,合乎平日最少 2 人,但假日須多 1 人,即 3 人(CCS-6.3.4)。',
        'zh-Hans':
          'call-centre,12 月 25 日为法定节假日:00:00–08:00 夜班只有两名话务员,符合平日最少 2 人,但节假日须多 1 人,即 3 人(CCS-6.3.4)。',
        en: "call-centre, with 25 December a public holiday: only two agents are on the 00:00–08:00 night shift. That meets the ordinary minimum of 2 but not the holiday's 3, the minimum plus one (CCS-6.3.4).",
      },
    },
    passing: {
      description: {
        'zh-Hant': '當天夜班排三人,上午及下午時段各 9 人,晚間 5 人:每個時段都比最低人數多 1 人。',
        'zh-Hans': '当天夜班排三人,上午及下午时段各 9 人,晚间 5 人:每个时段都比最低人数多 1 人。',
        en: 'Three agents work that night, 9 cover the morning and the afternoon and 5 the evening: every band is one above its minimum.',
      },
    },
  },
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
