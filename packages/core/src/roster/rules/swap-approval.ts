import type { ClauseId } from '../../policy/clauses.js';
import type { RuleMeta } from '../../diagnostics/rule.js';
import { parseInstant } from '../../time/parse-instant.js';
import { defineRosterRule } from './define-roster-rule.js';
import { holdsRole, siteTime, swapSlots, swapSubject } from './support.js';

const meta = {
  id: 'swap/approval',
  domain: 'swap',
  clauses: ['CSD-7.3', 'TKC-4.2C'],
  defaultSeverity: 'error',
  summary: {
    'zh-Hant':
      '換班須填寫換班登記表,並經指定角色(例如部門經理)簽字批准後,在換出的班次開始前生效;不允許私自調班。',
    'zh-Hans':
      '换班须填写换班登记表,并经指定角色(例如部门经理)签字批准后,在换出的班次开始前生效;不允许私自调班。',
    en: 'A swap is registered on the swap form and approved by the approving role (the department manager, say) before the swapped shift begins; no private swaps.',
  },
  messages: [
    'roster.swap-not-registered',
    'roster.swap-not-approved',
    'roster.swap-wrong-approver',
    'roster.swap-approved-before-registration',
    'roster.swap-approved-late',
  ],
  configuredBy: ['swaps.approverRole', 'swaps.privateSwapsAllowed'],
  examples: {
    failing: {
      description: {
        'zh-Hant':
          'cs-department:陳美玲 12 月 10 日的白班 08:30 開始,換班登記表 5 日已登記,但部門經理到 10 日 09:15 才簽字批准,班次已經開始(CSD-7.3)。',
        'zh-Hans':
          'cs-department:陈美玲 12 月 10 日的白班 08:30 开始,换班登记表 5 日已登记,但部门经理到 10 日 09:15 才签字批准,班次已经开始(CSD-7.3)。',
        en: "cs-department: Chan Mei-ling's day shift on 10 December starts at 08:30; the swap form was registered on the 5th, but the department manager only signs it at 09:15 on the 10th, after the shift has begun (CSD-7.3).",
      },
      code: '{ "id": "SW-1205", "requester": "E1024", "counterpart": "E1031", "exchanged": [{ "date": "2026-12-10", "shift": "day" }], "registeredAt": "2026-12-05T09:30:00+08:00", "approvedBy": "E0001", "approvedAt": "2026-12-10T09:15:00+08:00" }',
    },
    passing: {
      description: {
        'zh-Hant':
          '登記表 12 月 5 日登記,客服部經理鄭麗華(E0001)於 6 日 10:00 簽字批准,在換出的班次開始之前。',
        'zh-Hans':
          '登记表 12 月 5 日登记,客服部经理郑丽华(E0001)于 6 日 10:00 签字批准,在换出的班次开始之前。',
        en: 'The form is registered on 5 December and department manager Cheng Lai-wah (E0001) signs it at 10:00 on the 6th, before the swapped shift begins.',
      },
      code: '{ "id": "SW-1205", "requester": "E1024", "counterpart": "E1031", "exchanged": [{ "date": "2026-12-10", "shift": "day" }], "registeredAt": "2026-12-05T09:30:00+08:00", "approvedBy": "E0001", "approvedAt": "2026-12-06T10:00:00+08:00" }',
    },
  },
} as const satisfies RuleMeta;

/**
 * Where private swaps are not allowed (TKC-4.2C) an unapproved swap is a
 * private one, and the finding cites that clause; otherwise CSD-7.3.
 */
export const swapApproval = defineRosterRule({
  meta,
  scope: {
    unit: 'document',
    *check(context) {
      const { approverRole, privateSwapsAllowed } = context.policy.swaps;
      const clauses: readonly ClauseId[] = privateSwapsAllowed ? ['CSD-7.3'] : ['TKC-4.2C'];
      for (const [i, swap] of context.roster.swaps.entries()) {
        const registeredAt = swap.registeredAt === undefined ? undefined : parseInstant(swap.registeredAt);
        const approvedAt = swap.approvedAt === undefined ? undefined : parseInstant(swap.approvedAt);
        if (registeredAt === undefined) {
          yield {
            messageId: 'roster.swap-not-registered',
            params: { swap: swap.id },
            subject: swapSubject(context, i, swap, 'registeredAt'),
            clauses: ['CSD-7.3'],
          };
        }
        if (swap.approvedBy === undefined || approvedAt === undefined) {
          yield {
            messageId: 'roster.swap-not-approved',
            params: { swap: swap.id, role: approverRole },
            subject: swapSubject(context, i, swap, 'approvedBy'),
            clauses,
          };
          continue;
        }
        if (!holdsRole(context, swap.approvedBy, approverRole)) {
          yield {
            messageId: 'roster.swap-wrong-approver',
            params: { swap: swap.id, approver: swap.approvedBy, role: approverRole },
            subject: swapSubject(context, i, swap, 'approvedBy'),
            clauses,
          };
        }
        if (registeredAt !== undefined && approvedAt < registeredAt) {
          yield {
            messageId: 'roster.swap-approved-before-registration',
            params: { swap: swap.id },
            subject: swapSubject(context, i, swap, 'approvedAt'),
            clauses: ['CSD-7.3'],
          };
        }
        const firstStart = Math.min(...swapSlots(context, swap).exchanged.map((slot) => slot.startMs));
        if (approvedAt > firstStart) {
          yield {
            messageId: 'roster.swap-approved-late',
            params: {
              swap: swap.id,
              approvedAt: siteTime(context, approvedAt),
              start: siteTime(context, firstStart),
            },
            subject: swapSubject(context, i, swap, 'approvedAt'),
            clauses,
          };
        }
      }
    },
  },
});
