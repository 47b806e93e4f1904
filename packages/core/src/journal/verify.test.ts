import { addMinutes, formatISO } from 'date-fns';
import { tz } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import {
  CHECKPOINT_TYPE,
  GENESIS_PREV,
  PURGE_RECORD_TYPE,
  type SealedEntry,
  type UnsealedEntry,
} from './entry.js';
import { hashEntry } from './hash.js';
import { createJournal } from './journal.js';
import type { JsonValue } from './json.js';
import { createMemoryAdapter } from './memory-adapter.js';
import { verifyJournal, VERIFY_CLAUSES, type VerifyResult } from './verify.js';

const HONG_KONG = tz('Asia/Hong_Kong');
const START = '2026-12-01T08:00:00+08:00';

/** A varied, deterministic journal: several types, nested payloads, optional actor fields. */
function generated(count: number): UnsealedEntry[] {
  return Array.from({ length: count }, (_, i) => {
    const at = formatISO(addMinutes(START, i * 7, { in: HONG_KONG }), { in: HONG_KONG });
    const actor =
      i % 3 === 0
        ? { staffId: `S-${100 + (i % 5)}`, name: '陳小明', role: 'duty-officer' }
        : { staffId: `S-${100 + (i % 5)}` };
    const kind = i % 3;
    const payload: JsonValue =
      kind === 0
        ? {
            handoverId: `h-${i}`,
            by: i % 2 === 0 ? 'outgoing' : 'incoming',
            items: ['key-A1', 'radio-2'],
            ok: true,
          }
        : kind === 1
          ? { caseId: `C-${i}`, caller: 'Mr Wong', phone: '21234567', sla: { hours: 24, tier: 1 } }
          : { keyId: `K-${i}`, count: i + 1, note: '鑰匙交接' };
    const type = ['handover.signed', 'case.opened', 'key-register.issued'][kind] ?? 'x.y';
    return { id: `e-${i}`, at, actor, type, payload };
  });
}

async function sealedJournal(count: number): Promise<SealedEntry[]> {
  const journal = createJournal({ adapter: createMemoryAdapter(), allowUnknownTypes: true });
  return journal.appendMany(generated(count));
}

/** Changes one character, keeping its class (digit, hex letter, letter) so the format stays valid. */
function changeOneCharacter(text: string): string {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charAt(i);
    let replacement: string | undefined;
    if (/[0-9]/.test(c)) replacement = String((Number(c) + 1) % 10);
    else if (/[a-f]/.test(c)) replacement = c === 'f' ? 'a' : String.fromCharCode(c.charCodeAt(0) + 1);
    else if (/[g-z]/.test(c)) replacement = c === 'z' ? 'g' : String.fromCharCode(c.charCodeAt(0) + 1);
    else if (/[A-Z]/.test(c)) replacement = c === 'Z' ? 'A' : String.fromCharCode(c.charCodeAt(0) + 1);
    else if (/\p{Script=Han}/u.test(c)) replacement = c === '交' ? '接' : '交';
    if (replacement !== undefined) return text.slice(0, i) + replacement + text.slice(i + 1);
  }
  throw new Error(`nothing to change in ${text}`);
}

type Path = readonly (string | number)[];

/** Every leaf of an entry that a tamperer could change, as paths. */
function leafPaths(value: unknown, path: Path = []): Path[] {
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, inner]) =>
      leafPaths(inner, [...path, Array.isArray(value) ? Number(key) : key]),
    );
  }
  return [path];
}

function tampered(entries: readonly SealedEntry[], index: number, path: Path): unknown[] {
  const copy = structuredClone(entries) as unknown[];
  let parent = copy[index] as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  const value = parent[last];
  if (typeof value === 'string') parent[last] = changeOneCharacter(value);
  else if (typeof value === 'number') parent[last] = Number(changeOneCharacter(String(value)));
  else if (typeof value === 'boolean') parent[last] = !value;
  else throw new Error(`unexpected leaf at ${path.join('.')}`);
  return copy;
}

function broken(result: VerifyResult) {
  if (result.intact) throw new Error('expected a broken journal');
  return { reason: result.reason, seq: result.seq, index: result.index };
}

describe('verifyJournal', () => {
  it('cites the clauses it enforces', () => {
    expect(VERIFY_CLAUSES).toEqual(['REG7-8.5a', 'HOS-4.8']);
  });

  it('finds a generated journal of a few hundred entries intact and exposes its head', async () => {
    const entries = await sealedJournal(300);
    const result = await verifyJournal(entries);
    expect(result).toEqual({ intact: true, count: 300, head: entries[299] });
  });

  it('finds an empty journal intact', async () => {
    expect(await verifyJournal([])).toEqual({ intact: true, count: 0, head: undefined });
  });

  it('detects a one-character change to ANY field of ANY entry, at that seq', async () => {
    const entries = await sealedJournal(45);
    let checked = 0;
    for (const [index, entry] of entries.entries()) {
      const paths = leafPaths(entry);
      // Every field is covered, including nested actor and payload values.
      expect(paths.map((p) => String(p[0]))).toEqual(
        expect.arrayContaining(['seq', 'id', 'at', 'actor', 'type', 'payload', 'prev', 'hash']),
      );
      for (const path of paths) {
        const result = broken(await verifyJournal(tampered(entries, index, path)));
        expect(result, `${index}:${path.join('.')}`).toEqual({ reason: 'altered', seq: index, index });
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(45 * 9);
  });

  it('detects a deleted entry as "removed" at the following seq', async () => {
    const entries = await sealedJournal(40);
    for (let index = 0; index < entries.length - 1; index++) {
      const gap = entries.filter((_, i) => i !== index);
      expect(broken(await verifyJournal(gap)), `delete ${index}`).toEqual({
        reason: 'removed',
        seq: index + 1,
        index,
      });
    }
    const twoGone = entries.filter((_, i) => i !== 5 && i !== 6);
    expect(broken(await verifyJournal(twoGone))).toEqual({ reason: 'removed', seq: 7, index: 5 });
  });

  it('cannot see a truncated tail by the chain alone: compare the head with a stored head hash', async () => {
    // Dropping the last entries leaves a valid, shorter chain. This is inherent to
    // hash chains; callers keep the head hash elsewhere and compare it.
    const entries = await sealedJournal(20);
    const storedHead = { seq: 19, hash: entries[19]?.hash };
    const result = await verifyJournal(entries.slice(0, 17));
    expect(result.intact).toBe(true);
    if (result.intact) {
      expect(result.head?.seq).toBe(16);
      expect({ seq: result.head?.seq, hash: result.head?.hash }).not.toEqual(storedHead);
    }
  });

  it('detects two swapped entries as "reordered" at the first swapped seq', async () => {
    const entries = await sealedJournal(30);
    for (const [a, b] of [
      [0, 1],
      [10, 11],
      [3, 17],
      [28, 29],
    ] as const) {
      const swapped = [...entries];
      [swapped[a], swapped[b]] = [entries[b]!, entries[a]!];
      expect(broken(await verifyJournal(swapped)), `swap ${a},${b}`).toEqual({
        reason: 'reordered',
        seq: a,
        index: a,
      });
    }
  });

  it('detects a repeated entry as "reordered"', async () => {
    const entries = await sealedJournal(10);
    const repeated = [...entries.slice(0, 5), entries[4], ...entries.slice(5)];
    expect(broken(await verifyJournal(repeated))).toEqual({ reason: 'reordered', seq: 5, index: 5 });
  });

  it('detects a changed entry whose hash was recomputed as "forged-link" at the next seq', async () => {
    const entries = await sealedJournal(30);
    for (let index = 0; index < entries.length - 1; index++) {
      const copy = structuredClone(entries);
      const target = copy[index] as { payload: unknown; hash: string } & SealedEntry;
      target.payload = { forged: true };
      target.hash = await hashEntry(target);
      expect(broken(await verifyJournal(copy)), `rehash ${index}`).toEqual({
        reason: 'forged-link',
        seq: index + 1,
        index: index + 1,
      });
    }
  });

  it('detects a first entry re-hashed onto another chain', async () => {
    const entries = await sealedJournal(3);
    const first = { ...entries[0]!, prev: 'f'.repeat(64) };
    const forged = { ...first, hash: await hashEntry(first) };
    expect(broken(await verifyJournal([forged, ...entries.slice(1)]))).toEqual({
      reason: 'forged-link',
      seq: 0,
      index: 0,
    });
  });

  it('reports an entry that does not fit the schema as "malformed", with the problems', async () => {
    const entries = await sealedJournal(5);
    const withoutHash: Record<string, unknown> = { ...entries[2]! };
    delete withoutHash['hash'];
    const result = await verifyJournal([...entries.slice(0, 2), withoutHash, ...entries.slice(3)]);
    expect(broken(result)).toEqual({ reason: 'malformed', seq: 2, index: 2 });
    if (!result.intact) {
      expect(result.problems.map((p) => `${p.path.join('.')}:${p.code}`)).toEqual(['2.hash:input.required']);
      expect(result.detail.message.en).toBe('The entry at position 3 is not a well-formed journal entry.');
      expect(result.detail.message['zh-Hant']).toContain('第 3 筆');
    }
    expect(broken(await verifyJournal([entries[0], 'junk']))).toEqual({
      reason: 'malformed',
      seq: 1,
      index: 1,
    });
    const notJson = { ...entries[1]!, payload: { n: Number.NaN } };
    expect(broken(await verifyJournal([entries[0], notJson]))).toEqual({
      reason: 'malformed',
      seq: 1,
      index: 1,
    });
  });

  it('describes a break in every locale', async () => {
    const entries = await sealedJournal(5);
    const result = await verifyJournal(tampered(entries, 2, ['payload', 'keyId']));
    expect(result.intact).toBe(false);
    if (!result.intact) {
      expect(result.detail.path).toEqual([2]);
      expect(result.detail.message.en).toBe(
        'Entry seq 2 (position 3) was changed after it was recorded: its hash does not match its content.',
      );
      expect(result.detail.message['zh-Hans']).toContain('序号 2');
    }
  });

  it('verifies a journal that starts with a checkpoint, and detects a forged checkpoint', async () => {
    const entries = await sealedJournal(12);
    const last = entries[4]!;
    const content = {
      seq: last.seq,
      id: 'checkpoint/4',
      at: '2030-01-01T00:00:00+08:00',
      actor: { staffId: 'journal' },
      type: CHECKPOINT_TYPE,
      payload: { seq: last.seq, hash: last.hash, at: last.at, count: 5, fromSeq: 0 },
      prev: last.hash,
    };
    const checkpoint: SealedEntry = { ...content, hash: await hashEntry(content) };
    // The purge's own record at the head names the checkpoint it left.
    const head = entries[11]!;
    const recordContent = {
      seq: 12,
      id: 'purge/4',
      at: '2030-01-01T00:00:00+08:00',
      actor: { staffId: 'journal' },
      type: PURGE_RECORD_TYPE,
      payload: { checkpoint: checkpoint.hash, seq: 4, fromSeq: 0, count: 5 },
      prev: head.hash,
    };
    const record: SealedEntry = { ...recordContent, hash: await hashEntry(recordContent) };
    const purged = [checkpoint, ...entries.slice(5), record];
    expect(await verifyJournal(purged)).toMatchObject({ intact: true, count: 9 });

    // A checkpoint whose claims disagree with its own link, even re-hashed.
    const lying = { ...content, payload: { ...content.payload, hash: 'e'.repeat(64) } };
    const rehashed = { ...lying, hash: await hashEntry(lying) };
    expect(broken(await verifyJournal([rehashed, ...entries.slice(5), record]))).toEqual({
      reason: 'forged-link',
      seq: 4,
      index: 0,
    });
    // A checkpoint rewritten (who purged, how many) and re-hashed: no purge recorded it.
    const rewritten = { ...content, actor: { staffId: 'S-999' }, payload: { ...content.payload, count: 4 } };
    const resealed = { ...rewritten, hash: await hashEntry(rewritten) };
    expect(broken(await verifyJournal([resealed, ...entries.slice(5), record]))).toEqual({
      reason: 'unrecorded-checkpoint',
      seq: 4,
      index: 0,
    });
    // The record, as the newest entry, rewritten to claim another count and re-hashed.
    const recount = { ...recordContent, payload: { ...recordContent.payload, count: 6 } };
    const recounted = { ...recount, hash: await hashEntry(recount) };
    expect(broken(await verifyJournal([checkpoint, ...entries.slice(5), recounted]))).toEqual({
      reason: 'unrecorded-checkpoint',
      seq: 4,
      index: 0,
    });
    // A checkpoint with no record of its purge at all.
    expect(broken(await verifyJournal([checkpoint, ...entries.slice(5)]))).toEqual({
      reason: 'unrecorded-checkpoint',
      seq: 4,
      index: 0,
    });
    // An entry after the checkpoint removed.
    expect(broken(await verifyJournal([checkpoint, ...entries.slice(6), record]))).toEqual({
      reason: 'removed',
      seq: 6,
      index: 1,
    });
    // The checkpoint moved from the front: reported where it belongs.
    expect(broken(await verifyJournal([entries[5]!, checkpoint, ...entries.slice(6), record]))).toEqual({
      reason: 'reordered',
      seq: 4,
      index: 0,
    });
    // Without the checkpoint, the remaining entries do not start a chain.
    expect(broken(await verifyJournal(entries.slice(5)))).toEqual({ reason: 'removed', seq: 5, index: 0 });
    // Each field of the checkpoint is covered by its hash.
    for (const path of leafPaths(checkpoint)) {
      expect(broken(await verifyJournal(tampered(purged, 0, path))), path.join('.')).toMatchObject({
        reason: 'altered',
        index: 0,
      });
    }
  });

  it('starts from 64 zeros', async () => {
    const [first] = await sealedJournal(1);
    expect(first?.prev).toBe(GENESIS_PREV);
  });
});
