import { describe, expect, it } from 'vitest';
import { cleanMonth, resolvePolicy, writeRosterCsv, type Roster } from '../../index.js';
import { runCli } from '../cli-test-helpers.js';
import { formatInterval } from './check-output.js';

/** `value` without the fields `keys`. */
function without<T extends object, K extends keyof T>(value: T, ...keys: K[]): Omit<T, K> {
  return Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key as K))) as Omit<T, K>;
}

const HOLIDAYS = ['2026-12-25', '2026-12-26'];
const clean = (): Roster => cleanMonth('cs-department', '2026-12', { publicHolidays: HOLIDAYS });
const policy = resolvePolicy('cs-department');

function metaOf(roster: Roster): string {
  return JSON.stringify(without(roster, 'assignments'), null, 2);
}

/**
 * The clean month broken three ways: nobody on the day shift of 5 December
 * (the desk uncovered, lunch too), version 1 never reviewed, and S001 on
 * twelve shifts more than the month holds.
 */
function broken(): Roster {
  const roster = clean();
  const first = roster.publications[0]!;
  const unreviewed = without(first, 'reviewedBy', 'reviewedAt');
  return {
    ...roster,
    assignments: roster.assignments.filter((a) => !(a.date === '2026-12-05' && a.shift === 'day')),
    publications: [unreviewed],
  };
}

interface CheckJson {
  status: string;
  input: Record<string, unknown>;
  unchecked: { rule: string; reason: string }[];
  findings: {
    rule: string;
    clauses: string[];
    severity: string;
    message: string;
    subject: Record<string, unknown>;
    location?: { file: string; line: number; column: number };
  }[];
  report: { counts: { error: number; warn: number }; staff: unknown[]; coverage: unknown[] };
}

async function checkJson(argv: string[], files: Record<string, string | Uint8Array>) {
  const result = await runCli(['check', ...argv, '--format', 'json'], files);
  return { ...result, json: JSON.parse(result.stdout) as CheckJson };
}

describe('check: exit 0 when the roster has no errors', () => {
  it('reads a clean JSON month and says so', async () => {
    const result = await runCli(['check', 'roster.json'], { 'roster.json': JSON.stringify(clean()) });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(
      [
        'roster.json: roster of Customer-service department rules (duty, handover and swaps) — sample site for 2026-12, policy cs-department',
        `Read from JSON: ${clean().assignments.length} assignments of 6 people.`,
        '',
        'No findings: the roster meets every rule checked.',
        'Summary: 0 error(s), 0 warning(s).',
        '  Nobody works more than 48 h a week on average.',
        '  No coverage gaps.',
        '',
      ].join('\n'),
    );
  });

  it('reads the same month as a CSV in either layout, with its meta file, with or without a BOM and CRLF', async () => {
    const roster = clean();
    for (const csv of [
      writeRosterCsv(roster, policy, { layout: 'long' }),
      writeRosterCsv(roster, policy, { layout: 'wide', weekdays: true, bom: true }),
      writeRosterCsv(roster, policy, { layout: 'wide', codes: 'en', headers: 'en', newline: '\n' }),
    ]) {
      const result = await runCli(['check', 'roster.csv', '--meta', 'meta.json'], {
        'roster.csv': csv,
        'meta.json': metaOf(roster),
      });
      expect(result.code, result.stdout + result.stderr).toBe(0);
      expect(result.stdout).toMatch(
        /\nRead from CSV \(one row per (assignment|person, one column per day)\) with meta\.json:/,
      );
      expect(result.stdout).toContain('No findings');
    }
  });

  it('without a meta file, checks what the CSV can show and names what it could not check', async () => {
    const csv = writeRosterCsv(clean(), policy, { layout: 'long' });
    const result = await runCli(['check', 'tower-a.csv', '--policy', 'cs-department'], {
      'tower-a.csv': csv,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^tower-a\.csv: roster of tower-a for 2026-12, policy cs-department\n/);
    expect(result.stdout).toContain(
      'Not checked, for want of a meta file (--meta): preparation, review and publication (7 rules); public holidays (2 rules); swaps and leave (10 rules).',
    );
    const { json } = await checkJson(['tower-a.csv', '--policy', 'cs-department'], { 'tower-a.csv': csv });
    expect(json.unchecked).toContainEqual({ rule: 'roster/review', reason: 'publications' });
    expect(json.input).toEqual({ format: 'csv', layout: 'long', meta: null, assignments: 93, staff: 6 });
  });

  it('allows warnings', async () => {
    const roster = clean();
    const withWarning = {
      ...roster,
      policy: { preset: 'cs-department', overrides: { severity: { 'roster/review': 'warn' } } },
      publications: broken().publications,
    };
    const result = await runCli(['check', 'r.json'], { 'r.json': JSON.stringify(withWarning) });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('\nWarnings (1)\n  roster/review (1)\n');
    expect(result.stdout).toContain('Summary: 0 error(s), 1 warning(s).');
  });
});

describe('check: exit 1 when the roster has errors', () => {
  it('groups findings by severity and rule, each with its clauses, people, dates, instances and gap', async () => {
    const result = await runCli(['check', 'roster.json'], {
      'roster.json': JSON.stringify(broken(), null, 2),
    });
    expect(result.code).toBe(1);
    const out = result.stdout;
    expect(out).toContain('\nErrors (3)\n  roster/coverage (2)\n');
    expect(out).toContain(
      '    [CSD-3.1.5] Post "front-desk" (lunch) has 0 of the 1 people required from 2026-12-05T11:30:00+08:00 to 2026-12-05T13:30:00+08:00.\n' +
        '      uncovered: 2026-12-05 11:30–13:30 (+08:00)\n' +
        '      dates: 2026-12-05\n' +
        '      shift instances: 2026-12-05/day/front-desk\n',
    );
    expect(out).toMatch(
      /\n {2}roster\/review \(1\)\n {4}\[REG7-4\.2, TKC-4\.1A\] Version 1 has not been reviewed; a reviewer with role "department-manager" must approve it\.\n {6}people: M01 \S+\n {6}where: roster\.json:\d+:\d+ \(publications\[0\]\.reviewedBy\)\n/,
    );
    expect(out).toContain(
      'Summary: 3 error(s), 0 warning(s).\n' +
        '  Nobody works more than 48 h a week on average.\n' +
        '  Coverage gaps:\n' +
        '    front-desk (round-the-clock) 2026-12-05 08:30–17:30 (+08:00): 0 of 1 present\n' +
        '    front-desk (lunch) 2026-12-05 11:30–13:30 (+08:00): 0 of 1 present\n',
    );
  });

  it('says "short-staffed" where too few people are on duty, "uncovered" where nobody is', async () => {
    const roster = cleanMonth('taikoo-front-desk', '2026-12');
    const index = roster.assignments.findIndex((a) => a.date === '2026-12-17' && a.shift === 'middle');
    const short = { ...roster, assignments: roster.assignments.filter((_, i) => i !== index) };
    const result = await runCli(['check', 'r.json'], { 'r.json': JSON.stringify(short) });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('      short-staffed: 2026-12-17 17:00–19:00 (+08:00)\n');
    expect(result.stdout).toContain(
      '    front-desk (evening-peak) 2026-12-17 17:00–19:00 (+08:00): 1 of 2 present\n',
    );
  });

  it('lists the people above the hour limit in the summary', async () => {
    const roster = clean();
    const busy = roster.assignments.find((a) => a.shift === 'day')!.staff;
    const worked = new Set(roster.assignments.filter((a) => a.staff === busy).map((a) => a.date));
    const extra = Array.from({ length: 31 }, (_, i) => `2026-12-${String(i + 1).padStart(2, '0')}`)
      .filter((date) => !worked.has(date))
      .map((date) => ({ staff: busy, date, shift: 'day' }));
    const result = await runCli(['check', 'r.json'], {
      'r.json': JSON.stringify({ ...roster, assignments: [...roster.assignments, ...extra] }),
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      new RegExp(
        `\\n {2}Hours above the limit of 48 h a week on average:\\n {4}${busy} \\S+: [\\d.]+ h a week \\([\\d.]+ h in the month\\)\\n`,
      ),
    );
  });

  it('writes { findings, report } for programs, every finding with its clauses, message and place', async () => {
    const { code, json, stderr } = await checkJson(['roster.json'], {
      'roster.json': JSON.stringify(broken(), null, 2),
    });
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(json.status).toBe('errors');
    expect(json.findings.map((f) => f.rule)).toEqual(['roster/coverage', 'roster/coverage', 'roster/review']);
    for (const finding of json.findings) {
      expect(finding.clauses.length).toBeGreaterThan(0);
      expect(finding.message.length).toBeGreaterThan(10);
    }
    expect(json.findings[0]!.subject).toMatchObject({
      interval: { start: '2026-12-05T08:30:00+08:00', end: '2026-12-05T17:30:00+08:00' },
    });
    expect(json.findings[2]!.location).toMatchObject({ file: 'roster.json' });
    expect(json.report.counts).toEqual({ error: 3, warn: 0 });
    expect(json.report.staff.length).toBe(6);
    expect(json.report.coverage.length).toBe(1);
  });

  it.each([
    [
      'zh-Hant',
      '錯誤(3)',
      '崗位「front-desk」(lunch)由 2026-12-05T11:30:00+08:00 至',
      '無人當值:2026-12-05 11:30–13:30',
    ],
    [
      'zh-Hans',
      '错误(3)',
      '岗位“front-desk”(lunch)由 2026-12-05T11:30:00+08:00 至',
      '无人值班:2026-12-05 11:30–13:30',
    ],
    [
      'en',
      'Errors (3)',
      'Post "front-desk" (lunch) has 0 of the 1 people',
      'uncovered: 2026-12-05 11:30–13:30',
    ],
  ])('speaks %s', async (lang, heading, finding, gap) => {
    const files = { 'roster.json': JSON.stringify(broken()) };
    const result = await runCli(['check', 'roster.json', '--lang', lang], files);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(heading);
    expect(result.stdout).toContain(finding);
    expect(result.stdout).toContain(gap);
    const { json } = await checkJson(['roster.json', '--lang', lang], files);
    expect(json.findings[1]!.message).toContain(finding);
  });

  it('finds the same problems in the CSV and its meta file, and places a finding in the meta file', async () => {
    const roster = broken();
    const result = await runCli(['check', 'roster.csv', '--meta', 'roster-meta.json'], {
      'roster.csv': writeRosterCsv(roster, policy, { layout: 'wide' }),
      'roster-meta.json': metaOf(roster),
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Errors (3)');
    expect(result.stdout).toMatch(/where: roster-meta\.json:\d+:\d+ \(publications\[0\]\.reviewedBy\)/);
  });

  it('judges deadlines at the moment --now gives', async () => {
    const draft = { ...clean(), publications: [] };
    const files = { 'r.json': JSON.stringify(draft) };
    expect((await runCli(['check', 'r.json'], files)).code).toBe(0);
    const late = await checkJson(['r.json', '--now', '2026-12-02T09:00:00+08:00'], files);
    expect(late.code).toBe(1);
    expect(late.json.findings.map((f) => f.rule)).toEqual(['roster/deadline', 'roster/publication']);
  });

  it('checks against the preset --policy names', async () => {
    // reg7 has none of the shifts of cs-department: the roster cannot be read under it.
    const result = await runCli(['check', 'r.json', '--policy', 'reg7'], {
      'r.json': JSON.stringify(clean()),
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /\nr\.json:1:\d+: assignments\[0\]\.shift: The policy defines no shift "\w+" \(its shifts: early, middle\)/,
    );
  });
});

describe('check: exit 2 when the roster cannot be read, naming the file, line and column', () => {
  const meta = metaOf(clean());

  it.each([
    ['an empty file', '', 'roster.csv: the file is empty'],
    ['blank lines', '\r\n\r\n', 'roster.csv:1:1: Line 1, column 1: the CSV holds no rows'],
    [
      'a binary file',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
      'roster.csv:3:1: contains a NUL byte at offset 8',
    ],
    [
      'Big5 text',
      new Uint8Array([...new TextEncoder().encode('日期,員工編號,班次\n2026-12-01,S001,'), 0xa5, 0xd5]),
      'roster.csv:2:17: not UTF-8 text (invalid byte at offset 43); if it was saved as Big5 or GBK, save it again as UTF-8',
    ],
    [
      'unknown staff',
      '日期,員工編號,班次\n2026-12-01,S999,白\n',
      'roster.csv:2:12: Line 2, column 12: nobody with the id or name "S999" is listed under staff in the meta file.',
    ],
    [
      'an unknown shift',
      '日期,員工編號,班次\n2026-12-01,S001,夜\n',
      'roster.csv:2:17: Line 2, column 17: "夜" is not a shift of this policy',
    ],
    [
      'a date outside the month',
      '日期,員工編號,班次\n2027-01-01,S001,白\n',
      'roster.csv:2:1: Line 2, column 1: 2027-01-01 is not in the roster month 2026-12.',
    ],
    [
      'a duplicated row',
      '日期,員工編號,班次\n2026-12-01,S001,白\n2026-12-01,S001,白班\n',
      'roster.csv:3:17: Line 3, column 17: S001 on shift "day" on 2026-12-01 is already listed at line 2, column 17.',
    ],
  ])('%s', async (_, content, message) => {
    const result = await runCli(['check', 'roster.csv', '--meta', 'meta.json'], {
      'roster.csv': content,
      'meta.json': meta,
    });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.startsWith(message), result.stderr).toBe(true);
  });

  it('reports every problem of the file at once, one line each', async () => {
    const csv = '日期,員工編號,班次\n2026-12-01,S999,白\n2026-12-02,S001,夜\n2027-01-01,S001,白\n';
    const result = await runCli(['check', 'roster.csv', '--meta', 'meta.json'], {
      'roster.csv': csv,
      'meta.json': meta,
    });
    expect(result.stderr.split('\n').map((line) => line.split(': ')[0])).toEqual([
      'roster.csv:2:12',
      'roster.csv:3:17',
      'roster.csv:4:1',
      '',
    ]);
  });

  it('places JSON syntax errors and document problems at their line and column', async () => {
    const truncated = await runCli(['check', 'r.json'], { 'r.json': '{"site": "x",\n  "month": "2026-12"' });
    expect(truncated).toMatchObject({
      code: 2,
      stderr: 'r.json:2:21: The JSON ends too early at line 2, column 21: the file may be truncated.\n',
    });
    const roster = clean();
    const text = JSON.stringify(
      {
        ...roster,
        assignments: [...roster.assignments, { staff: 'S404', date: '2026-12-32', shift: 'day' }],
      },
      null,
      2,
    );
    const line = text.split('\n').findIndex((l) => l.includes('"S404"')) + 1;
    const result = await runCli(['check', 'r.json'], { 'r.json': text });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `r.json:${line + 1}:15: assignments[${roster.assignments.length}].date: Dates are written yyyy-MM-dd and must exist (for example 2026-12-01).\n`,
    );
  });

  it('names the meta file when the problem is in it', async () => {
    const csv = '日期,員工編號,班次\n2026-12-01,S001,白\n';
    const bad = JSON.stringify({ ...JSON.parse(meta), month: '2026-13' }, null, 2);
    const result = await runCli(['check', 'roster.csv', '--meta', 'meta.json'], {
      'roster.csv': csv,
      'meta.json': bad,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^meta\.json:3:12: month: Months are written yyyy-MM/);
    const missing = await runCli(['check', 'roster.csv', '--meta', 'nowhere.json'], { 'roster.csv': csv });
    expect(missing).toMatchObject({ code: 2, stderr: 'nowhere.json: no such file\n' });
  });

  it('needs a policy for a CSV without a meta file, and no meta file for a JSON roster', async () => {
    const csv = '日期,員工編號,班次\n2026-12-01,S001,白\n';
    const bare = await runCli(['check', 'roster.csv'], { 'roster.csv': csv });
    expect(bare).toMatchObject({ code: 2 });
    expect(bare.stderr).toMatch(/^roster\.csv: A CSV roster does not name its policy/);
    const both = await runCli(['check', 'r.json', '--meta', 'm.json'], { 'r.json': '{}', 'm.json': '{}' });
    expect(both).toMatchObject({ code: 2 });
    expect(both.stderr).toMatch(/^duty-handover: --meta is for a CSV roster/);
  });

  it('refuses a bad --now or --policy as a usage error', async () => {
    const files = { 'r.json': JSON.stringify(clean()) };
    const now = await runCli(['check', 'r.json', '--now', 'tomorrow'], files);
    expect(now).toMatchObject({ code: 2 });
    expect(now.stderr).toMatch(/^duty-handover: invalid value "tomorrow" for --now/);
    const preset = await runCli(['check', 'r.json', '--policy', 'nowhere'], files);
    expect(preset.code).toBe(2);
    expect(preset.stderr).toContain(
      'invalid value "nowhere" for --policy: expected reg7, estate-group, taikoo-front-desk, call-centre, cs-department',
    );
  });

  it('answers JSON for programs too', async () => {
    const { code, json } = (await checkJson(['roster.csv', '--meta', 'meta.json'], {
      'roster.csv': '日期,員工編號,班次\n2026-12-01,S999,白\n',
      'meta.json': meta,
    })) as unknown as { code: number; json: { status: string; problems: unknown[] } };
    expect(code).toBe(2);
    expect(json).toEqual({
      file: 'roster.csv',
      status: 'unreadable',
      problems: [
        {
          file: 'roster.csv',
          path: null,
          line: 2,
          column: 12,
          code: 'roster.csv.unknown-staff',
          message:
            'Line 2, column 12: nobody with the id or name "S999" is listed under staff in the meta file.',
        },
      ],
    });
  });

  it('never crashes on hostile input', async () => {
    const hostile = [
      '['.repeat(100_000) + ']'.repeat(100_000),
      `{"site":"x","month":"2026-12","policy":{"preset":"reg7","overrides":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}}`,
      '{"__proto__":{"x":1}}',
      '"\\ud800"',
      '\uFEFF\uFEFF{}',
    ];
    for (const text of hostile) {
      const result = await runCli(['check', 'r.json'], { 'r.json': text });
      expect(result.code).toBe(2);
      expect(result.stderr).not.toContain('internal error');
    }
    for (const text of [
      '"'.repeat(100_001),
      ',\n'.repeat(50_000),
      `日期,員工編號,班次\n${'"a"b,'.repeat(10_000)}`,
    ]) {
      const result = await runCli(['check', 'r.csv', '--policy', 'reg7'], { 'r.csv': text });
      expect(result.code).toBe(2);
      expect(result.stderr).not.toContain('internal error');
      expect(result.stderr.split('\n').length).toBeLessThan(300);
    }
  });

  it('reads a 10 MB CSV in seconds, not minutes', async () => {
    const roster = cleanMonth('call-centre', '2026-12', { scale: 480, swapsAndLeave: false });
    const csv = writeRosterCsv(roster, resolvePolicy('call-centre'), { layout: 'long' });
    expect(csv.length).toBeGreaterThan(10_000_000);
    const started = performance.now();
    const result = await runCli(['check', 'big.csv', '--meta', 'big.json'], {
      'big.csv': csv,
      'big.json': metaOf(roster),
    });
    const seconds = (performance.now() - started) / 1000;
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(
      `Read from CSV (one row per assignment) with big.json: ${roster.assignments.length} assignments`,
    );
    expect(seconds).toBeLessThan(20);
  }, 60_000);
});

describe('formatInterval', () => {
  it('writes an interval as a person reads it', () => {
    expect(formatInterval('2026-12-05T11:30:00+08:00', '2026-12-05T13:30:00+08:00')).toBe(
      '2026-12-05 11:30–13:30 (+08:00)',
    );
    expect(formatInterval('2026-12-05T17:30:00+08:00', '2026-12-06T01:00:00+08:00')).toBe(
      '2026-12-05 17:30 – 2026-12-06 01:00 (+08:00)',
    );
    expect(formatInterval('2026-03-08T01:00:00-05:00', '2026-03-08T04:00:00-04:00')).toBe(
      '2026-03-08T01:00:00-05:00 – 2026-03-08T04:00:00-04:00',
    );
  });
});
