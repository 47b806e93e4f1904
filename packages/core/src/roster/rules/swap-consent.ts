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
  examples: {
    failing: {
      description: {
        'zh-Hant':
          'cs-department:陳美玲把 12 月 10 日的白班換給黃志強,換班登記表上只有她的同意時間,沒有黃志強的同意(CSD-7.3)。',
        'zh-Hans':
          'cs-department:陈美玲把 12 月 10 日的白班换给黄志强,换班登记表上只有她的同意时间,没有黄志强的同意(CSD-7.3)。',
        en: 'cs-department: Chan Mei-ling swaps her 10 December day shift to Wong Chi-keung; the swap form records her consent but not his (CSD-7.3).',
      },
      code: '{ "id": "SW-1205", "requester": "E1024", "counterpart": "E1031", "exchanged": [{ "date": "2026-12-10", "shift": "day" }], "requesterConsentedAt": "2026-12-05T09:00:00+08:00", "approvedBy": "E0001", "approvedAt": "2026-12-06T10:00:00+08:00" }',
    },
    passing: {
      description: {
        'zh-Hant': '兩人都在 12 月 5 日簽名同意,早於 6 日部門經理批准,也早於 10 日 08:30 的班次。',
        'zh-Hans': '两人都在 12 月 5 日签名同意,早于 6 日部门经理批准,也早于 10 日 08:30 的班次。',
        en: 'Both sign their consent on 5 December, before the department manager approves on the 6th and before the shift at 08:30 on the 10th.',
      },
      code: '{ "id": "SW-1205", "requester": "E1024", "counterpart": "E1031", "exchanged": [{ "date": "2026-12-10", "shift": "day" }], "requesterConsentedAt": "2026-12-05T09:00:00+08:00", "counterpartConsentedAt": "2026-12-05T09:10:00+08:00", "approvedBy": "E0001", "approvedAt": "2026-12-06T10:00:00+08:00" }',
    },
  },
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
