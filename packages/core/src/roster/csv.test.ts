import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../diagnostics/problem.js';
import { PRESET_IDS } from '../policy/presets/index.js';
import { resolvePolicy } from '../policy/resolve.js';
import {
  CSV_MAX_PROBLEMS,
  formatCsvRows,
  parseCsv,
  readRosterCsv,
  shiftCodes,
  writeRosterCsv,
  type ReadRosterCsvOptions,
  type RosterCsvResult,
} from './csv.js';
import type { Roster } from './document.js';
import { cleanMonth } from './fixtures/clean-month.js';
import { validateRoster } from './validate.js';

const HOLIDAYS = ['2026-12-25', '2026-12-26'];

function cells(text: string): string[][] {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message.en).join('\n'));
  return result.records.map((record) => record.cells.map((cell) => cell.value));
}

/** `line:column code` of every problem, for compact expectations. */
function problemsOf(result: RosterCsvResult | ReturnType<typeof parseCsv>): string[] {
  if (result.ok) return [];
  return result.problems.map((p) => `${p.params['line']}:${p.params['column']} ${p.code}`);
}

function metaOf(roster: Roster): Partial<Roster> {
  return Object.fromEntries(Object.entries(roster).filter(([field]) => field !== 'assignments'));
}

const key = (a: { staff: string; date: string; shift: string }) => `${a.staff} ${a.date} ${a.shift}`;

/** A small cs-department site: three people and a manager. */
const META = {
  site: '海景花園',
  month: '2026-12',
  policy: 'cs-department',
  staff: [
    { id: 'S001', name: '陳嘉欣', roles: ['duty-officer'] },
    { id: 'S002', name: '李志明', roles: ['duty-officer'] },
    { id: 'S003', name: 'Wong Mei Ling', roles: ['duty-officer'] },
    { id: 'M01', name: '劉主任', roles: ['department-manager'] },
  ],
};

function read(text: string, options: ReadRosterCsvOptions = { meta: META }): RosterCsvResult {
  return readRosterCsv(text, options);
}

function assignmentsOf(result: RosterCsvResult): string[] {
  if (!result.ok) throw new Error(result.problems.map((p) => p.message.en).join('\n'));
  return result.roster.assignments.map(key);
}

describe('parseCsv (RFC 4180)', () => {
  it('splits fields and records', () => {
    expect(cells('a,b,c\n1,2,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
    expect(cells('a,b\r\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(cells('a,,\n,,')).toEqual([
      ['a', '', ''],
      ['', '', ''],
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    expect(cells('"a,b","say ""早""","two\r\nlines",plain\n')).toEqual([
      ['a,b', 'say "早"', 'two\r\nlines', 'plain'],
    ]);
    expect(cells('"",x\n""')).toEqual([['', 'x'], ['']]);
  });

  it('takes CRLF, LF and a lone CR as line breaks, skips blank lines and a byte-order mark', () => {
    expect(cells('\uFEFFa\r\n\r\nb\rc\n\n\nd\n')).toEqual([['a'], ['b'], ['c'], ['d']]);
    expect(cells('')).toEqual([]);
    expect(cells('\n\r\n')).toEqual([]);
  });

  it('keeps a quote inside an unquoted field as text, as spreadsheets do', () => {
    expect(cells('12" desk,ok')).toEqual([['12" desk', 'ok']]);
  });

  it('places every field at its line and column, counting characters', () => {
    const result = parseCsv('\uFEFF日期,員工\r\n"多\n行",😀,x\n');
    expect(result.ok && result.records.map((r) => r.cells.map((c) => [c.line, c.column]))).toEqual([
      [
        [1, 1],
        [1, 4],
      ],
      [
        [2, 1],
        [3, 4],
        [3, 6],
      ],
    ]);
  });

  it('refuses an unclosed quote where it opens, and text after a closing quote where it is', () => {
    expect(problemsOf(parseCsv('a,b\n1,"open\n2,3\n'))).toEqual(['2:3 roster.csv.unclosed-quote']);
    expect(problemsOf(parseCsv('a,b\n"x"y,2\n"z" ,3'))).toEqual([
      '2:4 roster.csv.text-after-quote',
      '3:4 roster.csv.text-after-quote',
    ]);
    const result = parseCsv('"x"y');
    expect(!result.ok && result.problems[0]?.message.en).toBe(
      'Line 1, column 4: "y" follows a closing quote; a quoted field ends at a comma or at the end of the line (write "" for a quote inside it).',
    );
  });

  it('round-trips any records through formatCsvRows', () => {
    const field = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 8 }),
      fc.constantFrom('', ',', '"', '""', '\n', '\r\n', '\r', ' 早 ', '休', 'a,"b"', '\uFEFFx'),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 1, maxLength: 6 }), { maxLength: 8 }),
        fc.constantFrom('\r\n' as const, '\n' as const),
        fc.boolean(),
        (rows, newline, bom) => {
          const text = formatCsvRows(rows, { newline, bom });
          expect(cells(text)).toEqual(rows);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('readRosterCsv: the long layout (one row per assignment)', () => {
  it('reads headers in English and Chinese, any case, and shift codes as ids, names, short forms or initials', () => {
    const text = [
      '日期,員工編號,姓名,班次,崗位',
      '2026-12-01,S001,陳嘉欣,白班,客服值班台',
      '2026/12/1,S002,李志明,晚,front-desk',
      '2026年12月2日,S003,Wong Mei Ling,Overnight shift,',
      '2026-12-02,S001,,D,',
      '2026-12-03 ,S002,,night,',
      '2026-12-03,S003,,休,',
    ].join('\r\n');
    expect(assignmentsOf(read(text))).toEqual([
      'S001 2026-12-01 day',
      'S002 2026-12-01 night',
      'S003 2026-12-02 overnight',
      'S001 2026-12-02 day',
      'S002 2026-12-03 night',
    ]);
    const english = 'Date,STAFF ID,Shift,Post\n2026-12-01,S001,day,Customer-service duty desk\n';
    expect(assignmentsOf(read(english))).toEqual(['S001 2026-12-01 day']);
    const simplified = '日期,员工编号,班次,岗位\n2026-12-01,S001,白,客服值班台\n';
    expect(assignmentsOf(read(simplified))).toEqual(['S001 2026-12-01 day']);
  });

  it('folds full-width forms, and names people by name when the staff column holds names', () => {
    const text = '日期,員工,班次\n２０２６－１２－０１,陳嘉欣,白班\n2026-12-01,Ｓ００２,晚班\n';
    expect(assignmentsOf(read(text))).toEqual(['S001 2026-12-01 day', 'S002 2026-12-01 night']);
  });

  it('keeps the post when the CSV gives one, and lists the columns it does not read', () => {
    const result = read('日期,員工編號,班次,崗位,備註\n2026-12-01,S001,day,front-desk,換班\n');
    expect(result.ok && result.roster.assignments).toEqual([
      { staff: 'S001', date: '2026-12-01', shift: 'day', post: 'front-desk' },
    ]);
    expect(result.ok && result.ignoredColumns).toEqual([{ header: '備註', line: 1, column: 15 }]);
  });

  it('reports every bad row with its line and column, and reads nothing from a file with problems', () => {
    const text = [
      'date,staff,shift,post', // 1
      '2026-12-01,S001,day,front-desk', // 2
      '2026-12-01,S999,day,front-desk', // 3: unknown staff
      '2026-12-02,S002,夜,front-desk', // 4: unknown shift
      '2026-11-30,S003,day,', // 5: outside the month
      '2026-12-01,S001,day,front-desk', // 6: repeats line 2
      '12/3/2026,S001,day,', // 7: not a date
      ',S001,day,', // 8: no date
      '2026-12-04,,day,', // 9: no staff
      '2026-12-04,S002,,', // 10: no shift
      '2026-12-05,S002,day,hotline', // 11: unknown post
      '2026-12-05,S003,day,front-desk,extra', // 12: beyond the header
      '2026-12-31,S001,night,front-desk', // 13: fine
    ].join('\n');
    const result = read(text);
    expect(problemsOf(result)).toEqual([
      '3:12 roster.csv.unknown-staff',
      '4:17 roster.csv.unknown-shift',
      '5:1 roster.csv.date-outside-month',
      '6:17 roster.csv.duplicate-assignment',
      '7:1 roster.csv.bad-date',
      '8:1 roster.csv.missing-date',
      '9:12 roster.csv.missing-staff',
      '10:17 roster.csv.missing-shift',
      '11:21 roster.csv.unknown-post',
      '12:32 roster.csv.extra-cell',
    ]);
    const messages = !result.ok ? result.problems.map((p) => p.message) : [];
    expect(messages[1]?.en).toBe(
      'Line 4, column 17: "夜" is not a shift of this policy; write one of 白班 (day), 晚班 (night), 通宵班 (overnight), or leave the cell empty (or 休, off) for a day off.',
    );
    expect(messages[3]?.['zh-Hant']).toBe(
      '第 6 行第 17 列:S001 於 2026-12-01 的「day」班次已在第 2 行第 17 列列出。',
    );
    expect(messages[2]?.['zh-Hans']).toBe('第 5 行第 1 列:2026-11-30 不在排班月份 2026-12 之内。');
  });

  it('checks names against the meta file and the post against the shift', () => {
    expect(problemsOf(read('日期,員工編號,姓名,班次,崗位\n2026-12-01,S001,李志明,day,\n'))).toEqual([
      '2:17 roster.csv.name-mismatch',
    ]);
    const reg7 = resolvePolicy('reg7');
    const twoPosts = {
      preset: 'reg7' as const,
      overrides: {
        posts: [
          ...reg7.posts.map((post) => ({
            id: post.id,
            name: { ...post.name },
            roundTheClock: post.roundTheClock,
          })),
          {
            id: 'back-office',
            name: { 'zh-Hant': '後勤', 'zh-Hans': '后勤', en: 'Back office' },
            roundTheClock: false,
          },
        ],
      },
    };
    const result = readRosterCsv(
      'date,staff,shift,post\n2026-12-01,S001,early,後勤\n2026-12-02,S001,early,櫃台\n',
      {
        policy: twoPosts,
        meta: { ...META, policy: 'reg7' },
      },
    );
    expect(problemsOf(result)).toEqual(['2:23 roster.csv.wrong-post', '3:23 roster.csv.unknown-post']);
    expect(!result.ok && result.problems[0]?.message.en).toBe(
      'Line 2, column 23: shift "early" is worked at post "front-desk", not "back-office".',
    );
  });

  it('says which shift an ambiguous code could be', () => {
    const policy = {
      preset: 'reg7' as const,
      overrides: {
        shifts: [
          { ...resolvePolicy('reg7').shifts[0]! },
          { ...resolvePolicy('reg7').shifts[1]! },
          {
            id: 'evening',
            name: { 'zh-Hant': '夜班', 'zh-Hans': '夜班', en: 'Evening shift' },
            start: '17:00',
            end: '23:00',
            crossesMidnight: false,
            post: 'front-desk',
          },
        ],
      },
    };
    const result = readRosterCsv(
      'date,staff,shift\n2026-12-01,S001,E\n2026-12-01,S002,e\n2026-12-02,S001,夜\n',
      {
        policy,
        meta: { ...META, policy: 'reg7', staff: META.staff.slice(0, 2) },
      },
    );
    expect(problemsOf(result)).toEqual([
      '2:17 roster.csv.ambiguous-shift',
      '3:17 roster.csv.ambiguous-shift',
    ]);
    expect(!result.ok && result.problems[0]?.params['candidates']).toBe('early, evening');
  });
});

describe('readRosterCsv: the wide layout (one row per person, one column per day)', () => {
  it.each([
    ['1, 2, 3', '1,2,3'],
    ['1日, 2日, 3日', '1日,2日,3日'],
    ['12-01 …', '12-01,12-02,12-03'],
    ['12月1日 …', '12月1日,12月2日,12月3日'],
    ['2026-12-01 …', '2026-12-01,2026-12-02,2026-12-03'],
    ['2026/12/1 …', '2026/12/1,2026/12/2,2026/12/3'],
    ['1 (二) …', '1 (二),2 (三),3 (四)'],
    ['1（週二）…', '1（週二）,2（週三）,3（週四）'],
    ['1 Tue …', '1 Tue,2 Wed,3 Thu'],
  ])('reads day headers like %s', (_, days) => {
    const text = `員工編號,姓名,${days}\nS001,陳嘉欣,白,休,早\nS002,李志明,晚+通宵,,off\nS003,Wong Mei Ling,-,D,\n`;
    const result = read(text.replace(',早', ',白'));
    expect(assignmentsOf(result)).toEqual([
      'S001 2026-12-01 day',
      'S001 2026-12-03 day',
      'S002 2026-12-01 night',
      'S002 2026-12-01 overnight',
      'S003 2026-12-02 day',
    ]);
    expect(result.ok && result.layout).toBe('wide');
  });

  it('lists the columns it does not read, in order', () => {
    const result = read('員工編號,姓名,員工,班次,1,2,合計,備註\nS001,陳嘉欣,x,y,白,,1,\n');
    expect(result.ok && result.ignoredColumns.map((c) => `${c.column} ${c.header}`)).toEqual([
      '9 員工',
      '12 班次',
      '19 合計',
      '22 備註',
    ]);
  });

  it('takes the month from dated headers when there is no meta file', () => {
    const result = readRosterCsv('員工編號,2026-12-01,2026-12-02\nS001,白,晚\n', { policy: 'cs-department' });
    expect(result.ok && result.roster.month).toBe('2026-12');
    expect(result.ok && result.roster.staff).toEqual([{ id: 'S001', name: 'S001', roles: [] }]);
  });

  it('reports bad cells and headers with their line and column', () => {
    const text = [
      '員工編號,姓名,29,30,31,合計', // 1
      'S001,陳嘉欣,白,晚,,2', // 2
      'S002,李志明,夜,,白+白,1', // 3: unknown code, a shift twice in one cell
      'S001,陳嘉欣,,,白,1', // 4: a second row for S001
      'S999,無名氏,白,,,1', // 5: unknown
      ',,,白,,', // 6: shifts without a person
    ].join('\n');
    expect(problemsOf(read(text.replaceAll('2026', '')))).toEqual([
      '3:10 roster.csv.unknown-shift',
      '3:13 roster.csv.duplicate-assignment',
      '4:1 roster.csv.duplicate-person',
      '5:1 roster.csv.unknown-staff',
      '6:1 roster.csv.missing-staff',
    ]);
  });

  it('refuses a shift on a day the month does not have, and a weekday the date is not', () => {
    const november = { ...META, month: '2026-11' };
    expect(problemsOf(read('員工編號,30,31\nS001,白,\nS002,,白\n', { meta: november }))).toEqual([
      '3:7 roster.csv.date-outside-month',
    ]);
    expect(problemsOf(read('員工編號,1 (一),2 (三)\nS001,白,\n'))).toEqual([
      '1:6 roster.csv.weekday-mismatch',
    ]);
    expect(problemsOf(read('員工編號,1,01,2\nS001,白,,\n'))).toEqual(['1:8 roster.csv.duplicate-column']);
    expect(problemsOf(read('員工編號,12-31,01-01\nS001,白,白\n'))).toEqual([
      '2:8 roster.csv.date-outside-month',
    ]);
  });
});

describe('readRosterCsv: what a file must have', () => {
  it.each([
    ['an empty file', '', '1:1 roster.csv.empty'],
    ['blank lines only', '\r\n\r\n', '1:1 roster.csv.empty'],
    ['a header alone', '日期,員工編號,班次\r\n', '1:1 roster.csv.no-rows'],
    ['no recognisable header', 'a,b,c\n1,2,3\n', '1:1 roster.csv.unknown-layout'],
    ['no staff column', '日期,班次\n2026-12-01,白\n', '1:1 roster.csv.no-staff-column'],
    ['two date columns', '日期,date,員工,班次\n', '1:4 roster.csv.duplicate-column'],
    ['an unclosed quote', '日期,員工,班次\n"2026-12-01,S001,白\n', '2:1 roster.csv.unclosed-quote'],
  ])('refuses %s', (_, text, expected) => {
    expect(problemsOf(read(text))).toEqual([expected]);
  });

  it('needs a policy, a month and staff ids when there is no meta file', () => {
    expect(readRosterCsv('日期,員工編號,班次\n2026-12-01,S001,白\n')).toMatchObject({
      ok: false,
      problems: [{ code: 'roster.csv.no-policy', path: [] }],
    });
    expect(problemsOf(readRosterCsv('員工編號,1,2\nS001,白,\n', { policy: 'cs-department' }))).toEqual([
      '1:1 roster.csv.month-unknown',
    ]);
    expect(
      problemsOf(readRosterCsv('日期,姓名,班次\n2026-12-01,陳嘉欣,白\n', { policy: 'cs-department' })),
    ).toEqual(['1:4 roster.csv.no-staff-id']);
    expect(
      problemsOf(readRosterCsv('日期,員工,班次\n2026-12-01,陳 嘉欣,白\n', { policy: 'cs-department' })),
    ).toEqual(['2:12 roster.csv.bad-staff-id']);
    expect(
      problemsOf(
        readRosterCsv('日期,員工編號,姓名,班次\n2026-12-01,S1,陳,白\n2026-12-02,S1,李,白\n', {
          policy: 'cs-department',
        }),
      ),
    ).toEqual(['3:15 roster.csv.name-conflict']);
  });

  it('refuses a meta file that lists assignments or is not a roster, with the paths', () => {
    expect(
      readRosterCsv('日期,員工編號,班次\n2026-12-01,S001,白\n', {
        meta: { ...META, assignments: [{ staff: 'S001', date: '2026-12-01', shift: 'day' }] },
      }),
    ).toMatchObject({
      ok: false,
      problems: [{ code: 'roster.csv.meta-assignments', path: ['assignments'] }],
    });
    const bad = readRosterCsv('日期,員工編號,班次\n2026-12-01,S001,白\n', {
      meta: { ...META, month: '2026-13', leave: [{ staff: 'S001', dates: [], kind: 'annual' }] },
    });
    expect(!bad.ok && bad.problems.map((p) => `${p.path.join('.')} ${p.code}`)).toEqual([
      'month roster.format.month',
      'leave.0.dates input.too-few-items',
    ]);
    expect(readRosterCsv('日期,員工編號,班次\n', { meta: 'nope' })).toMatchObject({
      ok: false,
      problems: [{ code: 'input.expected-object' }],
    });
  });

  it("places a problem of the meta file's policy in its overrides", () => {
    const result = readRosterCsv('日期,員工編號,班次\n2026-12-01,S001,白\n', {
      meta: {
        ...META,
        policy: { preset: 'cs-department', overrides: { roster: { maxConsecutiveWorkingDays: 0 } } },
      },
    });
    expect(!result.ok && result.problems.map((p) => `${p.path.join('.')} ${p.code}`)).toEqual([
      'policy.overrides.roster.maxConsecutiveWorkingDays input.number-too-small',
    ]);
  });

  it('reports references the meta file gets wrong at their paths', () => {
    const result = readRosterCsv('日期,員工編號,班次\n2026-12-01,S001,白\n', {
      meta: { ...META, leave: [{ staff: 'S404', dates: ['2026-12-02'], kind: 'annual' }] },
    });
    expect(!result.ok && result.problems.map((p) => `${p.path.join('.')} ${p.code}`)).toEqual([
      'leave.0.staff roster.unknown-staff',
    ]);
  });

  it('lists the first problems and counts the rest, never more than the cap', () => {
    const rows = Array.from({ length: CSV_MAX_PROBLEMS + 50 }, (_, i) => `2026-12-01,S001,bad${i}`);
    const result = read(['日期,員工編號,班次', ...rows].join('\n'));
    expect(result.ok).toBe(false);
    const problems: readonly Problem[] = result.ok ? [] : result.problems;
    expect(problems).toHaveLength(CSV_MAX_PROBLEMS + 1);
    expect(problems[CSV_MAX_PROBLEMS]).toMatchObject({
      code: 'roster.csv.more-problems',
      params: { count: 50, line: CSV_MAX_PROBLEMS + 2, column: 17 },
    });
  });
});

describe('readRosterCsv: a roster, as parseRoster reads one', () => {
  it.each(PRESET_IDS)(
    '%s: writes and reads back a clean month in both layouts, with the same findings',
    (id) => {
      const roster = cleanMonth(id, '2026-12', { publicHolidays: HOLIDAYS });
      const policy = resolvePolicy(id);
      for (const options of [
        { layout: 'long' as const },
        { layout: 'long' as const, headers: 'en' as const, codes: 'en' as const, newline: '\n' as const },
        { layout: 'wide' as const, weekdays: true, bom: true },
        {
          layout: 'wide' as const,
          days: 'date' as const,
          codes: 'zh-Hans' as const,
          headers: 'zh-Hans' as const,
        },
      ]) {
        const text = writeRosterCsv(roster, policy, options);
        const result = readRosterCsv(text, { meta: metaOf(roster) });
        expect(assignmentsOf(result).sort()).toEqual(roster.assignments.map(key).sort());
        expect(result.ok && validateRoster(result.roster, result.policy).findings).toEqual([]);
      }
    },
  );

  it('gives the same findings as the JSON document for a roster with problems', () => {
    const roster = cleanMonth('reg7', '2026-12');
    const broken: Roster = {
      ...roster,
      // A person on both shifts of a day, and a day with nobody on the early shift.
      assignments: [
        ...roster.assignments.filter((a) => !(a.date === '2026-12-07' && a.shift === 'early')),
        { staff: 'S001', date: '2026-12-10', shift: 'middle', post: 'front-desk' },
      ],
    };
    const policy = resolvePolicy('reg7');
    const expected = validateRoster(broken, policy).findings;
    expect(expected.length).toBeGreaterThan(0);
    for (const layout of ['long', 'wide'] as const) {
      const result = readRosterCsv(writeRosterCsv(broken, policy, { layout }), { meta: metaOf(broken) });
      expect(result.ok && validateRoster(result.roster, result.policy).findings).toEqual(expected);
    }
  });

  it('reads any subset of a month back unchanged (property)', () => {
    const roster = cleanMonth('call-centre', '2026-12', { swapsAndLeave: false });
    const policy = resolvePolicy('call-centre');
    fc.assert(
      fc.property(
        fc.subarray(roster.assignments, { minLength: 1, maxLength: 60 }),
        fc.constantFrom('long' as const, 'wide' as const),
        fc.constantFrom('id' as const, 'short' as const, 'zh-Hant' as const, 'en' as const),
        (assignments, layout, codes) => {
          const subset = { ...roster, assignments };
          const result = readRosterCsv(writeRosterCsv(subset, policy, { layout, codes }), {
            meta: metaOf(subset),
          });
          expect(assignmentsOf(result).sort()).toEqual(assignments.map(key).sort());
        },
      ),
      { numRuns: 60 },
    );
  });

  it('without a meta file, builds the minimal roster and switches off what it cannot check', () => {
    const roster = cleanMonth('taikoo-front-desk', '2026-12');
    const policy = resolvePolicy('taikoo-front-desk');
    const result = readRosterCsv(writeRosterCsv(roster, policy, { layout: 'long' }), {
      policy: 'taikoo-front-desk',
      site: 'tower-a',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.roster).toMatchObject({ site: 'tower-a', month: '2026-12', policy: 'taikoo-front-desk' });
    expect(result.roster.publications).toEqual([]);
    expect(new Set(result.unchecked.map((u) => u.reason))).toEqual(
      new Set(['publications', 'holidays', 'swaps-and-leave', 'roles']),
    );
    for (const { rule } of result.unchecked) expect(result.policy.severity[rule]).toBe('off');
    // Judged at a moment after every deadline, still no false alarm about a publication the CSV cannot show.
    expect(
      validateRoster(result.roster, result.policy, { now: '2026-12-10T12:00:00+08:00' }).findings,
    ).toEqual([]);
  });
});

describe('shiftCodes', () => {
  it('knows every way a preset names its shifts', () => {
    const codes = shiftCodes(resolvePolicy('estate-group')).codes;
    for (const code of [
      'day',
      'D',
      '早',
      '早班',
      '早班(日間班)',
      '日間班',
      '日间',
      'Day shift',
      'day shift',
    ]) {
      expect(codes.get(code.toLowerCase()), code).toEqual(['day']);
    }
    const cs = shiftCodes(resolvePolicy('cs-department')).codes;
    expect([cs.get('白'), cs.get('晚'), cs.get('通宵'), cs.get('n'), cs.get('o')]).toEqual([
      ['day'],
      ['night'],
      ['overnight'],
      ['night'],
      ['overnight'],
    ]);
  });
});
