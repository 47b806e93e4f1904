/**
 * `duty-handover <command> [options]`: what every command shares. Parses the
 * command line strictly (an unknown command or option is a one-line error,
 * the usage, and exit 2), picks the language (`--lang`, else `LC_ALL`,
 * `LC_MESSAGES` or `LANG`, else English), answers `--help` and `--version`,
 * and runs the command. Never throws: an unexpected error is reported as an
 * internal error with exit 2, so it is never mistaken for a result.
 */
import type { Locale, MessageParams } from '../index.js';
import { parseArgs, type ArgsError, type OptionSpec } from './args.js';
import type { Command, CommandContext } from './command.js';
import { COMMANDS } from './commands/index.js';
import {
  COMMON_OPTIONS,
  GLOBAL_OPTIONS,
  PROGRAM,
  commandHelp,
  commandUsage,
  programHelp,
  programUsage,
} from './help.js';
import { readTextFile } from './input.js';
import type { CliIo, ExitCode } from './io.js';
import { localeFromEnv, localeFromTag } from './locale.js';
import { cliText, type CliMessageId } from './messages.js';

export type { CliIo, ExitCode } from './io.js';

/** Runs the command line `argv` (without `node` and the script) and returns the exit code. */
export async function run(
  argv: readonly string[],
  io: CliIo,
  commands: readonly Command[] = COMMANDS,
): Promise<ExitCode> {
  let locale = localeFromEnv(io.env);
  try {
    const global = parseArgs(argv, GLOBAL_OPTIONS, { stopAtOperand: true });
    if (!global.ok) return usageError(io, locale, global.error);
    const globalLang = chooseLocale(global.args.options, locale);
    if (!globalLang.ok) return usageError(io, locale, globalLang.error);
    locale = globalLang.locale;

    if (global.args.options.has('version')) {
      io.stdout(`${PROGRAM} ${io.version}\n`);
      return 0;
    }
    let [name, ...rest] = global.args.operands;
    let wantsHelp = global.args.options.has('help');
    if (name === 'help') {
      // `duty-handover help [command]`
      wantsHelp = true;
      [name, ...rest] = rest;
      if (rest.length > 0)
        return usageError(io, locale, { id: 'cli.error.extra-operand', params: { argument: rest[0] ?? '' } });
    }
    if (name === undefined) {
      if (wantsHelp) {
        io.stdout(programHelp(commands, locale));
        return 0;
      }
      return usageError(io, locale, { id: 'cli.error.missing-command', params: {} });
    }
    const command = commands.find((candidate) => candidate.name === name);
    if (command === undefined) {
      return usageError(io, locale, { id: 'cli.error.unknown-command', params: { command: name } });
    }
    if (wantsHelp) {
      io.stdout(commandHelp(command, locale));
      return 0;
    }

    const parsed = parseArgs(rest, [...command.options, ...COMMON_OPTIONS]);
    if (!parsed.ok) return usageError(io, locale, parsed.error, command);
    const { options, operands } = parsed.args;
    const lang = chooseLocale(options, locale);
    if (!lang.ok) return usageError(io, locale, lang.error, command);
    locale = lang.locale;
    if (options.has('help')) {
      io.stdout(commandHelp(command, locale));
      return 0;
    }
    const missing = checkArguments(command, operands, options);
    if (missing !== undefined) return usageError(io, locale, missing, command);

    return await command.run(contextFor(io, locale, operands, options));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr(`${PROGRAM}: ${cliText('cli.error.internal', { detail }, locale)}\n`);
    return 2;
  }
}

function contextFor(
  io: CliIo,
  locale: Locale,
  operands: readonly string[],
  options: ReadonlyMap<string, string | true>,
): CommandContext {
  return {
    io,
    locale,
    operands,
    option: (name) => {
      const value = options.get(name);
      return typeof value === 'string' ? value : undefined;
    },
    flag: (name) => options.get(name) === true,
    text: (id: CliMessageId, params: MessageParams = {}) => cliText(id, params, locale),
    readText: (path) => readTextFile(io, path),
    displayName: (path) => (path === '-' ? cliText('cli.stdin', {}, locale) : path),
  };
}

/** The language `--lang` asks for, or the one already chosen. */
function chooseLocale(
  options: ReadonlyMap<string, string | true>,
  current: Locale,
): { ok: true; locale: Locale } | { ok: false; error: ArgsError } {
  const lang = options.get('lang');
  if (typeof lang !== 'string') return { ok: true, locale: current };
  const locale = localeFromTag(lang);
  if (locale !== undefined) return { ok: true, locale };
  return {
    ok: false,
    error: {
      id: 'cli.error.invalid-choice',
      params: { option: '--lang', value: lang, choices: 'zh-Hant, zh-Hans, en' },
    },
  };
}

/** The first missing operand, extra operand or missing required option. */
function checkArguments(
  command: Command,
  operands: readonly string[],
  options: ReadonlyMap<string, string | true>,
): ArgsError | undefined {
  const missingOperand = command.operands[operands.length];
  if (missingOperand !== undefined)
    return { id: 'cli.error.missing-operand', params: { operand: `<${missingOperand}>` } };
  const extra = operands[command.operands.length];
  if (extra !== undefined) return { id: 'cli.error.extra-operand', params: { argument: extra } };
  const required = command.options.find(
    (spec: OptionSpec) => spec.required === true && !options.has(spec.name),
  );
  if (required !== undefined)
    return { id: 'cli.error.missing-option', params: { option: `--${required.name}` } };
  return undefined;
}

/** One line saying what is wrong, then the usage: on standard error, exit 2. */
function usageError(io: CliIo, locale: Locale, error: ArgsError, command?: Command): ExitCode {
  const lines = [
    `${PROGRAM}: ${cliText(error.id, error.params, locale)}`,
    cliText('cli.usage', { usage: command === undefined ? programUsage() : commandUsage(command) }, locale),
    command === undefined
      ? cliText('cli.help.more', {}, locale)
      : cliText('cli.help.details', { command: command.name }, locale),
  ];
  io.stderr(`${lines.join('\n')}\n`);
  return 2;
}
