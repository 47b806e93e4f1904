/**
 * `duty-handover verify <journal.json>`: is an exported journal intact?
 * Exit 0 when it is (count and head hash printed), 1 when it is broken
 * (the first broken seq, the reason in words and the detail), 2 when the
 * file cannot be read as a journal export.
 */
import type { JournalDocument } from '../../index.js';
import type { Command, CommandContext } from '../command.js';
import type { ExitCode } from '../io.js';
import { printJson, problemLine, reportUnreadable, type OutputFormat } from '../report.js';
import { findBreak, loadJournal, type JournalBreak } from './journal-file.js';

export const verifyCommand: Command = {
  name: 'verify',
  operands: ['journal.json'],
  options: [
    {
      name: 'format',
      value: 'text|json',
      choices: ['text', 'json'],
      description: 'cli.verify.option.format',
    },
  ],
  summary: 'cli.verify.summary',
  description: 'cli.verify.description',
  exitCodes: ['cli.exit.verify.0', 'cli.exit.verify.1', 'cli.exit.usage-or-unreadable'],

  async run(context) {
    const [path = ''] = context.operands;
    const file = context.displayName(path);
    const format: OutputFormat = context.option('format') === 'json' ? 'json' : 'text';

    const loaded = await loadJournal(context, path);
    if (!loaded.readable) return reportUnreadable(context, file, loaded.problems, format);
    const { imported } = loaded;
    const { entries, head } = imported.ok
      ? imported.document
      : (imported.found ?? { entries: [], head: null });
    const found = await findBreak(entries, head, imported.ok ? [] : imported.problems, context.locale);
    if (found !== undefined) return reportBroken(context, file, found, format);
    // No break and no import problems: the import succeeded.
    if (!imported.ok) throw new Error('a journal with problems was found intact');
    return reportIntact(context, file, imported.document, format);
  },
};

function reportIntact(
  context: CommandContext,
  file: string,
  document: JournalDocument,
  format: OutputFormat,
): ExitCode {
  const { head, entries, exportedAt, site } = document;
  if (format === 'json') {
    printJson(context, {
      file,
      status: 'intact',
      count: entries.length,
      head,
      exportedAt,
      ...(site === undefined ? {} : { site }),
    });
    return 0;
  }
  const summary =
    head === null
      ? context.text('cli.verify.intact-empty')
      : context.text('cli.verify.intact', { count: entries.length, seq: head.seq, hash: head.hash });
  const exported =
    site === undefined
      ? context.text('cli.verify.exported', { exportedAt })
      : context.text('cli.verify.exported-site', {
          exportedAt,
          site: site.name === undefined ? site.id : `${site.name} (${site.id})`,
        });
  context.io.stdout(`${file}: ${summary}\n${exported}\n`);
  return 0;
}

function reportBroken(
  context: CommandContext,
  file: string,
  found: JournalBreak,
  format: OutputFormat,
): ExitCode {
  const reason = context.text(`cli.verify.reason.${found.reason}`);
  if (format === 'json') {
    printJson(context, {
      file,
      status: 'broken',
      seq: found.seq,
      reason: found.reason,
      reasonText: reason,
      message: found.message,
      problems: found.problems,
    });
    return 1;
  }
  const lines = [
    `${file}: ${context.text('cli.verify.broken', { seq: found.seq, reason })}`,
    `  ${found.message}`,
    ...found.problems.map((problem) => `  ${problemLine(file, problem)}`),
  ];
  context.io.stdout(`${lines.join('\n')}\n`);
  return 1;
}
