import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import type { JournalAdapter } from './adapter.js';
import { canonicalEntry } from './canonical.js';
import { GENESIS_PREV, type UnsealedEntry } from './entry.js';
import { JournalError, type JournalErrorCode } from './errors.js';
import { hashEntry } from './hash.js';
import { createJournal } from './journal.js';
import { createMemoryAdapter } from './memory-adapter.js';

const payloadSchemas = {
  'handover.signed': z.strictObject({
    handoverId: z.string().check(z.minLength(1)),
    by: z.enum(['outgoing', 'incoming']),
  }),
  'case.opened': z.strictObject({ caseId: z.string(), caller: z.string(), phone: z.string() }),
};

function signed(id: string, at: string, by: 'outgoing' | 'incoming' = 'outgoing'): UnsealedEntry {
  return {
    id,
    at,
    actor: { staffId: 'S-017', name: '陳小明' },
    type: 'handover.signed',
    payload: { handoverId: 'h-1', by },
  };
}

function setup(options: { allowUnknownTypes?: boolean } = {}) {
  const adapter = createMemoryAdapter();
  return { adapter, journal: createJournal({ adapter, payloadSchemas, ...options }) };
}

async function refusal(operation: Promise<unknown>): Promise<JournalError> {
  try {
    await operation;
  } catch (error) {
    if (error instanceof JournalError) return error;
    throw error;
  }
  throw new Error('expected a JournalError');
}

describe('append', () => {
  it('seals entries with seq, prev and hash, and chains them', async () => {
    const { journal } = setup();
    const first = await journal.append(signed('a', '2026-12-01T08:55:00+08:00'));
    const second = await journal.append(signed('b', '2026-12-01T09:00:00+08:00', 'incoming'));

    expect(first).toMatchObject({ seq: 0, id: 'a', prev: GENESIS_PREV, type: 'handover.signed' });
    expect(second).toMatchObject({ seq: 1, id: 'b', prev: first.hash });
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(first.hash).toBe(await hashEntry(first));
    expect(second.hash).toBe(await hashEntry(second));
    expect(await journal.entries()).toEqual([first, second]);
    expect(await journal.head()).toEqual(second);
    expect(await journal.get('a')).toEqual(first);
    expect(await journal.get('zz')).toBeUndefined();
    expect(await journal.verify()).toMatchObject({ intact: true, count: 2 });
  });

  it('stores a copy: changing the caller’s object or the returned entry changes no record', async () => {
    const { journal } = setup();
    const input = signed('a', '2026-12-01T08:55:00+08:00');
    const stored = await journal.append(input);
    const text = canonicalEntry(stored);
    (input.payload as { by: string }).by = 'incoming';
    (stored.payload as { by: string }).by = 'incoming';
    const [again] = await journal.entries();
    expect(again && canonicalEntry(again)).toBe(text);
  });

  it('accepts equal times and any offset, comparing instants', async () => {
    const { journal } = setup();
    await journal.append(signed('a', '2026-12-01T08:55:00+08:00'));
    await journal.append(signed('b', '2026-12-01T00:55:00Z'));
    await journal.append(signed('c', '2026-11-30T19:56:00-05:00'));
    expect((await journal.entries()).map((e) => e.seq)).toEqual([0, 1, 2]);
  });

  it('leaves out optional actor fields that are undefined', async () => {
    const { journal } = setup();
    const entry = await journal.append({
      ...signed('a', '2026-12-01T08:55:00+08:00'),
      actor: { staffId: 'S-1' },
    });
    expect(entry.actor).toEqual({ staffId: 'S-1' });
  });

  const cases: [
    string,
    JournalErrorCode,
    string,
    (journal: ReturnType<typeof setup>['journal']) => Promise<unknown>,
  ][] = [
    [
      'an entry dated before the head',
      'out-of-order',
      'at:journal.out-of-order',
      (j) => j.append(signed('late', '2026-12-01T08:54:59+08:00')),
    ],
    [
      'an instant before the head written in another offset',
      'out-of-order',
      'at:journal.out-of-order',
      (j) => j.append(signed('late', '2026-12-01T00:54:00Z')),
    ],
    [
      'a duplicate id',
      'duplicate-id',
      'id:journal.duplicate-id',
      (j) => j.append(signed('first', '2026-12-02T08:00:00+08:00')),
    ],
    [
      'a payload failing its schema',
      'invalid-entry',
      'payload.by:input.invalid-option',
      (j) =>
        j.append({
          ...signed('x', '2026-12-02T08:00:00+08:00'),
          payload: { handoverId: 'h-1', by: 'nobody' },
        }),
    ],
    [
      'a payload with an unknown field',
      'invalid-entry',
      'payload.extra:input.unknown-field',
      (j) =>
        j.append({
          ...signed('x', '2026-12-02T08:00:00+08:00'),
          payload: { handoverId: 'h', by: 'incoming', extra: 1 },
        }),
    ],
    [
      'a payload that is not JSON',
      'invalid-entry',
      'payload.n:journal.json.not-finite',
      (j) =>
        j.append({
          ...signed('x', '2026-12-02T08:00:00+08:00'),
          payload: { handoverId: 'h', by: 'incoming', n: Number.NaN },
        }),
    ],
    [
      'an unknown type',
      'unknown-type',
      'type:journal.unknown-type',
      (j) => j.append({ ...signed('x', '2026-12-02T08:00:00+08:00'), type: 'note.added', payload: {} }),
    ],
    [
      'a reserved type',
      'invalid-entry',
      'type:journal.reserved-type',
      (j) => j.append({ ...signed('x', '2026-12-02T08:00:00+08:00'), type: 'journal.amend' }),
    ],
    [
      'an actor without a staff id',
      'invalid-entry',
      'actor.staffId:input.required',
      (j) => j.append({ ...signed('x', '2026-12-02T08:00:00+08:00'), actor: { name: 'Ann' } as never }),
    ],
    [
      'an actor that is not an object',
      'invalid-entry',
      'actor:input.expected-object',
      (j) => j.append({ ...signed('x', '2026-12-02T08:00:00+08:00'), actor: 'S-1' as never }),
    ],
    [
      'an actor with a number as staff id',
      'invalid-entry',
      'actor.staffId:input.expected-text',
      (j) => j.append({ ...signed('x', '2026-12-02T08:00:00+08:00'), actor: { staffId: 17 } as never }),
    ],
    [
      'a time without an offset',
      'invalid-entry',
      'at:journal.format.instant',
      (j) => j.append(signed('x', '2026-12-02T08:00:00')),
    ],
    [
      'something that is not an entry',
      'invalid-entry',
      ':input.expected-object',
      (j) => j.append(null as never),
    ],
  ];

  it.each(cases)('refuses %s with code %s and writes nothing', async (_name, code, where, act) => {
    const { journal } = setup();
    await journal.append(signed('first', '2026-12-01T08:55:00+08:00'));
    const before = await journal.entries();
    const error = await refusal(act(journal));
    expect(error.code).toBe(code);
    expect(error.problems.map((p) => `${p.path.join('.')}:${p.code}`)).toContain(where);
    expect(await journal.entries()).toEqual(before);
    // The journal is still usable afterwards.
    expect((await journal.append(signed('next', '2026-12-03T08:00:00+08:00'))).seq).toBe(1);
  });

  it('accepts unknown types when created with allowUnknownTypes, still requiring JSON', async () => {
    const { journal } = setup({ allowUnknownTypes: true });
    const entry = await journal.append({
      ...signed('x', '2026-12-02T08:00:00+08:00'),
      type: 'note.added',
      payload: ['free'],
    });
    expect(entry.type).toBe('note.added');
    const error = await refusal(
      journal.append({
        ...signed('y', '2026-12-02T08:00:00+08:00'),
        type: 'note.added',
        payload: { f: () => 1 },
      }),
    );
    expect(error.code).toBe('invalid-entry');
    // Known types are still checked.
    expect(
      (await refusal(journal.append({ ...signed('z', '2026-12-02T08:00:00+08:00'), payload: {} }))).code,
    ).toBe('invalid-entry');
  });

  it('explains a refusal in every locale', async () => {
    const { journal } = setup();
    await journal.append(signed('a', '2026-12-01T08:55:00+08:00'));
    const error = await refusal(journal.append(signed('a', '2026-12-02T08:55:00+08:00')));
    expect(error.message).toContain('already used');
    expect(error.message).toContain('id: An entry with id "a" is already recorded (seq 0).');
    expect(error.describe('zh-Hant')).toContain('識別碼為「a」的記錄已經存在');
    expect(error.describe('zh-Hans')).toContain('标识符为“a”的记录已经存在');
    expect(error.summary.en).toBe('The entry was not recorded: its id is already used.');
    expect(error.name).toBe('JournalError');
  });

  it('runs concurrent appends one after another', async () => {
    const { journal } = setup();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => journal.append(signed(`c-${i}`, '2026-12-01T08:55:00+08:00'))),
    );
    expect(results.map((e) => e.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(await journal.verify()).toMatchObject({ intact: true, count: 20 });
  });

  it('sees entries another journal object wrote to the same store (two tabs)', async () => {
    const adapter = createMemoryAdapter();
    const tabA = createJournal({ adapter, payloadSchemas });
    const tabB = createJournal({ adapter, payloadSchemas });
    await tabA.append(signed('a', '2026-12-01T08:55:00+08:00'));
    await tabB.append(signed('b', '2026-12-01T09:00:00+08:00'));
    await tabA.append(signed('c', '2026-12-01T09:05:00+08:00'));
    expect((await refusal(tabB.append(signed('c', '2026-12-01T09:10:00+08:00')))).code).toBe('duplicate-id');
    expect((await refusal(tabB.append(signed('d', '2026-12-01T09:04:00+08:00')))).code).toBe('out-of-order');
    expect(await tabA.verify()).toMatchObject({ intact: true, count: 3 });
  });

  it('reports a storage refusal as a storage error and recovers', async () => {
    const memory = createMemoryAdapter();
    let fail = true;
    const adapter: JournalAdapter = {
      ...memory,
      append: (entries) => (fail ? Promise.reject(new Error('quota exceeded')) : memory.append(entries)),
    };
    const journal = createJournal({ adapter, payloadSchemas });
    const error = await refusal(journal.append(signed('a', '2026-12-01T08:55:00+08:00')));
    expect(error.code).toBe('storage');
    expect(error.cause).toBeInstanceOf(Error);
    expect(error.problems[0]?.message.en).toBe('The storage reported: quota exceeded.');
    fail = false;
    expect((await journal.append(signed('a', '2026-12-01T08:55:00+08:00'))).seq).toBe(0);
  });

  it('accepts payload schemas as a Map and refuses bad type names in it', () => {
    const adapter = createMemoryAdapter();
    expect(() =>
      createJournal({ adapter, payloadSchemas: new Map([['case.opened', z.object({})]]) }),
    ).not.toThrow();
    expect(() => createJournal({ adapter, payloadSchemas: { Case: z.object({}) } })).toThrow(JournalError);
    expect(() => createJournal({ adapter, payloadSchemas: { 'journal.amend': z.object({}) } })).toThrow(
      /written by the journal/,
    );
  });
});

describe('appendMany', () => {
  it('stores a batch in order, chained', async () => {
    const { journal } = setup();
    await journal.append(signed('a', '2026-12-01T08:00:00+08:00'));
    const batch = await journal.appendMany([
      signed('b', '2026-12-01T08:10:00+08:00'),
      signed('c', '2026-12-01T08:20:00+08:00'),
      signed('d', '2026-12-01T08:20:00+08:00'),
    ]);
    expect(batch.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(batch[1]?.prev).toBe(batch[0]?.hash);
    expect(await journal.verify()).toMatchObject({ intact: true, count: 4 });
    expect(await journal.appendMany([])).toEqual([]);
  });

  it.each([
    ['a bad entry in the middle', 'invalid-entry', '1.payload.by', 'b', { by: 'nobody' }],
    ['an id repeated inside the batch', 'duplicate-id', '2.id', 'b', {}],
    ['an entry earlier than the one before it in the batch', 'out-of-order', '2.at', 'late', {}],
  ] as const)('stores nothing when it holds %s', async (_name, code, where, thirdId, change) => {
    const { journal } = setup();
    await journal.append(signed('a', '2026-12-01T08:00:00+08:00'));
    const error = await refusal(
      journal.appendMany([
        signed('b', '2026-12-01T08:10:00+08:00'),
        {
          ...signed('c', '2026-12-01T08:20:00+08:00'),
          payload: { handoverId: 'h', by: 'incoming', ...change },
        },
        signed(thirdId, thirdId === 'late' ? '2026-12-01T08:15:00+08:00' : '2026-12-01T08:30:00+08:00'),
      ]),
    );
    expect(error.code).toBe(code);
    expect(error.problems.map((p) => p.path.join('.'))).toContain(where);
    expect((await journal.entries()).map((e) => e.id)).toEqual(['a']);
  });
});
