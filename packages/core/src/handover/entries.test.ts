import { describe, expect, it } from 'vitest';
import { ENTRY_TYPE_PATTERN } from '../journal/entry.js';
import { JournalError } from '../journal/errors.js';
import { CASES, newJournal, OUTGOING } from './handover-test-helpers.js';
import { HANDOVER_ENTRY_TYPES, HANDOVER_PAYLOAD_SCHEMAS, parseHandoverPayload } from './entries.js';

const { open } = CASES['cs-department'];

async function refusedPayload(type: string, payload: unknown) {
  const journal = newJournal();
  const error = await journal
    .append({ id: 'x', at: '2026-12-02T00:30:00+08:00', actor: OUTGOING, type, payload })
    .catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(JournalError);
  expect(await journal.entries()).toEqual([]);
  return (error as JournalError).problems;
}

describe('handover entries', () => {
  it('every entry type is a journal type name and has a schema', () => {
    expect(HANDOVER_ENTRY_TYPES).toHaveLength(19);
    for (const type of HANDOVER_ENTRY_TYPES) expect(type).toMatch(ENTRY_TYPE_PATTERN);
    expect(Object.keys(HANDOVER_PAYLOAD_SCHEMAS)).toEqual(HANDOVER_ENTRY_TYPES);
  });

  it('the journal accepts a valid opening', async () => {
    const journal = newJournal();
    const entry = await journal.append({
      id: 'o',
      at: '2026-12-02T00:30:00+08:00',
      actor: OUTGOING,
      type: 'handover.opened',
      payload: open,
    });
    expect(entry.payload).toEqual(open);
  });

  it('the journal refuses a malformed shift instance and two roles for one person, with their paths', async () => {
    const problems = await refusedPayload('handover.opened', {
      ...open,
      incoming: open.outgoing,
      outgoingShift: { ...open.outgoingShift, key: '2026-12-01/Night' },
    });
    expect(problems.map((problem) => [problem.path.join('.'), problem.code])).toEqual([
      ['payload.outgoingShift.key', 'handover.format.shift-key'],
      ['payload.incoming.staffId', 'handover.same-person'],
    ]);
  });

  it('REG7-9.2: a damaged item without explanation is refused by the schema itself', async () => {
    const problems = await refusedPayload('handover.item-counted', {
      handoverId: open.handoverId,
      itemId: 'documents',
      counted: 1,
      status: 'damaged',
    });
    expect(problems[0]).toMatchObject({
      path: ['payload', 'explanation'],
      code: 'handover.count.explanation-required',
    });
  });

  it('HOR-2.4: an unfit person needs an observation, and only an unfit person a substitute', () => {
    const base = { handoverId: open.handoverId, staffId: 'S-102' };
    expect(parseHandoverPayload('handover.fitness-confirmed', { ...base, fit: false })).toBeUndefined();
    expect(
      parseHandoverPayload('handover.fitness-confirmed', {
        ...base,
        fit: true,
        substitute: { staffId: 'S-103' },
      }),
    ).toBeUndefined();
    expect(
      parseHandoverPayload('handover.fitness-confirmed', {
        ...base,
        fit: false,
        observation: '發燒 38.5 度,頭暈',
      }),
    ).toBeDefined();
  });

  it('a due date must be a real day', () => {
    const matter = {
      handoverId: open.handoverId,
      matterId: 'm-1',
      title: '水錶讀數異常',
      cause: '7 樓 2 室水錶讀數比上月高三倍',
      course: '已致電住戶,住戶表示家中無漏水',
      result: '已安排水務技工明日上門檢查',
      status: 'open',
      major: false,
    };
    expect(
      parseHandoverPayload('handover.matter-carried-over', { ...matter, due: '2026-02-30' }),
    ).toBeUndefined();
    expect(
      parseHandoverPayload('handover.matter-carried-over', { ...matter, due: '2026-02-28' }),
    ).toBeDefined();
  });
});
