/**
 * Properties of escalation over random input: `decideEscalation` throws
 * nothing but an `EscalationInputError` (every problem with a path and a
 * complete message in every locale), whatever the matter and the options
 * hold, instants at the edges of ISO 8601 included; a decision is the same
 * twice and under any host time zone, its steps come in deadline order with
 * their clauses, and every deadline is written on the site's clock (HOR-1.1).
 * The surge controller (CCS-6.3.2a–f, CCS-6.3.3) takes any sample without
 * throwing, leaves its state untouched when it ignores one, and carries on
 * identically from a state stored as JSON.
 */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOGUES, LOCALES, placeholdersOf } from '../diagnostics/format.js';
import { MATTER_GRAVITIES, REPORT_TRIGGERS } from '../policy/schema.js';
import { resolvePolicy, type ResolvedPolicy } from '../policy/resolve.js';
import {
  expectProblems,
  expectSiteTimes,
  hostileValue,
  instantLike,
  oddNumber,
  oddText,
  realInstant,
  rethrow,
  thrownBy,
  underHostZones,
  yearOutsideRange,
} from '../testing/arbitraries-test-helpers.js';
import { runs } from '../testing/reliability-test-helpers.js';
import {
  decideEscalation,
  EscalationInputError,
  type EscalationMatter,
  type EscalationOptions,
} from './decide.js';
import { surgeController, type SurgeSample, type SurgeState } from './surge.js';

const POLICIES: readonly ResolvedPolicy[] = [
  resolvePolicy('reg7'),
  resolvePolicy('call-centre'),
  resolvePolicy('taikoo-front-desk'),
  resolvePolicy('cs-department', { timeZone: 'America/New_York' }),
];
const policy = fc.constantFrom(...POLICIES);

/** Decides, and returns the decision or the EscalationInputError; anything else thrown fails the test. */
function attempt(matter: unknown, p: ResolvedPolicy, options: unknown) {
  const error = thrownBy(() => decideEscalation(matter as EscalationMatter, p, options as EscalationOptions));
  if (error === undefined)
    return decideEscalation(matter as EscalationMatter, p, options as EscalationOptions);
  if (!(error instanceof EscalationInputError)) rethrow(error);
  expectProblems(error.problems);
  return error;
}

const gravity = fc.oneof({ arbitrary: fc.constantFrom(...MATTER_GRAVITIES), weight: 5 }, oddText);
const matter = fc.record(
  {
    gravity,
    category: fc.oneof(fc.constantFrom('電梯困人', 'water leak'), oddText),
    triggers: fc.oneof(fc.subarray([...REPORT_TRIGGERS]), fc.array(oddText, { maxLength: 2 })),
    dissatisfiedComplaint: fc.oneof(fc.boolean(), hostileValue),
    at: fc.oneof({ arbitrary: realInstant, weight: 3 }, instantLike, oddText),
    extra: hostileValue,
  },
  { requiredKeys: [] },
);
const options = fc.record(
  {
    at: fc.oneof({ arbitrary: realInstant, weight: 3 }, instantLike, oddText),
    holidays: fc.oneof(
      fc.subarray(['2026-12-25', '2026-01-01', '2026-02-30']),
      fc.array(oddText, { maxLength: 2 }),
    ),
  },
  { requiredKeys: [] },
);

describe('decideEscalation: only an EscalationInputError', () => {
  it('takes any value as the matter and the options without throwing anything else', () => {
    fc.assert(
      fc.property(fc.oneof(hostileValue, matter), policy, fc.oneof(hostileValue, options), (m, p, o) => {
        attempt(m, p, o);
      }),
      { numRuns: runs(300) },
    );
  });

  it('decides, or refuses with an EscalationInputError, for any instant ISO 8601 allows, to year 9999 and nine-plus fractional digits', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MATTER_GRAVITIES),
        instantLike,
        instantLike,
        policy,
        (g, happened, decided, p) => {
          const outcome = attempt({ gravity: g, category: '電梯困人', at: happened }, p, { at: decided });
          // A year outside 2000–2999, or more than nine fractional digits, is refused with its path.
          const refused = [
            ['matter', happened],
            ['options', decided],
          ].filter(([, text = '']) => yearOutsideRange(text) || /\.\d{10,}/.test(text));
          if (refused.length === 0) return;
          expect(outcome).toBeInstanceOf(EscalationInputError);
          const paths =
            outcome instanceof EscalationInputError
              ? outcome.problems.map((problem) => problem.path.join('.'))
              : [];
          for (const [where] of refused) expect(paths).toContain(`${where}.at`);
        },
      ),
      {
        numRuns: runs(300),
        examples: [
          [
            'major',
            '2026-12-01T09:00:00Z',
            '2026-12-01T10:00:00.1234567891Z',
            POLICIES[0] ?? resolvePolicy('reg7'),
          ],
          [
            'emergency',
            '9999-12-31T20:00:00Z',
            '9999-12-31T23:59:59-23:59',
            POLICIES[0] ?? resolvePolicy('reg7'),
          ],
        ],
      },
    );
  });
});

describe('decideEscalation: a decision is deterministic', () => {
  const readable = fc.record({
    gravity: fc.constantFrom(...MATTER_GRAVITIES),
    category: fc.constant('電梯困人'),
    triggers: fc.subarray([...REPORT_TRIGGERS]),
    dissatisfiedComplaint: fc.boolean(),
    at: fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2026, 11, 31) }),
    delay: fc.integer({ min: 0, max: 36 * 60 }),
    holiday: fc.boolean(),
  });

  it('gives steps in deadline order, each with clauses and its message, on the site clock, the same under any host zone', () => {
    fc.assert(
      fc.property(readable, policy, (input, p) => {
        const happened = new Date(input.at).toISOString();
        const decided = new Date(input.at + input.delay * 60_000).toISOString();
        const m = {
          gravity: input.gravity,
          category: input.category,
          triggers: input.triggers,
          dissatisfiedComplaint: input.dissatisfiedComplaint,
          at: happened,
        };
        const o = { at: decided, holidays: input.holiday ? [decided.slice(0, 10)] : [] };
        const [first, ...others] = underHostZones(['UTC', 'Asia/Hong_Kong', 'America/New_York'], () =>
          decideEscalation(m, p, o),
        );
        for (const other of others) expect(other).toEqual(first);
        const steps = first?.steps ?? [];
        expect(steps.length).toBeGreaterThan(0);
        const deadlines = steps.map((step) => Date.parse(step.deadline));
        expect(deadlines).toEqual([...deadlines].sort((a, b) => a - b));
        for (const step of steps) {
          expect(step.clauses.length).toBeGreaterThan(0);
          for (const locale of LOCALES) {
            for (const name of placeholdersOf(CATALOGUES[locale][step.messageId])) {
              expect(step.params[name as 'role' | 'deadline']).toBeDefined();
            }
          }
        }
        expectSiteTimes(steps, p.timeZone);
      }),
      { numRuns: runs(60) },
    );
  });
});

describe('the surge controller (CCS-6.3.2a–f, CCS-6.3.3)', () => {
  const surgePolicy = POLICIES[1] ?? resolvePolicy('call-centre');
  const controller = surgeController(surgePolicy);
  /** Samples a minute or more apart, as the monitoring sends them, with the odd unreadable one. */
  const samples = fc
    .array(
      fc.record({
        gap: fc.integer({ min: 0, max: 20 }),
        waiting: fc.oneof({ arbitrary: fc.integer({ min: 0, max: 20 }), weight: 8 }, oddNumber),
        at: fc.option(fc.oneof(instantLike, oddText), { freq: 8, nil: undefined }),
      }),
      { maxLength: 60, size: 'medium' },
    )
    .chain((rows) =>
      fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2026, 11, 31) }).map((start) => {
        let ms = start;
        return rows.map(({ gap, waiting, at }): SurgeSample => {
          ms += gap * 60_000;
          return { at: at ?? new Date(ms).toISOString(), waiting };
        });
      }),
    );

  it('takes any sample without throwing, unchanged when it ignores one, and the same from a stored state', () => {
    fc.assert(
      fc.property(samples, (list) => {
        let state: SurgeState = controller.initialSurgeState();
        for (const sample of list) {
          const result = controller.step(state, sample);
          if (result.ignored !== undefined) {
            expect(result.state).toEqual(state);
            expect(result.actions).toEqual([]);
          }
          const stored = JSON.parse(JSON.stringify(state)) as SurgeState;
          expect(controller.step(stored, sample)).toEqual(result);
          state = result.state;
        }
      }),
      { numRuns: runs(100) },
    );
  });

  it('acts the same whatever the host time zone, night window included (CCS-6.3.4n)', () => {
    fc.assert(
      fc.property(samples, (list) => {
        const [first, ...others] = underHostZones(['UTC', 'Asia/Hong_Kong', 'America/New_York'], () => {
          let state: SurgeState = controller.initialSurgeState();
          const actions = [];
          for (const sample of list) {
            const result = controller.step(state, sample);
            actions.push(...result.actions);
            state = result.state;
          }
          return actions;
        });
        for (const other of others) expect(other).toEqual(first);
        expectSiteTimes(first, surgePolicy.timeZone);
      }),
      { numRuns: runs(30) },
    );
  });
});
