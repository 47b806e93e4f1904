/**
 * The element itself: definition, attributes and properties, language, the
 * policy shown faithfully for every preset, invalid policies.
 *
 * Expected texts come from core's presets, so these tests check that the
 * widget shows the policy rather than restating preset content.
 */
import { assert, expect, fixture, html, waitUntil } from '@open-wc/testing';
import {
  PolicyError,
  formatPath,
  resolvePolicy,
  type Locale,
  type Policy,
  type ResolvedPolicy,
} from '@duty-handover/core';
import { DutyHandover, DutyHandoverPolicyErrorEvent } from './define.js';
import type * as DefineModule from './define.js';
import { en } from './locales/en.js';
import { zhHans } from './locales/zh-Hans.js';
import { zhHant } from './locales/zh-Hant.js';
import type { WidgetStrings } from './locales.js';
import {
  $$,
  buttonNamed,
  clickAndSettle,
  deleteTestDatabases,
  mount,
  normalise,
  shadow,
  testClock,
  textOf,
  typeInto,
} from './widget-test-helpers.js';

const STRINGS: Record<Locale, WidgetStrings> = { en, 'zh-Hant': zhHant, 'zh-Hans': zhHans };

function texts(el: DutyHandover, selector: string): string[] {
  return $$(el, selector).map((node) => normalise(node.textContent));
}

/** An instant at which a preset's first post hands over (its first shift's end, less ten minutes). */
function handoverInstant(policy: ResolvedPolicy): { post: string; at: string } {
  const shift = policy.shifts[0];
  if (!shift) throw new Error('a preset has shifts');
  const [hours = 0, minutes = 0] = shift.end.split(':').map(Number);
  const total = (hours * 60 + minutes + 24 * 60 - 10) % (24 * 60);
  const time = `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
  const day = total > hours * 60 + minutes ? '2026-12-01' : '2026-12-02';
  return { post: shift.post, at: `${day}T${time}:00+08:00` };
}

/** Opens a handover by typing two staff numbers, then checks the lists against the policy. */
async function expectPolicyShown(el: DutyHandover, policy: ResolvedPolicy, locale: Locale): Promise<void> {
  const t = STRINGS[locale];
  assert.strictEqual(shadow(el).querySelector('[part~="base"]')?.getAttribute('lang'), locale);
  assert.deepEqual(texts(el, '[part~="title"]'), [policy.name[locale]]);
  await typeInto(el, 'start.outgoing', 'S-1');
  await typeInto(el, 'start.incoming', 'S-2');
  await clickAndSettle(el, buttonNamed(el, t.openHandover));
  assert.isNotNull(shadow(el).querySelector('[part~="summary"]'));
  for (const which of ['outgoing', 'incoming'] as const) {
    const items =
      which === 'outgoing' ? policy.handover.outgoingChecklist : policy.handover.incomingChecklist;
    assert.deepEqual(
      texts(el, `[part~="checklist-${which}"] [part="checklist-item"] .label`),
      items.map((item) => item.label[locale]),
    );
    assert.deepEqual(
      $$(el, `[part~="checklist-${which}"] [part="checklist-item"]`).map(
        (li) => normalise(li.querySelector('[part="required"]')?.textContent) === t.required,
      ),
      items.map((item) => item.required),
    );
  }
  assert.deepEqual(
    $$(el, '[part~="inventory-item"]').map((li) => [
      normalise(li.querySelector('.title-text')?.textContent),
      normalise(li.querySelector('.expected')?.textContent),
    ]),
    policy.handover.inventory.map((item) => [
      item.name[locale],
      t.expectedCount.replace('{count}', String(item.expected)),
    ]),
  );
}

/** The next duty-handover-policy-error reaching `target`. */
function nextPolicyError(target: EventTarget): Promise<DutyHandoverPolicyErrorEvent> {
  return new Promise((resolve) => {
    const listener = (event: Event): void => {
      if (!(event instanceof DutyHandoverPolicyErrorEvent)) return;
      target.removeEventListener(DutyHandoverPolicyErrorEvent.eventName, listener);
      resolve(event);
    };
    target.addEventListener(DutyHandoverPolicyErrorEvent.eventName, listener);
  });
}

/** The problems core reports for an input, to compare with what the widget shows. */
function problemsOf(input: unknown): PolicyError['problems'] {
  try {
    resolvePolicy(input);
  } catch (error) {
    if (error instanceof PolicyError) return error.problems;
    throw error;
  }
  throw new Error('expected the policy to be invalid');
}

/** A full reg7 policy, writable, with two mistakes a policy owner could make. */
function brokenPolicy(): Policy {
  const policy = structuredClone(resolvePolicy('reg7')) as Policy;
  const first = policy.handover.inventory[0];
  if (!first) throw new Error('reg7 is expected to list shared items');
  first.expected = -1;
  policy.handover.countersign.by = '25:00';
  return policy;
}

interface FrameResult {
  source: 'define-test';
  ok: boolean;
  kept?: boolean;
  error?: string;
}

function isFrameResult(data: unknown): data is FrameResult {
  return typeof data === 'object' && data !== null && (data as { source?: unknown }).source === 'define-test';
}

describe('<duty-handover>', () => {
  const reg7 = resolvePolicy('reg7');

  before(() => {
    // The test page's own language must not leak into the default-language tests.
    document.documentElement.removeAttribute('lang');
  });
  afterEach(deleteTestDatabases);

  it('is defined by the package entry', () => {
    assert.strictEqual(customElements.get('duty-handover'), DutyHandover);
    assert.instanceOf(document.createElement('duty-handover'), DutyHandover);
  });

  it('properties are reactive accessors (decorators compiled in legacy mode)', async () => {
    const el = await fixture<DutyHandover>(html`<duty-handover></duty-handover>`);
    // A class field would shadow Lit's accessor (esbuild without the widget's tsconfig).
    for (const name of [
      'site',
      'post',
      'policy',
      'lang',
      'view',
      'policyObject',
      'roster',
      'signer',
      'store',
      'clock',
    ]) {
      assert.isFalse(Object.prototype.hasOwnProperty.call(el, name), name);
    }
    assert.strictEqual(el.post, 'front-desk');
    assert.strictEqual(el.policy, 'reg7');
    assert.strictEqual(el.view, 'handover');
    await el.ready;
  });

  it('renders reg7 in zh-Hant by default, in the site time zone, accessibly', async () => {
    const el = await mount({ clock: testClock('2026-12-01T08:40:00Z') });
    assert.strictEqual(el.locale, 'zh-Hant');
    assert.deepEqual(texts(el, '[part~="title"]'), [reg7.name['zh-Hant']]);
    assert.include(texts(el, '[part~="meta"]')[0], el.site);
    // 08:40 UTC is 16:40 in Shanghai: the early shift hands over at 17:00 site time.
    assert.include(textOf(el, '[part~="start"]'), '17:00');
    await expect(el).to.be.accessible();
  });

  it('re-renders in English when lang switches to en, and zh-CN means zh-Hans', async () => {
    const el = await mount({ clock: testClock('2026-12-01T16:40:00+08:00') });
    el.lang = 'en';
    await el.ready;
    assert.strictEqual(el.getAttribute('lang'), 'en');
    assert.deepEqual(texts(el, '[part~="title"]'), [reg7.name.en]);
    assert.deepEqual(texts(el, '[part~="nav"] button'), [
      en.viewHandover,
      en.viewCountersign,
      en.viewHistory,
      en.viewKeys,
    ]);
    await expect(el).to.be.accessible();

    el.setAttribute('lang', 'zh-CN');
    await el.ready;
    assert.strictEqual(el.locale, 'zh-Hans');
    assert.deepEqual(texts(el, '[part~="title"]'), [reg7.name['zh-Hans']]);
    assert.strictEqual(texts(el, '[part~="nav"] button')[0], zhHans.viewHandover);
  });

  it('follows the closest lang of the page when it has none itself', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><duty-handover></duty-handover></div>`);
    const el = wrapper.querySelector('duty-handover');
    if (!el) throw new Error('no element');
    await el.ready;
    assert.deepEqual(texts(el, '[part~="title"]'), [reg7.name.en]);

    wrapper.setAttribute('lang', 'zh-Hans');
    await waitUntil(
      () => texts(el, '[part~="title"]')[0] === reg7.name['zh-Hans'],
      'did not follow the page language',
    );
    await el.ready;
    assert.strictEqual(texts(el, '[part~="nav"] button')[0], zhHans.viewHandover);

    // Its own attribute wins over the page.
    el.setAttribute('lang', 'en');
    await el.ready;
    assert.deepEqual(texts(el, '[part~="title"]'), [reg7.name.en]);
  });

  it('shows the post name from the policy', async () => {
    const post = reg7.posts[0];
    if (!post) throw new Error('reg7 is expected to define posts');
    const el = await mount({ lang: 'en', post: post.id });
    assert.include(texts(el, '[part~="meta"]')[0], post.name.en);
  });

  for (const preset of ['reg7', 'estate-group', 'taikoo-front-desk', 'call-centre', 'cs-department']) {
    it(`shows the ${preset} checklists and inventory faithfully, accessibly`, async () => {
      const policy = resolvePolicy(preset);
      const { post, at } = handoverInstant(policy);
      const el = await mount({ lang: 'en', policy: preset, post, clock: testClock(at) });
      await expectPolicyShown(el, policy, 'en');
      await expect(el).to.be.accessible();
    });
  }

  it('renders every problem of an invalid policyObject as an alert and dispatches duty-handover-policy-error', async () => {
    const broken = brokenPolicy();
    const expected = problemsOf(broken);
    assert.isAbove(expected.length, 1);

    const el = document.createElement('duty-handover');
    el.policyObject = broken;
    const event = nextPolicyError(document);
    await fixture(html`<div>${el}</div>`);
    const received = await event;
    await el.ready;

    assert.isTrue(received.bubbles && received.composed);
    assert.deepEqual(
      received.detail.problems.map((p) => [p.path, p.code]),
      expected.map((p) => [p.path, p.code]),
    );
    assert.strictEqual(received.problems, received.detail.problems);

    const alert = shadow(el).querySelector('[role="alert"]');
    assert.isNotNull(alert);
    assert.isNull(shadow(el).querySelector('[part~="nav"]'));
    const items = [...alert.querySelectorAll('li')].map((li) => normalise(li.textContent));
    assert.lengthOf(items, expected.length);
    expected.forEach((p, i) => {
      assert.include(items[i], formatPath(p.path));
      assert.include(items[i], p.message['zh-Hant']);
    });
    await expect(el).to.be.accessible();

    el.lang = 'en';
    await el.ready;
    const english = texts(el, '[role="alert"] li');
    expected.forEach((p, i) => {
      assert.include(english[i], p.message.en);
    });
    await expect(el).to.be.accessible();
  });

  it('reports an unknown preset and recovers when the policy is fixed', async () => {
    const el = await mount({ lang: 'en' });
    const event = nextPolicyError(el);
    el.policy = 'no-such-preset';
    const received = await event;
    const first = received.detail.problems[0];
    if (!first) throw new Error('expected a problem');
    assert.include(textOf(el, '[role="alert"]'), first.message.en);
    await expect(el).to.be.accessible();

    el.policyObject = { preset: 'estate-group' };
    await el.ready;
    assert.deepEqual(texts(el, '[part~="title"]'), [resolvePolicy('estate-group').name.en]);
  });

  it('never throws on garbage, it shows the problems', async () => {
    for (const garbage of [42, null, [], { preset: 'reg7', overrides: 'x' }, { preset: 'nope' }]) {
      const el = document.createElement('duty-handover');
      el.policyObject = garbage as unknown as Policy;
      el.policy = 'also-not-a-preset';
      await fixture(html`<div>${el}</div>`);
      await el.ready;
      // `null` falls back to the (invalid) attribute; either way an alert, never an exception.
      assert.isNotNull(shadow(el).querySelector('[role="alert"] li'), JSON.stringify(garbage));
    }
  });

  it('switches view by attribute and by its navigation, moving focus to the view', async () => {
    const el = await mount({ lang: 'en' });
    el.setAttribute('view', 'keys');
    await waitUntil(() => shadow(el).querySelector('[part~="keys"]'), 'keys view did not load');
    buttonNamed(el, en.viewHistory).click();
    await waitUntil(() => shadow(el).querySelector('[part~="history"]'), 'history view did not load');
    assert.strictEqual(el.getAttribute('view'), 'history');
    assert.strictEqual(shadow(el).activeElement?.id, 'view-heading');
    assert.strictEqual(
      shadow(el).querySelector('[part~="nav"] [aria-current="page"]')?.textContent.trim(),
      en.viewHistory,
    );
  });

  it('defining twice throws nothing and keeps the first definition', async () => {
    // A second copy of the entry module (a fresh instance through a query string).
    const url = new URL('./define.ts?second-copy', import.meta.url).href;
    const again = (await import(url)) as typeof DefineModule;
    assert.strictEqual(again.DutyHandover, DutyHandover);
    assert.strictEqual(customElements.get('duty-handover'), DutyHandover);
  });

  it('loads on a host page that already defined <duty-handover>', async () => {
    // A separate document with its own registry: the host's element comes first.
    const entry = new URL('./define.ts', import.meta.url).href;
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><script type="module">
      class HostElement extends HTMLElement {}
      customElements.define('duty-handover', HostElement);
      let result;
      try {
        await import(${JSON.stringify(entry)});
        result = { ok: true, kept: customElements.get('duty-handover') === HostElement };
      } catch (error) {
        result = { ok: false, error: String(error) };
      }
      parent.postMessage({ source: 'define-test', ...result }, '*');
    </script>`;
    const message = new Promise<FrameResult>((resolve) => {
      const onMessage = (event: MessageEvent<unknown>): void => {
        if (!isFrameResult(event.data)) return;
        window.removeEventListener('message', onMessage);
        resolve(event.data);
      };
      window.addEventListener('message', onMessage);
    });
    document.body.append(frame);
    try {
      const result = await message;
      assert.isUndefined(result.error);
      assert.isTrue(result.ok);
      assert.isTrue(result.kept);
    } finally {
      frame.remove();
    }
  });
});
