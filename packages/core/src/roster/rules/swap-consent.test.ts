import { describe, expect, it } from 'vitest';
import { findingsOf, scenario, omit } from './rule-test-helpers.js';

const RULE = 'swap/consent';

describe('swap/consent (CSD-7.3, CSM-7)', () => {
  it('CSD-7.3: a swap both parties agreed to before it was approved passes', () => {
    const { roster, policy } = scenario('cs-department');
    expect(roster.swaps).toHaveLength(1);
    expect(findingsOf(RULE, roster, policy)).toEqual([]);
  });

  it('CSD-7.3: a swap without the counterpart’s consent is reported, naming the counterpart', () => {
    const { roster, policy } = scenario('cs-department');
    const swap = omit(roster.swaps[0]!, 'counterpartConsentedAt');
    expect(findingsOf(RULE, { ...roster, swaps: [swap] }, policy)).toEqual([
      expect.objectContaining({
        messageId: 'roster.swap-consent-missing',
        params: { swap: swap.id, staff: swap.counterpart },
        subject: expect.objectContaining({
          staff: [swap.counterpart],
          path: ['swaps', 0, 'counterpartConsentedAt'],
        }) as unknown,
        clauses: ['CSD-7.3', 'CSM-7'],
      }),
    ]);
  });

  it('CSM-7: consent given after the approval is not prior consent', () => {
    const { roster, policy } = scenario('call-centre');
    const swap = { ...roster.swaps[0]!, requesterConsentedAt: '2026-12-31T09:00:00+08:00' };
    expect(findingsOf(RULE, { ...roster, swaps: [swap] }, policy)).toEqual([
      expect.objectContaining({ messageId: 'roster.swap-consent-late', clauses: ['CSM-7'] }),
    ]);
  });

  it('CSD-7.3: where the supervisor arranges cover (TKC) consents are not required', () => {
    const { roster, policy } = scenario('taikoo-front-desk');
    const swap = omit(roster.swaps[0]!, 'counterpartConsentedAt', 'requesterConsentedAt');
    expect(findingsOf(RULE, { ...roster, swaps: [swap] }, policy)).toEqual([]);
  });
});
