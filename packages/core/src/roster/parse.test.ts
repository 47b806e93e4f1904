import { describe, expect, it } from 'vitest';
import { formatPath } from '../diagnostics/problem.js';
import { cleanMonth } from './fixtures/clean-month.js';
import { parseRoster, parseRosterJson, readRoster } from './parse.js';
import { RosterError } from './roster-error.js';

const clean = () => cleanMonth('cs-department', '2026-12');

/** `path: code` of every problem, for compact expectations. */
function problemsOf(input: unknown): string[] {
  const result = parseRoster(input);
  if (result.ok) return [];
  return result.problems.map((p) => `${formatPath(p.path)}: ${p.code}`);
}

describe('parseRoster', () => {
  it('accepts a clean month and resolves its policy', () => {
    const result = parseRoster(JSON.parse(JSON.stringify(clean())));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.policy.id).toBe('cs-department');
      expect(result.roster.assignments).toHaveLength(clean().assignments.length);
    }
  });

  it('fills the optional lists of a minimal document', () => {
    const result = parseRoster({
      site: 'Tower A',
      month: '2026-12',
      policy: 'reg7',
      staff: [{ id: 'E1', name: 'Chan' }],
      assignments: [{ staff: 'E1', date: '2026-12-01', shift: 'early' }],
    });
    expect(result.ok && result.roster).toMatchObject({
      leave: [],
      swaps: [],
      publications: [],
      publicHolidays: [],
      staff: [{ id: 'E1', roles: [] }],
    });
  });

  it('reports every shape problem at once, each with its path', () => {
    expect(
      problemsOf({
        site: '',
        month: '2026-13',
        policy: 'nowhere',
        staff: [{ id: 'E 1', name: 'Chan', extra: 1 }],
        assignments: [{ staff: 'E1', date: '2026-02-30', shift: 'Early' }],
        publications: [{ version: 0, preparedBy: 'E1', preparedAt: '2026-11-20T10:00:00' }],
      }),
    ).toEqual([
      'site: input.text-empty',
      'month: roster.format.month',
      'policy: input.invalid-option',
      'staff[0].id: roster.format.staff-id',
      'staff[0].extra: input.unknown-field',
      'assignments[0].date: roster.format.date',
      'assignments[0].shift: input.format.id',
      'publications[0].version: input.number-too-small',
      'publications[0].preparedAt: roster.format.instant',
    ]);
  });

  it('reports every row that refers to nothing, lies outside the month or repeats another', () => {
    const roster = clean();
    const first = roster.assignments[0]!;
    const problems = problemsOf({
      ...roster,
      staff: [...roster.staff, { ...roster.staff[0]! }],
      assignments: [
        ...roster.assignments,
        { staff: 'ghost', date: '2026-12-02', shift: 'day' },
        { staff: first.staff, date: '2026-12-02', shift: 'lunch' },
        { staff: first.staff, date: '2026-12-02', shift: 'day', post: 'hotline' },
        { staff: first.staff, date: '2027-01-01', shift: 'day' },
        { ...first },
      ],
      leave: [
        { staff: 'S001', dates: ['2026-12-03', '2026-12-03'], kind: 'annual' },
        { staff: 'ghost', dates: ['2026-11-30'], kind: 'sick' },
      ],
      swaps: [
        ...roster.swaps,
        {
          ...roster.swaps[0]!,
          counterpart: roster.swaps[0]!.requester,
          exchanged: [{ date: '2026-12-05', shift: 'noon' }],
        },
      ],
      publications: [...roster.publications, { ...roster.publications[0]!, supersedes: 7 }],
    });
    const n = roster.assignments.length;
    expect(problems).toEqual([
      `staff[${roster.staff.length}].id: roster.duplicate-staff`,
      'leave[0].dates[1]: roster.duplicate-leave',
      'leave[1].staff: roster.unknown-staff',
      'leave[1].dates[0]: roster.date-outside-month',
      'swaps[1].id: roster.duplicate-swap',
      'swaps[1].counterpart: roster.swap-with-self',
      'swaps[1].exchanged[0].shift: roster.unknown-shift',
      'publications[1].version: roster.duplicate-version',
      'publications[1].supersedes: roster.unknown-version',
      `assignments[${n}].staff: roster.unknown-staff`,
      `assignments[${n + 1}].shift: roster.unknown-shift`,
      `assignments[${n + 2}].post: roster.wrong-post`,
      `assignments[${n + 3}].date: roster.date-outside-month`,
      `assignments[${n + 4}]: roster.duplicate-assignment`,
    ]);
  });

  it('names the first row a repeated row repeats', () => {
    const roster = clean();
    const result = parseRoster({
      ...roster,
      assignments: [...roster.assignments, { ...roster.assignments[3]! }],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems[0]?.params).toMatchObject({ first: 'assignments[3]' });
      expect(result.problems[0]?.message.en).toContain('already listed in assignments[3]');
      expect(result.problems[0]?.message['zh-Hant']).toContain('assignments[3]');
    }
  });

  it('places problems in the policy overrides under policy.overrides', () => {
    const roster = clean();
    const problems = problemsOf({
      ...roster,
      policy: {
        preset: 'cs-department',
        overrides: { roster: { maxAverageWeeklyHours: -1 }, swaps: { nope: 1 } },
      },
    });
    expect(problems).toEqual([
      'policy.overrides.roster.maxAverageWeeklyHours: input.number-too-small',
      'policy.overrides.swaps.nope: input.unknown-field',
    ]);
  });

  it('checks the roster under another policy when asked (a command’s --policy)', () => {
    const roster = clean();
    const result = parseRoster(roster, { policy: 'reg7' });
    expect(result.ok).toBe(false);
    // CSD's shifts and roles are not REG7's: every row and person says so.
    if (!result.ok) {
      expect(new Set(result.problems.map((p) => p.code))).toEqual(
        new Set(['roster.unknown-role', 'roster.unknown-shift']),
      );
    }
    expect(parseRoster(roster, { policy: { preset: 'cs-department' } }).ok).toBe(true);
  });
});

describe('parseRoster: the years 2000–2999', () => {
  const minimal = (fields: Record<string, unknown>) => ({
    site: 'Tower A',
    month: '2026-12',
    policy: 'reg7',
    staff: [{ id: 'E1', name: 'Chan' }],
    assignments: [{ staff: 'E1', date: '2026-12-01', shift: 'early' }],
    ...fields,
  });

  it.each(['9999-12', '0001-01', '1999-12', '3000-01'])(
    'returns a problem for the month %s, never a RangeError',
    (month) => {
      expect(problemsOf(minimal({ month, assignments: [] }))).toEqual(['month: roster.range.month']);
    },
  );

  it('reads the first and the last month of the range', () => {
    for (const month of ['2000-01', '2999-12']) {
      const result = parseRoster(
        minimal({ month, assignments: [{ staff: 'E1', date: `${month}-01`, shift: 'early' }] }),
      );
      expect(result.ok, month).toBe(true);
    }
  });

  it('names a date or a time of another year apart from a malformed one', () => {
    expect(
      problemsOf(
        minimal({
          assignments: [{ staff: 'E1', date: '0001-01-01', shift: 'early' }],
          publicHolidays: ['3000-01-01'],
          publications: [
            { version: 1, preparedBy: 'E1', preparedAt: '1999-12-31T23:00:00Z' },
            { version: 2, preparedBy: 'E1', preparedAt: '2026-11-20T10:00:00.1234567891+08:00' },
          ],
        }),
      ),
    ).toEqual([
      'assignments[0].date: roster.range.date',
      'publications[0].preparedAt: roster.range.instant',
      'publications[1].preparedAt: roster.format.instant',
      'publicHolidays[0]: roster.range.date',
    ]);
  });
});

describe('parseRosterJson', () => {
  it('reads UTF-8 text with or without a byte-order mark', () => {
    const text = JSON.stringify(clean());
    expect(parseRosterJson(text).ok).toBe(true);
    expect(parseRosterJson(`\uFEFF${text}`).ok).toBe(true);
  });

  it('turns an empty file or broken JSON into a problem, not an exception', () => {
    for (const text of ['', '{"site":', '\uFEFF']) {
      const result = parseRosterJson(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems.map((p) => p.code)).toEqual(['input.malformed-json']);
    }
  });

  it('refuses a document that is not an object', () => {
    for (const input of [[], null, 'roster'])
      expect(problemsOf(input)).toEqual(['(document): input.expected-object']);
  });

  it('tells a wrong type from a missing value', () => {
    expect(problemsOf({ ...clean(), site: 5, month: undefined, assignments: 'none' })).toEqual([
      'site: input.expected-text',
      'month: input.required',
      'assignments: input.expected-list',
    ]);
  });
});

describe('readRoster', () => {
  it('throws a RosterError listing every problem', () => {
    expect(() => readRoster({ ...clean(), month: 'December' })).toThrow(RosterError);
    expect(readRoster(clean()).policy.id).toBe('cs-department');
  });
});
