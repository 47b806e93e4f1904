/**
 * Work-only text (HOS-4.9: 交接記錄不許寫與工作無關事宜). A handover record
 * holds work matters only. Software cannot judge relevance, but it can refuse
 * text that says nothing: empty or blank fields, punctuation, and the filler
 * people write to get past a form. FINE-12.4 adds that a bare "normal" is not
 * a report, so descriptive fields (a matter, an anomaly, an explanation)
 * also refuse "正常", "OK" and the like on their own.
 *
 * Comparison is on the NFKC form (full-width "Ｎ／Ａ" reads as "n/a"), lower
 * case, with inner runs of spaces collapsed and trailing spaces and sentence
 * punctuation (". 。 , 、 ! ?"…, half- or full-width) dropped together, so
 * "正常 。" reads as "正常" just as "正常。" does. Filler is then looked up
 * with the spaces taken out and any punctuation around it taken off:
 * "正 常", "(無)" and "n / a" are filler too.
 */
import * as z from 'zod/mini';

/**
 * Filler that never carries work content, in the three languages the
 * product speaks. Compared with the whole (normalised) text, never with a part.
 */
export const PLACEHOLDER_TEXTS: readonly string[] = [
  // English
  'n/a',
  'na',
  'n.a',
  'none',
  'nil',
  'null',
  'undefined',
  'nothing',
  'tbd',
  'tba',
  'todo',
  'test',
  'testing',
  'asdf',
  'qwerty',
  'xxx',
  'blah',
  'etc',
  'see above',
  'same as above',
  // Chinese (both scripts)
  '無',
  '无',
  '沒有',
  '没有',
  '暫無',
  '暂无',
  '待定',
  '測試',
  '测试',
  '略',
  '同上',
  '見上',
  '见上',
  '不詳',
  '不详',
  '空',
];

/**
 * Words that report nothing when they stand alone in a description
 * (FINE-12.4: 不容許只填寫"正常"兩字).
 */
export const BARE_NORMAL_TEXTS: readonly string[] = [
  '正常',
  '一切正常',
  '無異常',
  '无异常',
  '沒問題',
  '没问题',
  '好',
  '良好',
  '已處理',
  '已处理',
  'normal',
  'all normal',
  'ok',
  'okay',
  'fine',
  'good',
  'all good',
  'no problem',
  'done',
];

/**
 * What may trail a text without adding to it: whitespace and sentence
 * punctuation. Full-width forms ("。" aside) are folded to these by NFKC
 * before the check ("！" → "!", "，" → ",", "．" → ".", "…" → "...").
 */
const TRAILING = /[\s.,;:!?~。、]/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;

/** `text` without the characters matching `pattern` at its start (when `start`) and end. */
function strip(text: string, pattern: RegExp, start: boolean): string {
  // A loop rather than an anchored regular expression: linear on any input.
  let from = 0;
  let to = text.length;
  while (to > from && pattern.test(text.charAt(to - 1))) to -= 1;
  while (start && from < to && pattern.test(text.charAt(from))) from += 1;
  return text.slice(from, to);
}

/**
 * The comparable form of a text: NFKC, lower case, single spaces, trimmed,
 * with no trailing sentence punctuation. Idempotent: spaces and punctuation
 * are dropped in one pass from the end, so none is left behind that a second
 * pass would drop ("正常 。" → "正常", never "正常 ").
 */
export function normaliseText(text: string): string {
  const folded = text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ');
  return strip(folded, TRAILING, false).trimStart();
}

/** The form filler is looked up in: normalised, without spaces, without punctuation around it. */
function fillerKey(plain: string): string {
  return strip(plain.replaceAll(' ', ''), PUNCTUATION, true);
}

const placeholders = new Set(PLACEHOLDER_TEXTS.map((text) => fillerKey(normaliseText(text))));
const bareNormal = new Set(BARE_NORMAL_TEXTS.map((text) => fillerKey(normaliseText(text))));

/** Why a text is not work content, or `undefined` when it may be recorded. */
export type TextFault = 'empty' | 'placeholder' | 'bare-normal';

/**
 * Checks one text. `descriptive` texts (what happened, why, what was done)
 * also refuse a bare "normal". Filler is refused however it is spaced or
 * punctuated (HOS-4.9, FINE-12.4).
 */
export function textFault(text: string, descriptive: boolean): TextFault | undefined {
  if (text.trim() === '') return 'empty';
  const compact = normaliseText(text).replaceAll(' ', '');
  // Only punctuation or symbols ("-", "…", "///", "?"), or one character repeated ("x", "a a a").
  if (compact === '' || /^[\p{P}\p{S}]+$/u.test(compact) || /^(.)\1*$/u.test(compact)) return 'placeholder';
  const key = fillerKey(compact);
  if (placeholders.has(key)) return 'placeholder';
  if (descriptive && bareNormal.has(key)) return 'bare-normal';
  return undefined;
}

/** Message ids of the two faults the schemas report (an empty text uses `input.text-empty`). */
export const TEXT_FAULT_MESSAGES = {
  placeholder: 'handover.text.placeholder',
  'bare-normal': 'handover.text.bare-normal',
} as const;

function workText(descriptive: boolean) {
  return z.string().check(
    z.trim(),
    z.minLength(1),
    z.maxLength(4000),
    z.refine((text) => textFault(text, descriptive) !== 'placeholder', TEXT_FAULT_MESSAGES.placeholder),
    z.refine((text) => textFault(text, descriptive) !== 'bare-normal', TEXT_FAULT_MESSAGES['bare-normal']),
  );
}

/** A short work text: a name, an owner, a note, a next step. Refuses blanks and filler (HOS-4.9). */
export const WorkText = workText(false);

/**
 * A descriptive work text: a matter's cause, course or result, an anomaly, an
 * explanation. Also refuses a bare "normal" (HOS-4.9, FINE-12.4).
 */
export const DescriptiveText = workText(true);
