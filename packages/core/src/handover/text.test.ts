import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { BARE_NORMAL_TEXTS, DescriptiveText, PLACEHOLDER_TEXTS, textFault, WorkText } from './text.js';

describe('work-only text (HOS-4.9)', () => {
  it.each(PLACEHOLDER_TEXTS)('HOS-4.9: refuses the filler "%s"', (text) => {
    expect(textFault(text, false)).toBe('placeholder');
  });

  it.each(['', '   ', '\n\t'])('HOS-4.9: refuses a blank text %j', (text) => {
    expect(textFault(text, false)).toBe('empty');
  });

  it.each(['-', '—', '...', '…', '。。。', '///', '?', 'x', 'aaaa', 'Ｎ／Ａ', ' n/a. ', 'TEST', '無。'])(
    'HOS-4.9: refuses punctuation, a repeated character or filler in any width or case: %j',
    (text) => {
      expect(textFault(text, false)).toBe('placeholder');
    },
  );

  it.each(BARE_NORMAL_TEXTS)(
    'FINE-12.4: a bare "%s" is refused in a description, allowed in a short field',
    (text) => {
      if (textFault(text, false) === 'placeholder') return; // one character: filler anywhere
      expect(textFault(text, true)).toBe('bare-normal');
      expect(textFault(text, false)).toBeUndefined();
    },
  );

  it.each([
    'B 座 2 號升降機 15:20 停頓,已通知升降機公司',
    'Test of the fire alarm at 10:00 tomorrow, residents informed',
    '巡查地庫,照明正常,排水口無堵塞',
    'N/A 區停車場閘口需更換咭機',
    '無人應門,已留下通知卡',
  ])('HOS-4.9: accepts work text: %s', (text) => {
    expect(textFault(text, true)).toBeUndefined();
  });

  it("the schemas report the project's message ids", () => {
    const filler = z.safeParse(WorkText, 'N/A');
    expect(filler.success ? [] : filler.error.issues.map((issue) => issue.message)).toEqual([
      'handover.text.placeholder',
    ]);
    const normal = z.safeParse(DescriptiveText, '正常');
    expect(normal.success ? [] : normal.error.issues.map((issue) => issue.message)).toEqual([
      'handover.text.bare-normal',
    ]);
    expect(z.safeParse(DescriptiveText, '  門禁正常,閉路電視第 3 號鏡頭失靈  ').data).toBe(
      '門禁正常,閉路電視第 3 號鏡頭失靈',
    );
  });
});
