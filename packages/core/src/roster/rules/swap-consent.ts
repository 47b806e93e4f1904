import type { RuleMeta } from '../../diagnostics/rule.js';
import { parseInstant } from '../../time/parse-instant.js';
import { defineRosterRule } from './define-roster-rule.js';
import { siteTime, swapSlots, swapSubject } from './support.js';

const meta = {
  id: 'swap/consent',
  domain: 'swap',
  clauses: ['CSD-7.3', 'CSM-7'],
  defaultSeverity: 'error',
  summary: {
    'zh-Hant': '換班須雙方當事人事先同意:兩人的同意時間都要早於批准及換出的班次。',
    'zh-Hans': '换班须双方当事人事先同意:两人的同意时间都要早于批准及换出的班次。',
    en: 'A swap has both parties’ prior consent: each consent comes before the approval and before the swapped shift.',
  },
  messages: ['roster.swap-consent-missing', 'roster.swap-consent-late'],
  configuredBy: ['swaps.requireBothConsents'],
} as const satisfies RuleMeta;

/** Off when the policy does not ask for both consents (TKC: the supervisor arranges cover). */
export const swapConsent = defineRosterRule({
  meta,
  scope: {
    unit: 'document',
    *check(context) {
      if (!context.policy.swaps.requireBothConsents) return;
      for (const [i, swap] of context.roster.swaps.entries()) {
        const { exchanged } = swapSlots(context, swap);
        const firstStart = Math.min(...exchanged.map((slot) => slot.startMs));
        const approvedAt = swap.approvedAt === undefined ? undefined : parseInstant(swap.approvedAt);
        const deadline = approvedAt === undefined ? firstStart : Math.min(approvedAt, firstStart);
        const parties = [
          [swap.requester, swap.requesterConsentedAt, 'requesterConsentedAt'],
          [swap.counterpart, swap.counterpartConsentedAt, 'counterpartConsentedAt'],
        ] as const;
        for (const [staff, consentedAt, field] of parties) {
          const subject = { ...swapSubject(context, i, swap, field), staff: [staff] };
          const at = consentedAt === undefined ? undefined : parseInstant(consentedAt);
          if (at === undefined) {
            yield { messageId: 'roster.swap-consent-missing', params: { swap: swap.id, staff }, subject };
          } else if (at > deadline) {
            yield {
              messageId: 'roster.swap-consent-late',
              params: {
                swap: swap.id,
                staff,
                consentedAt: siteTime(context, at),
                deadline: siteTime(context, deadline),
              },
              subject,
              clauses: ['CSM-7'],
            };
          }
        }
      }
    },
  },
});
