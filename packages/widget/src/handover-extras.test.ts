/**
 * The four parts of the duty record beyond matters and anomalies, done by
 * clicking and typing: a superior's instruction passed on (HOR-1.4), the
 * shift's major issues (HOR-1.3), the state of equipment (CSD-3.4; major
 * equipment starting or stopping blocks, HOR-2.4) and whether the incoming
 * person is fit to take over (HOR-2.4 ⑷). Under cs-department, which lists
 * both blocking conditions; reg7 lists neither, and shows neither part.
 */
import { assert, expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Locale } from '@duty-handover/core';
import type { DutyHandover, DutyHandoverRoster } from './define.js';
import { en } from './locales/en.js';
import { zhHans } from './locales/zh-Hans.js';
import { zhHant } from './locales/zh-Hant.js';
import type { WidgetStrings } from './locales.js';
import {
  $,
  $$,
  INCOMING,
  OUTGOING,
  ROSTER,
  TIMES,
  buttonNamed,
  choose,
  clickAndSettle,
  deleteTestDatabases,
  fieldNamed,
  focusedIn,
  mount,
  normalise,
  settle,
  shadow,
  storedEntries,
  testClock,
  textOf,
  typeInto,
} from './widget-test-helpers.js';

const TABLES: Record<Locale, WidgetStrings> = { en, 'zh-Hant': zhHant, 'zh-Hans': zhHans };
const SUBSTITUTE = { staffId: 'S-103', name: '何家明' } as const;
const STATE_TEXT: Record<string, keyof WidgetStrings> = {
  running: 'stateRunning',
  starting: 'stateStarting',
  stopping: 'stateStopping',
  stopped: 'stateStopped',
  faulty: 'stateFaulty',
  'under-repair': 'stateUnderRepair',
};

/** cs-department's day shift (08:30–17:30) hands over to its night shift at 17:30, Asia/Shanghai. */
const CSD_ROSTER: DutyHandoverRoster = {
  staff: [
    { id: OUTGOING.staffId, name: OUTGOING.name },
    { id: INCOMING.staffId, name: INCOMING.name },
    { id: SUBSTITUTE.staffId, name: SUBSTITUTE.name },
  ],
  assignments: [
    { staff: OUTGOING.staffId, date: '2026-12-01', shift: 'day', post: 'front-desk' },
    { staff: INCOMING.staffId, date: '2026-12-01', shift: 'night', post: 'front-desk' },
  ],
};

/** A cs-department panel with the handover opened by its button, as the outgoing person would. */
async function openCsd(locale: Locale): Promise<DutyHandover> {
  const t = TABLES[locale];
  const el = await mount({
    lang: locale,
    policy: 'cs-department',
    clock: testClock('2026-12-01T17:10:00+08:00'),
    roster: CSD_ROSTER,
  });
  await clickAndSettle(el, buttonNamed(el, t.openHandover));
  assert.include(textOf(el, '[part~="summary"] h4'), OUTGOING.staffId);
  return el;
}

/** The payloads the journal holds for an entry type, in order. */
function payloads(el: DutyHandover, type: string): Record<string, unknown>[] {
  return el.entries
    .filter((entry) => entry.type === type)
    .map((entry) => entry.payload as Record<string, unknown>);
}

/**
 * What a blocker or a refusal says, as the person reads it, and the clauses it
 * lists; `undefined` when none shows. (Plain data: a failed assertion reports it readably.)
 */
interface Shown {
  readonly text: string;
  readonly clauses: readonly string[];
}

function shown(el: DutyHandover, selector: string): Shown | undefined {
  const found = shadow(el).querySelector(selector);
  if (found === null) return undefined;
  return {
    text: normalise(found.textContent),
    clauses: [...found.querySelectorAll('[data-clause]')].map(
      (clause) => clause.getAttribute('data-clause') ?? '',
    ),
  };
}

function blocker(el: DutyHandover, condition: string): Shown | undefined {
  return shown(el, `[part~="blocker"][data-condition="${condition}"]`);
}

function has(el: DutyHandover, selector: string): boolean {
  return shadow(el).querySelector(selector) !== null;
}

/** Clicks the submit button of a form. */
async function submit(el: DutyHandover, form: string): Promise<void> {
  await clickAndSettle(el, $(el, `form[data-form="${form}"] button[type="submit"]`));
}

/** Ticks a checkbox with a click, as a person does. */
async function tick(el: DutyHandover, name: string): Promise<void> {
  fieldNamed(el, name).click();
  await el.updateComplete;
}

async function passOnInstruction(el: DutyHandover, t: WidgetStrings, from: string, text: string) {
  await typeInto(el, 'instruction.from', from);
  await typeInto(el, 'instruction.text', text);
  await clickAndSettle(el, buttonNamed(el, t.recordInstruction, '[part~="instructions"]'));
}

async function recordEquipment(el: DutyHandover, name: string, state: string, major: boolean) {
  await typeInto(el, 'equipment.name', name);
  await choose(el, 'equipment.state', state);
  if (major) await tick(el, 'equipment.major');
  await submit(el, 'equipment');
}

/** Records a new state for a recorded piece of equipment, in its own row. */
async function changeEquipment(el: DutyHandover, equipmentId: string, state: string) {
  await choose(el, `equip.${equipmentId}.state`, state);
  await submit(el, `equip.${equipmentId}`);
}

async function judgeUnfit(
  el: DutyHandover,
  observation: string,
  substitute?: { readonly staffId: string; readonly name: string },
) {
  await tick(el, 'fitness.unfit');
  await typeInto(el, 'fitness.observation', observation);
  if (substitute) {
    await typeInto(el, 'fitness.substitute', substitute.staffId);
    await typeInto(el, 'fitness.substituteName', substitute.name);
  }
  await submit(el, 'fitness');
}

describe('instructions, major issues, equipment and fitness (cs-department)', () => {
  afterEach(deleteTestDatabases);

  it("passes on a superior's instruction, shown as text under the outgoing person's record", async () => {
    const t = en;
    const el = await openCsd('en');
    assert.include(textOf(el, '[part~="outgoing"] [part~="instructions"]'), t.instructions);
    assert.lengthOf($$(el, '[part~="instruction"]'), 0);

    const hostile = '<img src=x onerror="window.__xss=1">';
    await passOnInstruction(
      el,
      t,
      '李主任 (cs-supervisor)',
      `Keep the B-block lift closed until the contractor signs it off ${hostile}`,
    );

    const items = $$(el, '[part~="instruction"]');
    assert.lengthOf(items, 1);
    assert.include(
      normalise(items[0]?.textContent),
      'Keep the B-block lift closed until the contractor signs it off',
    );
    assert.include(
      normalise(items[0]?.textContent),
      `${t.instructionFrom}${t.labelSeparator}李主任 (cs-supervisor)`,
    );
    // Text stays text.
    assert.include(items[0]?.textContent ?? '', hostile);
    assert.lengthOf(shadow(el).querySelectorAll('img'), 0);
    // Stored once, by the outgoing person, with what was typed.
    const [stored, ...more] = el.entries.filter((entry) => entry.type === 'handover.instruction-passed-on');
    assert.isEmpty(more);
    assert.strictEqual(stored?.actor.staffId, OUTGOING.staffId);
    assert.include(stored?.payload as Record<string, unknown>, { from: '李主任 (cs-supervisor)' });
    // The form is empty again, focus back in it for the next instruction.
    assert.strictEqual(fieldNamed(el, 'instruction.text').value, '');
    assert.strictEqual(focusedIn(el)?.getAttribute('name'), 'instruction.from');
    const db = await storedEntries(`duty-handover/${encodeURIComponent(el.site)}/front-desk`);
    assert.lengthOf(db, el.entries.length);
  });

  it('records a major issue unresolved, then resolved; a major event in progress blocks until under control', async () => {
    const t = en;
    const el = await openCsd('en');
    await typeInto(
      el,
      'issue.description',
      'Water leak in the B-block plant room at 14:20; engineering isolated the valve',
    );
    await submit(el, 'issue');

    const issue = () => $(el, '[part~="major-issue"]');
    assert.lengthOf($$(el, '[part~="major-issue"]'), 1);
    assert.include(normalise(issue().textContent), t.statusOpen);
    assert.include(normalise(issue().textContent), 'Water leak in the B-block plant room');
    const [first] = payloads(el, 'handover.major-issue-recorded');
    assert.strictEqual(first?.['resolved'], false);
    // A major issue is handed over resolved or not (HOR-1.3): core raises no blocker for it.
    assert.isUndefined(blocker(el, 'major-event-unresolved'));

    await clickAndSettle(el, buttonNamed(el, t.statusResolved, '[part~="major-issue"]'));
    assert.lengthOf($$(el, '[part~="major-issue"]'), 1);
    assert.include(normalise(issue().textContent), t.statusResolved);
    assert.notInclude(normalise(issue().textContent), t.statusOpen);
    assert.isFalse(has(el, '[part~="major-issue"] button'));
    const versions = payloads(el, 'handover.major-issue-recorded');
    assert.lengthOf(versions, 2);
    assert.strictEqual(versions[1]?.['issueId'], first?.['issueId']);
    assert.strictEqual(versions[1]?.['resolved'], true);

    // What does block (HOR-2.4 ⑴): a major event still being dealt with, raised where the hint says.
    assert.include(textOf(el, '[part~="major-issues"]'), `“${t.incidents}”`);
    await choose(el, 'flag.kind', 'major-event');
    await typeInto(el, 'flag.description', 'Second leak found, plant room flooding');
    await submit(el, 'flag');
    const event = blocker(el, 'major-event-unresolved');
    assert.isDefined(event);
    assert.include(
      event.text,
      'A major event is still being dealt with: Second leak found, plant room flooding.',
    );
    assert.include(event.clauses, 'HOR-2.4');
    const flagId = String(payloads(el, 'handover.emergency-raised')[0]?.['flagId']);
    await typeInto(el, `clear.${flagId}.outcome`, 'Valve closed, water pumped out by 17:20');
    await submit(el, `clear.${flagId}`);
    assert.isUndefined(blocker(el, 'major-event-unresolved'));
  });

  it('major equipment starting blocks the signatures; once it runs steadily the blocker goes', async () => {
    const t = en;
    const el = await openCsd('en');
    await recordEquipment(el, 'Chiller 2', 'starting', true);

    const item = () => $(el, '[part~="equipment-item"]');
    assert.include(normalise(item().textContent), `${t.stateStarting} ${t.major} Chiller 2`);
    const found = blocker(el, 'equipment-transition');
    assert.isDefined(found);
    assert.include(
      found.text,
      'Major equipment "Chiller 2" is starting or stopping: wait until it is steady.',
    );
    assert.include(found.clauses, 'HOR-2.4');
    const [started] = payloads(el, 'handover.equipment-status-recorded');
    assert.include(started, { name: 'Chiller 2', state: 'starting', major: true });

    await changeEquipment(el, String(started?.['equipmentId']), 'running');
    assert.isUndefined(blocker(el, 'equipment-transition'));
    assert.lengthOf($$(el, '[part~="equipment-item"]'), 1);
    assert.include(normalise(item().textContent), t.stateRunning);
    const versions = payloads(el, 'handover.equipment-status-recorded');
    assert.deepEqual(
      versions.map((payload) => [payload['equipmentId'], payload['state']]),
      [
        [started?.['equipmentId'], 'starting'],
        [started?.['equipmentId'], 'running'],
      ],
    );

    // Equipment that is not major does not block while it starts.
    await recordEquipment(el, 'Lobby fan coil 3', 'starting', false);
    assert.lengthOf($$(el, '[part~="equipment-item"]'), 2);
    assert.isUndefined(blocker(el, 'equipment-transition'));
    // The next one is recorded in the state its select shows, whatever was chosen before.
    const shown = (fieldNamed(el, 'equipment.state') as HTMLSelectElement).value;
    await typeInto(el, 'equipment.name', 'Fire pump 1');
    await submit(el, 'equipment');
    assert.include(payloads(el, 'handover.equipment-status-recorded').at(-1), {
      name: 'Fire pump 1',
      state: shown,
    });
    assert.include(
      textOf(el, '[part~="equipment-item"]:last-of-type'),
      t[STATE_TEXT[shown] ?? 'stateRunning'],
    );
  });

  it('an unfit incoming person without a substitute blocks; a refusal shows at its field with the clause; fit lifts it', async () => {
    const t = en;
    const el = await openCsd('en');
    assert.include(
      textOf(el, '[part~="incoming"] [part~="fitness"]'),
      `${INCOMING.name} (${INCOMING.staffId})`,
    );

    // Unfit with nothing written: core refuses (HOR-2.4), the panel says why at the field, nothing is stored.
    await tick(el, 'fitness.unfit');
    const before = el.entries.length;
    await submit(el, 'fitness');
    const refusal = shown(el, '[part~="fitness"] [part~="refusal"]');
    assert.include(refusal?.text, 'The entry is not valid at observation.');
    assert.include(refusal?.clauses ?? [], 'HOR-2.4');
    assert.strictEqual(fieldNamed(el, 'fitness.observation').getAttribute('aria-invalid'), 'true');
    assert.include(
      textOf(el, '[part~="fitness"] .field-error'),
      'Write down what was observed when someone is not fit to take over.',
    );
    assert.strictEqual(el.entries.length, before);
    assert.isUndefined(blocker(el, 'incoming-unfit'));

    await typeInto(el, 'fitness.observation', 'Smells of alcohol, unsteady on his feet at 17:12');
    await submit(el, 'fitness');
    assert.isFalse(has(el, '[part~="fitness"] [part~="refusal"]'));
    const unfit = blocker(el, 'incoming-unfit');
    assert.isDefined(unfit);
    assert.include(
      unfit.text,
      `The incoming person (${INCOMING.staffId}) is not fit to take over and no substitute has been found.`,
    );
    assert.include(unfit.clauses, 'HOR-2.4');
    assert.include(textOf(el, '[part~="fitness-record"]'), t.unfit);
    const [judged] = el.entries.filter((entry) => entry.type === 'handover.fitness-confirmed');
    assert.strictEqual(judged?.actor.staffId, OUTGOING.staffId);
    assert.include(judged?.payload as Record<string, unknown>, { staffId: INCOMING.staffId, fit: false });

    // Judged again, fit (the form is back to "fit"): the blocker goes.
    assert.isFalse((fieldNamed(el, 'fitness.unfit') as HTMLInputElement).checked);
    assert.isFalse(has(el, '[name="fitness.observation"]'));
    await submit(el, 'fitness');
    assert.isUndefined(blocker(el, 'incoming-unfit'));
    assert.lengthOf($$(el, '[part~="fitness-record"]'), 2);
    assert.deepEqual(
      payloads(el, 'handover.fitness-confirmed').map((payload) => payload['fit']),
      [false, true],
    );
  });

  it('an unfit incoming person with a substitute: the substitute takes over, nothing blocks for fitness', async () => {
    const t = en;
    const el = await openCsd('en');
    await judgeUnfit(el, 'Not clear-headed after a night without sleep', SUBSTITUTE);

    assert.isUndefined(blocker(el, 'incoming-unfit'));
    assert.include(
      textOf(el, '[part~="fitness-record"]'),
      `${t.substitute}${t.labelSeparator}${SUBSTITUTE.name} (${SUBSTITUTE.staffId})`,
    );
    // The incoming side is now the substitute's: their section, and what they are waited for.
    assert.include(textOf(el, '[part~="incoming"] h4'), `${SUBSTITUTE.name} (${SUBSTITUTE.staffId})`);
    assert.include(textOf(el, '[part~="summary"] h4'), SUBSTITUTE.staffId);
    assert.include(blocker(el, 'incoming-absent')?.text, SUBSTITUTE.staffId);
    const [payload] = payloads(el, 'handover.fitness-confirmed');
    assert.deepEqual(payload?.['substitute'], { staffId: SUBSTITUTE.staffId, name: SUBSTITUTE.name });
    await expect(el).to.be.accessible();
  });

  it('works by keyboard alone: Tab to the fields, type, Enter records', async () => {
    const t = en;
    const el = await openCsd('en');
    const tabTo = async (target: Element): Promise<void> => {
      for (let presses = 0; presses < 200; presses++) {
        if (focusedIn(el) === target) return;
        await sendKeys({ press: 'Tab' });
      }
      throw new Error(`could not reach ${target.outerHTML.slice(0, 80)} with Tab`);
    };
    await tabTo(fieldNamed(el, 'instruction.from'));
    await sendKeys({ type: 'Duty manager Lee' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Log every call about the water stoppage tomorrow' });
    await tabTo(buttonNamed(el, t.recordInstruction));
    await sendKeys({ press: 'Enter' });
    await settle(el);
    assert.lengthOf($$(el, '[part~="instruction"]'), 1);
    assert.strictEqual(focusedIn(el)?.getAttribute('name'), 'instruction.from');

    await tabTo(fieldNamed(el, 'fitness.unfit'));
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    assert.isTrue((fieldNamed(el, 'fitness.unfit') as HTMLInputElement).checked);
    await tabTo(fieldNamed(el, 'fitness.observation'));
    await sendKeys({ type: 'Slurred speech at 17:14' });
    await tabTo(buttonNamed(el, t.recordFitness));
    await sendKeys({ press: 'Enter' });
    await settle(el);
    assert.isDefined(blocker(el, 'incoming-unfit'));
  });
});

describe('hostile text in the four forms', () => {
  afterEach(deleteTestDatabases);

  it('renders HTML and script typed into every field of the four forms as text, and runs none of it', async () => {
    const hostile = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
    const t = en;
    const el = await openCsd('en');
    await passOnInstruction(el, t, `from ${hostile}`, `instruction ${hostile}`);
    await typeInto(el, 'issue.description', `issue ${hostile}`);
    await submit(el, 'issue');
    await typeInto(el, 'equipment.note', `note ${hostile}`);
    await recordEquipment(el, `pump ${hostile}`, 'running', false);
    await judgeUnfit(el, `observed ${hostile}`, { staffId: SUBSTITUTE.staffId, name: `name ${hostile}` });

    const view = textOf(el, '[part~="view"]');
    for (const text of ['from', 'instruction', 'issue', 'pump', 'note', 'observed']) {
      assert.include(view, `${text} ${hostile}`, `${text} shows as text`);
    }
    // Stored as typed, shown as typed, and nothing of it became markup or ran.
    assert.strictEqual(payloads(el, 'handover.instruction-passed-on').length, 1);
    assert.lengthOf(shadow(el).querySelectorAll('img, script'), 0);
    assert.isUndefined((window as { __xss?: unknown }).__xss);
  });
});

describe('the same in Chinese', () => {
  afterEach(deleteTestDatabases);

  it('zh-Hant: all four recorded by clicking and typing, shown in Traditional Chinese; axe finds nothing', async () => {
    const t = zhHant;
    const el = await openCsd('zh-Hant');
    for (const [part, heading] of [
      ['instructions', t.instructions],
      ['major-issues', t.majorIssues],
      ['equipment', t.equipment],
      ['fitness', t.fitness],
    ] as const) {
      assert.strictEqual(textOf(el, `[part~="${part}"] h5`), heading, part);
    }

    await passOnInstruction(el, t, '客服部經理', '明日停水通知須於今晚十時前張貼各座大堂');
    assert.include(textOf(el, '[part~="instruction"]'), `${t.instructionFrom}${t.labelSeparator}客服部經理`);

    await typeInto(el, 'issue.description', '十四時二十分 B 座機房漏水，工程部已關閉總掣');
    await tick(el, 'issue.resolved');
    await submit(el, 'issue');
    assert.include(textOf(el, '[part~="major-issue"]'), t.statusResolved);
    assert.strictEqual(payloads(el, 'handover.major-issue-recorded')[0]?.['resolved'], true);

    await recordEquipment(el, '2 號冷水機組', 'stopping', true);
    assert.include(textOf(el, '[part~="equipment-item"]'), t.stateStopping);
    const stopping = blocker(el, 'equipment-transition');
    assert.include(stopping?.text, '重要設備「2 號冷水機組」正在啟動或停機');
    assert.include(stopping?.clauses ?? [], 'HOR-2.4');
    const equipmentId = String(payloads(el, 'handover.equipment-status-recorded')[0]?.['equipmentId']);
    await changeEquipment(el, equipmentId, 'stopped');
    assert.include(textOf(el, '[part~="equipment-item"]'), t.stateStopped);
    assert.isUndefined(blocker(el, 'equipment-transition'));

    await judgeUnfit(el, '接班人有酒氣，說話含糊');
    assert.include(textOf(el, '[part~="fitness-record"]'), t.unfit);
    const unfit = blocker(el, 'incoming-unfit');
    assert.include(unfit?.text, `接班人(${INCOMING.staffId})不適合接班,且尚未找到頂班人。`);
    assert.include(unfit?.clauses ?? [], 'HOR-2.4');

    // Nothing left unfilled or missing, and nothing for axe.
    const text = shadow(el).textContent;
    assert.notMatch(text, /\{[A-Za-z]+\}|\bundefined\b|\bNaN\b/);
    await expect(el).to.be.accessible();
  });

  it('zh-Hans: naming the outgoing person as substitute is refused with its clause; nothing is stored', async () => {
    const t = zhHans;
    const el = await openCsd('zh-Hans');
    assert.strictEqual(textOf(el, '[part~="fitness"] h5'), t.fitness);
    const before = el.entries.length;
    await judgeUnfit(el, '接班人发烧，精神恍惚', { staffId: OUTGOING.staffId, name: OUTGOING.name });
    const refusal = shown(el, '[part~="fitness"] [part~="refusal"]');
    assert.include(refusal?.text, `${OUTGOING.staffId} 不能同时是交班人和接班人。`);
    assert.include(refusal?.clauses ?? [], 'HOR-2.4');
    assert.strictEqual(el.entries.length, before);
    assert.lengthOf($$(el, '[part~="fitness-record"]'), 0);
    // What was typed is still there to correct.
    assert.strictEqual(fieldNamed(el, 'fitness.observation').value, '接班人发烧，精神恍惚');
    await expect(el).to.be.accessible();
  });
});

describe('what the policy does not ask for is not offered', () => {
  afterEach(deleteTestDatabases);

  it('reg7 lists neither equipment nor fitness as a blocking condition: only instructions and major issues', async () => {
    const el = await mount({ lang: 'en', clock: testClock(TIMES.open), roster: ROSTER });
    await clickAndSettle(el, buttonNamed(el, en.openHandover));
    assert.isNotNull(shadow(el).querySelector('[part~="instructions"] form[data-form="instruction"]'));
    assert.isNotNull(shadow(el).querySelector('[part~="major-issues"] form[data-form="issue"]'));
    assert.isFalse(has(el, '[part~="equipment"]'));
    assert.isFalse(has(el, '[part~="fitness"]'));
    assert.isFalse(has(el, '[name^="equipment."], [name^="fitness."]'));
  });
});
