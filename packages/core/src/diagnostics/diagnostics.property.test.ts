/**
 * Properties of the shared shape of findings and problems: the runner's
 * order (errors first, then rule, then subject) does not depend on the order
 * findings come in and sorting twice changes nothing; counts add up; every
 * message of the catalogues renders in zh-Hant, zh-Hans and en with any
 * parameters, filling each placeholder it is given; any language tag picks
 * a supported locale; and any path is written readably.
 */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MESSAGES, type MessageId } from '../messages.js';
import { ALL_RULE_META } from '../rule-registry.js';
import { oddNumber, oddText, shuffled } from '../testing/arbitraries-test-helpers.js';
import { runs } from '../testing/reliability-test-helpers.js';
import type { Finding } from './finding.js';
import { formatFinding, LOCALES, matchLocale, placeholdersOf } from './format.js';
import { describeProblems, formatPath, problem } from './problem.js';
import { countBySeverity, sortFindings } from './runner.js';

const MESSAGE_IDS = Object.keys(MESSAGES.en) as MessageId[];
const param = fc.oneof(oddText, oddNumber, fc.constantFrom('S-101', '2026-12-01', 3));

/** Findings as rules report them: a rule's own clauses and messages, any subject and parameters. */
const finding: fc.Arbitrary<Finding> = fc
  .record({
    meta: fc.constantFrom(...ALL_RULE_META),
    message: fc.nat(),
    severity: fc.constantFrom('error' as const, 'warn' as const),
    staff: fc.subarray(['S-101', 'S-102', 'S-103']),
    dates: fc.subarray(['2026-12-01', '2026-12-02']),
    path: fc.option(fc.array(fc.oneof(fc.constantFrom('swaps', 'leave'), fc.nat(5)), { maxLength: 3 }), {
      nil: undefined,
    }),
    params: fc.dictionary(
      fc.constantFrom('staff', 'count', 'limit', 'date'),
      fc.oneof(fc.string({ maxLength: 4 }), fc.integer()),
    ),
  })
  .map(({ meta, message, severity, staff, dates, path, params }) => ({
    rule: meta.id,
    clauses: meta.clauses,
    severity,
    messageId: meta.messages[message % meta.messages.length] ?? meta.messages[0],
    params,
    subject: { staff, dates, ...(path === undefined ? {} : { path }) },
  }));

describe('the order of findings', () => {
  it('is the same whatever order they come in, errors first, and sorting again changes nothing', () => {
    const scenario = fc
      .array(finding, { maxLength: 25 })
      .chain((list) => fc.tuple(fc.constant(list), shuffled(list)));
    fc.assert(
      fc.property(scenario, ([list, reordered]) => {
        const sorted = sortFindings(list);
        expect(sortFindings(reordered.items)).toEqual(sorted);
        expect(sortFindings(sorted)).toEqual(sorted);
        const firstWarn = sorted.findIndex((f) => f.severity === 'warn');
        if (firstWarn >= 0) expect(sorted.slice(firstWarn).every((f) => f.severity === 'warn')).toBe(true);
        const counts = countBySeverity(list);
        expect(counts.error + counts.warn).toBe(list.length);
      }),
      { numRuns: runs(200) },
    );
  });
});

describe('messages', () => {
  it('render every message in every language with any parameters, filling each one given', () => {
    fc.assert(
      fc.property(fc.constantFrom(...MESSAGE_IDS), fc.array(param, { maxLength: 6 }), (messageId, values) => {
        const names = placeholdersOf(MESSAGES.en[messageId]);
        const params = Object.fromEntries(
          names.map((name, i) => [name, values[i % Math.max(1, values.length)] ?? i]),
        );
        for (const locale of LOCALES) {
          const text = formatFinding(
            { rule: 'x/y', clauses: [], severity: 'warn', messageId, params, subject: {} },
            locale,
          );
          expect(text.trim().length).toBeGreaterThan(0);
          for (const name of placeholdersOf(MESSAGES[locale][messageId])) {
            const value = params[name];
            if (value !== undefined && !String(value).includes(`{${name}}`))
              expect(text).not.toContain(`{${name}}`);
          }
        }
        // Every language uses the same placeholders, so no parameter is lost in translation.
        for (const locale of LOCALES) {
          expect(new Set(placeholdersOf(MESSAGES[locale][messageId]))).toEqual(new Set(names));
        }
      }),
      { numRuns: runs(300) },
    );
  });

  it('pick a supported locale for any language tag', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          oddText,
          fc.constantFrom('zh-TW', 'zh-CN', 'zh_HK.UTF-8', 'en-GB', 'fr'),
          fc.constant(null),
          fc.constant(undefined),
        ),
        (tag) => {
          expect(LOCALES).toContain(matchLocale(tag));
        },
      ),
      { numRuns: runs(200) },
    );
  });

  it('write any path readably and any problem list line by line', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(oddText, fc.nat()), { maxLength: 5 }), (path) => {
        expect(formatPath(path).length).toBeGreaterThan(0);
        const one = problem(path, 'input.required');
        for (const locale of LOCALES) {
          expect(describeProblems([one, one], locale).split('\n').length).toBeGreaterThanOrEqual(2);
        }
      }),
      { numRuns: runs(200) },
    );
  });
});
