/**
 * `duty-handover check <roster.json | roster.csv>`: a month's duty roster
 * checked against its policy, every finding with the clause behind it.
 * Exit 0 when there are no errors (warnings allowed), 1 when there are, 2
 * when the roster cannot be read (every problem naming its file, line and
 * column) or the command line is wrong.
 */
import { PRESET_IDS, isPresetId, parseInstant, validateRoster } from '../../index.js';
import type { Command } from '../command.js';
import { PROGRAM } from '../help.js';
import { reportUnreadable, type OutputFormat } from '../report.js';
import { printCheckJson, printCheckText } from './check-output.js';
import { loadRoster } from './roster-file.js';

export const checkCommand: Command = {
  name: 'check',
  operands: ['roster.json | roster.csv'],
  options: [
    { name: 'policy', value: 'preset', choices: PRESET_IDS, description: 'cli.check.option.policy' },
    { name: 'meta', value: 'file', description: 'cli.check.option.meta' },
    { name: 'format', value: 'text|json', choices: ['text', 'json'], description: 'cli.check.option.format' },
    { name: 'now', value: 'ISO', description: 'cli.check.option.now' },
  ],
  summary: 'cli.check.summary',
  description: 'cli.check.description',
  exitCodes: ['cli.exit.check.0', 'cli.exit.check.1', 'cli.exit.check.2'],

  async run(context) {
    const { io } = context;
    const [path = ''] = context.operands;
    const file = context.displayName(path);
    const format: OutputFormat = context.option('format') === 'json' ? 'json' : 'text';
    const presetOption = context.option('policy');
    const policy = isPresetId(presetOption) ? presetOption : undefined;
    const metaPath = context.option('meta');
    const now = context.option('now');

    if (now !== undefined && parseInstant(now) === undefined) {
      io.stderr(`${PROGRAM}: ${context.text('cli.check.bad-now', { value: now })}\n`);
      return 2;
    }

    const loaded = await loadRoster(context, path, {
      ...(policy !== undefined && { policy }),
      ...(metaPath !== undefined && { metaPath }),
    });
    if (!loaded.ok) {
      if ('metaWithJson' in loaded) {
        io.stderr(`${PROGRAM}: ${context.text('cli.check.meta-with-json', { file })}\n`);
        return 2;
      }
      return reportUnreadable(context, file, loaded.problems, format);
    }

    const { roster, policy: resolved } = loaded.loaded;
    const validation = validateRoster(roster, resolved, now === undefined ? {} : { now });
    if (format === 'json') printCheckJson(context, file, loaded.loaded, validation);
    else printCheckText(context, file, loaded.loaded, validation);
    return validation.findings.some((finding) => finding.severity === 'error') ? 1 : 0;
  },
};
