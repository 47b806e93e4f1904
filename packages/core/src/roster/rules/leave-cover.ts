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
  examples: {
    failing: {
      description: {
        'zh-Hant':
          'taikoo-front-desk:吳婉婷 12 月 14 日的年假已獲批准,但排班表上她仍排在當天 08:00–17:00 的早班,沒有人頂班。',
        'zh-Hans':
          'taikoo-front-desk:吴婉婷 12 月 14 日的年假已获批准,但排班表上她仍排在当天 08:00–17:00 的早班,没有人顶班。',
        en: "taikoo-front-desk: Ng Yuen-ting's annual leave on 14 December is approved, but the roster still has her on that day's 08:00–17:00 early shift: nobody has been put in to cover it.",
      },
      code: '{ "staff": "E1033", "date": "2026-12-14", "shift": "early" }',
    },
    passing: {
      description: {
        'zh-Hant': '客服主管安排林俊傑頂上 14 日的早班,吳婉婷當天已不在排班表上(TKC-4.2C)。',
        'zh-Hans': '客服主管安排林俊杰顶上 14 日的早班,吴婉婷当天已不在排班表上(TKC-4.2C)。',
        en: 'The supervisor puts Lam Chun-kit on the 14 December early shift in her place, and Ng Yuen-ting is no longer on the roster that day (TKC-4.2C).',
      },
      code: '{ "staff": "E1045", "date": "2026-12-14", "shift": "early" }',
    },
  },
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
