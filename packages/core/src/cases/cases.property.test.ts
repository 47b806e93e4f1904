/**
 * Properties of first-contact responsibility (首問責任制) over random
 * journals, inputs and command sequences: the case fold is total and folding
 * one case alone gives what folding all gives for it; `checkCases` is
 * deterministic, renderable, independent of the host's time zone, and throws
 * only its documented RangeError for a `now` that is not an instant; every
 * command answers any input with an entry the schemas accept or a refusal in
 * the catalogue; through the commands the first contact stays the owner
 * (FCR-4.2, FCR-4.4) and every entry written is read back; and the reply
 * wording check (FCR-4.7, CSD-0.7) finds every listed phrase however it is
 * spaced, never throws, and points at exactly what was written.
 */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { CATALOGUES, LOCALES, placeholdersOf } from '../diagnostics/format.js';
import { sortFindings } from '../diagnostics/runner.js';
import { UnsealedEntrySchema, type Actor, type SealedEntry } from '../journal/entry.js';
import { resolvePolicy, type ResolvedPolicy } from '../policy/resolve.js';
import {
  ACTORS,
  anyActor,
  expectNothingOr,
  expectProblem,
  expectRenderable,
  instantLike,
  journalLike,
  oddText,
  PAYLOAD_TEMPLATES,
  realInstant,
  sealLooking,
  thrownBy,
  typesOf,
  underHostZones,
  yearOutsideRange,
} from '../testing/arbitraries-test-helpers.js';
import { runs } from '../testing/reliability-test-helpers.js';
import { checkCases } from './check.js';
import * as commands from './commands.js';
import { CASE_PAYLOAD_SCHEMAS, isCaseEntryType } from './entries.js';
import { CASE_REFUSAL_CODES, type CaseCommandResult } from './refusal.js';
import { foldCases } from './register.js';
import { checkReplyWording } from './wording.js';

const POLICIES: readonly ResolvedPolicy[] = [
  resolvePolicy('reg7'),
  resolvePolicy('cs-department'),
  resolvePolicy('call-centre'),
];
const policy = fc.constantFrom(...POLICIES);
const journals = journalLike({ types: typesOf('case.'), maxLength: 25 });

describe('the case fold is total', () => {
  it('folds any entries without throwing, and one case alone as it folds among all', () => {
    fc.assert(
      fc.property(journals, policy, fc.constantFrom('a', 'b', 'c'), (entries, p, caseId) => {
        const before = JSON.stringify(entries);
        const all = foldCases(entries, p);
        expect(JSON.stringify(entries)).toBe(before);
        expect(foldCases(entries, p)).toEqual(all);
        const alone = foldCases(entries, p, { caseIds: [caseId] });
        expect(alone.cases.get(caseId)).toEqual(all.cases.get(caseId));
        expect([...alone.cases.keys()].every((id) => id === caseId)).toBe(true);
        // A case entry dated outside the years 2000–2999 is set aside, not read as a fact.
        const ignored = new Set(all.ignored.map((entry) => entry.seq));
        for (const entry of entries) {
          if (isCaseEntryType(entry.type) && yearOutsideRange(entry.at))
            expect(ignored.has(entry.seq)).toBe(true);
        }
      }),
      // An intake dated in year 1, which the journal's instant format refuses: set aside, never a RangeError.
      {
        numRuns: runs(100),
        examples: [[intakeAt('0001-01-01T00:00:00Z'), POLICIES[0] ?? resolvePolicy('reg7'), 'a']],
      },
    );
  });
});

/** A journal holding one well-formed intake of case `a`, dated `at`. */
function intakeAt(at: string): SealedEntry[] {
  const template = PAYLOAD_TEMPLATES['case.intake'];
  const payload =
    template?.({ handover: 'h-1', id: 'a', staff: 'S-101', other: 'b', item: 'x', at, n: 0, flag: true }) ??
    null;
  return sealLooking([{ type: 'case.intake', payload, at }]);
}

describe('checkCases: findings are deterministic', () => {
  it('gives sorted, renderable findings, the same whatever the host time zone', () => {
    fc.assert(
      fc.property(journals, policy, realInstant, (entries, p, now) => {
        const [first, ...others] = underHostZones(['UTC', 'Asia/Hong_Kong', 'America/New_York'], () =>
          checkCases(entries, p, { now }),
        );
        for (const other of others) expect(other).toEqual(first);
        const findings = first ?? [];
        expect(sortFindings(findings)).toEqual(findings);
        expectRenderable(findings);
        expect(checkCases(foldCases(entries, p), p, { now })).toEqual(findings);
      }),
      { numRuns: runs(30) },
    );
  });

  it('refuses a moment that is not an instant with its documented RangeError only', () => {
    fc.assert(
      fc.property(fc.oneof(instantLike, oddText), (now) => {
        const error = thrownBy(() => checkCases([], POLICIES[0] ?? resolvePolicy('reg7'), { now }));
        expectNothingOr(error, RangeError);
        // A moment outside the years 2000–2999 is one of them.
        if (yearOutsideRange(now)) expect(error, now).toBeInstanceOf(RangeError);
      }),
      { numRuns: runs(100), examples: [['0001-01-01T00:00:00Z'], ['9999-12-31T23:59:59-23:59']] },
    );
  });
});

type Run = (source: commands.CaseSource, context: commands.CaseCommandContext) => CaseCommandResult;

const caseId = fc.oneof({ arbitrary: fc.constantFrom('a', 'b', 'c'), weight: 6 }, oddText);
const text = fc.oneof({ arbitrary: fc.constantFrom('工程部上門維修', '已更換燈管'), weight: 6 }, oddText);
const when = fc.oneof({ arbitrary: realInstant, weight: 6 }, instantLike, oddText);
const staff = fc.oneof({ arbitrary: fc.constantFrom('S-101', 'S-102'), weight: 4 }, oddText);
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
/** An input with its `undefined` fields made optional, as a form leaves out what is not filled in. */
type Filled<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};
/** Drops the fields left undefined. */
const filled = <T extends object>(input: T): Filled<T> =>
  Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as Filled<T>;

const command: fc.Arbitrary<Run> = fc.oneof(
  fc
    .record({
      caseId,
      gravity: fc.constantFrom(
        'general' as const,
        'difficult' as const,
        'complaint' as const,
        'major-complaint' as const,
      ),
      channel: optional(fc.constantFrom('phone' as const, 'visit' as const)),
      callerName: optional(text),
      callerPhone: optional(fc.oneof(fc.constant('138 0013 8000'), oddText)),
      matter: optional(text),
      category: optional(text),
      inRemit: optional(fc.boolean()),
      firstContact: optional(fc.record({ staffId: staff })),
    })
    .map(
      (input): Run =>
        (source, context) =>
          commands.openCase(source, context, filled(input)),
    ),
  fc.record({ caseId, id: text, owner: optional(staff), note: optional(text) }).map(
    ({ caseId: id, id: to, owner, note }): Run =>
      (source, context) =>
        commands.transferCase(
          source,
          context,
          filled({ caseId: id, to: { kind: 'department' as const, id: to }, owner, note }),
        ),
  ),
  fc.record({ caseId, procedure: text, expectedBy: when }).map(
    (input): Run =>
      (source, context) =>
        commands.informCustomer(source, context, input),
  ),
  fc.record({ caseId, channel: fc.constantFrom('phone' as const, 'visit' as const, 'app' as const) }).map(
    (input): Run =>
      (source, context) =>
        commands.recordContact(source, context, input),
  ),
  fc
    .record({
      caseId,
      question: text,
      replyBy: optional(when),
      callbackId: optional(fc.constantFrom('k-1', 'k-2')),
    })
    .map(
      (input): Run =>
        (source, context) =>
          commands.promiseCallback(source, context, filled(input)),
    ),
  fc
    .record({
      caseId,
      callbackId: fc.oneof(fc.constantFrom('k-1', 'k-2', 'a/callback/1'), oddText),
      answer: optional(text),
    })
    .map(
      (input): Run =>
        (source, context) =>
          commands.recordCallback(source, context, filled(input)),
    ),
  fc.record({ caseId, note: text }).map(
    (input): Run =>
      (source, context) =>
        commands.followUpCase(source, context, input),
  ),
  fc.record({ caseId, plan: text, resolveBy: optional(when) }).map(
    (input): Run =>
      (source, context) =>
        commands.givePlan(source, context, filled(input)),
  ),
  fc.record({ caseId, note: optional(text) }).map(
    (input): Run =>
      (source, context) =>
        commands.reportCase(source, context, filled(input)),
  ),
  fc
    .record({
      caseId,
      outcome: fc.constantFrom('resolved' as const, 'definite-answer' as const),
      answer: text,
    })
    .map(
      (input): Run =>
        (source, context) =>
          commands.resolveCase(source, context, input),
    ),
  fc
    .record({
      caseId,
      satisfaction: fc.constantFrom('satisfied' as const, 'neutral' as const, 'dissatisfied' as const),
    })
    .map(
      (input): Run =>
        (source, context) =>
          commands.revisitCase(source, context, input),
    ),
);

/** A complete intake of case `a`: every field a preset may require, filled in. */
const openComplete: Run = (source, context) =>
  commands.openCase(source, context, {
    caseId: 'a',
    gravity: 'general',
    channel: 'phone',
    callerName: '周太太',
    callerPhone: '138 0013 8000',
    matter: '12 樓走廊燈不亮',
    category: 'repairs',
    inRemit: true,
  });

function expectCaseResult(result: CaseCommandResult): void {
  if (result.ok) {
    const { entry } = result;
    expect(UnsealedEntrySchema.safeParse(entry).success).toBe(true);
    if (!isCaseEntryType(entry.type)) throw new Error(`not a case entry: ${entry.type}`);
    expect(z.safeParse(CASE_PAYLOAD_SCHEMAS[entry.type], entry.payload).success).toBe(true);
    return;
  }
  const { refusal } = result;
  expect(CASE_REFUSAL_CODES).toContain(refusal.code);
  expect(refusal.clauses.length).toBeGreaterThan(0);
  for (const locale of LOCALES) {
    for (const name of placeholdersOf(CATALOGUES[locale][refusal.messageId])) {
      expect(refusal.params[name], `${refusal.messageId}: {${name}}`).toBeDefined();
    }
  }
  for (const p of refusal.problems) expectProblem(p);
}

describe('case commands', () => {
  it('answer any input, over any journal, with a writable entry or a refusal with its clause', () => {
    fc.assert(
      fc.property(journals, policy, anyActor, when, command, (entries, p, actor, at, run) => {
        expectCaseResult(run(entries, { policy: p, actor, at }));
      }),
      { numRuns: runs(200) },
    );
  });

  it('keep the first contact as the owner (FCR-4.2, FCR-4.4), and every entry they write is read back', () => {
    let written = 0;
    fc.assert(
      fc.property(
        policy,
        // Each desk opens a case first (a complete intake), so that the random commands after it have one to act on.
        fc
          .tuple(
            fc.constantFrom<Actor>(...ACTORS),
            fc.array(fc.tuple(command, fc.constantFrom<Actor>(...ACTORS)), {
              minLength: 1,
              maxLength: 20,
              size: 'medium',
            }),
          )
          .map(([first, rest]): [Run, Actor][] => [[openComplete, first], ...rest]),
        (p, steps) => {
          const shapes: { type: string; payload: unknown; at: string; actor: Actor }[] = [];
          let entries: SealedEntry[] = [];
          steps.forEach(([run, actor], i) => {
            const at = new Date(Date.UTC(2026, 11, 1, 1, 7 * i)).toISOString();
            const result = run(entries, { policy: p, actor, at });
            expectCaseResult(result);
            if (!result.ok) return;
            shapes.push({ type: result.entry.type, payload: result.entry.payload, at, actor });
            entries = sealLooking(shapes);
          });
          written += entries.length;
          const register = foldCases(entries, p);
          expect(register.ignored).toEqual([]);
          for (const state of register.cases.values()) {
            expect(state.owner.staffId).toBe(state.intake.payload.firstContact.staffId);
          }
        },
      ),
      { numRuns: runs(100) },
    );
    expect(written).toBeGreaterThan(runs(100));
  });
});

describe('reply wording (FCR-4.7, CSD-0.7)', () => {
  const wordingPolicy = POLICIES[1] ?? resolvePolicy('cs-department');
  const lists = wordingPolicy.cases.forbiddenReplies;
  const phrases = LOCALES.flatMap((locale) => lists[locale].map((phrase) => ({ locale, phrase })));
  const chinese = phrases.filter(({ locale }) => locale !== 'en');

  it('never throws, and each match is exactly what was written, in text order', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          oddText,
          fc.constantFrom(...phrases.map(({ phrase }) => phrase)).map((phrase) => `您好,${phrase}。`),
        ),
        (text) => {
          const matches = checkReplyWording(text, wordingPolicy);
          let last = -1;
          for (const match of matches) {
            expect(match.start).toBeGreaterThanOrEqual(last);
            expect(match.end).toBeGreaterThan(match.start);
            expect(match.end).toBeLessThanOrEqual(text.length);
            expect(text.slice(match.start, match.end)).toBe(match.text);
            last = match.start;
          }
        },
      ),
      { numRuns: runs(150) },
    );
  });

  it('finds every listed phrase inside polite words, in any locale', () => {
    const before = fc.constantFrom('', '您好,', 'Sorry, ', '先生 ');
    const after = fc.constantFrom('', '。', ',請稍等', ' — thank you.');
    fc.assert(
      fc.property(fc.constantFrom(...phrases), before, after, ({ phrase }, prefix, suffix) => {
        const text = `${prefix}${phrase}${suffix}`;
        const found = checkReplyWording(text, wordingPolicy);
        const at = prefix.length;
        expect(found.some((match) => match.start <= at + phrase.length && match.end >= at)).toBe(true);
      }),
      { numRuns: runs(150) },
    );
  });

  it('finds a Chinese phrase spelt out with spaces or punctuation between its characters', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...chinese),
        fc.array(fc.constantFrom('', ' ', '\u3000', '、', '!', '…'), { minLength: 12, maxLength: 12 }),
        ({ phrase }, gaps) => {
          const spelt = Array.from(phrase)
            .map((char, i) => (i === 0 ? char : `${gaps[i % gaps.length] ?? ''}${char}`))
            .join('');
          expect(checkReplyWording(`您好,${spelt}。`, wordingPolicy).length).toBeGreaterThan(0);
        },
      ),
      { numRuns: runs(100) },
    );
  });
});
