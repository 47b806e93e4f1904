import { describe, expect, it } from 'vitest';
import { MESSAGES } from './messages.js';
import { getClause } from './policy/clauses.js';
import { ALL_RULE_META, RULE_IDS } from './rule-registry.js';

describe('rule registry', () => {
  it('the plain id list that resolvePolicy reads names exactly the registered rules, in order', () => {
    expect([...RULE_IDS]).toEqual(ALL_RULE_META.map((meta) => meta.id));
  });

  it('lists every rule once', () => {
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
    expect(RULE_IDS.length).toBeGreaterThan(0);
  });

  it.each(ALL_RULE_META.map((meta) => [meta.id, meta] as const))('%s has complete metadata', (id, meta) => {
    expect(id).toMatch(/^[a-z]+\/[a-z0-9-]+$/);
    expect(id.split('/')[0]).toBe(meta.domain);
    for (const clause of meta.clauses) {
      // A rule enforces normative clauses, never guidance.
      expect(getClause(clause).kind, clause).toMatch(/^(rule|record|kpi)$/);
    }
    for (const messageId of meta.messages) expect(MESSAGES.en[messageId], messageId).toBeDefined();
    for (const text of Object.values(meta.summary)) expect(text.trim()).not.toBe('');
  });
});
