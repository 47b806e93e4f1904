import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import {
  BARE_NORMAL_TEXTS,
  DescriptiveText,
  normaliseText,
  PLACEHOLDER_TEXTS,
  textFault,
  WorkText,
} from './text.js';

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

  it.each(['正常 。', '正常。 ', '一切正常 . ', 'OK！', 'ok ?', '正 常', '「正常」', '　正常　。　'])(
    'FINE-12.4: a bare "normal" is refused however it is spaced and punctuated: %j',
    (text) => {
      expect(textFault(text, true)).toBe('bare-normal');
    },
  );

  it.each(['N/A .', 'n/a 。', 'none . .', 'N / A', '(無)', '無 。', 'Ｎ／Ａ．', 'TBD…', 'x x x'])(
    'HOS-4.9: filler is refused however it is spaced and punctuated: %j',
    (text) => {
      expect(textFault(text, false)).toBe('placeholder');
    },
  );

  it.each(['正常 。', 'N/A .', 'none . .', ' Ｎ／Ａ　。 ', '交接 完成 ,', 'x\t.\u3000。'])(
    'HOS-4.9: the compared form does not change when compared again: %j',
    (text) => {
      const once = normaliseText(text);
      expect(normaliseText(once)).toBe(once);
    },
  );

  it('HOS-4.9: spaces and stops after the last word go together, inner spaces stay single', () => {
    expect(normaliseText('正常 。')).toBe('正常');
    expect(normaliseText('  B 座   升降機停頓 . 。 ')).toBe('b 座 升降機停頓');
  });

  it.each(['正常運作中,已檢查 B 座消防泵 。', 'N/A 區閘口需更換咭機 .', '好 幾戶反映水壓低 。'])(
    'FINE-12.4: work text that mentions "normal" or filler in a sentence is accepted, punctuated or not: %j',
    (text) => {
      expect(textFault(text, true)).toBeUndefined();
    },
  );

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
