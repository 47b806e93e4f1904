import type { RuleMeta } from '../../diagnostics/rule.js';
import type { RosterContext } from '../context.js';
import { defineRosterRule } from './define-roster-rule.js';

const meta = {
  id: 'roster/reserve',
  domain: 'roster',
  clauses: ['CCS-6.1.4'],
  defaultSeverity: 'error',
  summary: {
    'zh-Hant': '每天保留政策所定人數的應急人員:在排班名單上但當天沒有班次、也沒有請假。',
    'zh-Hans': '每天保留政策所定人数的应急人员:在排班名单上但当天没有班次、也没有请假。',
    en: "Every day keeps the policy's number of emergency reserve: people on the rota with no shift that day and not on leave.",
  },
  messages: ['roster.reserve-short'],
  configuredBy: ['roster.reserveHeadcount'],
  examples: {
    failing: {
      description: {
        'zh-Hant':
          'call-centre(每天保留 1 名應急人員):12 月 24 日排班名單上的話務員不是有班次就是請了假,當天沒有人可以隨時召回。',
        'zh-Hans':
          'call-centre(每天保留 1 名应急人员):12 月 24 日排班名单上的话务员不是有班次就是请了假,当天没有人可以随时召回。',
        en: 'call-centre (one reserve a day): on 24 December every agent on the rota either has a shift or is on leave, so nobody is free to be called in.',
      },
    },
    passing: {
      description: {
        'zh-Hant': '林俊傑在排班名單上,12 月 24 日沒有班次也沒有請假,就是當天的應急人員(CCS-6.1.4)。',
        'zh-Hans': '林俊杰在排班名单上,12 月 24 日没有班次也没有请假,就是当天的应急人员(CCS-6.1.4)。',
        en: "Lam Chun-kit is on the rota with no shift and no leave on 24 December: he is that day's reserve (CCS-6.1.4).",
      },
    },
  },
} as const satisfies RuleMeta;

/**
 * People on the rota (with a shift this month) who have no shift starting on
 * month day `day` and are not on leave: the reserve that can be called in.
 * Staff who never work a shift (the supervisor who prepares the roster) are
 * not counted.
 */
export function freeStaff(context: RosterContext, day: number): string[] {
  const free: string[] = [];
  context.roster.staff.forEach((member, staff) => {
    if ((context.byStaff[staff]?.length ?? 0) === 0) return;
    if ((context.dayLoad[staff]?.[day] ?? 0) > 0 || context.leaveDays[staff]?.[day] === 1) return;
    free.push(member.id);
  });
  return free.sort();
}

/** A head-count of 0 switches the rule off. */
export const reserve = defineRosterRule({
  meta,
  scope: {
    unit: 'day',
    *check(context, day) {
      const required = context.policy.roster.reserveHeadcount;
      const date = context.calendar.days[day]?.date;
      if (required === 0 || date === undefined) return;
      const free = freeStaff(context, day);
      if (free.length >= required) return;
      yield {
        messageId: 'roster.reserve-short',
        params: { date, available: free.length, required },
        subject: { ...(free.length > 0 && { staff: free }), dates: [date] },
      };
    },
  },
});
