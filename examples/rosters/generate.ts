/**
 * Writes the example rosters of `examples/rosters/`: for every preset a clean
 * month and a month with several distinct problems, each as a JSON roster
 * document and as a CSV (long or wide layout) with its meta file, plus a set
 * of input errors and the README that lists every file, the command to
 * check it and the exact findings expected.
 *
 *   npx tsx --conditions=@duty-handover/source examples/rosters/generate.ts
 *
 * Deterministic: every file starts from `cleanMonth` and is changed by
 * explicit edits, each of which must raise exactly the rule it is meant to
 * (the generator stops otherwise). `scripts/rosters.test.ts` checks that the
 * committed files equal a fresh generation and that the command finds what
 * the README says.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  cleanMonth,
  formatFinding,
  readRosterCsv,
  resolvePolicy,
  validateRoster,
  writeRosterCsv,
  type Assignment,
  type Finding,
  type PresetId,
  type ResolvedPolicy,
  type Roster,
  type WriteRosterCsvOptions,
} from '@duty-handover/core';
import * as prettier from 'prettier';

export const EXAMPLES_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = join(EXAMPLES_DIR, '..', '..');
const MONTH = '2026-12';
const HOLIDAYS = ['2026-12-25', '2026-12-26'];

/** One preset's examples: its site, its CSV's layout and the problems its problem month holds. */
interface PresetExample {
  readonly preset: PresetId;
  readonly site: string;
  readonly csv: WriteRosterCsvOptions;
  /** What the CSV looks like, for the README. */
  readonly csvNote: string;
  /** The edits that make the problem month, in order; each must raise exactly its rules. */
  readonly problems: readonly Problem[];
}

interface Problem {
  /** What was done, for the README. */
  readonly what: string;
  readonly rules: readonly string[];
  readonly edit: (roster: Roster, policy: ResolvedPolicy) => Iterable<Roster>;
}

export const PRESETS: readonly PresetExample[] = [
  {
    preset: 'reg7',
    site: '海景花園物業中心',
    csv: { layout: 'wide', headers: 'zh-Hant', codes: 'short', weekdays: true, bom: true, newline: '\r\n' },
    csvNote:
      'wide: 員工編號, 姓名, then one column per day headed `1 (二)` … `31 (四)`; cells 早 / 中, empty for a day off; UTF-8 with a BOM, CRLF (as Excel saves it)',
    problems: [
      {
        what: 'the only early shift of 8 December removed: the desk is uncovered 08:00–12:00',
        rules: ['roster/coverage'],
        edit: uncover('2026-12-08', 'early'),
      },
      {
        what: 'a duty officer also put on the middle shift of a day they work early',
        rules: ['roster/double-booking'],
        edit: doubleBook('middle', '2026-12-15'),
      },
      { what: "the swap's approval deleted", rules: ['swap/approval'], edit: unapproveSwap },
      { what: "version 1's review deleted", rules: ['roster/review'], edit: unreview },
    ],
  },
  {
    preset: 'estate-group',
    site: '翠湖居小區客服組',
    csv: {
      layout: 'wide',
      headers: 'zh-Hans',
      codes: 'short',
      days: 'month-day',
      bom: true,
      newline: '\r\n',
    },
    csvNote:
      'wide: 员工编号, 姓名, then one column per day headed `12-01` … `12-31`; cells 早; UTF-8 with a BOM, CRLF',
    problems: [
      {
        what: 'the day shift of 10 December removed',
        rules: ['roster/coverage'],
        edit: uncover('2026-12-10', 'day'),
      },
      {
        what: 'a duty officer given the days off of a week as well: more than 6 days in a row',
        rules: ['roster/consecutive-days'],
        edit: longRun,
      },
      {
        what: 'version 1 prepared by a duty officer, not the supervisor',
        rules: ['roster/prepared-by'],
        edit: wrongPreparer,
      },
      { what: "the counterpart's consent to the swap deleted", rules: ['swap/consent'], edit: dropConsent },
    ],
  },
  {
    preset: 'taikoo-front-desk',
    site: '太古城客服中心前台',
    csv: { layout: 'long', headers: 'en', codes: 'id', newline: '\n' },
    csvNote:
      'long: `date, staff id, name, shift, post` in English, shift ids (`early`, `middle`); UTF-8 without a BOM, LF',
    problems: [
      {
        what: 'one of the two middle shifts of 17 December removed: the evening peak is short',
        rules: ['roster/coverage'],
        edit: uncover('2026-12-17', 'middle'),
      },
      {
        what: 'a butler listed as a duty officer, a role the front desk is not staffed by',
        rules: ['roster/qualified-for-post'],
        edit: demote,
      },
      {
        what: "the swap's approval deleted (TKC allows no private swap)",
        rules: ['swap/approval'],
        edit: unapproveSwap,
      },
      {
        what: 'the person on leave on 24 December also put on a shift that day',
        rules: ['swap/leave-cover'],
        edit: leaveUncovered,
      },
      { what: 'version 1 not sent to the project head', rules: ['roster/review'], edit: notReported },
    ],
  },
  {
    preset: 'call-centre',
    site: '客服熱線中心',
    csv: { layout: 'long', headers: 'zh-Hant', codes: 'zh-Hant', bom: true, newline: '\r\n' },
    csvNote:
      'long: `日期, 員工編號, 姓名, 班次, 崗位` with Chinese shift and post names (早班, 客服熱線); UTF-8 with a BOM, CRLF',
    problems: [
      {
        what: 'one of the two night shifts of 9 December removed: the 24-hour hotline is short',
        rules: ['roster/coverage'],
        edit: uncover('2026-12-09', 'night'),
      },
      {
        what: 'a duty officer given extra shifts on days off',
        rules: ['roster/weekly-hours'],
        edit: overwork,
      },
      {
        what: 'an early shift added the morning after a middle shift',
        rules: ['roster/rest-between-shifts'],
        edit: shortRest,
      },
      {
        what: 'one person taken off the hotline on Christmas Day, leaving no holiday headroom',
        rules: ['roster/holiday-headroom'],
        edit: holidayShort,
      },
      { what: "the counterpart's consent to the swap deleted", rules: ['swap/consent'], edit: dropConsent },
    ],
  },
  {
    preset: 'cs-department',
    site: '寶翠園客服部',
    csv: { layout: 'wide', headers: 'en', codes: 'short', days: 'date', newline: '\n' },
    csvNote:
      'wide: `staff id, name`, then one column per day headed `2026-12-01` …; cells 白 / 晚 / 通宵; UTF-8 without a BOM, LF',
    problems: [
      {
        what: 'the day shift of 14 December removed: the desk and its lunch cover are empty 08:30–17:30',
        rules: ['roster/coverage'],
        edit: uncover('2026-12-14', 'day'),
      },
      {
        what: 'a duty officer given the days off of a week as well: more than 6 days in a row',
        rules: ['roster/consecutive-days'],
        edit: longRun,
      },
      {
        what: 'two people left off the list version 1 was sent to',
        rules: ['roster/publication'],
        edit: notNotified,
      },
      { what: "the leave's approval deleted", rules: ['swap/leave-approval'], edit: unapproveLeave },
    ],
  },
];

// ---------------------------------------------------------------------------
// Edits: each yields candidate rosters; the first that raises exactly the rules wanted is kept.

function uncover(date: string, shift: string) {
  return function* (roster: Roster): Generator<Roster> {
    const index = roster.assignments.findIndex((a) => a.date === date && a.shift === shift);
    if (index >= 0)
      yield withAssignments(
        roster,
        roster.assignments.filter((_, i) => i !== index),
      );
  };
}

function doubleBook(extraShift: string, from: string) {
  return function* (roster: Roster, policy: ResolvedPolicy): Generator<Roster> {
    const post = policy.shifts.find((s) => s.id === extraShift)?.post;
    for (const a of roster.assignments) {
      if (a.date < from || a.shift === extraShift) continue;
      yield withAssignments(roster, [
        ...roster.assignments,
        { staff: a.staff, date: a.date, shift: extraShift, ...(post && { post }) },
      ]);
    }
  };
}

function* unapproveSwap(roster: Roster): Generator<Roster> {
  yield { ...roster, swaps: roster.swaps.map((swap) => without(swap, 'approvedBy', 'approvedAt')) };
}

function* dropConsent(roster: Roster): Generator<Roster> {
  yield { ...roster, swaps: roster.swaps.map((swap) => without(swap, 'counterpartConsentedAt')) };
}

function* unreview(roster: Roster): Generator<Roster> {
  yield {
    ...roster,
    publications: roster.publications.map((version) => without(version, 'reviewedBy', 'reviewedAt')),
  };
}

function* wrongPreparer(roster: Roster): Generator<Roster> {
  const officer = roster.assignments[0]?.staff ?? '';
  yield {
    ...roster,
    publications: roster.publications.map((version) => ({ ...version, preparedBy: officer })),
  };
}

function* notReported(roster: Roster, policy: ResolvedPolicy): Generator<Roster> {
  const head = roster.staff.find((m) => m.roles.includes(policy.roster.reportedTo ?? ''))?.id;
  yield {
    ...roster,
    publications: roster.publications.map((version) => ({
      ...version,
      notified: { ...version.notified, staff: version.notified.staff.filter((id) => id !== head) },
    })),
  };
}

function* notNotified(roster: Roster): Generator<Roster> {
  const rota = [...new Set(roster.assignments.map((a) => a.staff))].sort();
  const left = new Set(rota.slice(-2));
  yield {
    ...roster,
    publications: roster.publications.map((version) => ({
      ...version,
      notified: { ...version.notified, staff: version.notified.staff.filter((id) => !left.has(id)) },
    })),
  };
}

function* unapproveLeave(roster: Roster): Generator<Roster> {
  yield { ...roster, leave: roster.leave.map((leave) => without(leave, 'approvedBy', 'approvedAt')) };
}

function* demote(roster: Roster): Generator<Roster> {
  for (const member of roster.staff) {
    if (!member.roles.includes('butler')) continue;
    yield {
      ...roster,
      staff: roster.staff.map((m) => (m === member ? { ...m, roles: ['duty-officer'] } : m)),
    };
  }
}

/** The person on leave also put on a shift that day (beside the substitute, so the desk stays covered). */
function* leaveUncovered(roster: Roster): Generator<Roster> {
  for (const leave of roster.leave) {
    for (const a of roster.assignments) {
      if (!leave.dates.includes(a.date) || a.staff === leave.staff) continue;
      yield withAssignments(roster, [...roster.assignments, { ...a, staff: leave.staff }]);
    }
  }
}

/**
 * Shifts added on one person's days off, one at a time, keeping only those
 * that break nothing but the hour limit: the hours climb until it is passed.
 */
function* overwork(roster: Roster, policy: ResolvedPolicy): Generator<Roster> {
  const allowed = new Set([...rulesOf(validateRoster(roster, policy).findings), 'roster/weekly-hours']);
  for (const person of rota(roster)) {
    const shift = roster.assignments.find((a) => a.staff === person);
    if (shift === undefined) continue;
    let current = roster;
    for (const date of monthDates()) {
      if (current.assignments.some((a) => a.staff === person && a.date === date)) continue;
      const next = withAssignments(current, [...current.assignments, { ...shift, date }]);
      if (!rulesOf(validateRoster(next, policy).findings).every((rule) => allowed.has(rule))) continue;
      current = next;
      yield next;
    }
  }
}

/** One person's days off in a week filled in: a run longer than the policy allows. */
function* longRun(roster: Roster): Generator<Roster> {
  const dates = monthDates();
  for (const person of rota(roster)) {
    const own = roster.assignments.filter((a) => a.staff === person);
    const shift = own[0];
    if (shift === undefined) continue;
    const worked = new Set(own.map((a) => a.date));
    for (let start = 8; start + 8 <= dates.length; start++) {
      const week = dates.slice(start, start + 8);
      const added = week.filter((date) => !worked.has(date)).map((date) => ({ ...shift, date }));
      if (added.length === 0 || added.length > 3) continue;
      yield withAssignments(roster, [...roster.assignments, ...added]);
    }
  }
}

/** An early shift the morning after someone's middle shift. */
function* shortRest(roster: Roster, policy: ResolvedPolicy): Generator<Roster> {
  const early = policy.shifts.find((s) => s.id === 'early');
  for (const a of roster.assignments) {
    if (a.shift !== 'middle' || early === undefined) continue;
    const next = shiftDay(a.date, 1);
    if (!next.startsWith(MONTH) || roster.assignments.some((b) => b.staff === a.staff && b.date === next))
      continue;
    yield withAssignments(roster, [
      ...roster.assignments,
      { staff: a.staff, date: next, shift: 'early', post: early.post },
    ]);
  }
}

/** One person fewer on each shift of Christmas Day, in turn. */
function* holidayShort(roster: Roster): Generator<Roster> {
  for (const [i, a] of roster.assignments.entries()) {
    if (a.date !== '2026-12-25') continue;
    yield withAssignments(
      roster,
      roster.assignments.filter((_, k) => k !== i),
    );
  }
}

/** `value` without the fields `keys`. */
function without<T extends object, K extends keyof T>(value: T, ...keys: K[]): Omit<T, K> {
  return Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key as K))) as Omit<T, K>;
}

function withAssignments(roster: Roster, assignments: Assignment[]): Roster {
  return { ...roster, assignments };
}

function rota(roster: Roster): string[] {
  return [...new Set(roster.assignments.map((a) => a.staff))];
}

function monthDates(): string[] {
  return Array.from({ length: 31 }, (_, i) => `${MONTH}-${String(i + 1).padStart(2, '0')}`);
}

function shiftDay(date: string, days: number): string {
  const day = Number(date.slice(8, 10)) + days;
  return day < 1 || day > 31 ? `outside-${day}` : `${MONTH}-${String(day).padStart(2, '0')}`;
}

// ---------------------------------------------------------------------------
// Building the months

const rulesOf = (findings: readonly Finding[]) => [...new Set(findings.map((f) => f.rule))].sort();

/**
 * The month with every problem of `example`. Each edit is the first
 * candidate that keeps every finding already there and adds findings of
 * exactly its own rules, so the README can say which edit causes what.
 */
export function problemMonth(example: PresetExample, clean: Roster, policy: ResolvedPolicy): Roster {
  let roster = clean;
  let before = new Set(validateRoster(roster, policy).findings.map(findingKey));
  for (const problem of example.problems) {
    let found: { roster: Roster; keys: Set<string> } | undefined;
    let tries = 0;
    for (const candidate of problem.edit(roster, policy)) {
      if (++tries > 5000) break;
      const findings = validateRoster(candidate, policy).findings;
      const keys = new Set(findings.map(findingKey));
      const added = findings.filter((f) => !before.has(findingKey(f)));
      const kept = [...before].every((key) => keys.has(key));
      if (kept && sameList(rulesOf(added), [...problem.rules].sort())) {
        found = { roster: candidate, keys };
        break;
      }
    }
    if (found === undefined) {
      throw new Error(
        `${example.preset}: no edit "${problem.what}" raises exactly ${problem.rules.join(', ')}`,
      );
    }
    roster = found.roster;
    before = found.keys;
  }
  return roster;
}

function findingKey(finding: Finding): string {
  return JSON.stringify([finding.rule, finding.messageId, finding.params, finding.subject]);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/** A file of the examples: its path under examples/rosters/ and its exact content. */
export interface ExampleFile {
  readonly path: string;
  readonly content: string | Uint8Array;
}

/** One check the README documents and the test runs. */
export interface ExampleCheck {
  /** Arguments after `duty-handover check`, with paths relative to the repository root. */
  readonly args: readonly string[];
  readonly exitCode: 0 | 1 | 2;
  /** Rule ids of the findings (sorted, unique), or problem codes for an unreadable file. */
  readonly rules: readonly string[];
}

export interface Examples {
  readonly files: readonly ExampleFile[];
  readonly checks: readonly ExampleCheck[];
}

const at = (...parts: string[]) =>
  relative(ROOT, join(EXAMPLES_DIR, ...parts))
    .split('\\')
    .join('/');

/** Every file of the examples, generated afresh, formatted as prettier formats the repository. */
export async function generateExamples(): Promise<Examples> {
  const files: ExampleFile[] = [];
  const checks: ExampleCheck[] = [];
  const readme: string[] = [];

  for (const example of PRESETS) {
    const policy = resolvePolicy(example.preset);
    const clean = cleanMonth(example.preset, MONTH, { publicHolidays: HOLIDAYS, site: example.site });
    const problems = problemMonth(example, clean, policy);
    const section: string[] = [];
    for (const [name, roster] of [
      ['clean', clean],
      ['problems', problems],
    ] as const) {
      const findings = validateRoster(roster, policy).findings;
      const rules = rulesOf(findings);
      const exitCode = findings.some((f) => f.severity === 'error') ? 1 : 0;
      const meta = without(roster, 'assignments');
      files.push(
        { path: `${example.preset}/${name}.json`, content: await json(rosterJson(roster)) },
        { path: `${example.preset}/${name}.csv`, content: writeRosterCsv(roster, policy, example.csv) },
        { path: `${example.preset}/${name}.meta.json`, content: await json(rosterJson(meta)) },
      );
      const jsonArgs = [at(example.preset, `${name}.json`)];
      const csvArgs = [at(example.preset, `${name}.csv`), '--meta', at(example.preset, `${name}.meta.json`)];
      checks.push({ args: jsonArgs, exitCode, rules }, { args: csvArgs, exitCode, rules });

      section.push(
        '',
        `### ${name === 'clean' ? 'Clean month' : 'Month with problems'}: \`${example.preset}/${name}.json\`, \`${name}.csv\` + \`${name}.meta.json\``,
        '',
        '```sh',
        `npx duty-handover check ${jsonArgs.join(' ')}`,
        `npx duty-handover check ${csvArgs.join(' ')}`,
        '```',
        '',
      );
      if (name === 'problems') {
        section.push('Made from the clean month by these edits:', '');
        for (const problem of example.problems)
          section.push(`- ${problem.what} (\`${problem.rules.join('`, `')}\`)`);
        section.push('');
      }
      if (findings.length === 0) {
        section.push(`Exit status 0: no findings (${roster.assignments.length} assignments).`);
      } else {
        section.push(
          `Exit status ${exitCode}: ${findings.length} findings of ${rules.length} rules (\`${rules.join('`, `')}\`):`,
          '',
          '| severity | rule | clauses | finding |',
          '| --- | --- | --- | --- |',
          ...findings.map(
            (f) =>
              `| ${f.severity} | \`${f.rule}\` | ${f.clauses.join(', ')} | ${formatFinding(f, 'en').replaceAll('|', '\\|')} |`,
          ),
        );
      }
    }
    readme.push(
      '',
      `## \`${example.preset}\` — ${example.site}`,
      '',
      `${clean.staff.length} people (${rota(clean).length} on the rota), ${clean.assignments.length} assignments in the clean month. CSV layout — ${example.csvNote}.`,
      ...section,
    );
  }

  // Input errors: a CSV the command cannot read, every problem with its line and column.
  const unreadable = unreadableCsv();
  files.push(
    { path: 'input-errors/roster.csv', content: unreadable.csv },
    { path: 'input-errors/roster.meta.json', content: await json(rosterJson(unreadable.meta)) },
  );
  const errorArgs = [at('input-errors', 'roster.csv'), '--meta', at('input-errors', 'roster.meta.json')];
  checks.push({ args: errorArgs, exitCode: 2, rules: unreadable.codes });
  readme.push(
    '',
    '## Input errors: `input-errors/roster.csv` + `roster.meta.json`',
    '',
    'A long-layout CSV for the `cs-department` clean month with one mistake per row: an unknown staff id, a shift',
    'code the policy does not have, a date outside the month and a row repeated. The command reads nothing from',
    'it and names every problem at its line and column (exit status 2):',
    '',
    '```sh',
    `npx duty-handover check ${errorArgs.join(' ')}`,
    '```',
    '',
    '```text',
    ...unreadable.lines,
    '```',
  );

  files.push({ path: 'README.md', content: await markdown(readmeText(readme)) });
  return { files, checks };
}

/** A roster document as JSON: top-level fields expanded, one assignment per line. */
function rosterJson(document: object): string {
  const entries = Object.entries(document).map(([key, value]) => {
    const text =
      key === 'assignments' && Array.isArray(value)
        ? `[\n${value.map((a) => `    ${JSON.stringify(a)}`).join(',\n')}\n  ]`
        : JSON.stringify(value, null, 2).replaceAll('\n', '\n  ');
    return `  ${JSON.stringify(key)}: ${text}`;
  });
  return `{\n${entries.join(',\n')}\n}\n`;
}

function unreadableCsv(): { csv: string; meta: object; codes: string[]; lines: string[] } {
  const roster = cleanMonth('cs-department', MONTH, { publicHolidays: HOLIDAYS, site: '寶翠園客服部' });
  const meta = without(roster, 'assignments');
  const rows = [
    '日期,員工編號,班次,崗位',
    '2026-12-01,S001,白班,客服值班台',
    '2026-12-01,S099,晚班,客服值班台', // nobody has this id
    '2026-12-02,S002,中班,客服值班台', // cs-department has no 中班
    '2027-01-01,S003,通宵班,客服值班台', // next month
    '2026-12-01,S001,白,', // line 2 again
  ];
  const csv = `${rows.join('\r\n')}\r\n`;
  const read = readRosterCsv(csv, { meta });
  if (read.ok) throw new Error('input-errors/roster.csv reads without a problem');
  const file = at('input-errors', 'roster.csv');
  return {
    csv,
    meta,
    codes: read.problems.map((p) => p.code),
    lines: read.problems.map((p) => `${file}:${p.params['line']}:${p.params['column']}: ${p.message.en}`),
  };
}

function readmeText(sections: readonly string[]): string {
  return [
    '# Example rosters',
    '',
    'For every preset, a month (December 2026, with public holidays on the 25th and 26th) that the',
    '`duty-handover check` command finds clean, and the same month with several distinct problems, each in',
    'three forms that give the same findings:',
    '',
    '- `<name>.json`: the roster document (site, month, policy, staff, assignments, leave, swaps, publication',
    '  history, public holidays; see `packages/core/schema/roster.schema.json`);',
    '- `<name>.csv`: the assignments as a spreadsheet exports them, in the long layout (one row per assignment)',
    '  or the wide layout (one row per person, one column per day);',
    '- `<name>.meta.json`: everything else, the roster document without its assignments, given with `--meta`.',
    '',
    'Every file is written by [`generate.ts`](generate.ts) from `cleanMonth` and the edits listed below; each',
    'edit must raise exactly the rule it names. Do not edit the files by hand: change the generator and run',
    '',
    '```sh',
    'npx tsx --conditions=@duty-handover/source examples/rosters/generate.ts',
    '```',
    '',
    '`scripts/rosters.test.ts` checks that these files equal a fresh generation and that the command finds',
    'exactly the rules listed here, in the JSON and in the CSV. The commands below run from the repository',
    'root after `npm run build`; findings are judged from the documents alone (no `--now`). A CSV checked',
    'without its meta file (`--policy <preset>` instead of `--meta`) skips, and lists, the checks that need',
    'the publication history, leave, swaps, public holidays or roles.',
    ...sections,
    '',
  ].join('\n');
}

async function json(text: string): Promise<string> {
  return prettier.format(text, { ...(await prettierOptions()), parser: 'json' });
}

async function markdown(text: string): Promise<string> {
  return prettier.format(text, { ...(await prettierOptions()), parser: 'markdown' });
}

let options: prettier.Options | undefined;
async function prettierOptions(): Promise<prettier.Options> {
  options ??= (await prettier.resolveConfig(join(EXAMPLES_DIR, 'README.md'))) ?? {};
  return options;
}

/** Writes the examples. */
export async function writeExamples(): Promise<Examples> {
  const examples = await generateExamples();
  for (const file of examples.files) {
    const path = join(EXAMPLES_DIR, file.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.content);
  }
  return examples;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { files } = await writeExamples();
  console.log(`Wrote ${files.length} files to ${relative(process.cwd(), EXAMPLES_DIR) || '.'}.`);
}
