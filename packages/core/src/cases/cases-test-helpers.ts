/**
 * Test helpers: a desk that runs case commands the way a front desk would,
 * sealing each accepted entry into an in-memory list (hashes are stand-ins;
 * tests of corrections use a real journal instead).
 */
import type { Finding } from '../diagnostics/finding.js';
import { GENESIS_PREV, type Actor, type SealedEntry } from '../journal/entry.js';
import type { JsonValue } from '../journal/json.js';
import { resolvePolicy, type PolicyOverrides, type ResolvedPolicy } from '../policy/resolve.js';
import type { PresetId } from '../policy/presets/index.js';
import { checkCases } from './check.js';
import type { CaseCommandContext, CaseSource, OpenCaseInput } from './commands.js';
import type { CaseCommandResult } from './refusal.js';
import { foldCases, type CaseRegister } from './register.js';

/** An instant at the site (Asia/Shanghai in every preset): `at('09:30')`, `at('09:30', '2026-12-02')`. */
export function at(time: string, day = '2026-12-01'): string {
  return `${day}T${time}:00+08:00`;
}

export const CHAN: Actor = { staffId: 'S-017', name: '陳小明', role: 'duty-officer' };
export const LEE: Actor = { staffId: 'S-023', name: '李美華', role: 'duty-officer' };
export const WONG: Actor = { staffId: 'S-005', name: '黃志強', role: 'cs-supervisor' };
export const ENGINEER: Actor = { staffId: 'E-101', name: '張工', role: 'engineering-head' };

/** A complete intake: every field a preset may require. */
export function intake(caseId: string, overrides: Partial<OpenCaseInput> = {}): OpenCaseInput {
  return {
    caseId,
    gravity: 'general',
    channel: 'phone',
    callerName: '周太太',
    callerPhone: '138 0013 8000',
    matter: '12 樓走廊燈不亮',
    category: 'repairs',
    inRemit: true,
    ...overrides,
  };
}

type Command = (source: CaseSource, context: CaseCommandContext) => CaseCommandResult;

export interface Desk {
  readonly policy: ResolvedPolicy;
  readonly entries: readonly SealedEntry[];
  /** Runs a command and seals its entry; fails the test on a refusal. */
  act(actor: Actor, time: string, command: Command): SealedEntry;
  /** Runs a command and returns its result without sealing anything. */
  attempt(actor: Actor, time: string, command: Command): CaseCommandResult;
  register(): CaseRegister;
  check(now: string): Finding[];
}

export function desk(preset: PresetId = 'reg7', overrides?: PolicyOverrides): Desk {
  const policy = overrides === undefined ? resolvePolicy(preset) : resolvePolicy(preset, overrides);
  const entries: SealedEntry[] = [];
  const context = (actor: Actor, time: string): CaseCommandContext => ({ policy, actor, at: time });
  return {
    policy,
    entries,
    act(actor, time, command) {
      const result = command(entries, context(actor, time));
      if (!result.ok)
        throw new Error(`refused: ${result.refusal.code} ${JSON.stringify(result.refusal.params)}`);
      const seq = entries.length;
      const sealed: SealedEntry = {
        ...result.entry,
        payload: result.entry.payload as JsonValue,
        seq,
        prev: seq === 0 ? GENESIS_PREV : standIn(seq - 1),
        hash: standIn(seq),
      };
      entries.push(sealed);
      return sealed;
    },
    attempt(actor, time, command) {
      return command(entries, context(actor, time));
    },
    register() {
      return foldCases(entries, policy);
    },
    check(now) {
      return checkCases(entries, policy, { now });
    },
  };
}

function standIn(seq: number): string {
  return seq.toString(16).padStart(64, 'a');
}

/** The findings of one rule. */
export function findingsOf(findings: readonly Finding[], rule: string): Finding[] {
  return findings.filter((finding) => finding.rule === rule);
}
