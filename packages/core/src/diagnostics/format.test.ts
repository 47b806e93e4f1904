import { describe, expect, it } from 'vitest';
import { CATALOGUES, formatMessage, LOCALES, matchLocale, placeholdersOf } from './format.js';
import { MESSAGES, type MessageId } from '../messages.js';

const en = MESSAGES.en;

const ids = Object.keys(en) as MessageId[];

describe('message catalogues', () => {
  it('define every message id in zh-Hant, zh-Hans and en, and nothing else', () => {
    for (const locale of LOCALES) {
      expect(Object.keys(CATALOGUES[locale]).sort()).toEqual([...ids].sort());
    }
  });

  it.each(ids)('%s uses the same placeholders in every locale', (id) => {
    const expected = placeholdersOf(en[id]).sort();
    for (const locale of LOCALES) {
      expect(placeholdersOf(CATALOGUES[locale][id]).sort(), `${locale} ${id}`).toEqual(expected);
    }
  });

  it.each(ids)('%s renders in every locale with all placeholders filled', (id) => {
    const params = Object.fromEntries(placeholdersOf(en[id]).map((name) => [name, `<${name}>`]));
    for (const locale of LOCALES) {
      const text = formatMessage(id, params, locale);
      expect(text.trim().length, `${locale} ${id}`).toBeGreaterThan(0);
      expect(text, `${locale} ${id}`).not.toMatch(/\{\w+\}/);
      for (const name of Object.keys(params)) expect(text).toContain(`<${name}>`);
    }
  });

  it('Chinese catalogues are written in Chinese, not copied English', () => {
    for (const id of ids) {
      expect(CATALOGUES['zh-Hant'][id], id).toMatch(/\p{Script=Han}/u);
      expect(CATALOGUES['zh-Hans'][id], id).toMatch(/\p{Script=Han}/u);
    }
  });
});

describe('formatMessage', () => {
  it('fills parameters by name', () => {
    expect(formatMessage('policy.unknown-rule', { rule: 'roster/rest' }, 'en')).toBe(
      'There is no rule "roster/rest", so its severity cannot be set.',
    );
    expect(formatMessage('policy.unknown-rule', { rule: 'roster/rest' }, 'zh-Hant')).toContain('roster/rest');
  });

  it('leaves a missing parameter visible instead of printing "undefined"', () => {
    const text = formatMessage('policy.unknown-rule', {}, 'en');
    expect(text).toContain('{rule}');
    expect(text).not.toContain('undefined');
  });
});

describe('matchLocale', () => {
  it.each([
    ['en-GB', 'en'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-Hant', 'zh-Hant'],
    ['zh-CN', 'zh-Hans'],
    ['zh-Hans-CN', 'zh-Hans'],
    ['fr', 'zh-Hant'],
    [undefined, 'zh-Hant'],
  ] as const)('%s → %s', (tag, locale) => {
    expect(matchLocale(tag)).toBe(locale);
  });
});
