import { problem, type Problem } from '../diagnostics/problem.js';
import { problemsFromIssues } from '../diagnostics/zod-problems.js';
import { PolicyError } from '../policy/policy-error.js';
import { resolvePolicy, type PolicyInput, type ResolvedPolicy } from '../policy/resolve.js';
import { buildRosterContext } from './context.js';
import { RosterDocument, type Roster } from './document.js';
import { RosterError } from './roster-error.js';

export interface ParseRosterOptions {
  /**
   * Use this policy instead of the one the document names (a command's
   * `--policy` option, or a site whose policy is kept elsewhere).
   */
  readonly policy?: PolicyInput;
}

/** A readable roster with its policy, or every problem that keeps it from being read. */
export type RosterParseResult =
  | { readonly ok: true; readonly roster: Roster; readonly policy: ResolvedPolicy }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * Checks a roster document (parsed JSON, a form, rows from a spreadsheet)
 * and resolves its policy. Shape problems are reported first; when the
 * shape is right, every reference is checked against the policy: unknown
 * staff, shifts or posts, dates outside the month, repeated rows. Each
 * problem has its path (`assignments[12].shift`) and a message in every
 * locale. Nothing is dropped or repaired silently.
 */
export function parseRoster(input: unknown, options: ParseRosterOptions = {}): RosterParseResult {
  // `reportInput` lets a wrong type read as "a number is expected" rather than "a value is required".
  const parsed = RosterDocument.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: problemsFromIssues(parsed.error.issues) };
  const roster = parsed.data;

  let policy: ResolvedPolicy;
  try {
    policy = resolveRosterPolicy(roster, options.policy);
  } catch (error) {
    if (!(error instanceof PolicyError)) throw error;
    return {
      ok: false,
      problems: error.problems.map((p) => problem(policyPath(p.path, options), p.code, p.params)),
    };
  }

  try {
    buildRosterContext(roster, policy);
  } catch (error) {
    if (!(error instanceof RosterError)) throw error;
    return { ok: false, problems: error.problems };
  }
  return { ok: true, roster, policy };
}

/** Reads a roster file's text (UTF-8, with or without a byte-order mark) and checks it. */
export function parseRosterJson(text: string, options: ParseRosterOptions = {}): RosterParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [problem([], 'input.malformed-json', { detail })] };
  }
  return parseRoster(data, options);
}

/**
 * Like {@link parseRoster}, for callers that prefer an exception.
 *
 * @throws {RosterError} listing every problem.
 */
export function readRoster(
  input: unknown,
  options: ParseRosterOptions = {},
): { roster: Roster; policy: ResolvedPolicy } {
  const result = parseRoster(input, options);
  if (!result.ok) throw new RosterError(result.problems);
  return { roster: result.roster, policy: result.policy };
}

/**
 * The policy a roster is checked under: `override` when given, else the
 * preset (and overrides) the document names.
 *
 * @throws {PolicyError} when that policy is not valid.
 */
export function resolveRosterPolicy(roster: Pick<Roster, 'policy'>, override?: PolicyInput): ResolvedPolicy {
  if (override !== undefined) return resolvePolicy(override);
  return resolvePolicy(roster.policy);
}

/** Where a policy problem sits in the roster document. */
function policyPath(path: readonly (string | number)[], options: ParseRosterOptions): (string | number)[] {
  if (options.policy !== undefined) return ['policy', ...path];
  const [head] = path;
  // Problems in the merged policy come from the document's overrides: presets are valid.
  return head === 'overrides' || head === 'preset' || path.length === 0
    ? ['policy', ...path]
    : ['policy', 'overrides', ...path];
}
