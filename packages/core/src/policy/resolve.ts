import { RULE_IDS } from '../rule-ids.js';
import { crossCheckPolicy } from './cross-check.js';
import { PolicyError } from './policy-error.js';
import { PRESET_IDS, isPresetId, type PresetId } from './presets/ids.js';
import { PRESETS } from './presets/index.js';

export { isPresetId } from './presets/ids.js';
import { problem, type Problem } from '../diagnostics/problem.js';
import { Policy } from './schema.js';
import { problemsFromIssues } from '../diagnostics/zod-problems.js';

/** Readonly all the way down: a resolved policy can be shared but not changed. */
export type DeepReadonly<T> = T extends (infer E)[]
  ? readonly DeepReadonly<E>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** Optional all the way down, except that lists are replaced whole. */
export type DeepPartial<T> = T extends unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

/** A validated, frozen policy. */
export type ResolvedPolicy = DeepReadonly<Policy>;

/** Changes to a preset: objects merge field by field, lists and values replace. */
export type PolicyOverrides = DeepPartial<Policy>;

/** How a site stores its policy: a preset and its own changes. */
export interface PolicyDocument {
  readonly preset: PresetId;
  readonly overrides?: PolicyOverrides;
}

export type PolicyInput = PresetId | Policy | ResolvedPolicy | PolicyDocument;

/**
 * Returns the validated, frozen policy for a preset id, a full policy object
 * or a `{ preset, overrides }` document, with optional further overrides.
 *
 * @throws {PolicyError} listing every problem, with its path and messages.
 */
export function resolvePolicy(input: PolicyInput, overrides?: PolicyOverrides): ResolvedPolicy;
/** Untyped data (a parsed file, a form) is accepted too and checked just as strictly. */
export function resolvePolicy(input: unknown, overrides?: unknown): ResolvedPolicy;
export function resolvePolicy(input: unknown, overrides?: unknown): ResolvedPolicy {
  return resolvePolicyFrom(PRESETS, input, overrides);
}

/** The presets a resolution may build on: all of them, or the ones a page has loaded. */
export type PresetSource = Readonly<Partial<Record<PresetId, Policy | ResolvedPolicy>>>;

/**
 * `resolvePolicy` with the presets passed in. A page that loads presets one at a
 * time (the widget fetches only the preset its `policy` attribute names) resolves
 * through this, so the other presets are never downloaded. A known preset that is
 * not among `presets` is reported as a problem, like an unknown one.
 *
 * @throws {PolicyError} listing every problem, with its path and messages.
 */
export function resolvePolicyFrom(
  presets: PresetSource,
  input: unknown,
  overrides?: unknown,
): ResolvedPolicy {
  const problems: Problem[] = [];
  let candidate = base(presets, input, problems);
  if (isDocument(input) && input.overrides !== undefined) {
    candidate = applyOverrides(candidate, input.overrides, ['overrides'], problems);
  }
  if (overrides !== undefined) candidate = applyOverrides(candidate, overrides, [], problems);
  if (problems.length > 0) throw new PolicyError(problems);

  // reportInput lets a wrong value be told apart from a missing one.
  const parsed = Policy.safeParse(candidate, { reportInput: true });
  if (!parsed.success) throw new PolicyError(problemsFromIssues(parsed.error.issues));
  const crossProblems = crossCheckPolicy(parsed.data, { ruleIds: new Set(RULE_IDS) });
  if (crossProblems.length > 0) throw new PolicyError(crossProblems);
  return deepFreeze(parsed.data);
}

/** The preset a policy input builds on (a preset id, or a document's `preset`), if it names a known one. */
export function presetOf(input: unknown): PresetId | undefined {
  const preset = typeof input === 'string' ? input : isDocument(input) ? input.preset : undefined;
  return isPresetId(preset) ? preset : undefined;
}

/**
 * Reads a policy file's text (a full policy or a `{ preset, overrides }`
 * document) and resolves it.
 *
 * @throws {PolicyError} for malformed JSON as for any other problem.
 */
export function parsePolicyJson(text: string): ResolvedPolicy {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new PolicyError([problem([], 'input.malformed-json', { detail })]);
  }
  return resolvePolicy(data);
}

/** A stored `{ preset, overrides }` document, before anything in it is trusted. */
function isDocument(input: unknown): input is { preset: unknown; overrides?: unknown } {
  return isPlainObject(input) && 'preset' in input && !('id' in input);
}

function base(presets: PresetSource, input: unknown, problems: Problem[]): unknown {
  const preset = typeof input === 'string' ? input : isDocument(input) ? input.preset : undefined;
  if (preset === undefined) return input;
  const path = typeof input === 'string' ? [] : ['preset'];
  if (isPresetId(preset)) {
    const policy = presets[preset];
    if (policy !== undefined) return policy;
    problems.push(problem(path, 'policy.preset-not-loaded', { preset }));
    return undefined;
  }
  problems.push(
    problem(path, 'policy.unknown-preset', {
      preset: typeof preset === 'string' ? preset : `(${typeof preset})`,
      known: PRESET_IDS.join(', '),
    }),
  );
  return undefined;
}

/**
 * Merges overrides into a policy. A value a site changes no longer reproduces
 * the clause its preset cited, so citations on overridden paths are dropped
 * unless the overrides cite anew.
 */
function applyOverrides(target: unknown, overrides: unknown, path: string[], problems: Problem[]): unknown {
  if (!isPlainObject(overrides)) {
    problems.push(problem(path, 'policy.invalid-overrides'));
    return target;
  }
  if (!isPlainObject(target)) return target;
  const changed: string[] = [];
  const { citations: ownCitations, ...rest } = overrides;
  const merged = mergeInto(target, rest, [], changed);
  const inherited = isPlainObject(target['citations']) ? target['citations'] : {};
  const kept = Object.fromEntries(
    Object.entries(inherited).filter(
      ([cited]) =>
        !changed.some((p) => p === cited || cited.startsWith(`${p}.`) || p.startsWith(`${cited}.`)),
    ),
  );
  // A non-object `citations` is left for the schema to report.
  merged['citations'] = isPlainObject(ownCitations) ? { ...kept, ...ownCitations } : (ownCitations ?? kept);
  return merged;
}

function mergeInto(
  target: Record<string, unknown>,
  overrides: Record<string, unknown>,
  path: string[],
  changed: string[],
): Record<string, unknown> {
  const result: Record<string, unknown> = { ...target };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    const current = target[key];
    if (isPlainObject(value) && isPlainObject(current)) {
      result[key] = mergeInto(current, value, [...path, key], changed);
    } else {
      result[key] = value;
      changed.push([...path, key].join('.'));
    }
  }
  return result;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function deepFreeze<T>(value: T): DeepReadonly<T> {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value as DeepReadonly<T>;
}
