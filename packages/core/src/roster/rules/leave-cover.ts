import type { RuleMeta } from '../../diagnostics/rule.js';
import { defineRosterRule } from './define-roster-rule.js';

const meta = {
  id: 'swap/leave-cover',
  domain: 'swap',
  clauses: ['TKC-4.2C'],
  defaultSeverity: 'error',
  summary: {
    'zh-Hant': '請假獲批後由主管安排他人頂班:請假者當天不應仍在排班表上。',
    'zh-Hans': '请假获批后由主管安排他人顶班:请假者当天不应仍在排班表上。',
    en: 'Once leave is granted the supervisor puts a substitute on the shift: the person on leave is no longer on the roster that day.',
  },
  messages: ['roster.leave-not-covered'],
  configuredBy: [],
} as const satisfies RuleMeta;

/**
 * A shift still held by someone on leave has nobody to work it; coverage
 * already leaves that person out of the head-count, and this names the shift
 * that needs a substitute.
 */
export const leaveCover = defineRosterRule({
  meta,
  scope: {
    unit: 'staff',
    *check(context, staff) {
      if (context.leaveDays[staff] === undefined) return;
      const id = context.roster.staff[staff]?.id ?? '';
      for (const placement of context.byStaff[staff] ?? []) {
        if (!placement.onLeave) continue;
        yield {
          messageId: 'roster.leave-not-covered',
          params: { staff: id, date: placement.slot.date, instance: placement.slot.key },
          subject: { staff: [id], dates: [placement.slot.date], shiftInstances: [placement.slot.key] },
        };
      }
    },
  },
});
