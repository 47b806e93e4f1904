/**
 * The key register through the panel: area keys issued to a shift and
 * counted back, a room key lent against a register entry and returned, the
 * day's list of keys not back, and core's refusals shown at the form.
 */
import { assert, waitUntil } from '@open-wc/testing';
import { en as t } from './locales/en.js';
import {
  $,
  OUTGOING,
  buttonNamed,
  clickAndSettle,
  deleteTestDatabases,
  mount,
  shadow,
  testClock,
  textOf,
  typeInto,
} from './widget-test-helpers.js';

describe('key register', () => {
  afterEach(deleteTestDatabases);

  it('issues, lends and takes back keys; lists what is out; refuses a set already out', async () => {
    const clock = testClock('2026-12-01T08:05:00+08:00');
    const el = await mount({ lang: 'en', clock, currentUser: { staffId: OUTGOING.staffId }, view: 'keys' });
    await waitUntil(() => shadow(el).querySelector('[part~="keys-issue"]'), 'keys view');
    assert.include(textOf(el, '[part~="keys-unreturned"]'), t.allKeysBack);

    await typeInto(el, 'keys.issue.set', 'main-bunch');
    await typeInto(el, 'keys.issue.count', '12');
    await typeInto(el, 'keys.issue.to', OUTGOING.staffId);
    await clickAndSettle(el, buttonNamed(el, t.recordIssue));
    assert.include(textOf(el, '[part~="keys-out"]'), 'main-bunch × 12');
    assert.include(textOf(el, '[part~="keys-unreturned"]'), 'main-bunch');
    assert.strictEqual(el.entries.at(-1)?.type, 'keys.area-issued');
    assert.strictEqual(el.entries.at(-1)?.actor.staffId, OUTGOING.staffId);

    // The same set again while it is out: core refuses, citing the clause.
    await typeInto(el, 'keys.issue.set', 'main-bunch');
    await typeInto(el, 'keys.issue.count', '12');
    await typeInto(el, 'keys.issue.to', 'S-102');
    await clickAndSettle(el, buttonNamed(el, t.recordIssue));
    assert.include(textOf(el, '[part~="keys-issue"] [part~="refusal"]'), 'CSD-9.1.1');

    await typeInto(el, 'keys.lend.room', '會所 2 號房');
    await typeInto(el, 'keys.lend.borrower', '住戶何先生');
    await typeInto(el, 'keys.lend.purpose', '借用場地舉辦生日會');
    await clickAndSettle(el, buttonNamed(el, t.recordLoan));
    assert.include(textOf(el, '[part~="keys-out"]'), '會所 2 號房');

    clock.set('2026-12-01T10:30:00+08:00');
    const loan = el.entries.at(-1)?.payload as { loanId: string };
    await clickAndSettle(el, $(el, `[part~="keys-out"] li[data-id="${loan.loanId}"] button`));
    const issue = el.entries.find((entry) => entry.type === 'keys.area-issued')?.payload as {
      issueId: string;
    };
    await typeInto(el, `keys.return.${issue.issueId}.count`, '12');
    await clickAndSettle(el, $(el, `[part~="keys-out"] li[data-id="${issue.issueId}"] button`));
    assert.include(textOf(el, '[part~="keys-out"]'), t.allKeysBack);
    assert.include(textOf(el, '[part~="keys-unreturned"]'), t.allKeysBack);
  });
});
