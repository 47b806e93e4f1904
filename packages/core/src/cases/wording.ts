/**
 * The reply wording check: finds the forbidden replies of FCR-4.7 and
 * CSD-0.7 (the policy's `cases.forbiddenReplies`, in zh-Hant, zh-Hans and en)
 * in what a member of staff wrote or is about to say.
 *
 * How text is compared. Text and phrases go through the same steps, and a
 * phrase is found where its result occurs in the text's:
 *
 * 1. NFKC, one character (with its combining marks) at a time, so full-width
 *    letters, digits and punctuation read as their ordinary forms;
 * 2. lower case;
 * 3. spaces, punctuation, symbols, marks and invisible characters dropped,
 *    so "不 知 道", "不知道!", "I don’t know" and "i dont know" all count;
 * 4. traditional and simplified forms of the characters the phrases use
 *    folded into one ({@link CHARACTER_VARIANTS}), so a phrase listed in one
 *    script is found in the other and in text mixing both.
 *
 * Positions are UTF-16 indexes into the original text: `text.slice(start,
 * end)` is exactly what the staff member wrote, spaces and all.
 *
 * Partial matches. The policy list decides what is forbidden; the check does
 * not guess what a sentence means:
 *
 * - Chinese has no word boundaries, so a phrase counts wherever it occurs,
 *   inside a longer sentence too: "不知道" in "您不知道也沒關係" is flagged
 *   (we cannot tell who does not know). Polite text avoids the phrase.
 * - A Latin-script phrase counts only on word boundaries, so "I don't know"
 *   is not found in "I don't knowingly…". Sentences that merely share words
 *   with a phrase ("I know what to do", "this is my responsibility") pass.
 * - Two grammatical exceptions ({@link NOT_A_REFUSAL}) are not refusals, and
 *   only these: an English phrase directly followed by "yet" states a
 *   temporary gap ("I don't know yet, but I will find out by 5 pm": FCR-4.4
 *   itself says to find out and then answer), and 看/聽 directly before a
 *   phrase starting with 不 form a different word ("聽不清楚", could not hear
 *   clearly: asking the caller to repeat is what the service rules want).
 *   Chinese has no such "yet": "我暫時不知道" is still flagged.
 * - Where the lists of several locales match the same words, one match is
 *   reported: the list of `options.locale` if it is among them, else the
 *   list whose own spelling is closest to the text. A match inside a longer
 *   match is dropped.
 */
import type { Locale } from '../diagnostics/format.js';
import type { MessageId } from '../messages.js';
import { isClauseId, type ClauseId } from '../policy/clause-ids.js';
import type { ResolvedPolicy } from '../policy/resolve.js';

/**
 * Traditional (and variant) forms → simplified, for every character of the
 * presets' phrases that differs between scripts, plus 甚 (甚麼 = 什么),
 * 麽 (variant of 麼), 妳 (the feminine you) and 聽 (for {@link NOT_A_REFUSAL}).
 * A site that lists phrases with other characters should list them in both
 * scripts, as the presets do.
 */
export const CHARACTER_VARIANTS: ReadonlyMap<string, string> = new Map(
  [
    '沒没',
    '辦办',
    '歸归',
    '這这',
    '與与',
    '無无',
    '關关',
    '別别',
    '門门',
    '們们',
    '問问',
    '負负',
    '責责',
    '後后',
    '說说',
    '甚什',
    '麼么',
    '麽么',
    '見见',
    '著着',
    '嗎吗',
    '規规',
    '樣样',
    '係系',
    '統统',
    '題题',
    '誰谁',
    '讓让',
    '來来',
    '妳你',
    '聽听',
  ].map((pair) => [pair.charAt(0), pair.charAt(1)] as const),
);

/** Occurrences that are not refusals, whatever the list says (see the module comment). */
export const NOT_A_REFUSAL = {
  /** English: "<phrase> yet" states a temporary gap. */
  followingWord: 'yet',
  /** Chinese: 看不清楚 / 聽不清楚 are "cannot see / hear clearly" (after folding 聽 → 听). */
  perceptionVerbs: ['看', '听'],
} as const;

export interface ReplyWordingOptions {
  /** The locale whose list is reported when several lists match the same words. */
  readonly locale?: Locale;
}

/** One forbidden reply found in a text. */
export interface ForbiddenReplyMatch {
  /** The phrase as the policy lists it. */
  readonly phrase: string;
  /** The list it came from. */
  readonly locale: Locale;
  /** UTF-16 index in the original text where the match starts, and where it ends (exclusive). */
  readonly start: number;
  readonly end: number;
  /** `text.slice(start, end)`: what was actually written. */
  readonly text: string;
  readonly clauses: readonly ClauseId[];
  readonly messageId: MessageId;
  readonly params: { readonly phrase: string };
}

/** Every forbidden reply in `text`, in text order. An empty list means the wording passes. */
export function checkReplyWording(
  text: string,
  policy: ResolvedPolicy,
  options: ReplyWordingOptions = {},
): ForbiddenReplyMatch[] {
  const units = normalize(text);
  const folded = units.map((unit) => unit.char).join('');
  const unitAt = offsetsToUnits(units);
  const candidates: Candidate[] = [];
  for (const phrase of compiled(policy.cases.forbiddenReplies)) {
    for (
      let offset = folded.indexOf(phrase.key);
      offset >= 0;
      offset = folded.indexOf(phrase.key, offset + 1)
    ) {
      const first = unitAt[offset];
      const last = unitAt[offset + phrase.key.length - 1];
      if (first === undefined || last === undefined) continue;
      const span = { first, end: last + 1 };
      if (!onBoundaries(units, span, phrase) || exempt(units, span, phrase)) continue;
      candidates.push({ phrase, ...span, distance: spelling(units, span.first, phrase) });
    }
  }
  const clauses = wordingClauses(policy);
  return keepBest(candidates, options.locale).map((candidate) => {
    const start = units[candidate.first]?.from ?? 0;
    const end = units[candidate.end - 1]?.to ?? start;
    return {
      phrase: candidate.phrase.phrase,
      locale: candidate.phrase.locale,
      start,
      end,
      text: text.slice(start, end),
      clauses,
      messageId: 'case.forbidden-reply',
      params: { phrase: candidate.phrase.phrase },
    };
  });
}

// ——— Normalising ——————————————————————————————————————————————————————————

/** One character of the compared form, with where it came from in the original. */
interface Unit {
  /** After NFKC, lower case and variant folding. */
  readonly char: string;
  /** After NFKC and lower case only: the spelling, to tell scripts apart. */
  readonly raw: string;
  readonly from: number;
  readonly to: number;
  /** Whether dropped characters (spaces, punctuation…) stood right before it. */
  readonly gapBefore: boolean;
}

const CLUSTER = /\P{M}\p{M}*|\p{M}+/gsu;
const DROPPED = /^[\p{White_Space}\p{P}\p{S}\p{C}\p{M}]$/u;
const WORD = /^[\p{Script=Latin}\p{Nd}]$/u;

function normalize(text: string): Unit[] {
  const units: Unit[] = [];
  let gap = true;
  for (const match of text.matchAll(CLUSTER)) {
    const from = match.index;
    const to = from + match[0].length;
    for (const raw of match[0].normalize('NFKC').toLowerCase()) {
      if (DROPPED.test(raw)) {
        gap = true;
        continue;
      }
      units.push({ char: CHARACTER_VARIANTS.get(raw) ?? raw, raw, from, to, gapBefore: gap });
      gap = false;
    }
  }
  return units;
}

/** For each UTF-16 offset of the joined compared form, the unit it belongs to. */
function offsetsToUnits(units: readonly Unit[]): number[] {
  const unitAt: number[] = [];
  units.forEach((unit, index) => {
    // A folded character outside the BMP takes two offsets.
    unitAt.push(...new Array<number>(unit.char.length).fill(index));
  });
  return unitAt;
}

// ——— Phrases ——————————————————————————————————————————————————————————————

interface CompiledPhrase {
  readonly phrase: string;
  readonly locale: Locale;
  /** The compared form. */
  readonly key: string;
  readonly raw: readonly string[];
  readonly wordStart: boolean;
  readonly wordEnd: boolean;
  readonly startsWithNot: boolean;
}

const LIST_ORDER: readonly Locale[] = ['zh-Hant', 'zh-Hans', 'en'];
const cache = new WeakMap<object, readonly CompiledPhrase[]>();

function compiled(lists: ResolvedPolicy['cases']['forbiddenReplies']): readonly CompiledPhrase[] {
  const known = cache.get(lists);
  if (known !== undefined) return known;
  const phrases = LIST_ORDER.flatMap((locale) =>
    lists[locale].flatMap((phrase): CompiledPhrase[] => {
      const units = normalize(phrase);
      const first = units[0];
      const last = units[units.length - 1];
      if (first === undefined || last === undefined) return [];
      return [
        {
          phrase,
          locale,
          key: units.map((unit) => unit.char).join(''),
          raw: units.map((unit) => unit.raw),
          wordStart: WORD.test(first.char),
          wordEnd: WORD.test(last.char),
          startsWithNot: first.char === '不',
        },
      ];
    }),
  );
  cache.set(lists, phrases);
  return phrases;
}

// ——— Matching —————————————————————————————————————————————————————————————

interface Span {
  /** Index of the first unit, and one past the last. */
  readonly first: number;
  readonly end: number;
}

interface Candidate extends Span {
  readonly phrase: CompiledPhrase;
  /** How many characters are spelled differently from the phrase (another script). */
  readonly distance: number;
}

/** A Latin-script phrase must start and end on word boundaries; Chinese has none. */
function onBoundaries(units: readonly Unit[], span: Span, phrase: CompiledPhrase): boolean {
  if (phrase.wordStart && !boundaryBefore(units, span.first)) return false;
  if (phrase.wordEnd && !boundaryBefore(units, span.end)) return false;
  return true;
}

function boundaryBefore(units: readonly Unit[], index: number): boolean {
  const previous = units[index - 1];
  const next = units[index];
  if (previous === undefined || next === undefined) return true;
  return next.gapBefore || !WORD.test(previous.char) || !WORD.test(next.char);
}

function exempt(units: readonly Unit[], span: Span, phrase: CompiledPhrase): boolean {
  if (phrase.wordEnd && followedByWord(units, span.end, NOT_A_REFUSAL.followingWord)) return true;
  const before = units[span.first - 1];
  return (
    phrase.startsWithNot &&
    before !== undefined &&
    !units[span.first]?.gapBefore &&
    (NOT_A_REFUSAL.perceptionVerbs as readonly string[]).includes(before.char)
  );
}

/** Whether the units from `index` spell `word` as a whole word of its own. */
function followedByWord(units: readonly Unit[], index: number, word: string): boolean {
  const chars = normalize(word).map((unit) => unit.char);
  if (!units[index]?.gapBefore) return false;
  for (const [offset, char] of chars.entries()) {
    const unit = units[index + offset];
    if (unit?.char !== char || (offset > 0 && unit.gapBefore)) return false;
  }
  return boundaryBefore(units, index + chars.length);
}

function spelling(units: readonly Unit[], first: number, phrase: CompiledPhrase): number {
  return phrase.raw.filter((raw, offset) => units[first + offset]?.raw !== raw).length;
}

/** One match per span (the preferred list), without matches inside longer ones, in text order. */
function keepBest(candidates: readonly Candidate[], locale: Locale | undefined): Candidate[] {
  const bySpan = new Map<string, Candidate>();
  for (const candidate of candidates) {
    const key = `${candidate.first}:${candidate.end}`;
    const current = bySpan.get(key);
    if (current === undefined || better(candidate, current, locale)) bySpan.set(key, candidate);
  }
  const spans = [...bySpan.values()];
  return spans
    .filter(
      (inner) =>
        !spans.some(
          (outer) =>
            outer !== inner &&
            outer.first <= inner.first &&
            outer.end >= inner.end &&
            outer.end - outer.first > inner.end - inner.first,
        ),
    )
    .sort((a, b) => a.first - b.first || b.end - a.end);
}

function better(candidate: Candidate, current: Candidate, locale: Locale | undefined): boolean {
  const preferred = (c: Candidate) => (c.phrase.locale === locale ? 0 : 1);
  return (
    (preferred(candidate) - preferred(current) ||
      candidate.distance - current.distance ||
      LIST_ORDER.indexOf(candidate.phrase.locale) - LIST_ORDER.indexOf(current.phrase.locale)) < 0
  );
}

/** The clauses the policy cites for its list; FCR-4.7 and CSD-0.7, which name such replies, by default. */
function wordingClauses(policy: ResolvedPolicy): readonly ClauseId[] {
  const cited = (policy.citations['cases.forbiddenReplies'] ?? []).filter(isClauseId);
  return cited.length > 0 ? cited : ['FCR-4.7', 'CSD-0.7'];
}
