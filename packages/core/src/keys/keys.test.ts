import { describe, expect, it } from 'vitest';
import type { Actor } from '../journal/entry.js';
import { resolvePolicy } from '../policy/resolve.js';
import { newJournal } from '../handover/handover-test-helpers.js';
import type { Journal } from '../journal/journal.js';
import { checkKeys } from './check.js';
import {
  issueAreaKeys,
  lendRoomKey,
  returnAreaKeys,
  returnRoomKey,
  type KeyCommandResult,
  type KeyRefusalCode,
} from './commands.js';
import { foldKeyRegister, unreturnedKeys } from './register.js';
import { KEYS_RULES } from './rules/index.js';
import { RULE_IDS } from '../rule-registry.js';

const policy = resolvePolicy('cs-department');
const ZONE = policy.timeZone;
const DAY: Actor = { staffId: 'S-101', name: '陳美玲', role: 'duty-officer' };
const NIGHT: Actor = { staffId: 'S-102', name: '黃志強', role: 'duty-officer' };

const AREA = {
  issueId: 'ak-2026-12-01-day',
  keySet: 'podium-plant-rooms',
  shiftKey: '2026-12-01/day/front-desk',
  issuedTo: DAY.staffId,
  count: 12,
  dueBack: '2026-12-01T17:30:00+08:00',
};
const LOAN = {
  loanId: 'rk-0712',
  room: '7 樓 12 室(吉屋)',
  borrower: { name: '周先生(地產代理)', contact: '9123 4567' },
  purpose: '帶客人睇樓',
  dueBack: '2026-12-01T16:00:00+08:00',
};

type Entries = Awaited<ReturnType<Journal['entries']>>;

/** Runs a command against the journal: appends when allowed; a refusal must append nothing. */
async function run(
  journal: Journal,
  command: (entries: Awaited<ReturnType<Journal['entries']>>) => KeyCommandResult,
) {
  const before = await journal.entries();
  const result = command(before);
  if (result.ok) await journal.append(result.entry);
  else expect(await journal.entries()).toHaveLength(before.length);
  return result;
}

function refusalOf(result: KeyCommandResult, code: KeyRefusalCode, clause: string) {
  expect(result.ok).toBe(false);
  if (result.ok) return undefined;
  expect(result.refusal.code).toBe(code);
  expect(result.refusal.clauses).toContain(clause);
  return result.refusal;
}

describe('area keys (CSD-9.1.1)', () => {
  it('CSD-9.1.1: a set is issued at shift start and returned at shift end with its count', async () => {
    const journal = newJournal();
    expect(
      (await run(journal, (e) => issueAreaKeys(e, { actor: DAY, at: '2026-12-01T08:35:00+08:00' }, AREA))).ok,
    ).toBe(true);
    expect(
      (
        await run(journal, (e) =>
          returnAreaKeys(
            e,
            { actor: NIGHT, at: '2026-12-01T17:31:00+08:00' },
            { issueId: AREA.issueId, count: 12 },
          ),
        )
      ).ok,
    ).toBe(true);
    const register = foldKeyRegister(await journal.entries());
    expect(register.areaIssues[0]).toMatchObject({ count: 12, returned: { count: 12, by: NIGHT.staffId } });
    expect(checkKeys(await journal.entries(), policy, { now: '2026-12-01T18:00:00+08:00' })).toEqual([]);
  });

  it('CSD-9.1.1: a set still out cannot be issued again', async () => {
    const journal = newJournal();
    await run(journal, (e) => issueAreaKeys(e, { actor: DAY, at: '2026-12-01T08:35:00+08:00' }, AREA));
    const refusal = refusalOf(
      await run(journal, (e) =>
        issueAreaKeys(
          e,
          { actor: NIGHT, at: '2026-12-01T17:35:00+08:00' },
          { ...AREA, issueId: 'ak-night', issuedTo: NIGHT.staffId },
        ),
      ),
      'keys-out',
      'CSD-9.1.1',
    );
    expect(refusal?.params).toEqual({ keys: AREA.keySet, holder: DAY.staffId });
  });

  it('CSD-9.1.1: a return against no issue is refused', async () => {
    const journal = newJournal();
    refusalOf(
      await run(journal, (e) =>
        returnAreaKeys(
          e,
          { actor: NIGHT, at: '2026-12-01T17:31:00+08:00' },
          { issueId: 'ak-none', count: 3 },
        ),
      ),
      'no-register-entry',
      'CSD-9.1.1',
    );
  });

  it('CSD-9.1.1: a count mismatch is recorded and reported as a finding', async () => {
    const journal = newJournal();
    await run(journal, (e) => issueAreaKeys(e, { actor: DAY, at: '2026-12-01T08:35:00+08:00' }, AREA));
    await run(journal, (e) =>
      returnAreaKeys(
        e,
        { actor: NIGHT, at: '2026-12-01T17:31:00+08:00' },
        { issueId: AREA.issueId, count: 11, note: '少了 3 號水泵房鑰匙' },
      ),
    );
    const [finding] = checkKeys(await journal.entries(), policy, { now: '2026-12-01T18:00:00+08:00' });
    expect(finding).toMatchObject({
      rule: 'keys/area-count',
      messageId: 'keys.area-count-mismatch',
      clauses: ['CSD-9.1.1'],
      params: { keys: AREA.keySet, issued: 12, returned: 11 },
    });
  });

  it('CSD-9.1.1: a set not back after its shift ended is reported', async () => {
    const journal = newJournal();
    await run(journal, (e) => issueAreaKeys(e, { actor: DAY, at: '2026-12-01T08:35:00+08:00' }, AREA));
    expect(checkKeys(await journal.entries(), policy, { now: '2026-12-01T17:30:00+08:00' })).toEqual([]);
    const [finding] = checkKeys(await journal.entries(), policy, { now: '2026-12-01T17:45:00+08:00' });
    expect(finding).toMatchObject({ rule: 'keys/area-returned', messageId: 'keys.area-not-returned' });
  });
});

describe('room keys (CSD-9.1.2)', () => {
  it('CSD-9.1.2: a room key is lent against a register entry and checked back in', async () => {
    const journal = newJournal();
    expect(
      (await run(journal, (e) => lendRoomKey(e, { actor: DAY, at: '2026-12-01T14:00:00+08:00' }, LOAN))).ok,
    ).toBe(true);
    expect(
      (
        await run(journal, (e) =>
          returnRoomKey(e, { actor: DAY, at: '2026-12-01T15:20:00+08:00' }, { loanId: LOAN.loanId }),
        )
      ).ok,
    ).toBe(true);
    expect(foldKeyRegister(await journal.entries()).roomLoans[0]?.returned).toMatchObject({
      by: DAY.staffId,
    });
  });

  it('CSD-9.1.2: a key cannot come back without a register entry', async () => {
    const journal = newJournal();
    refusalOf(
      await run(journal, (e) =>
        returnRoomKey(e, { actor: DAY, at: '2026-12-01T15:20:00+08:00' }, { loanId: 'rk-unknown' }),
      ),
      'no-register-entry',
      'CSD-9.1.2',
    );
  });

  it('CSD-9.1.2: the register entry names the borrower, the room, the purpose and a due time after lending', async () => {
    const journal = newJournal();
    const missingPurpose = await run(journal, (e) =>
      lendRoomKey(e, { actor: DAY, at: '2026-12-01T14:00:00+08:00' }, { ...LOAN, purpose: '-' }),
    );
    expect(refusalOf(missingPurpose, 'invalid-content', 'CSD-9.1.2')?.problems[0]).toMatchObject({
      path: ['purpose'],
      code: 'handover.text.placeholder',
    });
    refusalOf(
      await run(journal, (e) => lendRoomKey(e, { actor: DAY, at: '2026-12-01T16:30:00+08:00' }, LOAN)),
      'due-back-not-after-lending',
      'CSD-9.1.2',
    );
  });

  it('CSD-9.1.2: a room whose key is out is not lent twice', async () => {
    const journal = newJournal();
    await run(journal, (e) => lendRoomKey(e, { actor: DAY, at: '2026-12-01T14:00:00+08:00' }, LOAN));
    refusalOf(
      await run(journal, (e) =>
        lendRoomKey(e, { actor: DAY, at: '2026-12-01T14:10:00+08:00' }, { ...LOAN, loanId: 'rk-0713' }),
      ),
      'keys-out',
      'CSD-9.1.2',
    );
    refusalOf(
      await run(journal, (e) => lendRoomKey(e, { actor: DAY, at: '2026-12-01T14:10:00+08:00' }, LOAN)),
      'already-recorded',
      'REG7-8.5a',
    );
  });

  it('CSD-9.1.2: a room key past its due time is flagged for follow-up', async () => {
    const journal = newJournal();
    await run(journal, (e) => lendRoomKey(e, { actor: DAY, at: '2026-12-01T14:00:00+08:00' }, LOAN));
    const [finding] = checkKeys(await journal.entries(), policy, { now: '2026-12-01T16:30:00+08:00' });
    expect(finding).toMatchObject({
      rule: 'keys/room-key-returned',
      messageId: 'keys.room-key-overdue',
      params: { room: LOAN.room, borrower: LOAN.borrower.name, dueBack: LOAN.dueBack },
    });
  });
});

describe('who records a key movement (CSD-9.1.1, CSD-9.1.2)', () => {
  const AT = '2026-12-01T08:35:00+08:00';
  const BLANK: Actor = { staffId: ' ' };

  it.each([
    ['issueAreaKeys', 'CSD-9.1.1', (e: Entries, actor: Actor) => issueAreaKeys(e, { actor, at: AT }, AREA)],
    ['lendRoomKey', 'CSD-9.1.2', (e: Entries, actor: Actor) => lendRoomKey(e, { actor, at: AT }, LOAN)],
  ] as const)(
    '%s: an entry under a blank staff number is refused (%s), and nothing is appended',
    async (_name, clause, command) => {
      const journal = newJournal();
      const refusal = refusalOf(await run(journal, (e) => command(e, BLANK)), 'invalid-content', clause);
      expect(refusal?.params).toEqual({ field: 'actor.staffId' });
      expect(refusal?.problems.map((p) => p.path)).toEqual([['actor', 'staffId']]);
      expect(await journal.entries()).toEqual([]);
    },
  );

  it('CSD-9.1.1, CSD-9.1.2: a return under a blank or padded-out actor is refused; a named one is written', async () => {
    const journal = newJournal();
    await run(journal, (e) => issueAreaKeys(e, { actor: DAY, at: AT }, AREA));
    await run(journal, (e) => lendRoomKey(e, { actor: DAY, at: AT }, LOAN));
    const later = '2026-12-01T15:00:00+08:00';
    for (const actor of [BLANK, { staffId: 'S-102', name: '  ' }]) {
      refusalOf(
        await run(journal, (e) =>
          returnAreaKeys(e, { actor, at: later }, { issueId: AREA.issueId, count: 12 }),
        ),
        'invalid-content',
        'CSD-9.1.1',
      );
      refusalOf(
        await run(journal, (e) => returnRoomKey(e, { actor, at: later }, { loanId: LOAN.loanId })),
        'invalid-content',
        'CSD-9.1.2',
      );
    }
    const back = await run(journal, (e) =>
      returnRoomKey(e, { actor: { staffId: ' S-102 ' }, at: later }, { loanId: LOAN.loanId }),
    );
    expect(back.ok).toBe(true);
    expect(await journal.entries()).toHaveLength(3);
  });
});

describe('unreturnedKeys: the daily list (CSD-9.1.2)', () => {
  it("lists the keys out at the end of the day in the site's zone, oldest first, overdue marked", async () => {
    const journal = newJournal();
    await run(journal, (e) => issueAreaKeys(e, { actor: DAY, at: '2026-12-01T08:35:00+08:00' }, AREA));
    await run(journal, (e) => lendRoomKey(e, { actor: DAY, at: '2026-12-01T14:00:00+08:00' }, LOAN));
    await run(journal, (e) =>
      lendRoomKey(
        e,
        { actor: NIGHT, at: '2026-12-01T22:30:00+08:00' },
        {
          ...LOAN,
          loanId: 'rk-1501',
          room: '15 樓 1 室',
          borrower: { name: '工程部 周師傅', staffId: 'E-07' },
          purpose: '緊急維修滲水',
          dueBack: '2026-12-02T02:00:00+08:00',
        },
      ),
    );
    await run(journal, (e) =>
      returnAreaKeys(
        e,
        { actor: NIGHT, at: '2026-12-01T23:00:00+08:00' },
        { issueId: AREA.issueId, count: 12 },
      ),
    );
    // Returned at 00:10 on 2 December: at the end of 1 December it was still out.
    await run(journal, (e) =>
      returnRoomKey(e, { actor: NIGHT, at: '2026-12-02T00:10:00+08:00' }, { loanId: LOAN.loanId }),
    );

    const entries = await journal.entries();
    const list = unreturnedKeys(entries, '2026-12-01', ZONE);
    expect(list.map((key) => [key.kind, key.id, key.overdue])).toEqual([
      ['room', 'rk-0712', true],
      ['room', 'rk-1501', false],
    ]);
    expect(unreturnedKeys(entries, '2026-12-02', ZONE).map((key) => key.id)).toEqual(['rk-1501']);
    expect(unreturnedKeys(entries, '2026-11-30', ZONE)).toEqual([]);
    // Read in another zone the day ends elsewhere: at the end of 1 December in New York (13:00 on the 2nd
    // in Beijing) only the night loan is still out.
    expect(unreturnedKeys(entries, '2026-12-01', 'America/New_York').map((key) => key.id)).toEqual([
      'rk-1501',
    ]);
  });
});

describe('the key register fold', () => {
  it('applies corrections and reports what it cannot read', async () => {
    const journal = newJournal();
    const lent = await run(journal, (e) =>
      lendRoomKey(e, { actor: DAY, at: '2026-12-01T14:00:00+08:00' }, LOAN),
    );
    if (!lent.ok) throw new Error('lending should be allowed');
    await journal.amend(
      lent.entry.id,
      { dueBack: '2026-12-01T18:00:00+08:00' },
      DAY,
      '2026-12-01T14:05:00+08:00',
      '代理要求延長',
    );
    const entries = await journal.entries();
    expect(foldKeyRegister(entries).roomLoans[0]?.dueBack).toBe('2026-12-01T18:00:00+08:00');
    expect(checkKeys(entries, policy, { now: '2026-12-01T16:30:00+08:00' })).toEqual([]);

    const loose = newJournal(entries);
    await loose.append({
      id: 'stray',
      at: '2026-12-01T15:00:00+08:00',
      actor: DAY,
      type: 'keys.room-returned',
      payload: { loanId: 'rk-ghost' },
    });
    const [finding] = checkKeys(await loose.entries(), policy, { now: '2026-12-01T15:00:00+08:00' });
    expect(finding).toMatchObject({ rule: 'keys/unread-entries', messageId: 'keys.entry-without-register' });
  });

  it('every key rule is registered and cites the key clauses', () => {
    for (const rule of KEYS_RULES) {
      expect(RULE_IDS).toContain(rule.meta.id);
      expect(rule.meta.domain).toBe('keys');
      expect(rule.meta.clauses.some((clause) => clause.startsWith('CSD-9.1'))).toBe(true);
    }
  });
});
