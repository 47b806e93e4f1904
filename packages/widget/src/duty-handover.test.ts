import { assert, expect, fixture, html, waitUntil } from '@open-wc/testing';
import {
  PolicyError,
  formatPath,
  resolvePolicy,
  type Locale,
  type Policy,
  type ResolvedPolicy,
} from '@duty-handover/core';
import { DhPolicyErrorEvent, DutyHandover } from './define.js';
import type * as DefineModule from './define.js';
import { WIDGET_STRINGS } from './locales.js';

// Expected texts come from core's presets, so these tests check that the
// widget shows the policy faithfully rather than restating preset content.
// Equality checks use chai's `assert`: @open-wc's typings declare
// `expect(…).to.equal` as returning a promise, which lint then flags.

function shadow(el: DutyHandover): ShadowRoot {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
}

function normalise(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function texts(el: DutyHandover, selector: string): string[] {
  return [...shadow(el).querySelectorAll(selector)].map((node) => normalise(node.textContent));
}

function checklistLabels(el: DutyHandover, which: 'outgoing' | 'incoming'): string[] {
  return texts(el, `[part~="checklist-${which}"] [part="checklist-item"] .label`);
}

function expectPolicyShown(el: DutyHandover, policy: ResolvedPolicy, locale: Locale): void {
  const root = shadow(el);
  const t = WIDGET_STRINGS[locale];
  assert.isNull(root.querySelector('[role="alert"]'));
  assert.strictEqual(root.querySelector('[part="base"]')?.getAttribute('lang'), locale);
  assert.deepEqual(texts(el, '[part="title"]'), [policy.name[locale]]);
  assert.deepEqual(texts(el, 'h3'), [t.outgoingChecklist, t.incomingChecklist, t.inventory]);

  for (const which of ['outgoing', 'incoming'] as const) {
    const items =
      which === 'outgoing' ? policy.handover.outgoingChecklist : policy.handover.incomingChecklist;
    assert.deepEqual(
      checklistLabels(el, which),
      items.map((item) => item.label[locale]),
    );
    const required = [...root.querySelectorAll(`[part~="checklist-${which}"] [part="checklist-item"]`)].map(
      (li) => normalise(li.querySelector('[part="required"]')?.textContent ?? null) === t.required,
    );
    assert.deepEqual(
      required,
      items.map((item) => item.required),
    );
  }

  const rows = [...root.querySelectorAll('[part="inventory-table"] tbody tr')].map((tr) => [
    normalise(tr.querySelector('th')?.textContent ?? null),
    Number(normalise(tr.querySelector('td')?.textContent ?? null)),
  ]);
  assert.deepEqual(
    rows,
    policy.handover.inventory.map((item) => [item.name[locale], item.expected]),
  );
}

/** The next dh-policy-error reaching `target`. */
function nextPolicyError(target: EventTarget): Promise<DhPolicyErrorEvent> {
  return new Promise((resolve) => {
    const listener = (event: Event): void => {
      if (!(event instanceof DhPolicyErrorEvent)) return;
      target.removeEventListener(DhPolicyErrorEvent.eventName, listener);
      resolve(event);
    };
    target.addEventListener(DhPolicyErrorEvent.eventName, listener);
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

  it('is defined by the package entry', () => {
    assert.strictEqual(customElements.get('duty-handover'), DutyHandover);
    assert.instanceOf(document.createElement('duty-handover'), DutyHandover);
  });

  it('properties are reactive accessors (decorators compiled in legacy mode)', async () => {
    const el = await fixture<DutyHandover>(html`<duty-handover></duty-handover>`);
    // A class field would shadow Lit's accessor (esbuild without the widget's tsconfig).
    for (const name of ['site', 'post', 'policy', 'lang', 'policyObject']) {
      assert.isFalse(Object.prototype.hasOwnProperty.call(el, name), name);
    }
    assert.strictEqual(el.post, 'front-desk');
    assert.strictEqual(el.policy, 'reg7');
  });

  it('renders the reg7 checklists and inventory in zh-Hant by default', async () => {
    assert.isAbove(reg7.handover.outgoingChecklist.length, 0);
    assert.isAbove(reg7.handover.incomingChecklist.length, 0);
    const el = await fixture<DutyHandover>(html`<duty-handover site="harbour-view"></duty-handover>`);
    assert.strictEqual(el.locale, 'zh-Hant');
    expectPolicyShown(el, reg7, 'zh-Hant');
    assert.include(texts(el, '[part="meta"]')[0], 'harbour-view');
    await expect(el).to.be.accessible();
  });

  it('re-renders in English when lang switches to en', async () => {
    const el = await fixture<DutyHandover>(html`<duty-handover></duty-handover>`);
    el.lang = 'en';
    await el.updateComplete;
    assert.strictEqual(el.getAttribute('lang'), 'en');
    expectPolicyShown(el, reg7, 'en');
    await expect(el).to.be.accessible();

    el.setAttribute('lang', 'zh-CN');
    await el.updateComplete;
    expectPolicyShown(el, reg7, 'zh-Hans');
    await expect(el).to.be.accessible();
  });

  it('follows the closest lang of the page when it has none itself', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><duty-handover></duty-handover></div>`);
    const el = wrapper.querySelector('duty-handover')!;
    await el.updateComplete;
    expectPolicyShown(el, reg7, 'en');

    wrapper.setAttribute('lang', 'zh-Hans');
    await waitUntil(
      () => texts(el, 'h3')[0] === WIDGET_STRINGS['zh-Hans'].outgoingChecklist,
      'did not follow the page language',
    );
    expectPolicyShown(el, reg7, 'zh-Hans');

    // Its own attribute wins over the page.
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expectPolicyShown(el, reg7, 'en');
  });

  it('shows the post name from the policy', async () => {
    const post = reg7.posts[0];
    if (!post) throw new Error('reg7 is expected to define posts');
    const el = await fixture<DutyHandover>(html`<duty-handover lang="en" post=${post.id}></duty-handover>`);
    assert.include(texts(el, '[part="meta"]')[0], post.name.en);
  });

  it('switches preset with the policy attribute (estate-group inventory and counts)', async () => {
    const estate = resolvePolicy('estate-group');
    assert.isAbove(estate.handover.inventory.length, 0);
    const el = await fixture<DutyHandover>(html`<duty-handover></duty-handover>`);
    el.setAttribute('policy', 'estate-group');
    await el.updateComplete;
    assert.strictEqual(el.resolvedPolicy?.id, estate.id);
    expectPolicyShown(el, estate, 'zh-Hant');
    await expect(el).to.be.accessible();
  });

  for (const preset of ['reg7', 'estate-group', 'taikoo-front-desk', 'call-centre', 'cs-department']) {
    it(`renders the ${preset} preset accessibly in English`, async () => {
      const el = await fixture<DutyHandover>(
        html`<duty-handover policy=${preset} lang="en"></duty-handover>`,
      );
      expectPolicyShown(el, resolvePolicy(preset), 'en');
      await expect(el).to.be.accessible();
    });
  }

  it('renders every problem of an invalid policyObject as an alert and dispatches dh-policy-error', async () => {
    const broken = brokenPolicy();
    const expected = problemsOf(broken);
    assert.isAbove(expected.length, 1);

    const el = document.createElement('duty-handover');
    el.policyObject = broken;
    const event = nextPolicyError(document);
    await fixture(html`<div>${el}</div>`);
    const received = await event;

    assert.isTrue(received.bubbles && received.composed);
    assert.deepEqual(
      received.problems.map((p) => [p.path, p.code]),
      expected.map((p) => [p.path, p.code]),
    );

    const alert = shadow(el).querySelector('[role="alert"]');
    assert.isNotNull(alert);
    assert.isNull(shadow(el).querySelector('[part="inventory"]'));
    const items = [...alert.querySelectorAll('li')].map((li) => normalise(li.textContent));
    assert.lengthOf(items, expected.length);
    expected.forEach((p, i) => {
      assert.include(items[i], formatPath(p.path));
      assert.include(items[i], p.message['zh-Hant']);
    });
    await expect(el).to.be.accessible();

    el.lang = 'en';
    await el.updateComplete;
    const english = texts(el, '[role="alert"] li');
    expected.forEach((p, i) => {
      assert.include(english[i], p.message.en);
    });
    await expect(el).to.be.accessible();
  });

  it('reports an unknown preset and recovers when the policy is fixed', async () => {
    const el = await fixture<DutyHandover>(html`<duty-handover lang="en"></duty-handover>`);
    const event = nextPolicyError(el);
    el.policy = 'no-such-preset';
    const received = await event;
    const first = received.problems[0];
    if (!first) throw new Error('expected a problem');
    assert.include(
      normalise(shadow(el).querySelector('[role="alert"]')?.textContent ?? null),
      first.message.en,
    );
    await expect(el).to.be.accessible();

    el.policyObject = { preset: 'estate-group' };
    await el.updateComplete;
    expectPolicyShown(el, resolvePolicy('estate-group'), 'en');
  });

  it('never throws on garbage, it shows the problems', async () => {
    for (const garbage of [42, null, [], { preset: 'reg7', overrides: 'x' }, { preset: 'nope' }]) {
      const el = document.createElement('duty-handover');
      el.policyObject = garbage as unknown as Policy;
      el.policy = 'also-not-a-preset';
      await fixture(html`<div>${el}</div>`);
      // `null` falls back to the (invalid) attribute; either way an alert, never an exception.
      assert.isNotNull(shadow(el).querySelector('[role="alert"] li'), JSON.stringify(garbage));
    }
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
