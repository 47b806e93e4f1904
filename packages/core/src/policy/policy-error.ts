import { describeProblems, type Problem } from '../diagnostics/problem.js';

/**
 * The policy could not be used. `problems` lists every problem found (not
 * just the first) with its path and a message in each locale; `message` is
 * the English list, so a log shows something useful without a stack.
 */
export class PolicyError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    super(`The policy has ${problems.length} problem(s):\n${describeProblems(problems, 'en')}`);
    this.name = 'PolicyError';
    this.problems = problems;
  }
}
