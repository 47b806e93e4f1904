/**
 * Properties of responsibility for handover failures (責任劃分, CSM-6,
 * HOS-4.5, HOS-4.6, HOS-4.12, GXP-4.4, CSM-7, FCR-5.1) over random journals
 * of every domain: `deriveResponsibility` throws nothing but a
 * `LiabilityInputError` (each problem with a path and a message in every
 * locale) whatever the incident holds; for any readable incident `indexJournal`
 * and the verdict never throw, the verdict is the same from the entries as
 * from the index, twice and under any host time zone, and it is consistent:
 * undetermined exactly when evidence is missing, every party cites clauses
 * and every entry it cites is in the journal, and every text renders.
 */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOGUES, LOCALES, placeholdersOf } from '../diagnostics/format.js';
import { resolvePolicy, type ResolvedPolicy } from '../policy/resolve.js';
import type { Roster } from '../roster/document.js';
import { cleanMonth } from '../roster/fixtures/clean-month.js';
import {
  expectProblems,
  hostileValue,
  instantLike,
  journalLike,
  oddText,
  realInstant,
  rethrow,
  thrownBy,
  typesOf,
  underHostZones,
  yearOutsideRange,
} from '../testing/arbitraries-test-helpers.js';
import { runs } from '../testing/reliability-test-helpers.js';
import { deriveResponsibility } from './derive.js';
import { INCIDENT_KINDS, LiabilityInputError } from './incident.js';
import { indexJournal } from './journal-index.js';
import type { Verdict, VerdictText } from './verdict.js';

const policy: ResolvedPolicy = resolvePolicy('reg7');
const roster: Roster = cleanMonth('reg7', '2026-12');
const journals = journalLike({
  types: typesOf('handover.', 'keys.', 'case.'),
  itemIds: policy.handover.inventory.map((line) => line.id),
  maxLength: 30,
});

const pool = (...values: string[]) =>
  fc.option(fc.oneof({ arbitrary: fc.constantFrom(...values), weight: 30 }, oddText), { nil: undefined });
const incident = fc
  .record({
    id: fc.constantFrom('inc-1', 'inc-2'),
    what: fc.constantFrom(...INCIDENT_KINDS),
    foundAt: fc.oneof({ arbitrary: realInstant, weight: 5 }, instantLike),
    handoverId: pool('h-1', 'h-2'),
    matterId: pool('a', 'b'),
    itemId: pool(...policy.handover.inventory.map((line) => line.id), 'K-a'),
    caseId: pool('a', 'b'),
    flagId: pool('a', 'b'),
    shiftInstance: pool('2026-12-01/early/front-desk', '2026-12-01/middle/front-desk'),
    post: pool('front-desk'),
    date: pool('2026-12-01', '2026-12-02'),
    majorImpact: fc.option(fc.boolean(), { nil: undefined }),
  })
  .map(({ id, what, foundAt, majorImpact, ...concerns }) => ({
    id,
    what,
    foundAt,
    concerns: Object.fromEntries(Object.entries(concerns).filter(([, value]) => value !== undefined)),
    ...(majorImpact === undefined ? {} : { majorImpact }),
  }));

/** Returns the verdict, or checks and returns the LiabilityInputError; anything else thrown fails the test. */
function attempt(run: () => Verdict): Verdict | LiabilityInputError {
  const error = thrownBy(run);
  if (error === undefined) return run();
  if (!(error instanceof LiabilityInputError)) rethrow(error);
  expectProblems(error.problems);
  return error;
}

function expectText(text: VerdictText): void {
  for (const locale of LOCALES) {
    for (const name of placeholdersOf(CATALOGUES[locale][text.messageId])) {
      expect(text.params[name], `${text.messageId}: {${name}}`).toBeDefined();
    }
  }
}

describe('deriveResponsibility: only a LiabilityInputError', () => {
  it('takes any value as the incident without throwing anything else', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          hostileValue,
          incident.map((one) => ({ ...one, concerns: { ...one.concerns, extra: 1 } })),
        ),
        (value) => {
          attempt(() => deriveResponsibility({ policy, entries: [], incident: value as never }));
        },
      ),
      { numRuns: runs(200) },
    );
  });
});

describe('verdicts over any journal', () => {
  it('never throw, match what the journal holds, and read the same from the entries as from the index', () => {
    fc.assert(
      fc.property(journals, incident, fc.boolean(), (entries, question, withRoster) => {
        const index = indexJournal(entries, policy);
        const base = { policy, incident: question, ...(withRoster ? { roster } : {}) };
        const verdict = attempt(() => deriveResponsibility({ ...base, index }));
        const again = attempt(() => deriveResponsibility({ ...base, entries }));
        expect(again).toEqual(verdict);
        // An incident found outside the years 2000–2999 is refused; entries so dated are set aside.
        if (yearOutsideRange(question.foundAt)) expect(verdict).toBeInstanceOf(LiabilityInputError);
        if (verdict instanceof LiabilityInputError) return;
        expect(verdict.status === 'undetermined').toBe(verdict.missingEvidence.length > 0);
        const seqs = new Set(entries.map((entry) => entry.seq));
        for (const party of verdict.responsible) {
          expect(party.clauses.length).toBeGreaterThan(0);
          expectText(party.because);
          for (const evidence of party.evidence) {
            if (evidence.kind === 'entry') expect(seqs.has(evidence.seq)).toBe(true);
          }
        }
        for (const clause of verdict.responsible.flatMap((party) => party.clauses)) {
          expect(verdict.clauses).toContain(clause);
        }
        expectText(verdict.summary);
        for (const missing of verdict.missingEvidence) expectText(missing);
      }),
      { numRuns: runs(150) },
    );
  });

  it('give the same verdict whatever the host time zone', () => {
    fc.assert(
      fc.property(journals, incident, (entries, question) => {
        const [first, ...others] = underHostZones(['UTC', 'Asia/Hong_Kong', 'America/New_York'], () =>
          attempt(() => deriveResponsibility({ policy, roster, entries, incident: question })),
        );
        for (const other of others) expect(other).toEqual(first);
      }),
      { numRuns: runs(20) },
    );
  });
});
