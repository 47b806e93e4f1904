import type { Rule } from '../../diagnostics/rule.js';
import type { ResolvedPolicy } from '../resolve.js';
import { coverageFeasible } from './coverage-feasible.js';
import { roundTheClock } from './round-the-clock.js';

/** Rules that check a policy on its own. */
export const POLICY_RULES: readonly Rule<ResolvedPolicy>[] = [coverageFeasible, roundTheClock];
