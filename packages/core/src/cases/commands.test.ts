import { describe, expect, it } from 'vitest';
import type { Actor } from '../journal/entry.js';
import { at, CHAN, desk, ENGINEER, intake, LEE } from './cases-test-helpers.js';
import {
  givePlan,
  informCustomer,
  openCase,
  promiseCallback,
  recordCallback,
  recordContact,
  reportCase,
  followUpCase,
  resolveCase,
  revisitCase,
  transferCase,
  type CaseCommandContext,
  type CaseSource,
} from './commands.js';
import type { CaseCommandResult } from './refusal.js';

function refusal(result: CaseCommandResult) {
  if (result.ok) throw new Error('expected a refusal');
  return result.refusal;
}

describe('openCase', () => {
  it('writes the intake with the actor as first contact by default (FCR-4.2)', () => {
    const d = desk();
    const entry = d.act(CHAN, at('09:00'), (s, c) => openCase(s, c, intake('c-1')));
    expect(entry).toMatchObject({
      id: 'c-1/0',
      type: 'case.intake',
      payload: { caseId: 'c-1', firstContact: { staffId: 'S-017', name: '陳小明' }, gravity: 'general' },
    });
  });

  it('refuses an intake missing a required field, naming FCR-4.5 and each field', () => {
    const d = desk();
    const result = d.attempt(CHAN, at('09:00'), (s, c) =>
      openCase(s, c, { ...intake('c-1'), callerPhone: undefined, callerName: '   ' }),
    );
    expect(refusal(result)).toMatchObject({
      code: 'missing-fields',
      clauses: ['FCR-4.5'],
      messageId: 'case.refusal.missing-fields',
      params: { case: 'c-1', fields: 'callerName, callerPhone' },
    });
    expect(refusal(result).problems.map((p) => p.path)).toEqual([['callerName'], ['callerPhone']]);
  });

  it('accepts a lighter intake where the site requires fewer fields (FCR-4.5 is the policy’s list)', () => {
    const d = desk('reg7', { cases: { requiredIntakeFields: ['matter'] } });
    const result = d.attempt(CHAN, at('09:00'), (s, c) =>
      openCase(s, c, { caseId: 'c-1', gravity: 'general', matter: '查詢停車位' }),
    );
    expect(result.ok).toBe(true);
  });

  it('refuses a second intake of the same case: the first contact stays the owner (FCR-4.2)', () => {
    const d = desk();
    d.act(CHAN, at('09:00'), (s, c) => openCase(s, c, intake('c-1')));
    expect(refusal(d.attempt(LEE, at('10:00'), (s, c) => openCase(s, c, intake('c-1'))))).toMatchObject({
      code: 'already-opened',
      clauses: ['FCR-4.2'],
      params: { case: 'c-1', owner: CHAN.staffId },
    });
  });

  it('refuses content its schema rejects, and a time without an offset', () => {
    const d = desk();
    expect(
      refusal(d.attempt(CHAN, at('09:00'), (s, c) => openCase(s, c, intake('c-1', { callerPhone: 'n/a' })))),
    ).toMatchObject({ code: 'invalid-content', clauses: ['FCR-4.5'], params: { field: 'callerPhone' } });
    expect(
      refusal(d.attempt(CHAN, '2026-12-01T09:00:00', (s, c) => openCase(s, c, intake('c-1')))),
    ).toMatchObject({ code: 'invalid-time', clauses: ['HOR-1.1'] });
  });
});

describe('transferCase', () => {
  it('names the owner as the one who keeps the follow-up (FCR-4.4)', () => {
    const d = desk();
    d.act(CHAN, at('09:00'), (s, c) => openCase(s, c, intake('c-1', { inRemit: false })));
    const entry = d.act(LEE, at('09:10'), (s, c) =>
      transferCase(s, c, { caseId: 'c-1', to: { kind: 'person', id: 'E-101', name: '張工' } }),
    );
    expect(entry).toMatchObject({ id: 'c-1/1', payload: { owner: CHAN.staffId } });
  });

  it('refuses a transfer that tries to change the owner, citing FCR-4.4', () => {
    const d = desk();
    d.act(CHAN, at('09:00'), (s, c) => openCase(s, c, intake('c-1', { inRemit: false })));
    const result = d.attempt(CHAN, at('09:10'), (s, c) =>
      transferCase(s, c, {
        caseId: 'c-1',
        to: { kind: 'department', id: 'engineering' },
        owner: ENGINEER.staffId,
      }),
    );
    expect(refusal(result)).toMatchObject({
      code: 'owner-fixed',
      clauses: ['FCR-4.4', 'FCR-4.2'],
      params: { case: 'c-1', owner: CHAN.staffId, named: ENGINEER.staffId },
    });
  });

  it('refuses work on a case that does not exist or is closed', () => {
    const d = desk();
    const to = { kind: 'department', id: 'engineering' } as const;
    expect(
      refusal(d.attempt(CHAN, at('09:00'), (s, c) => transferCase(s, c, { caseId: 'nope', to }))),
    ).toMatchObject({ code: 'not-opened' });
    d.act(CHAN, at('09:00'), (s, c) => openCase(s, c, intake('c-1')));
    d.act(CHAN, at('09:05'), (s, c) =>
      resolveCase(s, c, { caseId: 'c-1', outcome: 'resolved', answer: '已處理' }),
    );
    expect(
      refusal(d.attempt(CHAN, at('09:10'), (s, c) => transferCase(s, c, { caseId: 'c-1', to }))),
    ).toMatchObject({ code: 'case-closed', clauses: ['FCR-4.1'], params: { seq: 1 } });
    expect(
      refusal(
        d.attempt(CHAN, at('09:10'), (s, c) =>
          informCustomer(s, c, { caseId: 'c-1', procedure: '等待', expectedBy: at('12:00') }),
        ),
      ).code,
    ).toBe('case-closed');
    // A customer who comes back is still a fact worth recording.
    expect(
      d.attempt(CHAN, at('09:20'), (s, c) => recordContact(s, c, { caseId: 'c-1', channel: 'phone' })).ok,
    ).toBe(true);
  });
});

describe('callbacks (FCR-4.8)', () => {
  it('fills the caller from the intake and numbers the callback', () => {
    const d = desk();
    d.act(CHAN, at('09:00'), (s, c) => openCase(s, c, intake('c-1')));
    const entry = d.act(CHAN, at('09:10'), (s, c) =>
      promiseCallback(s, c, { caseId: 'c-1', question: '何時停水?', replyBy: at('11:00') }),
    );
    expect(entry.payload).toEqual({
      caseId: 'c-1',
      callbackId: 'c-1/callback/1',
      callerName: '周太太',
      callerPhone: '138 0013 8000',
      question: '何時停水?',
      promisedBy: CHAN.staffId,
      replyBy: at('11:00'),
    });
  });

  it('refuses a callback without the caller’s number, an unknown callback and one made twice', () => {
    const d = desk('reg7', { cases: { requiredIntakeFields: ['matter'] } });
    d.act(CHAN, at('09:00'), (s, c) => openCase(s, c, { caseId: 'c-1', gravity: 'general', matter: '停水' }));
    expect(
      refusal(
        d.attempt(CHAN, at('09:10'), (s, c) =>
          promiseCallback(s, c, { caseId: 'c-1', question: '何時停水?' }),
        ),
      ),
    ).toMatchObject({ code: 'invalid-content', clauses: ['FCR-4.8'] });
    d.act(CHAN, at('09:10'), (s, c) =>
      promiseCallback(s, c, {
        caseId: 'c-1',
        question: '何時停水?',
        callerName: '周先生',
        callerPhone: '2345 6789',
      }),
    );
    expect(
      refusal(
        d.attempt(CHAN, at('09:20'), (s, c) => recordCallback(s, c, { caseId: 'c-1', callbackId: 'x' })),
      ).code,
    ).toBe('unknown-callback');
    d.act(CHAN, at('09:30'), (s, c) => recordCallback(s, c, { caseId: 'c-1', callbackId: 'c-1/callback/1' }));
    expect(
      refusal(
        d.attempt(CHAN, at('09:40'), (s, c) =>
          recordCallback(s, c, { caseId: 'c-1', callbackId: 'c-1/callback/1' }),
        ),
      ),
    ).toMatchObject({ code: 'callback-made', params: { seq: 2 } });
  });
});

describe('complaints (DUTY-4) and revisits', () => {
  it('refuses a plan for a case that is not a complaint', () => {
    const d = desk();
    d.act(CHAN, at('09:00'), (s, c) => openCase(s, c, intake('c-1')));
    expect(
      refusal(d.attempt(CHAN, at('09:10'), (s, c) => givePlan(s, c, { caseId: 'c-1', plan: '派人維修' }))),
    ).toMatchObject({ code: 'not-a-complaint', clauses: ['DUTY-4'], params: { gravity: 'general' } });
  });

  it('reports a major complaint to the role the policy names, else the top tier', () => {
    const reg7 = desk('reg7');
    reg7.act(CHAN, at('09:00'), (s, c) => openCase(s, c, intake('c-1', { gravity: 'major-complaint' })));
    expect(reg7.act(CHAN, at('09:10'), (s, c) => reportCase(s, c, { caseId: 'c-1' })).payload).toMatchObject({
      to: { role: 'property-manager' },
    });
    const taikoo = desk('taikoo-front-desk');
    taikoo.act(CHAN, at('09:00'), (s, c) => openCase(s, c, intake('c-1', { gravity: 'major-complaint' })));
    expect(
      taikoo.act(CHAN, at('09:10'), (s, c) => reportCase(s, c, { caseId: 'c-1' })).payload,
    ).toMatchObject({
      to: { role: 'project-head' },
    });
  });

  it('refuses a revisit before the case is resolved', () => {
    const d = desk();
    d.act(CHAN, at('09:00'), (s, c) => openCase(s, c, intake('c-1')));
    expect(
      refusal(
        d.attempt(CHAN, at('09:10'), (s, c) =>
          revisitCase(s, c, { caseId: 'c-1', satisfaction: 'satisfied' }),
        ),
      ),
    ).toMatchObject({ code: 'not-resolved', clauses: ['DUTY-2'] });
  });
});

describe('who records a case entry', () => {
  const BLANK: Actor = { staffId: ' ' };
  type Command = (s: CaseSource, c: CaseCommandContext) => ReturnType<typeof openCase>;
  // c-1 is open with a callback promised, c-2 a complaint, c-3 resolved.
  const commands: readonly (readonly [string, string, Command])[] = [
    [
      'transferCase',
      'FCR-4.4',
      (s, c) => transferCase(s, c, { caseId: 'c-1', to: { kind: 'department', id: 'engineering' } }),
    ],
    [
      'informCustomer',
      'FCR-4.6',
      (s, c) => informCustomer(s, c, { caseId: 'c-1', procedure: '派工維修', expectedBy: at('12:00') }),
    ],
    ['recordContact', 'FCR-4.6', (s, c) => recordContact(s, c, { caseId: 'c-1', channel: 'phone' })],
    [
      'promiseCallback',
      'FCR-4.8',
      (s, c) => promiseCallback(s, c, { caseId: 'c-1', question: '何時維修?', promisedBy: CHAN.staffId }),
    ],
    [
      'recordCallback',
      'FCR-4.8',
      (s, c) => recordCallback(s, c, { caseId: 'c-1', callbackId: 'c-1/callback/1' }),
    ],
    ['followUpCase', 'FCR-4.4', (s, c) => followUpCase(s, c, { caseId: 'c-1', note: '工程部已到場' })],
    ['givePlan', 'DUTY-4', (s, c) => givePlan(s, c, { caseId: 'c-2', plan: '明早派人更換燈管' })],
    ['reportCase', 'DUTY-4', (s, c) => reportCase(s, c, { caseId: 'c-2' })],
    [
      'resolveCase',
      'FCR-4.1',
      (s, c) => resolveCase(s, c, { caseId: 'c-1', outcome: 'resolved', answer: '已更換燈管' }),
    ],
    ['revisitCase', 'DUTY-2', (s, c) => revisitCase(s, c, { caseId: 'c-3', satisfaction: 'satisfied' })],
    [
      'openCase with a first contact named',
      'FCR-4.5',
      (s, c) => openCase(s, c, intake('c-4', { firstContact: { staffId: LEE.staffId } })),
    ],
  ];

  function setUp() {
    const d = desk();
    d.act(CHAN, at('09:00'), (s, c) => openCase(s, c, intake('c-1')));
    d.act(CHAN, at('09:05'), (s, c) => promiseCallback(s, c, { caseId: 'c-1', question: '何時停水?' }));
    d.act(CHAN, at('09:10'), (s, c) => openCase(s, c, intake('c-2', { gravity: 'complaint' })));
    d.act(CHAN, at('09:15'), (s, c) => openCase(s, c, intake('c-3')));
    d.act(CHAN, at('09:20'), (s, c) =>
      resolveCase(s, c, { caseId: 'c-3', outcome: 'resolved', answer: '已處理' }),
    );
    return d;
  }

  it.each(commands)(
    '%s: refused under a blank staff number, naming the actor (%s)',
    (_name, clause, command) => {
      const d = setUp();
      const before = d.entries.length;
      expect(refusal(d.attempt(BLANK, at('10:00'), command))).toMatchObject({
        code: 'invalid-content',
        clauses: [clause],
        params: { field: 'actor.staffId' },
        problems: [expect.objectContaining({ path: ['actor', 'staffId'] }) as unknown],
      });
      expect(refusal(d.attempt({ ...CHAN, name: '  ' }, at('10:00'), command)).params).toEqual({
        field: 'actor.name',
      });
      expect(d.entries).toHaveLength(before);
    },
  );

  it.each(commands)('%s: written under a named staff number (%s)', (_name, _clause, command) => {
    const d = setUp();
    const entry = d.act(LEE, at('10:00'), command);
    expect(entry.actor).toEqual(LEE);
  });
});

describe('instants the journal cannot read are refused at the command (HOR-1.1, FCR-4.6)', () => {
  it('refuses an expected time with ten fractional digits, which the fold would set aside', () => {
    const d = desk();
    d.act(CHAN, at('09:00'), (s, c) => openCase(s, c, intake('c-1')));
    const expectedBy = '2026-12-01T12:00:00.1234567891+08:00';
    const result = d.attempt(CHAN, at('09:05'), (s, c) =>
      informCustomer(s, c, { caseId: 'c-1', procedure: '派工維修', expectedBy }),
    );
    expect(refusal(result)).toMatchObject({ code: 'invalid-content', params: { field: 'expectedBy' } });
    expect(refusal(result).problems.map((p) => p.code)).toEqual(['journal.format.instant']);
  });

  it('refuses an expected time or a command time outside the years 2000–2999', () => {
    const d = desk();
    d.act(CHAN, at('09:00'), (s, c) => openCase(s, c, intake('c-1')));
    const late = d.attempt(CHAN, at('09:05'), (s, c) =>
      informCustomer(s, c, { caseId: 'c-1', procedure: '派工維修', expectedBy: '3000-01-01T12:00:00+08:00' }),
    );
    expect(refusal(late).problems.map((p) => p.code)).toEqual(['journal.range.instant']);
    const early = d.attempt(CHAN, '0001-01-01T09:00:00Z', (s, c) => openCase(s, c, intake('c-2')));
    expect(refusal(early)).toMatchObject({ code: 'invalid-time', clauses: ['HOR-1.1'] });
    expect(refusal(early).problems.map((p) => p.code)).toEqual(['journal.range.instant']);
  });
});
