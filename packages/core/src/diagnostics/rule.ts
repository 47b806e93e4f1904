import type { ClauseId } from '../policy/clauses.js';
import type { LocalizedText } from '../policy/schema.js';
import type { FindingSubject, MessageParams, Severity } from './finding.js';
import type { MessageId } from '../messages.js';

/** The part of the product a rule belongs to; also the first segment of its id. */
export type RuleDomain = 'policy' | 'roster' | 'swap' | 'handover' | 'case' | 'journal' | 'keys';

/** Everything the docs, the runner and a policy owner need to know about a rule. */
export interface RuleMeta {
  /** `domain/name`, stable: policies refer to it in `severity`. */
  readonly id: string;
  readonly domain: RuleDomain;
  /** The catalogue clauses this rule enforces. */
  readonly clauses: readonly [ClauseId, ...ClauseId[]];
  readonly defaultSeverity: Severity;
  /** One line: what the rule checks. */
  readonly summary: LocalizedText;
  /** Every message the rule may report; the runner refuses any other. */
  readonly messages: readonly [MessageId, ...MessageId[]];
  /** Policy fields (dotted paths) that configure the rule. */
  readonly configuredBy: readonly string[];
  /** A case the rule reports and one it accepts, for the policy reference. */
  readonly examples?: {
    readonly failing: RuleExample;
    readonly passing: RuleExample;
  };
}

/** A short, concrete situation, told in words and optionally shown as data. */
export interface RuleExample {
  readonly description: LocalizedText;
  /** A JSON or TypeScript fragment showing the situation. */
  readonly code?: string;
}

/** What a check reports; the runner adds the rule id, clauses and severity. */
export interface Report {
  readonly messageId: MessageId;
  readonly params?: MessageParams;
  readonly subject: FindingSubject;
  /** Narrow the clauses to the ones this report breaks (default: all of the rule's). */
  readonly clauses?: readonly ClauseId[];
}

/**
 * A rule: metadata plus a pure check. The check reads its context, never the
 * clock or storage, and returns what it found; it never throws for bad data
 * that passed validation.
 */
export interface Rule<Context> {
  readonly meta: RuleMeta;
  check(context: Context): Iterable<Report>;
}

/** Declares a rule with its context type inferred, so rule files stay short. */
export function defineRule<Context>(rule: Rule<Context>): Rule<Context> {
  return rule;
}
