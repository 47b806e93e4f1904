/**
 * The `duty-handover` command (Node only): wires `run` to the process.
 * `bin/duty-handover.js` runs the bundled copy of this file (dist/cli.js);
 * `node --import tsx packages/core/src/cli/index.ts` runs the sources.
 *
 * The exit code is set, not forced with `process.exit`, so that output
 * still being written to a pipe is never cut off.
 */
import { nodeIo } from './node-io.js';
import { run } from './run.js';

// `duty-handover export … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await run(process.argv.slice(2), nodeIo());
