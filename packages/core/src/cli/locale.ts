import { LOCALES, matchLocale, type Locale } from '../index.js';

/**
 * The language a POSIX locale name or a BCP 47 tag asks for, when it is one
 * the product speaks: `zh_TW.UTF-8` → zh-Hant, `zh_CN.GB2312` → zh-Hans,
 * `en_US.UTF-8` → en, `zh-Hant` → zh-Hant. `undefined` for anything else
 * (`C`, `POSIX`, `fr_FR.UTF-8`).
 */
export function localeFromTag(tag: string): Locale | undefined {
  const exact = LOCALES.find((locale) => locale.toLowerCase() === tag.toLowerCase());
  if (exact !== undefined) return exact;
  const normal = (tag.split(/[.@]/)[0] ?? '').replaceAll('_', '-');
  return /^(?:en|zh)(?:-|$)/i.test(normal) ? matchLocale(normal) : undefined;
}

/**
 * The language of the environment, as POSIX orders the variables: the first
 * of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set decides; English when it
 * names a language the product does not speak, or when none is set.
 */
export function localeFromEnv(env: Readonly<Record<string, string | undefined>>): Locale {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value !== undefined && value !== '') return localeFromTag(value) ?? 'en';
  }
  return 'en';
}
