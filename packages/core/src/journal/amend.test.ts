import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { AMEND_CLAUSES, correctedPayload } from './amend.js';
import { canonicalEntry } from './canonical.js';
import { AMEND_TYPE } from './entry.js';
import { JournalError } from './errors.js';
import { createJournal } from './journal.js';
import { createMemoryAdapter } from './memory-adapter.js';

const payloadSchemas = {
  'case.opened': z.strictObject({
    caseId: z.string(),
    caller: z.string().check(z.minLength(1)),
    phone: z.string().check(z.regex(/^\d{8}$/)),
  }),
  'note.added': z.string(),
};
const clerk = { staffId: 'S-017', name: '陳小明' };
const supervisor = { staffId: 'S-002', role: 'cs-supervisor' };

async function opened() {
  const adapter = createMemoryAdapter();
  const journal = createJournal({ adapter, payloadSchemas });
  const original = await journal.append({
    id: 'case-1',
    at: '2026-12-01T08:55:00+08:00',
    actor: clerk,
    type: 'case.opened',
    payload: { caseId: 'C-1', caller: 'Mr Wong', phone: '21234567' },
  });
  await journal.append({
    id: 'note-1',
    at: '2026-12-01T09:00:00+08:00',
    actor: clerk,
    type: 'note.added',
    payload: 'called back',
  });
  return { journal, original };
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

describe('amend (REG7-8.5a: records are corrected by new entries, never altered)', () => {
  it('cites its clause', () => {
    expect(AMEND_CLAUSES).toEqual(['REG7-8.5a']);
  });

  it('appends a journal.amend entry that references the original and leaves it byte-identical', async () => {
    const { journal, original } = await opened();
    const before = canonicalEntry(original);

    const amendment = await journal.amend(
      'case-1',
      { phone: '21234568' },
      supervisor,
      '2026-12-01T10:00:00+08:00',
      'Digit misheard on the call',
    );

    expect(amendment).toMatchObject({
      seq: 2,
      type: AMEND_TYPE,
      actor: supervisor,
      at: '2026-12-01T10:00:00+08:00',
      payload: {
        original: { id: 'case-1', seq: 0, hash: original.hash },
        corrected: { phone: '21234568' },
        reason: 'Digit misheard on the call',
      },
    });
    expect(amendment.id).toBe('case-1/amend/2');
    const [stored] = await journal.entries();
    expect(stored && canonicalEntry(stored)).toBe(before);
    expect(stored).toEqual(original);
    expect(await journal.verify()).toMatchObject({ intact: true, count: 3 });

    const entries = await journal.entries();
    expect(correctedPayload(original, entries)).toEqual({
      caseId: 'C-1',
      caller: 'Mr Wong',
      phone: '21234568',
    });
  });

  it('lets later corrections win and takes an explicit id', async () => {
    const { journal, original } = await opened();
    await journal.amend('case-1', { phone: '21234568' }, supervisor, '2026-12-01T10:00:00+08:00', 'first');
    const second = await journal.amend(
      'case-1',
      { phone: '21234569', caller: 'Mrs Wong' },
      supervisor,
      '2026-12-01T10:05:00+08:00',
      'second',
      { id: 'fix-2' },
    );
    expect(second.id).toBe('fix-2');
    expect(correctedPayload(original, await journal.entries())).toEqual({
      caseId: 'C-1',
      caller: 'Mrs Wong',
      phone: '21234569',
    });
  });

  it('refuses to amend an unknown id, writing nothing', async () => {
    const { journal } = await opened();
    const error = await refusal(
      journal.amend('case-9', { phone: '1' }, supervisor, '2026-12-01T10:00:00+08:00', 'x'),
    );
    expect(error.code).toBe('unknown-original');
    expect(error.problems[0]?.message.en).toBe(
      'There is no entry with id "case-9" in the journal to correct.',
    );
    expect(await journal.entries()).toHaveLength(2);
  });

  it.each([
    [
      'a correction failing the original’s schema',
      { phone: 'abc' },
      'correction.phone:input.invalid-format',
      'x',
    ],
    ['an empty correction', {}, 'correction:journal.amend.empty', 'x'],
    [
      'a correction that is not JSON',
      { phone: Number.POSITIVE_INFINITY },
      'correction.phone:journal.json.not-finite',
      'x',
    ],
    ['an empty reason', { phone: '21234568' }, 'reason:input.text-empty', '   '],
  ])('refuses %s, writing nothing', async (_name, correction, where, reason) => {
    const { journal } = await opened();
    const error = await refusal(
      journal.amend('case-1', correction, supervisor, '2026-12-01T10:00:00+08:00', reason),
    );
    expect(error.code).toBe('invalid-entry');
    expect(error.problems.map((p) => `${p.path.join('.')}:${p.code}`)).toEqual([where]);
    expect(await journal.entries()).toHaveLength(2);
  });

  it('refuses a correction dated before the head, or by a malformed actor', async () => {
    const { journal } = await opened();
    const late = await refusal(
      journal.amend('case-1', { phone: '21234568' }, supervisor, '2026-12-01T08:00:00+08:00', 'x'),
    );
    expect(late.code).toBe('out-of-order');
    const anonymous = await refusal(
      journal.amend('case-1', { phone: '21234568' }, { staffId: '' }, '2026-12-01T10:00:00+08:00', 'x'),
    );
    expect(anonymous.code).toBe('invalid-entry');
    expect(await journal.entries()).toHaveLength(2);
  });

  it('refuses to correct a payload without fields, or a correction itself', async () => {
    const { journal } = await opened();
    const note = await refusal(
      journal.amend('note-1', { text: 'x' }, supervisor, '2026-12-01T10:00:00+08:00', 'x'),
    );
    expect(note.problems[0]?.code).toBe('journal.amend.not-object');
    const fix = await journal.amend(
      'case-1',
      { phone: '21234568' },
      supervisor,
      '2026-12-01T10:00:00+08:00',
      'x',
    );
    const again = await refusal(
      journal.amend(fix.id, { reason: 'y' }, supervisor, '2026-12-01T10:01:00+08:00', 'y'),
    );
    expect(again.code).toBe('invalid-entry');
    expect(again.problems[0]?.code).toBe('journal.amend.reserved');
    expect(await journal.entries()).toHaveLength(3);
  });
});
