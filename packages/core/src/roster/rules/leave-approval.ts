import type { RuleMeta } from '../../diagnostics/rule.js';
import { parseInstant } from '../../time/parse-instant.js';
import { defineRosterRule } from './define-roster-rule.js';
import { holdsRole, siteTime } from './support.js';

const meta = {
  id: 'swap/leave-approval',
  domain: 'swap',
  clauses: ['TKC-4.2C'],
  defaultSeverity: 'error',
  summary: {
    'zh-Hant': '請假須經指定角色(客服主管)於假期開始前批准;病假可事後補批。',
    'zh-Hans': '请假须经指定角色(客服主管)于假期开始前批准;病假可事后补批。',
    en: 'Leave is approved by the approving role (the supervisor) before it begins; sick leave may be approved afterwards.',
  },
  messages: ['roster.leave-not-approved', 'roster.leave-wrong-approver', 'roster.leave-approved-late'],
  configuredBy: ['swaps.leaveApproverRole'],
  examples: {
    failing: {
      description: {
        'zh-Hant': 'taikoo-front-desk:吳婉婷 12 月 14 日至 15 日請年假,卻沒有客服主管批准的記錄(TKC-4.2C)。',
        'zh-Hans': 'taikoo-front-desk:吴婉婷 12 月 14 日至 15 日请年假,却没有客服主管批准的记录(TKC-4.2C)。',
        en: 'taikoo-front-desk: Ng Yuen-ting takes annual leave on 14–15 December with no approval by the customer-service supervisor on record (TKC-4.2C).',
      },
      code: '{ "staff": "E1033", "dates": ["2026-12-14", "2026-12-15"], "kind": "annual" }',
    },
    passing: {
      description: {
        'zh-Hant': '客服主管李嘉欣(E0003)於 12 月 8 日批准,在假期開始之前。',
        'zh-Hans': '客服主管李嘉欣(E0003)于 12 月 8 日批准,在假期开始之前。',
        en: 'Supervisor Lee Ka-yan (E0003) approves it on 8 December, before the leave begins.',
      },
      code: '{ "staff": "E1033", "dates": ["2026-12-14", "2026-12-15"], "kind": "annual", "approvedBy": "E0003", "approvedAt": "2026-12-08T11:00:00+08:00" }',
    },
  },
} as const satisfies RuleMeta;

export const leaveApproval = defineRosterRule({
  meta,
  scope: {
    unit: 'document',
    *check(context) {
      const role = context.policy.swaps.leaveApproverRole;
      const { calendar } = context;
      for (const [i, leave] of context.roster.leave.entries()) {
        const dates = [...leave.dates].sort();
        const first = dates[0] ?? '';
        const subject = { staff: [leave.staff], dates };
        const approvedAt = leave.approvedAt === undefined ? undefined : parseInstant(leave.approvedAt);
        if (leave.approvedBy === undefined || approvedAt === undefined) {
          yield {
            messageId: 'roster.leave-not-approved',
            params: { staff: leave.staff, date: first, role },
            subject: { ...subject, path: ['leave', i, 'approvedBy'] },
          };
          continue;
        }
        if (!holdsRole(context, leave.approvedBy, role)) {
          yield {
            messageId: 'roster.leave-wrong-approver',
            params: { staff: leave.staff, date: first, approver: leave.approvedBy, role },
            subject: { ...subject, path: ['leave', i, 'approvedBy'] },
          };
        }
        const start = calendar.days[calendar.dayIndex.get(first) ?? -1]?.startMs;
        if (leave.kind !== 'sick' && start !== undefined && approvedAt > start) {
          yield {
            messageId: 'roster.leave-approved-late',
            params: { staff: leave.staff, date: first, approvedAt: siteTime(context, approvedAt) },
            subject: { ...subject, path: ['leave', i, 'approvedAt'] },
          };
        }
      }
    },
  },
});
