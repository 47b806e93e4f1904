/**
 * What `check` prints: text a supervisor reads top to bottom (errors, then
 * warnings, each rule's findings together with their clauses, the people,
 * days and shift instances concerned and, for a coverage gap, the exact
 * uncovered interval; then a summary), or JSON for programs
 * (`{ findings, report }`, each finding with its clauses and its message in
 * the chosen language).
 */
import {
  formatFinding,
  type DataPath,
  type Finding,
  type RosterValidation,
  type Severity,
  type UncheckedReason,
} from '../../index.js';
import type { CommandContext } from '../command.js';
import { printJson } from '../report.js';
import type { FileLocation, LoadedRoster } from './roster-file.js';

/** Items listed before "… n more" in a finding's people, dates and instances. */
const LIST_LIMIT = 8;

/** Rules whose interval is time nobody (or too few) covered. */
const GAP_MESSAGES = new Set(['roster.understaffed', 'roster.holiday-headroom']);

export function printCheckJson(
  context: CommandContext,
  file: string,
  loaded: LoadedRoster,
  validation: RosterValidation,
): void {
  const { roster, policy } = loaded;
  const { findings, report } = validation;
  const locations = locateFindings(loaded, findings);
  printJson(context, {
    file,
    status: findings.some((f) => f.severity === 'error') ? 'errors' : 'ok',
    input: {
      format: loaded.format,
      ...(loaded.layout !== undefined && { layout: loaded.layout }),
      meta: loaded.meta ?? null,
      assignments: roster.assignments.length,
      staff: roster.staff.length,
    },
    policy: policy.id,
    unchecked: loaded.unchecked,
    ...(loaded.ignoredColumns.length > 0 && { ignoredColumns: loaded.ignoredColumns }),
    findings: findings.map((finding, i) => {
      const location = locations[i];
      return {
        ...finding,
        message: formatFinding(finding, context.locale),
        ...(location !== undefined && { location }),
      };
    }),
    report,
  });
}

export function printCheckText(
  context: CommandContext,
  file: string,
  loaded: LoadedRoster,
  validation: RosterValidation,
): void {
  const { roster, policy } = loaded;
  const { findings, report } = validation;
  const text: CommandContext['text'] = (id, params) => context.text(id, params);
  const names = new Map(roster.staff.map((member) => [member.id, member.name]));
  const person = (id: string) => {
    const name = names.get(id);
    return name === undefined || name === id ? id : `${id} ${name}`;
  };
  const list = (items: readonly string[]) =>
    items.length <= LIST_LIMIT
      ? items.join(', ')
      : `${items.slice(0, LIST_LIMIT).join(', ')} ${text('cli.check.more', { count: items.length - LIST_LIMIT })}`;
  const locations = locateFindings(loaded, findings);

  const lines: string[] = [];
  lines.push(
    text('cli.check.title', { file, site: roster.site, month: roster.month, policy: policy.id }),
    readLine(context, loaded),
  );
  if (loaded.ignoredColumns.length > 0) {
    const columns = loaded.ignoredColumns.map((c) => `"${c.header}" (${c.line}:${c.column})`).join(', ');
    lines.push(text('cli.check.ignored', { columns }));
  }

  for (const severity of ['error', 'warn'] as const satisfies readonly Severity[]) {
    const group = findings.flatMap((finding, i) => (finding.severity === severity ? [{ finding, i }] : []));
    if (group.length === 0) continue;
    lines.push(
      '',
      text(severity === 'error' ? 'cli.check.heading.errors' : 'cli.check.heading.warnings', {
        count: group.length,
      }),
    );
    let rule = '';
    for (const { finding, i } of group) {
      if (finding.rule !== rule) {
        rule = finding.rule;
        const count = group.filter((item) => item.finding.rule === rule).length;
        lines.push(`  ${rule} (${count})`);
      }
      lines.push(`    [${finding.clauses.join(', ')}] ${formatFinding(finding, context.locale)}`);
      const { subject } = finding;
      const details: string[] = [];
      if (subject.interval !== undefined) {
        const interval = formatInterval(subject.interval.start, subject.interval.end);
        const label = !GAP_MESSAGES.has(finding.messageId)
          ? 'cli.check.label.interval'
          : finding.params['present'] === 0
            ? 'cli.check.label.uncovered'
            : 'cli.check.label.short';
        details.push(text(label, { interval }));
      }
      if (subject.staff !== undefined && subject.staff.length > 0) {
        details.push(text('cli.check.label.people', { list: list(subject.staff.map(person)) }));
      }
      if (subject.dates !== undefined && subject.dates.length > 0) {
        details.push(text('cli.check.label.dates', { list: list(subject.dates) }));
      }
      if (subject.shiftInstances !== undefined && subject.shiftInstances.length > 0) {
        details.push(text('cli.check.label.shifts', { list: list(subject.shiftInstances) }));
      }
      const location = locations[i];
      if (location !== undefined) {
        const path = subject.path === undefined ? '' : ` (${pathText(subject.path)})`;
        details.push(
          text('cli.check.label.where', {
            place: `${location.file}:${location.line}:${location.column}${path}`,
          }),
        );
      }
      for (const detail of details) lines.push(`      ${detail}`);
    }
  }

  // The summary.
  lines.push('');
  if (findings.length === 0) lines.push(text('cli.check.clean'));
  lines.push(
    text('cli.check.summary-heading', { errors: report.counts.error, warnings: report.counts.warn }),
  );
  const maximum = policy.roster.maxAverageWeeklyHours;
  const over = report.staff.filter((s) => s.averageWeeklyHours > maximum + 1e-9);
  if (over.length === 0) lines.push(`  ${text('cli.check.hours.none', { maximum })}`);
  else {
    lines.push(`  ${text('cli.check.hours.heading', { maximum })}`);
    for (const s of over) {
      lines.push(
        `    ${text('cli.check.hours.line', { person: person(s.staff), average: s.averageWeeklyHours, total: s.monthHours })}`,
      );
    }
  }
  const gaps = findings.filter((f) => GAP_MESSAGES.has(f.messageId) && f.subject.interval !== undefined);
  if (gaps.length === 0) lines.push(`  ${text('cli.check.gaps.none')}`);
  else {
    lines.push(`  ${text('cli.check.gaps.heading')}`);
    for (const gap of gaps) {
      const { params } = gap;
      const interval = gap.subject.interval;
      if (interval === undefined) continue;
      lines.push(
        `    ${text('cli.check.gaps.line', {
          post: params['post'] ?? '',
          band: params['band'] ?? '',
          interval: formatInterval(interval.start, interval.end),
          present: params['present'] ?? '',
          required: params['required'] ?? '',
        })}`,
      );
    }
  }
  if (loaded.unchecked.length > 0) {
    const counts = new Map<UncheckedReason, number>();
    for (const { reason } of loaded.unchecked) counts.set(reason, (counts.get(reason) ?? 0) + 1);
    const groups = [...counts]
      .map(([reason, count]) => text(`cli.check.unchecked.${reason}`, { count }))
      .join('; ');
    lines.push(`  ${text('cli.check.unchecked', { groups })}`);
  }
  context.io.stdout(`${lines.join('\n')}\n`);
}

function readLine(context: CommandContext, loaded: LoadedRoster): string {
  const { roster } = loaded;
  const people = new Set(roster.assignments.map((a) => a.staff)).size;
  const counts = { assignments: roster.assignments.length, people };
  if (loaded.format === 'json') return context.text('cli.check.read.json', counts);
  const layout = context.text(loaded.layout === 'wide' ? 'cli.check.layout.wide' : 'cli.check.layout.long');
  return loaded.meta === undefined
    ? context.text('cli.check.read.csv', { ...counts, layout })
    : context.text('cli.check.read.csv-meta', { ...counts, layout, meta: loaded.meta });
}

/** Where each finding's `subject.path` is in the file it came from. */
function locateFindings(loaded: LoadedRoster, findings: readonly Finding[]): (FileLocation | undefined)[] {
  const withPath = findings.flatMap((finding, i) =>
    finding.subject.path === undefined ? [] : [{ i, path: finding.subject.path }],
  );
  const found = loaded.locate(withPath.map((item) => item.path));
  const locations = new Array<FileLocation | undefined>(findings.length).fill(undefined);
  withPath.forEach(({ i }, k) => {
    locations[i] = found[k];
  });
  return locations;
}

function pathText(path: DataPath): string {
  let text = '';
  for (const key of path) text += typeof key === 'number' ? `[${key}]` : text === '' ? key : `.${key}`;
  return text;
}

const INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * An interval as a person reads it: `2026-12-05 11:30–13:30 (+08:00)`, or
 * `2026-12-05 17:30 – 2026-12-06 01:00 (+08:00)` across midnight; as given
 * when the two instants do not share an offset.
 */
export function formatInterval(start: string, end: string): string {
  const a = INSTANT.exec(start);
  const b = INSTANT.exec(end);
  if (!a || !b || a[3] !== b[3]) return `${start} – ${end}`;
  const zone = a[3] === 'Z' ? 'UTC' : a[3];
  return a[1] === b[1] ? `${a[1]} ${a[2]}–${b[2]} (${zone})` : `${a[1]} ${a[2]} – ${b[1]} ${b[2]} (${zone})`;
}
