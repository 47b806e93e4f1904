/**
 * Properties of the quality figures (FINE table 3) over random journals of
 * every domain, random rosters and random call data: `qualityFigures` never
 * throws for a month and an instant it documents, throws only its documented
 * RangeError otherwise, gives the ten figures in table order, each a rate
 * between the counts it shows (met exactly when the actual reaches the
 * target), and the same figures twice, under any host time zone, and whatever
 * the order of the call samples.
 */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOGUES, LOCALES, placeholdersOf } from '../diagnostics/format.js';
import { resolvePolicy } from '../policy/resolve.js';
import { randomRoster } from '../roster/fixtures/random-roster-test-helpers.js';
import {
  expectNothingOr,
  instantLike,
  journalLike,
  oddNumber,
  oddText,
  realInstant,
  shuffled,
  thrownBy,
  typesOf,
  underHostZones,
  yearOutsideRange,
} from '../testing/arbitraries-test-helpers.js';
import { runs } from '../testing/reliability-test-helpers.js';
import type { FigureText } from './figure.js';
import { FIGURE_IDS } from './figure.js';
import { qualityFigures, type QualityFigures } from './figures.js';

const policy = resolvePolicy('cs-department');
const journals = journalLike({
  types: [...typesOf('handover.', 'case.'), 'patrol.recorded', 'incident.reported', 'meeting.held'],
  maxLength: 30,
});
const calls = fc.option(
  fc.array(
    fc.record(
      {
        ringCount: fc.oneof({ arbitrary: fc.integer({ min: 0, max: 8 }), weight: 4 }, oddNumber),
        answerSeconds: fc.oneof(
          { arbitrary: fc.double({ min: 0, max: 60, noNaN: true }), weight: 4 },
          oddNumber,
        ),
      },
      { requiredKeys: [] },
    ),
    { maxLength: 12 },
  ),
  { nil: undefined },
);
const roster = fc.option(randomRoster('cs-department', policy), { nil: undefined, freq: 3 });
const month = fc.constantFrom('2026-12', '2026-11', '2027-01');

function expectText(text: FigureText): void {
  for (const locale of LOCALES) {
    for (const name of placeholdersOf(CATALOGUES[locale][text.messageId])) {
      expect(text.params[name], `${text.messageId}: {${name}}`).toBeDefined();
    }
  }
}

function expectSound(figures: QualityFigures): void {
  expect(figures.map((figure) => figure.id)).toEqual([...FIGURE_IDS]);
  for (const figure of figures) {
    expect(figure.clauses.length).toBeGreaterThan(0);
    expectText(figure.name);
    for (const note of figure.notes) expectText(note);
    if (!figure.measurable) {
      expect(figure.actual).toBeUndefined();
      expect(figure.met).toBeUndefined();
      continue;
    }
    const actual = figure.actual ?? Number.NaN;
    expect(Number.isFinite(actual)).toBe(true);
    expect(actual).toBeGreaterThanOrEqual(0);
    expect(figure.met).toBe(actual >= figure.target.value);
    if (figure.target.unit === 'rate') {
      expect(actual).toBeLessThanOrEqual(1);
      expect(figure.numerator).toBeLessThanOrEqual(figure.denominator);
    }
  }
}

describe('qualityFigures', () => {
  it('gives the ten figures of FINE table 3, each consistent with its counts, for any journal, roster and calls', () => {
    fc.assert(
      fc.property(
        journals,
        roster,
        calls,
        month,
        fc.option(realInstant, { nil: undefined }),
        (entries, r, c, m, asOf) => {
          const input = {
            entries,
            policy,
            month: m,
            ...(r === undefined ? {} : { roster: r }),
            ...(c === undefined ? {} : { calls: c }),
            ...(asOf === undefined ? {} : { asOf }),
          };
          const figures = qualityFigures(input);
          expectSound(figures);
          expect(qualityFigures(input)).toEqual(figures);
        },
      ),
      { numRuns: runs(80) },
    );
  });

  it('gives the same figures whatever the host time zone and the order of the call samples', () => {
    const scenario = fc
      .tuple(
        journals,
        fc.array(fc.record({ ringCount: fc.integer({ min: 0, max: 8 }) }), { maxLength: 10 }),
        realInstant,
      )
      .chain(([entries, list, asOf]) =>
        fc.tuple(fc.constant(entries), shuffled(list), fc.constant(list), fc.constant(asOf)),
      );
    fc.assert(
      fc.property(scenario, ([entries, reordered, list, asOf]) => {
        const [first, ...others] = underHostZones(['UTC', 'Asia/Hong_Kong', 'America/New_York'], () =>
          qualityFigures({ entries, policy, month: '2026-12', calls: list, asOf }),
        );
        for (const other of others) expect(other).toEqual(first);
        expect(qualityFigures({ entries, policy, month: '2026-12', calls: reordered.items, asOf })).toEqual(
          first,
        );
      }),
      { numRuns: runs(20) },
    );
  });

  it('refuses a month or an instant it cannot read with its documented RangeError only', () => {
    // Months of the years 2000–2999 are read; the years around them and at the ends of yyyy are refused.
    const anyYearMonth = fc
      .tuple(
        fc.oneof(fc.constantFrom(0, 1, 1999, 2000, 2999, 3000, 9999), fc.integer({ min: 0, max: 9999 })),
        fc.integer({ min: 1, max: 12 }),
      )
      .map(([y, m]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`);
    fc.assert(
      fc.property(
        fc.oneof(month, anyYearMonth, oddText),
        fc.option(fc.oneof(instantLike, oddText), { nil: undefined }),
        (m, asOf) => {
          const error = thrownBy(() =>
            qualityFigures({ entries: [], policy, month: m, ...(asOf === undefined ? {} : { asOf }) }),
          );
          expectNothingOr(error, RangeError);
          const year = /^\d{4}-\d{2}$/.test(m) ? Number(m.slice(0, 4)) : 2026;
          if (year < 2000 || year > 2999 || (asOf !== undefined && yearOutsideRange(asOf))) {
            expect(error, `${m} ${String(asOf)}`).toBeInstanceOf(RangeError);
          }
        },
      ),
      {
        numRuns: runs(100),
        examples: [
          ['9999-12', undefined],
          ['2026-12', '0001-01-01T00:00:00Z'],
        ],
      },
    );
  });
});
