/**
 * The widget's own words: headings, labels, buttons, states. Policy content
 * (checklist labels, item names, shift and role names), core's messages
 * (refusals, blockers, problems) and clause summaries come localised from
 * core; only the chrome around them lives here. `{name}` placeholders are
 * filled by the views.
 *
 * Each language is its own module, loaded when the panel first shows it
 * (English defines the keys; the compiler checks the others have every key,
 * a test checks their placeholders and that none is empty).
 */
import type { Locale } from '@duty-handover/core';
import type { WidgetStrings } from './locales/en.js';

export type { WidgetStrings };

const loading = new Map<Locale, Promise<WidgetStrings>>();
const loaded = new Map<Locale, WidgetStrings>();

/** The words of a language, once loaded (see {@link loadStrings}). */
export function stringsOf(locale: Locale): WidgetStrings | undefined {
  return loaded.get(locale);
}

/** Loads the words of a language (a same-origin chunk next to the bundle), once per page. */
export function loadStrings(locale: Locale): Promise<WidgetStrings> {
  let promise = loading.get(locale);
  if (promise === undefined) {
    promise = (
      locale === 'en'
        ? import('./locales/en.js').then((module) => module.en)
        : locale === 'zh-Hans'
          ? import('./locales/zh-Hans.js').then((module) => module.zhHans)
          : import('./locales/zh-Hant.js').then((module) => module.zhHant)
    ).then((strings) => {
      loaded.set(locale, strings);
      return strings;
    });
    promise.catch(() => loading.delete(locale));
    loading.set(locale, promise);
  }
  return promise;
}
