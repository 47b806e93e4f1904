import { describe, expect, it } from 'vitest';
import { LOCALES, placeholdersOf } from '../index.js';
import { cliMessages, cliText, type CliMessageId } from './messages.js';

const ids = Object.keys(cliMessages.en) as CliMessageId[];

describe('CLI messages', () => {
  it('define every id in zh-Hant, zh-Hans and en, and nothing else', () => {
    for (const locale of LOCALES) expect(Object.keys(cliMessages[locale]).sort()).toEqual([...ids].sort());
  });

  it.each(ids)('%s uses the same placeholders in every locale and renders them all', (id) => {
    const expected = placeholdersOf(cliMessages.en[id]).sort();
    const params = Object.fromEntries(expected.map((name) => [name, `<${name}>`]));
    for (const locale of LOCALES) {
      expect(placeholdersOf(cliMessages[locale][id]).sort(), `${locale} ${id}`).toEqual(expected);
      const text = cliText(id, params, locale);
      expect(text).not.toMatch(/\{\w+\}/);
      if (locale !== 'en') expect(text, `${locale} ${id}`).toMatch(/\p{Script=Han}/u);
    }
  });

  it('leaves a missing parameter visible', () => {
    expect(cliText('cli.error.unknown-command', {}, 'en')).toBe('unknown command "{command}"');
  });
});
