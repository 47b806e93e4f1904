import { describe, expect, it } from 'vitest';
import { JournalError } from '../journal/errors.js';
import { createJournal } from '../journal/journal.js';
import { createMemoryAdapter } from '../journal/memory-adapter.js';
import { arrive } from './commands.js';
import {
  bench,
  CASES,
  expectAllowed,
  INCOMING,
  OUTGOING,
  PAYLOAD_SCHEMAS,
  testClock,
} from './handover-test-helpers.js';
import { foldHandover } from './reduce.js';
import { createHandoverSession } from './session.js';

const { policy, open, openAt, arriveAt } = CASES.reg7;

describe('createHandoverSession', () => {
  it("appends what a command allows, stamped by the injected clock in the site's zone", async () => {
    const b = bench('reg7');
    const entry = expectAllowed(await b.at('2026-12-01T08:40:00Z', () => b.session.open(OUTGOING, open)));
    expect(entry).toMatchObject({
      seq: 0,
      id: `${open.handoverId}/0`,
      at: '2026-12-01T16:40:00+08:00',
      type: 'handover.opened',
    });
    expect(b.session.handoverId).toBe(open.handoverId);
  });

  it('turns a write that lost the race to another writer into a conflict refusal, appending nothing', async () => {
    const b = bench('reg7');
    expectAllowed(await b.at(openAt, () => b.session.open(OUTGOING, open)));
    // A stale command: it proposes the id the next entry will take, then someone else takes it first.
    const stale = arrive(b.session.current(), { policy, actor: INCOMING, at: arriveAt });
    if (!stale.ok) throw new Error('the arrival should be allowed');
    await b.journal.append({ ...stale.entry, at: arriveAt });
    const outcome = await b.session.run(INCOMING, () => stale);
    expect(outcome.ok ? undefined : outcome.refusal).toMatchObject({
      code: 'conflict',
      clauses: ['REG7-8.5a'],
    });
    expect(await b.size()).toBe(2);
    expect(outcome.state.arrivals).toHaveLength(1);
  });

  it('sees entries another tab wrote through its own journal object on the same store', async () => {
    const adapter = createMemoryAdapter();
    const tab1 = createJournal({ adapter, payloadSchemas: PAYLOAD_SCHEMAS });
    const tab2 = createJournal({ adapter, payloadSchemas: PAYLOAD_SCHEMAS });
    const clock = testClock(openAt);
    const one = createHandoverSession({ journal: tab1, policy, clock });
    const two = createHandoverSession({ journal: tab2, policy, clock, handoverId: open.handoverId });
    expectAllowed(await one.open(OUTGOING, open));
    clock.set(arriveAt);
    expectAllowed(await two.arrive(INCOMING));
    expect((await one.state()).arrivals).toHaveLength(1);
    expect(one.current()).toEqual(foldHandover(await tab1.entries(), policy));
  });

  it('passes on journal errors other than a lost race (a clock running backwards)', async () => {
    const b = bench('reg7');
    expectAllowed(await b.at(openAt, () => b.session.open(OUTGOING, open)));
    const error = await b
      .at('2026-12-01T16:00:00+08:00', () => b.session.arrive(INCOMING))
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(JournalError);
    expect((error as JournalError).code).toBe('out-of-order');
    expect(await b.size()).toBe(1);
  });

  it('reports a stored entry as stored even when re-reading the journal fails right after', async () => {
    const adapter = createMemoryAdapter();
    const journal = createJournal({ adapter, payloadSchemas: PAYLOAD_SCHEMAS });
    let failReads = 0;
    // The first read after the append fails, as a flaky store can.
    const flaky: typeof journal = {
      ...journal,
      entries: () => {
        if (failReads > 0) {
          failReads -= 1;
          return Promise.reject(new Error('the store could not be read'));
        }
        return journal.entries();
      },
      append: async (entry) => {
        const sealed = await journal.append(entry);
        failReads = 1;
        return sealed;
      },
    };
    const session = createHandoverSession({ journal: flaky, policy, clock: testClock(openAt) });
    const entry = expectAllowed(await session.open(OUTGOING, open));
    // Not a failure to retry (which would record it twice), and the state includes it.
    expect(await journal.entries()).toHaveLength(1);
    expect(entry.seq).toBe(0);
    expect(session.current().phase).toBe(foldHandover(await journal.entries(), policy).phase);
  });
});
