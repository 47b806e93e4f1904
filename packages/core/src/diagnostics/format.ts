import type { Finding, MessageParams } from './finding.js';
import { MESSAGES, type MessageCatalogue, type MessageId } from '../messages.js';

/** The languages the product speaks. */
export const LOCALES = ['zh-Hant', 'zh-Hans', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const CATALOGUES: Readonly<Record<Locale, MessageCatalogue>> = MESSAGES;

/** Picks the supported locale closest to a BCP 47 tag (zh-TW → zh-Hant, zh-CN → zh-Hans). */
export function matchLocale(tag: string | undefined | null): Locale {
  const lower = (tag ?? '').toLowerCase();
  if (lower.startsWith('en')) return 'en';
  if (/^zh-(hans|cn|sg|my)\b/.test(lower)) return 'zh-Hans';
  if (lower.startsWith('zh')) return 'zh-Hant';
  return 'zh-Hant';
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** Names of the placeholders a template uses, for checks and docs. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '');
}

/**
 * Fills `{name}` placeholders. A missing parameter is shown as `{name}` rather
 * than hidden, so an incomplete report is visible instead of silently misleading.
 */
export function fillTemplate(template: string, params: MessageParams): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** Renders a message of the catalogues in the given locale. */
export function formatMessage(id: MessageId, params: MessageParams, locale: Locale): string {
  return fillTemplate(CATALOGUES[locale][id], params);
}

/** Renders a finding's message in the given locale. */
export function formatFinding(finding: Finding, locale: Locale): string {
  return formatMessage(finding.messageId, finding.params, locale);
}
