import { describe, expect, it } from 'vitest';
import { localeFromEnv, localeFromTag } from './locale.js';

describe('localeFromTag', () => {
  it.each([
    ['zh-Hant', 'zh-Hant'],
    ['zh-hans', 'zh-Hans'],
    ['EN', 'en'],
    ['zh_TW.UTF-8', 'zh-Hant'],
    ['zh_HK.UTF-8', 'zh-Hant'],
    ['zh_CN.GB2312', 'zh-Hans'],
    ['zh_SG.UTF-8@euro', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh', 'zh-Hant'],
    ['en_GB.UTF-8', 'en'],
    ['C', undefined],
    ['C.UTF-8', undefined],
    ['POSIX', undefined],
    ['fr_FR.UTF-8', undefined],
    ['english', undefined],
    ['', undefined],
  ])('%j → %s', (tag, locale) => {
    expect(localeFromTag(tag)).toBe(locale);
  });
});

describe('localeFromEnv', () => {
  it('follows POSIX: LC_ALL, then LC_MESSAGES, then LANG', () => {
    expect(localeFromEnv({ LC_ALL: 'zh_CN.UTF-8', LC_MESSAGES: 'en_US.UTF-8', LANG: 'zh_TW.UTF-8' })).toBe(
      'zh-Hans',
    );
    expect(localeFromEnv({ LC_ALL: '', LC_MESSAGES: 'zh_TW.UTF-8', LANG: 'en_US.UTF-8' })).toBe('zh-Hant');
    expect(localeFromEnv({ LANG: 'zh_HK.UTF-8' })).toBe('zh-Hant');
  });

  it('falls back to English when nothing is set or the language is not one the product speaks', () => {
    expect(localeFromEnv({})).toBe('en');
    expect(localeFromEnv({ LANG: 'C.UTF-8' })).toBe('en');
    // The first variable set decides, even when it names another language.
    expect(localeFromEnv({ LC_ALL: 'fr_FR.UTF-8', LANG: 'zh_TW.UTF-8' })).toBe('en');
  });
});
