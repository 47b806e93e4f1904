/**
 * The shape of a subcommand. `run.ts` does everything commands share — the
 * language, `--help`, strict option parsing, operand counts, usage errors,
 * exit code 2 for a crash — so a command only says what it takes and does
 * its work.
 *
 * To add a command (`check` is next): write `commands/<name>.ts` exporting a
 * `Command`, add its words to `messages.ts`, and list it in
 * `commands/index.ts`. Read input files with `context.readText` (size limit,
 * encodings and the error messages come with it) and show problems with the
 * helpers of `report.ts`.
 */
import type { Locale, MessageParams } from '../index.js';
import type { OptionSpec } from './args.js';
import type { ReadTextResult } from './input.js';
import type { CliIo, ExitCode } from './io.js';
import type { CliMessageId } from './messages.js';

export interface Command {
  /** The word after `duty-handover`. */
  readonly name: string;
  /** Names of the operands, all required, in order: `journal.json`. */
  readonly operands: readonly string[];
  /** The command's own options; `--lang` and `--help` are added to every command. */
  readonly options: readonly OptionSpec[];
  /** One line for the list of commands. */
  readonly summary: CliMessageId;
  /** A paragraph for the command's help. */
  readonly description: CliMessageId;
  /** What exit codes 0, 1 and 2 mean for this command. */
  readonly exitCodes: readonly [CliMessageId, CliMessageId, CliMessageId];
  run(context: CommandContext): Promise<ExitCode>;
}

export interface CommandContext {
  readonly io: CliIo;
  readonly locale: Locale;
  /** Exactly as many as the command declares. */
  readonly operands: readonly string[];
  /** The value of an option that takes one, if given. */
  option(name: string): string | undefined;
  /** Whether a flag was given. */
  flag(name: string): boolean;
  /** A CLI message in the chosen language. */
  text(id: CliMessageId, params?: MessageParams): string;
  /** Reads and decodes an input file (`-` for standard input). Never throws. */
  readText(path: string): Promise<ReadTextResult>;
  /** How to name a file in messages (`-` is shown as "standard input"). */
  displayName(path: string): string;
}
