/**
 * `duty-handover export <journal.json> --csv`: a reading copy of a journal
 * for a spreadsheet (see `exportJournalCsv`). Exit 0 when the CSV is
 * written, 1 when it is written but the journal is broken (a warning names
 * the seq), 2 when nothing could be written.
 */
import { exportJournalCsv, isKnownTimeZone } from '../../index.js';
import type { Command } from '../command.js';
import { PROGRAM } from '../help.js';
import { reportUnreadable, showProblem } from '../report.js';
import { findBreak, loadJournal } from './journal-file.js';

export const exportCommand: Command = {
  name: 'export',
  operands: ['journal.json'],
  options: [
    { name: 'csv', required: true, description: 'cli.export.option.csv' },
    { name: 'out', value: 'file', description: 'cli.export.option.out' },
    { name: 'time-zone', value: 'Area/City', description: 'cli.export.option.time-zone' },
  ],
  summary: 'cli.export.summary',
  description: 'cli.export.description',
  exitCodes: ['cli.exit.export.0', 'cli.exit.export.1', 'cli.exit.export.2'],

  async run(context) {
    const { io, locale } = context;
    const [path = ''] = context.operands;
    const file = context.displayName(path);
    const out = context.option('out');
    const zoneOption = context.option('time-zone');

    if (zoneOption !== undefined && !isKnownTimeZone(zoneOption)) {
      io.stderr(`${PROGRAM}: ${context.text('cli.export.unknown-time-zone', { timeZone: zoneOption })}\n`);
      return 2;
    }
    if (out !== undefined && path !== '-' && io.resolvePath(out) === io.resolvePath(path)) {
      io.stderr(`${out}: ${context.text('cli.file.same-as-input')}\n`);
      return 2;
    }

    const loaded = await loadJournal(context, path);
    if (!loaded.readable) return reportUnreadable(context, file, loaded.problems, 'text');
    const { imported } = loaded;
    // Only a well-formed file is exported: a summary of malformed entries would mislead.
    if (!imported.ok) {
      return reportUnreadable(
        context,
        file,
        imported.problems.map((p) => showProblem(p, locale)),
        'text',
      );
    }

    const { document } = imported;
    const timeZone = zoneOption ?? document.site?.timeZone;
    const csv = exportJournalCsv(document.entries, {
      locale,
      ...(timeZone === undefined ? {} : { timeZone }),
    });
    const broken = await findBreak(document.entries, document.head, [], locale);

    if (out === undefined) {
      io.stdout(csv);
    } else {
      try {
        await io.writeFile(out, new TextEncoder().encode(csv));
      } catch (error) {
        const code = (error as { code?: unknown } | null)?.code;
        const detail =
          typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
        io.stderr(`${out}: ${context.text('cli.file.unwritable', { detail })}\n`);
        return 2;
      }
      io.stdout(`${context.text('cli.export.written', { count: document.entries.length, out })}\n`);
    }

    if (broken !== undefined) {
      const reason = context.text(`cli.verify.reason.${broken.reason}`);
      io.stderr(`${file}: ${context.text('cli.export.broken', { seq: broken.seq, reason })}\n`);
      return 1;
    }
    return 0;
  },
};
