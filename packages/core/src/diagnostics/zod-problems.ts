import type * as z from 'zod/mini';
import { MESSAGES, type MessageId } from '../messages.js';
import { problem, type DataPath, type Problem } from './problem.js';

type Issue = z.core.$ZodIssue;

/**
 * Turns zod issues into problems a supervisor can read. Our schemas name
 * format checks with a message id (`policy.format.time`), so the message
 * text itself never comes from zod.
 */
export function problemsFromIssues(issues: readonly Issue[], prefix: DataPath = []): Problem[] {
  return issues.flatMap((issue) => fromIssue(issue, [...prefix, ...toPath(issue.path)]));
}

function toPath(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((key) => (typeof key === 'number' ? key : String(key)));
}

const EXPECTED: Partial<Record<string, MessageId>> = {
  number: 'input.expected-number',
  int: 'input.expected-number',
  string: 'input.expected-text',
  boolean: 'input.expected-boolean',
  array: 'input.expected-list',
  object: 'input.expected-object',
  record: 'input.expected-object',
};

function fromIssue(issue: Issue, path: DataPath): Problem[] {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) {
        const last = path[path.length - 1];
        const tier = path[path.length - 2];
        if (last === 'role' && typeof tier === 'number' && path.includes('tiers')) {
          return [problem(path, 'policy.tier-without-role', { level: tier + 1 })];
        }
        return [problem(path, 'input.required')];
      }
      return [problem(path, EXPECTED[issue.expected] ?? 'input.expected-object')];
    }
    case 'too_small': {
      if (issue.origin === 'string') return [problem(path, 'input.text-empty')];
      if (issue.origin === 'array' || issue.origin === 'set') {
        return [problem(path, 'input.too-few-items', { minimum: Number(issue.minimum) })];
      }
      return [problem(path, 'input.number-too-small', { minimum: Number(issue.minimum) })];
    }
    case 'too_big':
      return [problem(path, 'input.number-too-big', { maximum: Number(issue.maximum) })];
    case 'invalid_format':
      return [problem(path, isMessageId(issue.message) ? issue.message : 'input.invalid-format')];
    case 'invalid_value':
      return [problem(path, 'input.invalid-option', { options: issue.values.map(String).join(', ') })];
    case 'invalid_union': {
      // Report the alternative that came closest, as a person would read it.
      const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0];
      return closest && closest.length > 0
        ? closest.flatMap((inner) => fromIssue(inner, [...path, ...toPath(inner.path)]))
        : [problem(path, 'input.invalid-option', { options: '—' })];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => problem([...path, key], 'input.unknown-field', { field: key }));
    case 'invalid_key':
    case 'invalid_element':
      return issue.issues.flatMap((inner) => fromIssue(inner, [...path, ...toPath(inner.path)]));
    case 'not_multiple_of':
      return [problem(path, 'input.not-integer')];
    case 'custom':
      return [problem(path, isMessageId(issue.message) ? issue.message : 'input.invalid-option', {})];
  }
}

// Our schemas pass message ids (never prose) as zod messages.
function isMessageId(text: string): text is MessageId {
  return /^[a-z]+\.[a-z.-]+$/.test(text) && text in MESSAGES.en;
}
