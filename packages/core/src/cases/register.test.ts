import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createJournal } from '../journal/journal.js';
import { createMemoryAdapter } from '../journal/memory-adapter.js';
import type { SealedEntry } from '../journal/entry.js';
import { resolvePolicy } from '../policy/resolve.js';
import { at, CHAN, desk, ENGINEER, intake, LEE, WONG } from './cases-test-helpers.js';
import {
  followUpCase,
  informCustomer,
  openCase,
  promiseCallback,
  recordCallback,
  recordContact,
  resolveCase,
  revisitCase,
  transferCase,
} from './commands.js';
import { checkCases } from './check.js';
import { CASE_ENTRY_TYPES, CASE_PAYLOAD_SCHEMAS } from './entries.js';
import { foldCases } from './register.js';

describe('foldCases: ownership', () => {
  it('makes the first contact the owner, whoever typed the intake (FCR-4.2)', () => {
    const d = desk();
    d.act(WONG, at('09:00'), (s, c) =>
      openCase(s, c, intake('c-1', { firstContact: { staffId: CHAN.staffId } })),
    );
    const state = d.register().cases.get('c-1');
    expect(state?.owner.staffId).toBe(CHAN.staffId);
    expect(state?.intake.by).toBe(WONG.staffId);
  });

  it('keeps the owner through a transfer, and the case reads as passed on (FCR-4.4)', () => {
    const d = desk();
    d.act(CHAN, at('09:00'), (s, c) => openCase(s, c, intake('c-1', { inRemit: false })));
    d.act(CHAN, at('09:05'), (s, c) =>
      transferCase(s, c, { caseId: 'c-1', to: { kind: 'department', id: 'engineering', name: '工程部' } }),
    );
    const state = d.register().cases.get('c-1');
    expect(state?.owner.staffId).toBe(CHAN.staffId);
    expect(state?.status).toBe('transferred');
    expect(state?.transfers[0]).toMatchObject({ ownerNamed: CHAN.staffId, keepsOwner: true });
  });

  it('keeps a second intake of the same case aside and the first owner in place (FCR-4.2)', () => {
    const policy = resolvePolicy('reg7');
    const entries = sealAll([
      intakeEntry('c-1', CHAN.staffId, at('09:00')),
      intakeEntry('c-1', LEE.staffId, at('10:00')),
    ]);
    const state = foldCases(entries, policy).cases.get('c-1');
    expect(state?.owner.staffId).toBe(CHAN.staffId);
    expect(state?.repeatedIntakes).toMatchObject([{ seq: 1, firstContact: LEE.staffId }]);
    expect(state?.entries).toEqual([0, 1]);
  });
});

describe('foldCases: the life of a case', () => {
  it('counts contacts, tracks callbacks and reads the status through resolution and revisit', () => {
    const d = desk();
    d.act(CHAN, at('09:00'), (s, c) => openCase(s, c, intake('c-1', { gravity: 'difficult' })));
    d.act(CHAN, at('09:02'), (s, c) =>
      informCustomer(s, c, {
        caseId: 'c-1',
        procedure: '工程部上門檢查',
        expectedBy: at('17:00', '2026-12-03'),
      }),
    );
    d.act(CHAN, at('11:00'), (s, c) =>
      promiseCallback(s, c, { caseId: 'c-1', question: '維修費用由誰負擔?', unreachable: '工程部主管' }),
    );
    d.act(LEE, at('15:00', '2026-12-02'), (s, c) => recordContact(s, c, { caseId: 'c-1', channel: 'visit' }));
    d.act(CHAN, at('16:00', '2026-12-02'), (s, c) =>
      recordCallback(s, c, {
        caseId: 'c-1',
        callbackId: 'c-1/callback/1',
        answer: '公共區域維修由管理處負擔',
      }),
    );
    expect(d.register().cases.get('c-1')?.status).toBe('open');
    d.act(ENGINEER, at('10:00', '2026-12-03'), (s, c) =>
      resolveCase(s, c, { caseId: 'c-1', outcome: 'resolved', answer: '已更換燈管' }),
    );
    expect(d.register().cases.get('c-1')?.status).toBe('resolved');
    d.act(CHAN, at('11:00', '2026-12-03'), (s, c) =>
      followUpCase(s, c, { caseId: 'c-1', note: '已致電住戶確認' }),
    );
    d.act(CHAN, at('11:05', '2026-12-03'), (s, c) =>
      revisitCase(s, c, { caseId: 'c-1', satisfaction: 'satisfied' }),
    );

    const state = d.register().cases.get('c-1');
    expect(state?.status).toBe('revisited');
    expect(
      state?.contacts.map((contact) => [contact.number, contact.channel, contact.whileUnresolved]),
    ).toEqual([
      [1, 'phone', true],
      [2, 'visit', true],
    ]);
    expect(state?.callbacks[0]).toMatchObject({
      callbackId: 'c-1/callback/1',
      callerName: '周太太',
      callerPhone: '138 0013 8000',
      promisedBy: CHAN.staffId,
      replyByStated: false,
      made: { seq: 4 },
    });
    expect(state?.expectations).toMatchObject([
      { source: 'informed', expectedBy: at('17:00', '2026-12-03') },
    ]);
    expect(state?.resolution).toMatchObject({ by: ENGINEER.staffId, outcome: 'resolved' });
    expect(state?.revisits).toMatchObject([{ satisfaction: 'satisfied' }]);
    expect(state?.entries).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('sets aside what it cannot read as a fact', () => {
    const policy = resolvePolicy('reg7');
    const entries = sealAll([
      { type: 'case.resolved', payload: { caseId: 'ghost', outcome: 'resolved', answer: '已處理' } },
      intakeEntry('c-1', CHAN.staffId, at('09:00')),
      { type: 'case.contacted', payload: { caseId: 'c-1', channel: 'telepathy' } },
      { type: 'case.called-back', payload: { caseId: 'c-1', callbackId: 'never-promised' } },
      { type: 'case.resolved', payload: { caseId: 'c-1', outcome: 'resolved', answer: '已處理' } },
      { type: 'case.resolved', payload: { caseId: 'c-1', outcome: 'definite-answer', answer: '再說一次' } },
      { type: 'handover.signed', payload: { handoverId: 'h-1' } },
    ]);
    const register = foldCases(entries, policy);
    expect(register.ignored.map((entry) => [entry.seq, entry.reason])).toEqual([
      [0, 'before-intake'],
      [2, 'invalid-payload'],
      [3, 'unknown-callback'],
      [5, 'already-resolved'],
    ]);
    expect(register.cases.get('c-1')?.resolution?.seq).toBe(4);
  });

  it('never throws and never changes its input, whatever the entries hold', () => {
    const policy = resolvePolicy('reg7');
    const payload = fc.oneof(
      fc.record({
        caseId: fc.constantFrom('c-1', 'c-2', 7),
        gravity: fc.constantFrom('general', 'complaint', 'bogus'),
        firstContact: fc.oneof(fc.record({ staffId: fc.string() }), fc.constant(null)),
        owner: fc.string(),
        channel: fc.constantFrom('phone', 'visit'),
        outcome: fc.constantFrom('resolved', 'x'),
        answer: fc.string(),
        callbackId: fc.constantFrom('k', 'c-1/callback/1'),
      }),
      fc.jsonValue(),
    );
    const entry = fc.record({ type: fc.constantFrom(...CASE_ENTRY_TYPES, 'journal.amend'), payload });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 25 }), (raw) => {
        const entries = sealAll(raw.map((item) => ({ type: item.type, payload: item.payload })));
        const before = JSON.stringify(entries);
        const register = foldCases(entries, policy);
        expect(JSON.stringify(entries)).toBe(before);
        for (const state of register.cases.values()) expect(state.entries.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});

describe('foldCases: deadlines in the site time zone', () => {
  it('closes a general matter by the same-day cut-off (FINE-3.4)', () => {
    const d = desk();
    d.act(CHAN, at('23:30'), (s, c) => openCase(s, c, intake('c-1')));
    // reg7's cut-off is 24:00: the end of the site day, whatever the host's zone.
    expect(d.register().cases.get('c-1')?.deadlines).toMatchObject({
      closeBy: '2026-12-02T00:00:00+08:00',
      planBy: undefined,
    });
  });

  it('moves a general matter taken in after the cut-off to the next day (FINE-3.4)', () => {
    const d = desk('reg7', { cases: { generalCloseBy: '18:00' } });
    d.act(CHAN, at('17:59'), (s, c) => openCase(s, c, intake('early')));
    d.act(CHAN, at('19:00'), (s, c) => openCase(s, c, intake('late')));
    expect(d.register().cases.get('early')?.deadlines.closeBy).toBe('2026-12-01T18:00:00+08:00');
    expect(d.register().cases.get('late')?.deadlines.closeBy).toBe('2026-12-02T18:00:00+08:00');
  });

  it('closes a difficult matter within the week at the same wall-clock time (FINE-3.5)', () => {
    const d = desk();
    d.act(CHAN, at('10:15'), (s, c) => openCase(s, c, intake('c-1', { gravity: 'difficult' })));
    expect(d.register().cases.get('c-1')?.deadlines.closeBy).toBe('2026-12-08T10:15:00+08:00');
  });

  it('keeps the wall-clock time across a daylight-saving change in the site zone (FINE-3.5)', () => {
    const d = desk('reg7', { timeZone: 'America/New_York' });
    d.act(CHAN, '2026-03-05T10:00:00-05:00', (s, c) =>
      openCase(s, c, intake('c-1', { gravity: 'difficult' })),
    );
    d.act(CHAN, '2026-03-07T23:30:00-05:00', (s, c) => openCase(s, c, intake('c-2')));
    expect(d.register().cases.get('c-1')?.deadlines.closeBy).toBe('2026-03-12T10:00:00-04:00');
    expect(d.register().cases.get('c-2')?.deadlines.closeBy).toBe('2026-03-08T00:00:00-05:00');
  });

  it('gives a complaint its plan deadline in elapsed hours and no closing time (DUTY-4)', () => {
    const d = desk();
    d.act(CHAN, at('16:40'), (s, c) => openCase(s, c, intake('c-1', { gravity: 'major-complaint' })));
    expect(d.register().cases.get('c-1')?.deadlines).toMatchObject({
      closeBy: undefined,
      planBy: '2026-12-02T16:40:00+08:00',
    });
  });
});

describe('foldCases with a real journal', () => {
  it('validates case payloads on append with CASE_PAYLOAD_SCHEMAS', async () => {
    const journal = createJournal({ adapter: createMemoryAdapter(), payloadSchemas: CASE_PAYLOAD_SCHEMAS });
    await expect(
      journal.append({
        id: 'c-1/0',
        at: at('09:00'),
        actor: CHAN,
        type: 'case.intake',
        payload: { caseId: 'c-1', gravity: 'urgent', firstContact: { staffId: 'S-017' } },
      }),
    ).rejects.toMatchObject({ code: 'invalid-entry' });
  });

  it('reads a corrected intake: a general matter corrected to difficult gets the week (REG7-8.5a, FINE-3.5)', async () => {
    const policy = resolvePolicy('reg7');
    const journal = createJournal({ adapter: createMemoryAdapter(), payloadSchemas: CASE_PAYLOAD_SCHEMAS });
    const opened = openCase(undefined, { policy, actor: CHAN, at: at('09:00') }, intake('c-1'));
    if (!opened.ok) throw new Error(opened.refusal.code);
    await journal.append(opened.entry);
    await journal.amend('c-1/0', { gravity: 'difficult' }, WONG, at('09:30'), '誤把疑難問題登記為一般問題');

    const state = foldCases(await journal.entries(), policy).cases.get('c-1');
    expect(state?.gravity).toBe('difficult');
    expect(state?.deadlines.closeBy).toBe('2026-12-08T09:00:00+08:00');
    expect(state?.amendments).toEqual([1]);
    expect(state?.entries).toEqual([0, 1]);
  });
});

// ——— Hand-made entries, for journals the commands would never write ———

function intakeEntry(
  caseId: string,
  firstContact: string,
  time: string,
): { type: string; payload: unknown; at: string } {
  return {
    type: 'case.intake',
    at: time,
    payload: { ...intake(caseId), firstContact: { staffId: firstContact } },
  };
}

function sealAll(items: readonly { type: string; payload: unknown; at?: string }[]): SealedEntry[] {
  return items.map((item, seq) => ({
    seq,
    id: `e-${seq}`,
    at: item.at ?? at(`09:${String(10 + seq).padStart(2, '0')}`),
    actor: CHAN,
    type: item.type,
    payload: item.payload as SealedEntry['payload'],
    prev: '0'.repeat(64),
    hash: seq.toString(16).padStart(64, 'b'),
  }));
}

describe('foldCases: one case out of many', () => {
  it('folds only the cases asked for', () => {
    const d = desk();
    d.act(CHAN, at('09:00'), (s, c) => openCase(s, c, intake('c-1')));
    d.act(CHAN, at('09:01'), (s, c) => openCase(s, c, intake('c-2')));
    d.act(CHAN, at('09:02'), (s, c) =>
      resolveCase(s, c, { caseId: 'c-2', outcome: 'resolved', answer: '已處理' }),
    );
    const register = foldCases(d.entries, d.policy, { caseIds: ['c-2'] });
    expect([...register.cases.keys()]).toEqual(['c-2']);
    expect(register.cases.get('c-2')).toEqual(d.register().cases.get('c-2'));
  });
});

describe('foldCases: entries dated outside the years 2000–2999', () => {
  /** One intake of case `c-1` dated `when`, sealed as a foreign or older journal could hold it. */
  function intakeDated(when: string): SealedEntry[] {
    const d = desk();
    const entry = d.act(CHAN, at('09:00'), (s, c) => openCase(s, c, intake('c-1')));
    return [{ ...entry, at: when }];
  }

  it.each(['0001-01-01T00:00:00Z', '9999-12-31T23:59:59-23:59', '2026-12-01T09:00:00.1234567891+08:00'])(
    'sets aside an intake dated %s, never throwing (FCR-4.5)',
    (when) => {
      const entries = intakeDated(when);
      const register = foldCases(entries, resolvePolicy('reg7'));
      expect(register.cases.size).toBe(0);
      expect(register.ignored).toEqual([
        { seq: 0, id: 'c-1/0', type: 'case.intake', reason: 'invalid-payload' },
      ]);
      expect(checkCases(entries, resolvePolicy('reg7'), { now: at('10:00') })).toEqual([]);
    },
  );

  it('checks at a moment only of those years: anything else is the documented RangeError', () => {
    expect(() => checkCases([], resolvePolicy('reg7'), { now: '0001-01-01T00:00:00Z' })).toThrow(RangeError);
    expect(() => checkCases([], resolvePolicy('reg7'), { now: '2026-12-01T10:00:00.1234567891Z' })).toThrow(
      RangeError,
    );
  });
});
