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
