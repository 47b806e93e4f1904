import { describeProblems, type Problem } from '../diagnostics/problem.js';

/**
 * The roster document could not be used. `problems` lists every problem
 * found (not just the first) with its path and a message in each locale;
 * `message` is the English list, so a log shows something useful.
 */
export class RosterError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    super(`The roster has ${problems.length} problem(s):\n${describeProblems(problems, 'en')}`);
    this.name = 'RosterError';
    this.problems = problems;
  }
}
