import { describe, expect, it } from 'vitest';
import type { RuleExample } from './diagnostics/rule.js';
import { ALL_RULE_META } from './rule-registry.js';

/**
 * The policy reference shows every rule with a case it reports and one it
 * accepts (`meta.examples`). These tests keep that promise for every rule in
 * the registry: both examples present, told in all three locales, the
 * Chinese actually in Chinese and in the right script, and any data shown
 * well-formed.
 */

const LOCALES = ['zh-Hant', 'zh-Hans', 'en'] as const;
const HAN = /\p{Script=Han}/u;

/** Characters written only in Traditional script (their Simplified forms differ). */
const TRADITIONAL_ONLY =
  /[們個這為與後發員會來過說還應當對無請將經點關單號門車間電話樓鑰處換聯辦負責記錄簽審於時開陳黃續違鐘結擬]/u;
/** Characters written only in Simplified script. */
const SIMPLIFIED_ONLY =
  /[们个这为发员会来过说还应对无请将经点关单号门车间电话楼钥处换联办负责记录签审时开陈黄续违钟结拟]/u;

const CASES = ALL_RULE_META.flatMap((meta) =>
  (['failing', 'passing'] as const).map((kind) => [meta.id, kind, meta.examples?.[kind]] as const),
);

/** The example, failing the test plainly when it is missing. */
function present(example: RuleExample | undefined): RuleExample {
  if (example === undefined) throw new Error('missing example (meta.examples)');
  return example;
}

describe('rule examples (meta.examples)', () => {
  it('the registry has rules to check', () => {
    expect(ALL_RULE_META.length).toBeGreaterThan(0);
  });

  it.each(ALL_RULE_META.map((meta) => [meta.id, meta] as const))(
    '%s has a failing and a passing example',
    (_id, meta) => {
      expect(meta.examples?.failing).toBeDefined();
      expect(meta.examples?.passing).toBeDefined();
    },
  );

  it.each(CASES)('%s (%s): text in every locale', (_id, _kind, example) => {
    const { description } = present(example);
    for (const locale of LOCALES) expect(description[locale].trim(), locale).not.toBe('');
  });

  it.each(CASES)('%s (%s): the Chinese is Chinese, in its own script', (_id, _kind, example) => {
    const { description } = present(example);
    const hant = description['zh-Hant'];
    const hans = description['zh-Hans'];
    expect(hant).toMatch(HAN);
    expect(hans).toMatch(HAN);
    expect(hant).not.toBe(description.en);
    expect(hans).not.toBe(description.en);
    // Text with script-specific characters is written twice, not copied.
    if (TRADITIONAL_ONLY.test(hant) || SIMPLIFIED_ONLY.test(hans)) expect(hans).not.toBe(hant);
    expect(hans, 'Traditional characters left in zh-Hans').not.toMatch(TRADITIONAL_ONLY);
    expect(hant, 'Simplified characters left in zh-Hant').not.toMatch(SIMPLIFIED_ONLY);
  });

  it.each(CASES)('%s (%s): code, when given, is well-formed', (_id, _kind, example) => {
    const { code } = present(example);
    if (code === undefined) return;
    expect(code.trim()).not.toBe('');
    if (/^\s*[{[]/u.test(code)) expect(() => JSON.parse(code) as unknown).not.toThrow();
  });
});
