import { describe, expect, it } from 'vitest';
import { GENESIS_PREV, type SealedEntry } from '../../journal/entry.js';
import type { JsonValue } from '../../journal/json.js';
import { PRESET_IDS } from '../../policy/presets/index.js';
import { at, CHAN, desk, ENGINEER, findingsOf, intake, LEE, WONG } from '../cases-test-helpers.js';
import { checkCases } from '../check.js';
import {
  followUpCase,
  givePlan,
  informCustomer,
  openCase,
  promiseCallback,
  recordCallback,
  recordContact,
  reportCase,
  resolveCase,
  revisitCase,
  transferCase,
} from '../commands.js';
import { CASE_RULES } from './index.js';

const DAY2 = '2026-12-02';

describe('case rules on a well-run day', () => {
  it.each(PRESET_IDS)('%s: a case handled by the book raises nothing', (preset) => {
    const d = desk(preset);
    d.act(CHAN, at('09:00'), (s, c) => openCase(s, c, intake('c-1', { inRemit: false })));
    d.act(CHAN, at('09:02'), (s, c) =>
      transferCase(s, c, { caseId: 'c-1', to: { kind: 'department', id: 'engineering' } }),
    );
    d.act(CHAN, at('09:03'), (s, c) =>
      informCustomer(s, c, { caseId: 'c-1', procedure: '工程部今天上門', expectedBy: at('16:00') }),
    );
    d.act(ENGINEER, at('14:00'), (s, c) =>
      resolveCase(s, c, { caseId: 'c-1', outcome: 'resolved', answer: '已修好' }),
    );
    d.act(CHAN, at('15:00'), (s, c) => followUpCase(s, c, { caseId: 'c-1', note: '住戶確認燈已亮' }));
    expect(d.check(at('10:00', '2026-12-20'))).toEqual([]);
  });

  it('every rule belongs to the case domain and is named case/<name>', () => {
    for (const rule of CASE_RULES) {
      expect(rule.meta.domain).toBe('case');
      expect(rule.meta.id).toMatch(/^case\/[a-z-]+$/);
    }
  });

  it('takes the severity the policy sets, and "off" silences a rule', () => {
    const d = desk('reg7', { severity: { 'case/overdue': 'error', 'case/customer-informed': 'off' } });
    d.act(CHAN, at('09:00'), (s, c) => openCase(s, c, intake('c-1')));
    const findings = d.check(at('09:00', DAY2));
    expect(findingsOf(findings, 'case/overdue')).toMatchObject([{ severity: 'error' }]);
    expect(findingsOf(findings, 'case/customer-informed')).toEqual([]);
  });

  it('refuses a bad check time', () => {
    const d = desk();
    expect(() => checkCases(d.entries, d.policy, { now: 'tomorrow' })).toThrow(RangeError);
  });
});

describe('case/first-contact-owner (FCR-4.2)', () => {
  it('reports a second intake that would make someone else the owner', () => {
    const d = desk();
    d.act(CHAN, at('09:00'), (s, c) => openCase(s, c, intake('c-1')));
    const entries: SealedEntry[] = [
      ...d.entries,
      {
        ...d.entries[0]!,
        seq: 1,
        id: 'c-1/again',
        actor: LEE,
        prev: GENESIS_PREV,
        payload: { ...intake('c-1'), firstContact: { staffId: LEE.staffId } } as JsonValue,
      },
    ];
    const findings = findingsOf(
      checkCases(entries, d.policy, { now: at('10:00') }),
      'case/first-contact-owner',
    );
    expect(findings).toMatchObject([
      {
        clauses: ['FCR-4.2'],
        messageId: 'case.repeated-intake',
        params: { case: 'c-1', staff: LEE.staffId, owner: CHAN.staffId, seq: 1 },
        subject: { record: 'c-1', entries: [0, 1], staff: [CHAN.staffId, LEE.staffId] },
      },
    ]);
  });

  it('accepts one intake per case, whoever typed it', () => {
    const d = desk();
    d.act(LEE, at('09:00'), (s, c) =>
      openCase(s, c, intake('c-1', { firstContact: { staffId: CHAN.staffId } })),
    );
    expect(findingsOf(d.check(at('10:00')), 'case/first-contact-owner')).toEqual([]);
  });
});

describe('case/owner-closes (FCR-4.1, FCR-4.4)', () => {
  function passedOn() {
    const d = desk();
    d.act(CHAN, at('09:00'), (s, c) => openCase(s, c, intake('c-1', { inRemit: false })));
    d.act(CHAN, at('09:01'), (s, c) =>
      transferCase(s, c, { caseId: 'c-1', to: { kind: 'department', id: 'engineering' } }),
    );
    d.act(ENGINEER, at('11:00'), (s, c) =>
      resolveCase(s, c, { caseId: 'c-1', outcome: 'resolved', answer: '已修好' }),
    );
    return d;
  }

  it('reports a case closed by another department with no follow-up by its owner', () => {
    expect(findingsOf(passedOn().check(at('12:00')), 'case/owner-closes')).toMatchObject([
      {
        severity: 'warn',
        clauses: ['FCR-4.1', 'FCR-4.4'],
        messageId: 'case.closed-without-owner',
        params: { case: 'c-1', staff: ENGINEER.staffId, owner: CHAN.staffId },
      },
    ]);
  });

  it('cites FCR-4.1 alone when a colleague closed a case never passed on', () => {
    const d = desk();
    d.act(CHAN, at('09:00'), (s, c) => openCase(s, c, intake('c-1')));
    d.act(LEE, at('10:00'), (s, c) =>
      resolveCase(s, c, { caseId: 'c-1', outcome: 'definite-answer', answer: '下週一恢復' }),
    );
    expect(findingsOf(d.check(at('12:00')), 'case/owner-closes')).toMatchObject([{ clauses: ['FCR-4.1'] }]);
  });

  it('accepts the owner’s follow-up or revisit after the resolution', () => {
    const followed = passedOn();
    followed.act(CHAN, at('11:30'), (s, c) => followUpCase(s, c, { caseId: 'c-1', note: '已與住戶確認' }));
    expect(findingsOf(followed.check(at('12:00')), 'case/owner-closes')).toEqual([]);
    const revisited = passedOn();
    revisited.act(CHAN, at('11:30'), (s, c) =>
      revisitCase(s, c, { caseId: 'c-1', satisfaction: 'satisfied' }),
    );
    expect(findingsOf(revisited.check(at('12:00')), 'case/owner-closes')).toEqual([]);
  });
});

describe('case/intake-complete (FCR-4.5)', () => {
  it('reports an intake that lacks what a stricter policy requires', () => {
    const lax = desk('reg7', { cases: { requiredIntakeFields: ['matter'] } });
    lax.act(CHAN, at('09:00'), (s, c) =>
      openCase(s, c, { caseId: 'c-1', gravity: 'general', matter: '停水' }),
    );
    const strict = desk('reg7');
    const findings = findingsOf(
      checkCases(lax.entries, strict.policy, { now: at('09:30') }),
      'case/intake-complete',
    );
    expect(findings).toMatchObject([
      {
        clauses: ['FCR-4.5'],
        messageId: 'case.intake-incomplete',
        params: { case: 'c-1', fields: 'channel, callerName, callerPhone, category, inRemit' },
      },
    ]);
  });

  it('accepts a complete intake', () => {
    const d = desk();
    d.act(CHAN, at('09:00'), (s, c) => openCase(s, c, intake('c-1')));
    expect(findingsOf(d.check(at('09:30')), 'case/intake-complete')).toEqual([]);
  });
});

describe('case/transfer-keeps-owner (FCR-4.4)', () => {
  it('reports a transfer in the journal that names another owner', () => {
    const d = desk();
    d.act(CHAN, at('09:00'), (s, c) => openCase(s, c, intake('c-1', { inRemit: false })));
    const transfer = d.act(CHAN, at('09:05'), (s, c) =>
      transferCase(s, c, { caseId: 'c-1', to: { kind: 'department', id: 'engineering', name: '工程部' } }),
    );
    const forged = { ...transfer, payload: { ...(transfer.payload as object), owner: ENGINEER.staffId } };
    const findings = checkCases([d.entries[0]!, forged], d.policy, { now: at('09:10') });
    expect(findingsOf(findings, 'case/transfer-keeps-owner')).toMatchObject([
      {
        clauses: ['FCR-4.4'],
        messageId: 'case.transfer-changed-owner',
        params: { case: 'c-1', to: '工程部', named: ENGINEER.staffId, owner: CHAN.staffId },
        subject: { entries: [0, 1] },
      },
    ]);
  });

  it('accepts transfers that keep the owner', () => {
    const d = desk();
    d.act(CHAN, at('09:00'), (s, c) => openCase(s, c, intake('c-1', { inRemit: false })));
    d.act(LEE, at('09:05'), (s, c) =>
      transferCase(s, c, { caseId: 'c-1', to: { kind: 'person', id: 'E-101' } }),
    );
    expect(findingsOf(d.check(at('09:10')), 'case/transfer-keeps-owner')).toEqual([]);
  });
});

describe('case/out-of-remit-passed-on (FCR-4.4, FCR-4.5)', () => {
  it('reports a matter outside the owner’s remit that was not passed on', () => {
    const d = desk();
    d.act(CHAN, at('09:00'), (s, c) => openCase(s, c, intake('c-1', { inRemit: false })));
    expect(findingsOf(d.check(at('09:10')), 'case/out-of-remit-passed-on')).toMatchObject([
      { severity: 'warn', clauses: ['FCR-4.4', 'FCR-4.5'], params: { case: 'c-1', owner: CHAN.staffId } },
    ]);
  });

  it('accepts it once transferred, and never asks it of a matter in remit', () => {
    const d = desk();
    d.act(CHAN, at('09:00'), (s, c) => openCase(s, c, intake('c-1', { inRemit: false })));
    d.act(CHAN, at('09:05'), (s, c) =>
      transferCase(s, c, { caseId: 'c-1', to: { kind: 'department', id: 'security' } }),
    );
    d.act(CHAN, at('09:06'), (s, c) => openCase(s, c, intake('c-2')));
    expect(findingsOf(d.check(at('09:10')), 'case/out-of-remit-passed-on')).toEqual([]);
  });
});

describe('case/customer-informed (FCR-4.6)', () => {
  it('reports a case left open past its intake day without telling the customer anything', () => {
    const d = desk();
    d.act(CHAN, at('09:00'), (s, c) => openCase(s, c, intake('c-1', { gravity: 'difficult' })));
    expect(findingsOf(d.check(at('23:59')), 'case/customer-informed')).toEqual([]);
    expect(findingsOf(d.check(at('00:00', DAY2)), 'case/customer-informed')).toMatchObject([
      { clauses: ['FCR-4.6'], messageId: 'case.customer-not-informed', params: { case: 'c-1' } },
    ]);
  });

  it('reports a customer who had to come back without having been told what happens next', () => {
    const d = desk();
    d.act(CHAN, at('09:00'), (s, c) => openCase(s, c, intake('c-1')));
    d.act(CHAN, at('11:00'), (s, c) => recordContact(s, c, { caseId: 'c-1', channel: 'visit' }));
    d.act(CHAN, at('11:05'), (s, c) =>
      resolveCase(s, c, { caseId: 'c-1', outcome: 'resolved', answer: '已處理' }),
    );
    expect(findingsOf(d.check(at('12:00')), 'case/customer-informed')).toMatchObject([
      { messageId: 'case.customer-not-informed' },
    ]);
  });

  it('accepts a case settled at the first contact the same day without an expected time', () => {
    const d = desk();
    d.act(CHAN, at('09:00'), (s, c) => openCase(s, c, intake('c-1')));
    d.act(CHAN, at('09:04'), (s, c) =>
      resolveCase(s, c, { caseId: 'c-1', outcome: 'definite-answer', answer: '停車場 24 小時開放' }),
    );
    expect(findingsOf(d.check(at('10:00', DAY2)), 'case/customer-informed')).toEqual([]);
  });

  it('reports an expected time that passed without a result, and accepts one renewed in time', () => {
    const d = desk();
    d.act(CHAN, at('09:00'), (s, c) => openCase(s, c, intake('c-1', { gravity: 'difficult' })));
    d.act(CHAN, at('09:05'), (s, c) =>
      informCustomer(s, c, { caseId: 'c-1', procedure: '報工程部', expectedBy: at('12:00') }),
    );
    expect(findingsOf(d.check(at('12:01')), 'case/customer-informed')).toMatchObject([
      {
        messageId: 'case.expected-time-missed',
        params: { case: 'c-1', expectedBy: at('12:00') },
        subject: { entries: [1] },
      },
    ]);
    d.act(CHAN, at('11:30'), (s, c) =>
      informCustomer(s, c, { caseId: 'c-1', procedure: '需訂零件', expectedBy: at('12:00', DAY2) }),
    );
    expect(findingsOf(d.check(at('12:01')), 'case/customer-informed')).toEqual([]);
  });

  it('reports a complaint settled after the time its plan promised', () => {
    const d = desk();
    d.act(CHAN, at('09:00'), (s, c) => openCase(s, c, intake('c-1', { gravity: 'complaint' })));
    d.act(LEE, at('10:00'), (s, c) =>
      givePlan(s, c, { caseId: 'c-1', plan: '約見裝修單位', resolveBy: at('18:00') }),
    );
    d.act(CHAN, at('19:00'), (s, c) =>
      resolveCase(s, c, { caseId: 'c-1', outcome: 'resolved', answer: '已停工' }),
    );
    expect(findingsOf(d.check(at('20:00')), 'case/customer-informed')).toMatchObject([
      {
        messageId: 'case.expected-time-missed',
        params: { expectedBy: at('18:00') },
        subject: { entries: [1, 2] },
      },
    ]);
  });
});

describe('case/two-contacts (FCR-4.6, 二次辦結)', () => {
  it('reports the third contact about a case still unresolved', () => {
    const d = desk();
    d.act(CHAN, at('09:00'), (s, c) => openCase(s, c, intake('c-1', { gravity: 'difficult' })));
    d.act(CHAN, at('09:01'), (s, c) =>
      informCustomer(s, c, { caseId: 'c-1', procedure: '報工程部', expectedBy: at('12:00', DAY2) }),
    );
    d.act(LEE, at('10:00', DAY2), (s, c) => recordContact(s, c, { caseId: 'c-1', channel: 'phone' }));
    const third = d.act(LEE, at('11:00', DAY2), (s, c) =>
      recordContact(s, c, { caseId: 'c-1', channel: 'visit' }),
    );
    d.act(LEE, at('11:05', DAY2), (s, c) =>
      resolveCase(s, c, { caseId: 'c-1', outcome: 'resolved', answer: '已修好' }),
    );
    expect(findingsOf(d.check(at('12:00', DAY2)), 'case/two-contacts')).toMatchObject([
      {
        clauses: ['FCR-4.6'],
        messageId: 'case.too-many-contacts',
        params: { case: 'c-1', count: 3, max: 2 },
        subject: { entries: [0, third.seq] },
      },
    ]);
  });

  it('accepts a case closed at the second contact, even if the customer calls once more afterwards', () => {
    const d = desk();
    d.act(CHAN, at('09:00'), (s, c) => openCase(s, c, intake('c-1')));
    d.act(LEE, at('10:00'), (s, c) => recordContact(s, c, { caseId: 'c-1', channel: 'phone' }));
    d.act(LEE, at('10:05'), (s, c) =>
      resolveCase(s, c, { caseId: 'c-1', outcome: 'resolved', answer: '已修好' }),
    );
    d.act(LEE, at('16:00'), (s, c) => recordContact(s, c, { caseId: 'c-1', channel: 'phone' }));
    expect(findingsOf(d.check(at('17:00')), 'case/two-contacts')).toEqual([]);
  });
});

describe('case/callback-kept (FCR-4.8)', () => {
  function promised() {
    const d = desk();
    d.act(CHAN, at('09:00'), (s, c) => openCase(s, c, intake('c-1')));
    d.act(CHAN, at('09:05'), (s, c) =>
      promiseCallback(s, c, {
        caseId: 'c-1',
        question: '管理費如何計算?',
        replyBy: at('11:00'),
        unreachable: '財務部',
      }),
    );
    return d;
  }

  it('reports a promised callback not made by its time', () => {
    expect(findingsOf(promised().check(at('11:01')), 'case/callback-kept')).toMatchObject([
      {
        clauses: ['FCR-4.8'],
        messageId: 'case.callback-not-made',
        params: { case: 'c-1', callback: 'c-1/callback/1', staff: CHAN.staffId, due: at('11:00') },
        subject: { entries: [1] },
      },
    ]);
  });

  it('reports a callback made late, and accepts one made in time', () => {
    const late = promised();
    late.act(LEE, at('11:30'), (s, c) =>
      recordCallback(s, c, { caseId: 'c-1', callbackId: 'c-1/callback/1' }),
    );
    expect(findingsOf(late.check(at('12:00')), 'case/callback-kept')).toMatchObject([
      { messageId: 'case.callback-late', params: { made: at('11:30') } },
    ]);
    const kept = promised();
    kept.act(CHAN, at('10:30'), (s, c) =>
      recordCallback(s, c, { caseId: 'c-1', callbackId: 'c-1/callback/1' }),
    );
    expect(findingsOf(kept.check(at('12:00')), 'case/callback-kept')).toEqual([]);
  });

  it('holds a callback without a stated time to the same-day cut-off', () => {
    const d = desk();
    d.act(CHAN, at('09:00'), (s, c) => openCase(s, c, intake('c-1')));
    d.act(CHAN, at('09:05'), (s, c) => promiseCallback(s, c, { caseId: 'c-1', question: '何時修好?' }));
    expect(findingsOf(d.check(at('23:59')), 'case/callback-kept')).toEqual([]);
    expect(findingsOf(d.check(at('00:01', DAY2)), 'case/callback-kept')).toMatchObject([
      { params: { due: '2026-12-02T00:00:00+08:00' } },
    ]);
  });
});

describe('case/complaint-plan (DUTY-4)', () => {
  it('reports a complaint whose plan is overdue, then late', () => {
    const d = desk();
    d.act(CHAN, at('09:00'), (s, c) => openCase(s, c, intake('c-1', { gravity: 'complaint' })));
    expect(findingsOf(d.check(at('09:00', DAY2)), 'case/complaint-plan')).toEqual([]);
    expect(findingsOf(d.check(at('09:01', DAY2)), 'case/complaint-plan')).toMatchObject([
      {
        clauses: ['DUTY-4'],
        messageId: 'case.plan-overdue',
        params: { case: 'c-1', due: at('09:00', DAY2) },
      },
    ]);
    d.act(WONG, at('10:00', DAY2), (s, c) => givePlan(s, c, { caseId: 'c-1', plan: '協調樓上住戶停工' }));
    expect(findingsOf(d.check(at('11:00', DAY2)), 'case/complaint-plan')).toMatchObject([
      { messageId: 'case.plan-late', params: { given: at('10:00', DAY2) } },
    ]);
  });

  it('accepts a plan on time, and a complaint settled before its plan fell due', () => {
    const d = desk();
    d.act(CHAN, at('09:00'), (s, c) => openCase(s, c, intake('c-1', { gravity: 'complaint' })));
    d.act(CHAN, at('15:00'), (s, c) => givePlan(s, c, { caseId: 'c-1', plan: '協調樓上住戶停工' }));
    d.act(CHAN, at('09:10'), (s, c) => openCase(s, c, intake('c-2', { gravity: 'complaint' })));
    d.act(CHAN, at('09:40'), (s, c) =>
      resolveCase(s, c, { caseId: 'c-2', outcome: 'resolved', answer: '已道歉並退款' }),
    );
    expect(findingsOf(d.check(at('12:00', '2026-12-05')), 'case/complaint-plan')).toEqual([]);
  });
});

describe('case/major-complaint-reported (DUTY-4)', () => {
  it('reports a major complaint never reported to the project manager', () => {
    const d = desk('taikoo-front-desk');
    d.act(CHAN, at('09:00'), (s, c) => openCase(s, c, intake('c-1', { gravity: 'major-complaint' })));
    d.act(CHAN, at('10:00'), (s, c) => givePlan(s, c, { caseId: 'c-1', plan: '賠償方案' }));
    expect(findingsOf(d.check(at('10:00', DAY2)), 'case/major-complaint-reported')).toMatchObject([
      {
        clauses: ['DUTY-4'],
        messageId: 'case.major-complaint-not-reported',
        params: { case: 'c-1', role: 'project-head', due: at('09:00', DAY2) },
      },
    ]);
  });

  it('reports a late report, and does not count a report to the wrong role', () => {
    const d = desk('reg7');
    d.act(CHAN, at('09:00'), (s, c) => openCase(s, c, intake('c-1', { gravity: 'major-complaint' })));
    d.act(CHAN, at('09:30'), (s, c) => reportCase(s, c, { caseId: 'c-1', to: { role: 'cs-supervisor' } }));
    d.act(CHAN, at('10:00', DAY2), (s, c) => reportCase(s, c, { caseId: 'c-1' }));
    expect(findingsOf(d.check(at('11:00', DAY2)), 'case/major-complaint-reported')).toMatchObject([
      {
        messageId: 'case.major-complaint-reported-late',
        params: { role: 'property-manager', reported: at('10:00', DAY2) },
      },
    ]);
  });

  it('accepts a major complaint reported in time; an ordinary complaint needs no report', () => {
    const d = desk('cs-department');
    d.act(CHAN, at('09:00'), (s, c) => openCase(s, c, intake('c-1', { gravity: 'major-complaint' })));
    d.act(CHAN, at('09:20'), (s, c) => reportCase(s, c, { caseId: 'c-1' }));
    d.act(CHAN, at('09:30'), (s, c) => openCase(s, c, intake('c-2', { gravity: 'complaint' })));
    expect(findingsOf(d.check(at('12:00', '2026-12-05')), 'case/major-complaint-reported')).toEqual([]);
  });
});

describe('case/overdue (FINE-3.4, FINE-3.5)', () => {
  it('reports a general matter still open after its day, citing FINE-3.4', () => {
    const d = desk();
    d.act(CHAN, at('09:00'), (s, c) => openCase(s, c, intake('c-1')));
    expect(findingsOf(d.check(at('23:59')), 'case/overdue')).toEqual([]);
    expect(findingsOf(d.check(at('00:01', DAY2)), 'case/overdue')).toMatchObject([
      {
        severity: 'warn',
        clauses: ['FINE-3.4'],
        messageId: 'case.overdue',
        params: { case: 'c-1', gravity: 'general', due: '2026-12-02T00:00:00+08:00' },
      },
    ]);
  });

  it('reports a difficult matter resolved after its week, citing FINE-3.5', () => {
    const d = desk();
    d.act(CHAN, at('09:00'), (s, c) => openCase(s, c, intake('c-1', { gravity: 'difficult' })));
    d.act(CHAN, at('09:01'), (s, c) =>
      informCustomer(s, c, { caseId: 'c-1', procedure: '更換水泵', expectedBy: at('09:00', '2026-12-10') }),
    );
    d.act(CHAN, at('09:30', '2026-12-08'), (s, c) =>
      resolveCase(s, c, { caseId: 'c-1', outcome: 'resolved', answer: '水泵已換' }),
    );
    expect(findingsOf(d.check(at('10:00', '2026-12-08')), 'case/overdue')).toMatchObject([
      { clauses: ['FINE-3.5'], messageId: 'case.resolved-late', params: { due: at('09:00', '2026-12-08') } },
    ]);
  });

  it('accepts cases resolved within their targets; complaints are held to their plan instead', () => {
    const d = desk();
    d.act(CHAN, at('09:00'), (s, c) => openCase(s, c, intake('c-1', { gravity: 'difficult' })));
    d.act(CHAN, at('09:01'), (s, c) =>
      informCustomer(s, c, { caseId: 'c-1', procedure: '更換水泵', expectedBy: at('09:00', '2026-12-08') }),
    );
    d.act(CHAN, at('08:00', '2026-12-08'), (s, c) =>
      resolveCase(s, c, { caseId: 'c-1', outcome: 'resolved', answer: '水泵已換' }),
    );
    d.act(CHAN, at('09:10'), (s, c) => openCase(s, c, intake('c-2', { gravity: 'complaint' })));
    d.act(CHAN, at('09:20'), (s, c) =>
      givePlan(s, c, { caseId: 'c-2', plan: '約見', resolveBy: at('09:00', '2026-12-30') }),
    );
    expect(findingsOf(d.check(at('10:00', '2026-12-20')), 'case/overdue')).toEqual([]);
  });
});
