import { describe, expect, it } from 'vitest';
import { StorageConflictError } from './adapter.js';
import { CHECKPOINT_TYPE, GENESIS_PREV, type SealedEntry } from './entry.js';
import { createMemoryAdapter } from './memory-adapter.js';

/** Entries with made-up hashes: the adapter stores, it does not verify. */
function entry(seq: number, overrides: Partial<SealedEntry> = {}): SealedEntry {
  return {
    seq,
    id: `e-${seq}`,
    at: '2026-12-01T08:55:00+08:00',
    actor: { staffId: 'S-1' },
    type: 'case.opened',
    payload: { caseId: `C-${seq}`, tags: ['a'] },
    prev: seq === 0 ? GENESIS_PREV : hashOf(seq - 1),
    hash: hashOf(seq),
    ...overrides,
  };
}
function hashOf(seq: number): string {
  return seq.toString(16).padStart(64, '0');
}

describe('createMemoryAdapter', () => {
  it('appends, reads ranges and reports the head', async () => {
    const adapter = createMemoryAdapter();
    expect(await adapter.head()).toBeUndefined();
    expect(await adapter.read(0)).toEqual([]);
    await adapter.append([entry(0), entry(1)]);
    await adapter.append([entry(2)]);
    expect((await adapter.head())?.seq).toBe(2);
    expect((await adapter.read(0)).map((e) => e.seq)).toEqual([0, 1, 2]);
    expect((await adapter.read(1, 2)).map((e) => e.seq)).toEqual([1]);
    expect((await adapter.read(2, 99)).map((e) => e.seq)).toEqual([2]);
    expect(await adapter.read(3)).toEqual([]);
    await adapter.append([]);
    expect((await adapter.head())?.seq).toBe(2);
  });

  it('copies entries in: changing the appended object later changes nothing stored', async () => {
    const adapter = createMemoryAdapter();
    const original = entry(0);
    await adapter.append([original]);
    (original.payload as { caseId: string }).caseId = 'changed';
    (original.actor as { staffId: string }).staffId = 'changed';
    expect((await adapter.read(0))[0]).toEqual(entry(0));
  });

  it('copies entries out: changing what was read changes nothing stored', async () => {
    const adapter = createMemoryAdapter([entry(0)]);
    const [read] = await adapter.read(0);
    (read?.payload as { tags: string[] }).tags.push('b');
    const head = await adapter.head();
    (head as { id: string }).id = 'changed';
    expect((await adapter.read(0))[0]).toEqual(entry(0));
    expect(await adapter.head()).toEqual(entry(0));
  });

  it('refuses an append whose first seq is not head.seq + 1, storing nothing', async () => {
    const adapter = createMemoryAdapter([entry(0), entry(1)]);
    await expect(adapter.append([entry(1)])).rejects.toThrow(StorageConflictError);
    await expect(adapter.append([entry(3)])).rejects.toThrow(StorageConflictError);
    expect((await adapter.read(0)).map((e) => e.seq)).toEqual([0, 1]);
  });

  it('refuses a batch with a gap, storing none of it', async () => {
    const adapter = createMemoryAdapter([entry(0)]);
    await expect(adapter.append([entry(1), entry(3)])).rejects.toThrow(StorageConflictError);
    expect((await adapter.read(0)).map((e) => e.seq)).toEqual([0]);
  });

  it('starts an empty store at seq 0 or with a checkpoint', async () => {
    await expect(createMemoryAdapter().append([entry(5)])).rejects.toThrow(StorageConflictError);
    const restored = createMemoryAdapter();
    await restored.append([entry(5, { type: CHECKPOINT_TYPE }), entry(6)]);
    expect((await restored.read(0)).map((e) => e.seq)).toEqual([5, 6]);
    expect((await restored.read(6)).map((e) => e.seq)).toEqual([6]);
  });

  it('replaces a prefix by a checkpoint, atomically and only when it links', async () => {
    const adapter = createMemoryAdapter([0, 1, 2, 3].map((seq) => entry(seq)));
    const checkpoint = entry(1, { id: 'cp', type: CHECKPOINT_TYPE, prev: hashOf(1), hash: 'f'.repeat(64) });

    await expect(adapter.replaceBefore(3, checkpoint)).rejects.toThrow(/seq 2/);
    await expect(adapter.replaceBefore(2, { ...checkpoint, prev: hashOf(0) })).rejects.toThrow(/link/);
    await expect(adapter.replaceBefore(9, { ...checkpoint, seq: 8 })).rejects.toThrow(/outside/);
    expect((await adapter.read(0)).map((e) => e.seq)).toEqual([0, 1, 2, 3]);

    await adapter.replaceBefore(2, checkpoint);
    expect((await adapter.read(0)).map((e) => e.id)).toEqual(['cp', 'e-2', 'e-3']);
    expect((await adapter.read(2, 3)).map((e) => e.id)).toEqual(['e-2']);
    await adapter.append([entry(4)]);
    expect((await adapter.head())?.seq).toBe(4);
    await expect(createMemoryAdapter().replaceBefore(1, { ...checkpoint, seq: 0 })).rejects.toThrow(
      /nothing/,
    );
  });
});
