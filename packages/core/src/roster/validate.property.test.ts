/**
 * Properties of the roster entry points over random and mangled rosters:
 * `parseRoster` and `parseRosterJson` return problems (each with a path and a
 * complete message in every locale) and never throw; `readRoster`,
 * `validateRoster`, the calendar exports and an editing session throw nothing
 * but a `RosterError`; findings are the same twice, the same whatever the
 * order of the assignment, leave and swap rows, the same whatever the host's
 * time zone, and every instant in them is written in the site's zone (HOR-1.1).
 */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../diagnostics/finding.js';
import { sortFindings } from '../diagnostics/runner.js';
import type { JsonValue } from '../journal/json.js';
import { resolvePolicy, type ResolvedPolicy } from '../policy/resolve.js';
import type { PresetId } from '../policy/presets/index.js';
import {
  expectProblems,
  expectRenderable,
  expectSiteTimes,
  expectTypedOrNothing,
  hostileValue,
  instantLike,
  mutated,
  oddText,
  shuffled,
  thrownBy,
  underHostZones,
  yearOutsideRange,
} from '../testing/arbitraries-test-helpers.js';
import { runs } from '../testing/reliability-test-helpers.js';
import type { Roster } from './document.js';
import { cleanMonth } from './fixtures/clean-month.js';
import { randomRoster } from './fixtures/random-roster-test-helpers.js';
import { rosterICalendars, staffICalendar } from './ical.js';
import { createRosterSession, type AssignmentEdit } from './incremental.js';
import { parseRoster, parseRosterJson, readRoster, type RosterParseResult } from './parse.js';
import { RosterError } from './roster-error.js';
import { validateRoster } from './validate.js';

const NOW = { now: '2026-12-10T12:00:00+08:00' };
const PRESETS: readonly PresetId[] = [
  'reg7',
  'cs-department',
  'call-centre',
  'taikoo-front-desk',
  'estate-group',
];
const CLEAN = new Map(PRESETS.map((id) => [id, cleanMonth(id, '2026-12')]));
const cleanOf = (id: PresetId): Roster => CLEAN.get(id) ?? cleanMonth(id, '2026-12');

/** What every outcome of reading a roster must satisfy; returns the roster when it was read. */
function expectReadable(result: RosterParseResult): { roster: Roster; policy: ResolvedPolicy } | undefined {
  if (!result.ok) {
    expectProblems(result.problems);
    return undefined;
  }
  return { roster: result.roster, policy: result.policy };
}

/** The findings with each row path pointed back at the row's place before the shuffle. */
function unshuffled(
  findings: readonly Finding[],
  orders: Readonly<Record<string, readonly number[]>>,
): Finding[] {
  return sortFindings(
    findings.map((finding) => {
      const path = finding.subject.path;
      const [list, index, ...rest] = path ?? [];
      const order = typeof list === 'string' ? orders[list] : undefined;
      if (order === undefined || typeof index !== 'number') return finding;
      return {
        ...finding,
        subject: { ...finding.subject, path: [list as string, order[index] ?? -1, ...rest] },
      };
    }),
  );
}

describe('parseRoster: a roster document of any content', () => {
  it('never throws, and names every problem with its path in every language', () => {
    fc.assert(
      fc.property(hostileValue, (input) => {
        expectReadable(parseRoster(input));
      }),
      { numRuns: runs(200) },
    );
  });

  it('reads a clean month edited by hand (rows dropped or repeated, wrong types, extra keys, NaN, huge text)', () => {
    const document = fc.constantFrom(...PRESETS).chain((id) => mutated(cleanOf(id) as unknown as JsonValue));
    fc.assert(
      fc.property(document, (input) => {
        const read = expectReadable(parseRoster(input));
        expectTypedOrNothing(
          thrownBy(() => readRoster(input)),
          RosterError,
        );
        if (read === undefined) return;
        const { findings } = validateRoster(read.roster, read.policy, NOW);
        expectRenderable(findings);
      }),
      { numRuns: runs(40) },
    );
  });

  it('reads a roster for any month the format allows, to year 9999', () => {
    const month = fc
      .tuple(
        fc.oneof(fc.constantFrom(0, 1999, 2000, 2999, 3000, 9999), fc.integer({ min: 0, max: 9999 })),
        fc.integer({ min: 1, max: 12 }),
      )
      .map(([y, m]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`);
    const base = cleanMonth('cs-department', '2026-12', { swapsAndLeave: false });
    fc.assert(
      fc.property(month, (target) => {
        const text = JSON.stringify({ ...base, swaps: [], leave: [] })
          .replaceAll('"2026-12"', `"${target}"`)
          .replaceAll('2026-12-', `${target}-`);
        const doc = JSON.parse(text) as Roster;
        const input = { ...doc, assignments: doc.assignments.filter((row) => row.date <= `${target}-28`) };
        const outcome = thrownBy(() => expectReadable(parseRoster(input)));
        expect(outcome).toBeUndefined();
        // A month of the years 2000–2999 is read; any other is refused with a problem naming the month.
        const year = Number(target.slice(0, 4));
        const result = parseRoster(input);
        if (year >= 2000 && year <= 2999) expect(result.ok, target).toBe(true);
        else
          expect(result.ok ? [] : result.problems.map((p) => `${p.path.join('.')}:${p.code}`)).toContain(
            'month:roster.range.month',
          );
      }),
      { numRuns: runs(40), examples: [['9999-12'], ['0001-01'], ['2000-01'], ['2999-12']] },
    );
  });

  it('reads a file of any text, or a roster file with characters replaced, inserted or deleted', () => {
    const text = JSON.stringify(cleanOf('reg7'));
    const mangled = fc
      .tuple(fc.nat(text.length - 1), fc.string({ unit: 'binary', maxLength: 3 }), fc.nat(3))
      .map(([at, insert, remove]) => text.slice(0, at) + insert + text.slice(at + remove));
    fc.assert(
      fc.property(fc.oneof(oddText, fc.json(), mangled), (input) => {
        expectReadable(parseRosterJson(input));
      }),
      { numRuns: runs(60) },
    );
  });
});

describe('validateRoster: findings are deterministic', () => {
  const scenario = (preset: PresetId, policy: ResolvedPolicy) =>
    randomRoster(preset, policy).chain((roster) =>
      fc.record({
        roster: fc.constant(roster),
        assignments: shuffled(roster.assignments),
        leave: shuffled(roster.leave),
        swaps: shuffled(roster.swaps),
      }),
    );

  it.each([
    // A limit of one swap a month makes swap/monthly-limit (CSD-7.4a) list the swaps it counts.
    ['cs-department', { swaps: { monthlyLimit: 1 } }],
    ['call-centre', {}],
  ] as const)(
    '%s: the same findings whatever the order of assignment, leave and swap rows',
    (preset, overrides) => {
      const policy = resolvePolicy(preset, overrides);
      fc.assert(
        fc.property(scenario(preset, policy), ({ roster, assignments, leave, swaps }) => {
          const first = validateRoster(roster, policy, NOW);
          expect(validateRoster(roster, policy, NOW)).toEqual(first);
          const reordered = validateRoster(
            { ...roster, assignments: assignments.items, leave: leave.items, swaps: swaps.items },
            policy,
            NOW,
          );
          const orders = { assignments: assignments.order, leave: leave.order, swaps: swaps.order };
          expect(unshuffled(reordered.findings, orders)).toEqual(unshuffled(first.findings, {}));
          expect(reordered.report).toEqual(first.report);
        }),
        { numRuns: runs(12) },
      );
    },
  );

  it('swap/monthly-limit names the same swaps whatever order the swap rows come in (CSD-7.4a)', () => {
    const policy = resolvePolicy('cs-department', { swaps: { monthlyLimit: 1 } });
    const base = cleanMonth('cs-department', '2026-12', { swapsAndLeave: false });
    const [a, b] = base.staff.filter((member) => base.assignments.some((row) => row.staff === member.id));
    const swap = (n: number, day: number): Roster['swaps'][number] => ({
      id: `SW-${n}`,
      requester: a?.id ?? '',
      counterpart: b?.id ?? '',
      exchanged: [{ date: `2026-12-${String(day).padStart(2, '0')}`, shift: policy.shifts[0]?.id ?? '' }],
      requesterConsentedAt: '2026-11-25T09:00:00+08:00',
      counterpartConsentedAt: '2026-11-25T09:30:00+08:00',
      registeredAt: '2026-11-25T10:00:00+08:00',
    });
    const swaps = fc
      .uniqueArray(fc.integer({ min: 1, max: 28 }), { minLength: 2, maxLength: 4 })
      .map((days) => days.map((day, n) => swap(n, day)));
    fc.assert(
      fc.property(
        swaps.chain((list) => fc.tuple(fc.constant(list), shuffled(list))),
        ([list, reordered]) => {
          const roster = { ...base, swaps: list };
          const first = validateRoster(roster, policy, NOW).findings;
          const again = validateRoster({ ...roster, swaps: reordered.items }, policy, NOW).findings;
          expect(unshuffled(again, { swaps: reordered.order })).toEqual(unshuffled(first, {}));
        },
      ),
      { numRuns: runs(10) },
    );
  });

  it('writes every instant of a finding as the site clock shows it, never the host clock (HOR-1.1)', () => {
    const policy = resolvePolicy('cs-department');
    fc.assert(
      fc.property(randomRoster('cs-department', policy), (roster) => {
        const { findings } = validateRoster(roster, policy, NOW);
        expectSiteTimes(findings, policy.timeZone);
        expectRenderable(findings);
      }),
      { numRuns: runs(12) },
    );
  });

  it.each([['Asia/Shanghai'], ['Europe/London'], ['America/New_York']])(
    'gives the same findings and report whatever the host time zone, for a site in %s',
    (timeZone) => {
      const policy = resolvePolicy('taikoo-front-desk', { timeZone });
      fc.assert(
        fc.property(randomRoster('taikoo-front-desk', policy), (roster) => {
          const [first, ...others] = underHostZones(['UTC', 'Asia/Hong_Kong', 'America/New_York'], () =>
            validateRoster(roster, policy, NOW),
          );
          for (const other of others) expect(other).toEqual(first);
        }),
        { numRuns: runs(4) },
      );
    },
  );

  it('refuses only with a RosterError when the moment of the check is not an instant', () => {
    const roster = cleanOf('reg7');
    const policy = resolvePolicy('reg7');
    fc.assert(
      fc.property(fc.oneof(instantLike, oddText), (now) => {
        const error = thrownBy(() => validateRoster(roster, policy, { now }));
        expectTypedOrNothing(error, RosterError);
        // A moment outside the years 2000–2999 is refused.
        if (yearOutsideRange(now)) expect(error, now).toBeInstanceOf(RosterError);
      }),
      { numRuns: runs(100) },
    );
  });
});

describe('calendar exports', () => {
  const policy = resolvePolicy('reg7');
  const roster = cleanOf('reg7');
  const someone = roster.assignments[0]?.staff ?? 'S001';

  it('refuse only with a RosterError, for any person and any moment of making', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constant(someone), oddText), fc.oneof(instantLike, oddText), (staffId, now) => {
        expectTypedOrNothing(
          thrownBy(() => staffICalendar(roster, policy, staffId, { now })),
          RosterError,
        );
      }),
      { numRuns: runs(60) },
    );
  });

  it('are the same file whatever the host time zone', () => {
    const [first, ...others] = underHostZones(['UTC', 'Asia/Hong_Kong', 'America/New_York'], () =>
      Object.fromEntries(rosterICalendars(roster, policy, { now: NOW.now, locale: 'en' })),
    );
    expect(Object.keys(first ?? {}).length).toBeGreaterThan(0);
    for (const other of others) expect(other).toEqual(first);
  });
});

describe('an editing session', () => {
  it('refuses a malformed edit with a RosterError and stays as it was', () => {
    const policy = resolvePolicy('cs-department');
    const roster = cleanOf('cs-department');
    const row = fc.record({
      staff: fc.oneof(fc.constantFrom(...roster.staff.map((member) => member.id)), oddText),
      date: fc.oneof(fc.constantFrom('2026-12-01', '2026-12-31', '2026-11-30', '2027-01-01'), oddText),
      shift: fc.oneof(fc.constantFrom(...policy.shifts.map((shift) => shift.id)), oddText),
    });
    const edit = fc.oneof(
      row.map((assignment): AssignmentEdit => ({ kind: 'add', assignment })),
      row.map((assignment): AssignmentEdit => ({ kind: 'remove', assignment })),
      fc.tuple(row, row).map(([from, to]): AssignmentEdit => ({ kind: 'move', from, to })),
    );
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 5 }), (edits) => {
        const session = createRosterSession(roster, policy, NOW);
        for (const one of edits) {
          const before = session.findings;
          const error = thrownBy(() => session.apply(one));
          expectTypedOrNothing(error, RosterError);
          if (error !== undefined) expect(session.findings).toBe(before);
        }
        expect(session.findings).toEqual(validateRoster(session.roster, policy, NOW).findings);
      }),
      { numRuns: runs(20) },
    );
  });
});
