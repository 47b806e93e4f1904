/** Usage lines and help pages, generated from the command specs. */
import type { Locale } from '../index.js';
import type { OptionSpec } from './args.js';
import type { Command } from './command.js';
import { cliText, type CliMessageId } from './messages.js';

export const PROGRAM = 'duty-handover';

const LANG_OPTION: OptionSpec = { name: 'lang', value: 'zh-Hant|zh-Hans|en', description: 'cli.option.lang' };
const HELP_OPTION: OptionSpec = { name: 'help', short: 'h', description: 'cli.option.help' };

/** `--lang` and `--help`, which every command takes. */
export const COMMON_OPTIONS: readonly OptionSpec[] = [LANG_OPTION, HELP_OPTION];

/** Options that may come before the command. */
export const GLOBAL_OPTIONS: readonly OptionSpec[] = [
  HELP_OPTION,
  { name: 'version', short: 'V', description: 'cli.option.version' },
  LANG_OPTION,
];

/** `--format text|json`, `--out <file>`, `--csv`. */
function optionText(spec: OptionSpec): string {
  if (spec.value === undefined) return `--${spec.name}`;
  const listed = spec.value.includes('|');
  return `--${spec.name} ${listed ? spec.value : `<${spec.value}>`}`;
}

/** `duty-handover verify <journal.json> [--format text|json] [--lang zh-Hant|zh-Hans|en]`. */
export function commandUsage(command: Command): string {
  const options = [...command.options, LANG_OPTION].map((spec) =>
    spec.required === true ? optionText(spec) : `[${optionText(spec)}]`,
  );
  return [PROGRAM, command.name, ...command.operands.map((name) => `<${name}>`), ...options].join(' ');
}

export function programUsage(): string {
  return `${PROGRAM} <command> [options]`;
}

/** Two aligned columns; the left one is ASCII, so padding by length aligns in any terminal. */
function table(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}   ${right}`.trimEnd());
}

function optionTable(specs: readonly OptionSpec[], locale: Locale): string[] {
  return table(
    specs.map((spec) => [
      `${spec.short === undefined ? '    ' : `-${spec.short}, `}${optionText(spec)}`,
      cliText(spec.description, {}, locale),
    ]),
  );
}

export function programHelp(commands: readonly Command[], locale: Locale): string {
  const text = (id: CliMessageId) => cliText(id, {}, locale);
  return [
    cliText('cli.usage', { usage: programUsage() }, locale),
    '',
    text('cli.description'),
    '',
    text('cli.heading.commands'),
    ...table(
      commands.map((command) => [
        [command.name, ...command.operands.map((name) => `<${name}>`)].join(' '),
        text(command.summary),
      ]),
    ),
    '',
    text('cli.heading.options'),
    ...optionTable(GLOBAL_OPTIONS, locale),
    '',
    text('cli.help.more'),
    '',
  ].join('\n');
}

export function commandHelp(command: Command, locale: Locale): string {
  const text = (id: CliMessageId) => cliText(id, {}, locale);
  return [
    cliText('cli.usage', { usage: commandUsage(command) }, locale),
    '',
    text(command.description),
    '',
    text('cli.heading.options'),
    ...optionTable([...command.options, ...COMMON_OPTIONS], locale),
    '',
    text('cli.heading.exit-codes'),
    ...command.exitCodes.map((id, code) => `  ${code}  ${text(id)}`),
    '',
  ].join('\n');
}
