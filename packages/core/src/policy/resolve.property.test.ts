/**
 * Properties of the policy entry points over random and mangled input:
 * `resolvePolicy` and `parsePolicyJson` throw nothing but a `PolicyError`
 * whose every problem has a path and a complete message in zh-Hant, zh-Hans
 * and en; whatever resolves is frozen, resolves again to itself, and checks
 * (`checkPolicy`) deterministically; `isPresetId` answers for any value; and
 * the time-of-day helpers the rules rest on leave exactly the uncovered part.
 */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../journal/json.js';
import {
  expectProblems,
  expectRenderable,
  hostileValue,
  mutated,
  oddText,
} from '../testing/arbitraries-test-helpers.js';
import { runs } from '../testing/reliability-test-helpers.js';
import { checkPolicy } from './check-policy.js';
import { CLAUSES, getClause, isClauseId } from './clauses.js';
import { PolicyError } from './policy-error.js';
import { PRESETS, PRESET_IDS } from './presets/index.js';
import { isPresetId, parsePolicyJson, resolvePolicy, type ResolvedPolicy } from './resolve.js';
import { daySpans, minutesOfDay, timeOfDayText, uncoveredSpans, type DaySpan } from './time-of-day.js';

const presetId = fc.constantFrom(...PRESET_IDS);

/** Resolves, and returns the policy or the PolicyError; anything else thrown fails the test. */
function attempt(run: () => ResolvedPolicy): ResolvedPolicy | PolicyError {
  try {
    return run();
  } catch (error) {
    if (error instanceof PolicyError) return error;
    throw error;
  }
}

/** What every outcome of resolving must satisfy. */
function expectSound(outcome: ResolvedPolicy | PolicyError): void {
  if (outcome instanceof PolicyError) {
    expectProblems(outcome.problems);
    expect(outcome.message.length).toBeGreaterThan(0);
    return;
  }
  expect(Object.isFrozen(outcome)).toBe(true);
  expect(Object.isFrozen(outcome.shifts)).toBe(true);
  // A resolved policy is a valid input and resolves to the same policy.
  expect(resolvePolicy(outcome)).toEqual(outcome);
}

describe('resolvePolicy: only a PolicyError, with every problem in every language', () => {
  it('takes any value at all without throwing anything else', () => {
    fc.assert(
      fc.property(hostileValue, fc.option(hostileValue, { nil: undefined }), (input, overrides) => {
        expectSound(attempt(() => resolvePolicy(input, overrides)));
      }),
      { numRuns: runs(300) },
    );
  });

  it('reads a full policy edited by hand (fields dropped, wrong types, extra keys, NaN, huge text)', () => {
    const document = presetId.chain((id) => mutated(PRESETS[id] as unknown as JsonValue));
    fc.assert(
      fc.property(document, (input) => {
        expectSound(attempt(() => resolvePolicy(input)));
      }),
      { numRuns: runs(150) },
    );
  });

  it('reads a stored { preset, overrides } document whose overrides are mangled', () => {
    const overrides = presetId.chain((id) =>
      mutated({ shifts: PRESETS[id].shifts, swaps: PRESETS[id].swaps } as unknown as JsonValue),
    );
    fc.assert(
      fc.property(
        fc.oneof(presetId, oddText),
        overrides,
        fc.option(hostileValue, { nil: undefined }),
        (preset, own, further) => {
          expectSound(attempt(() => resolvePolicy({ preset, overrides: own }, further)));
        },
      ),
      { numRuns: runs(150) },
    );
  });

  it('places a changed swap limit (CSD-7.4a) and keeps the other values of the preset', () => {
    fc.assert(
      fc.property(presetId, fc.integer({ min: 0, max: 31 }), (id, monthlyLimit) => {
        const policy = resolvePolicy(id, { swaps: { monthlyLimit } });
        expect(policy.swaps.monthlyLimit).toBe(monthlyLimit);
        expect(policy.shifts).toEqual(resolvePolicy(id).shifts);
        expect(policy.citations['swaps.monthlyLimit']).toBeUndefined();
      }),
      { numRuns: runs(50) },
    );
  });
});

describe('parsePolicyJson: a policy file of any content', () => {
  it('never throws anything but a PolicyError, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(oddText, fc.json(), fc.string({ unit: 'binary' })), (text) => {
        expectSound(attempt(() => parsePolicyJson(text)));
      }),
      { numRuns: runs(200) },
    );
  });

  it('reads a stored document after any character is replaced, inserted or deleted', () => {
    const text = JSON.stringify({ preset: 'reg7', overrides: { swaps: { monthlyLimit: 2 } } }, null, 2);
    fc.assert(
      fc.property(
        fc.nat(text.length - 1),
        fc.string({ unit: 'binary', maxLength: 3 }),
        fc.nat(3),
        (at, insert, remove) => {
          const outcome = attempt(() =>
            parsePolicyJson(text.slice(0, at) + insert + text.slice(at + remove)),
          );
          expectSound(outcome);
        },
      ),
      { numRuns: runs(200) },
    );
  });
});

describe('isPresetId', () => {
  it('answers for any value, true exactly for the preset ids', () => {
    fc.assert(
      fc.property(fc.oneof(hostileValue, presetId), (value) => {
        expect(isPresetId(value)).toBe(
          typeof value === 'string' && (PRESET_IDS as readonly string[]).includes(value),
        );
      }),
      { numRuns: runs(200) },
    );
  });
});

describe('the clause catalogue', () => {
  it('knows a clause id exactly when it can show the clause, for any text', () => {
    const known = fc.constantFrom(...CLAUSES.map((clause) => clause.id));
    fc.assert(
      fc.property(
        fc.oneof(
          known,
          oddText,
          known.map((id) => id.toLowerCase()),
        ),
        (id) => {
          const clause = getClause(id);
          expect(isClauseId(id)).toBe(clause !== undefined);
          if (clause !== undefined) expect(clause.id).toBe(id);
        },
      ),
      { numRuns: runs(200) },
    );
  });
});

describe('checkPolicy: findings about a policy are deterministic', () => {
  it('gives the same findings twice, each renderable in every language, for any policy that resolves', () => {
    const overrides = fc.record(
      {
        swaps: fc.record({ monthlyLimit: fc.integer({ min: 0, max: 10 }) }),
        timeZone: fc.constantFrom('Asia/Shanghai', 'Asia/Hong_Kong', 'America/New_York', 'Europe/London'),
      },
      { requiredKeys: [] },
    );
    const edited = presetId.chain((id) => mutated(PRESETS[id] as unknown as JsonValue, { maxEdits: 1 }));
    fc.assert(
      fc.property(
        fc.oneof(fc.tuple(presetId, overrides), fc.tuple(edited, fc.constant({}))),
        ([input, own]) => {
          const outcome = attempt(() => resolvePolicy(input, own));
          if (outcome instanceof PolicyError) return;
          const first = checkPolicy(outcome);
          expect(checkPolicy(outcome)).toEqual(first);
          expectRenderable(first);
          for (const finding of first) expect(finding.clauses.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: runs(100) },
    );
  });
});

describe('time of day: what a band leaves uncovered', () => {
  const time = fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
    .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
  const spans = fc
    .array(fc.tuple(time, time), { maxLength: 4 })
    .map((pairs) => pairs.filter(([from, to]) => from !== to).flatMap(([from, to]) => daySpans(from, to)));
  const covered = (list: readonly DaySpan[], minute: number) =>
    list.some((span) => span.start <= minute && minute < span.end);

  it('round-trips every wall-clock time through minutes', () => {
    fc.assert(
      fc.property(time, (text) => {
        expect(timeOfDayText(minutesOfDay(text))).toBe(text);
      }),
      { numRuns: runs(100) },
    );
  });

  it('leaves uncovered exactly the needed minutes no covering span holds', () => {
    fc.assert(
      fc.property(spans, spans, (needed, covering) => {
        const gaps = uncoveredSpans(needed, covering);
        for (let minute = 0; minute < 24 * 60; minute += 5) {
          expect(covered(gaps, minute)).toBe(covered(needed, minute) && !covered(covering, minute));
        }
      }),
      { numRuns: runs(100) },
    );
  });
});
