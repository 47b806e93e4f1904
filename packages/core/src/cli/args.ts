/**
 * A strict command-line parser: only declared options, each at most once,
 * values checked against their choices. Errors are data (a message id and
 * its params), so they are shown in the user's language.
 *
 * Accepted forms: `--name value`, `--name=value`, `--flag`, `-h`, and `--`
 * to end the options (everything after it is an operand). A lone `-` is an
 * operand (standard input).
 */
import type { CliMessageId } from './messages.js';

export interface OptionSpec {
  /** Long name, without the dashes: `format` for `--format`. */
  readonly name: string;
  /** One-letter alias, without the dash: `h` for `-h`. */
  readonly short?: string;
  /** How help shows the value (`file`, `text|json`); absent for a flag that takes no value. */
  readonly value?: string;
  /** The values allowed, when there is a fixed list. */
  readonly choices?: readonly string[];
  /** The option must be given. */
  readonly required?: boolean;
  readonly description: CliMessageId;
}

export interface ParsedArgs {
  readonly operands: readonly string[];
  /** Option name → its value, or `true` for a flag. */
  readonly options: ReadonlyMap<string, string | true>;
}

export interface ArgsError {
  readonly id: CliMessageId;
  readonly params: Readonly<Record<string, string>>;
}

export type ParseResult =
  { readonly ok: true; readonly args: ParsedArgs } | { readonly ok: false; readonly error: ArgsError };

export interface ParseOptions {
  /**
   * Stop at the first operand and return it and everything after it as
   * operands, unparsed (for options that come before a command name).
   */
  readonly stopAtOperand?: boolean;
}

export function parseArgs(
  argv: readonly string[],
  specs: readonly OptionSpec[],
  parseOptions: ParseOptions = {},
): ParseResult {
  const operands: string[] = [];
  const options = new Map<string, string | true>();
  const error = (id: CliMessageId, params: Record<string, string>): ParseResult => ({
    ok: false,
    error: { id, params },
  });

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      operands.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      if (parseOptions.stopAtOperand === true) {
        operands.push(...argv.slice(i));
        break;
      }
      operands.push(arg);
      continue;
    }

    const long = arg.startsWith('--');
    const equals = long ? arg.indexOf('=') : -1;
    const written = equals >= 0 ? arg.slice(0, equals) : arg;
    const spec = long
      ? specs.find((s) => `--${s.name}` === written)
      : specs.find((s) => s.short !== undefined && `-${s.short}` === written);
    if (spec === undefined) return error('cli.error.unknown-option', { option: written });
    const option = `--${spec.name}`;
    if (options.has(spec.name)) return error('cli.error.repeated-option', { option });

    if (spec.value === undefined) {
      if (equals >= 0) return error('cli.error.unexpected-value', { option });
      options.set(spec.name, true);
      continue;
    }
    let value: string;
    if (equals >= 0) {
      value = arg.slice(equals + 1);
    } else {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('-') && next !== '-')) {
        return error('cli.error.missing-value', { option, value: spec.value });
      }
      value = next;
      i++;
    }
    if (spec.choices !== undefined && !spec.choices.includes(value)) {
      return error('cli.error.invalid-choice', { option, value, choices: spec.choices.join(', ') });
    }
    options.set(spec.name, value);
  }
  return { ok: true, args: { operands, options } };
}
