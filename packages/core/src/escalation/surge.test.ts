import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolvePolicy } from '../policy/resolve.js';
import { surgeController, type SurgeAction, type SurgeState } from './surge.js';

const policy = resolvePolicy('call-centre');

function at(time: string, day = '2026-12-01'): string {
  return `${day}T${time}:00+08:00`;
}

/** One sample a minute from `from`, waiting as listed. */
function minutes(
  from: string,
  waiting: readonly number[],
  day = '2026-12-01',
): { at: string; waiting: number }[] {
  const [hours = 0, mins = 0] = from.split(':').map(Number);
  return waiting.map((count, offset) => {
    const total = hours * 60 + mins + offset;
    const time = `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
    return { at: at(time, day), waiting: count };
  });
}

/** Feeds the samples in order; returns the last state and every action as `action source @ HH:mm`. */
function run(samples: readonly { at: string; waiting: number }[], start?: SurgeState) {
  const controller = surgeController(policy);
  let state = start ?? controller.initialSurgeState();
  const actions: SurgeAction[] = [];
  for (const sample of samples) {
    const result = controller.step(state, sample);
    state = result.state;
    actions.push(...result.actions);
  }
  return { state, actions, log: actions.map((a) => `${a.action} ${a.source} @ ${a.at.slice(11, 16)}`) };
}

const repeat = (count: number, waiting: number) => Array<number>(count).fill(waiting);

describe('surgeController: a whole surge and its release (CCS-6.3.2a–f, CCS-6.3.3)', () => {
  const samples = minutes('10:00', [
    ...repeat(16, 8), // 10:00–10:15: 5 < n ≤ 10
    ...repeat(14, 12), // 10:16–10:29: more than ten
    ...repeat(7, 4), // 10:30–10:36: five or fewer
  ]);
  const { state, actions, log } = run(samples);

  it('brings each source in after its sustain, counted from the step before', () => {
    expect(log.slice(0, 6)).toEqual([
      'join floating-experts @ 10:05', // CCS-6.3.2a: 5 minutes above 5
      'join outbound-seats @ 10:10', // CCS-6.3.2b: 5 more minutes
      'join quality-control @ 10:15', // CCS-6.3.2c
      'join back-office @ 10:16', // CCS-6.3.2d: more than 10, at once after the first three
      'join longer-shifts @ 10:21', // CCS-6.3.2e: still over 10 for 5 minutes
      'join emergency-overtime @ 10:26', // CCS-6.3.2f
    ]);
    expect(actions.slice(0, 6).map((action) => action.clauses[0])).toEqual([
      'CCS-6.3.2a',
      'CCS-6.3.2b',
      'CCS-6.3.2c',
      'CCS-6.3.2d',
      'CCS-6.3.2e',
      'CCS-6.3.2f',
    ]);
    expect(actions[1]).toMatchObject({
      step: 'outbound-seats',
      seats: { min: 2, max: 3 },
      at: at('10:10'),
      messageId: 'escalation.surge.join',
      params: { source: 'outbound-seats', min: 2, max: 3 },
    });
  });

  it('releases in reverse order of joining, one source a sample, once five or fewer wait (CCS-6.3.3)', () => {
    expect(log.slice(6)).toEqual([
      'release emergency-overtime @ 10:30',
      'release longer-shifts @ 10:31',
      'release back-office @ 10:32',
      'release quality-control @ 10:33',
      'release outbound-seats @ 10:34',
      'release floating-experts @ 10:35',
    ]);
    expect(actions.slice(6).every((action) => action.clauses.join() === 'CCS-6.3.3')).toBe(true);
    expect(state.joined).toEqual([]);
  });
});

describe('surgeController: a surge that dips and comes back', () => {
  it('releases what the dip allows, then climbs again from where it stands, timed afresh', () => {
    const { log } = run(
      minutes('10:00', [
        ...repeat(11, 8), // 10:00–10:10: floating experts at 10:05, outbound seats at 10:10
        3, // 10:11: dip, the last one in leaves
        ...repeat(12, 7), // 10:12–10:23: back above five, a new run from 10:12
      ]),
    );
    expect(log).toEqual([
      'join floating-experts @ 10:05',
      'join outbound-seats @ 10:10',
      'release outbound-seats @ 10:11',
      'join outbound-seats @ 10:17',
      'join quality-control @ 10:22',
    ]);
  });

  it('keeps everyone in while the queue sits between the release level and the next threshold', () => {
    // Back-office staff are in by 10:16; eight waiting is too few for longer shifts and too many to release.
    const { log, state } = run(minutes('10:00', [...repeat(16, 8), 12, ...repeat(10, 8)]));
    expect(log).toEqual([
      'join floating-experts @ 10:05',
      'join outbound-seats @ 10:10',
      'join quality-control @ 10:15',
      'join back-office @ 10:16',
    ]);
    expect(state.joined).toHaveLength(4);
  });

  it('never reacts to a spike: the queue must stay up for the sustain', () => {
    expect(run(minutes('10:00', [8, 8, 8, 3, 8, 8, 8, 8, 3, 30, 4, 30])).log).toEqual([]);
  });

  it('climbs steps 1–3 at their pace when the queue jumps straight past ten, then takes step 4 at once', () => {
    expect(run(minutes('10:00', repeat(17, 15))).log).toEqual([
      'join floating-experts @ 10:05',
      'join outbound-seats @ 10:10',
      'join quality-control @ 10:15',
      'join back-office @ 10:16',
    ]);
  });
});

describe('surgeController: a night surge (CCS-6.3.4n)', () => {
  it('brings everyone but one on-site supervisor in at once, and releases them when the queue falls', () => {
    const { actions, log } = run(minutes('02:00', [...repeat(12, 9), 4, 4]));
    expect(log).toEqual(['join all-non-inbound @ 02:05', 'release all-non-inbound @ 02:12']);
    expect(actions[0]).toMatchObject({
      step: 'night',
      keepSupervisors: 1,
      seats: undefined,
      clauses: ['CCS-6.3.4n'],
      messageId: 'escalation.surge.night-join',
      params: { keep: 1 },
    });
    expect(actions[1]).toMatchObject({
      clauses: ['CCS-6.3.3', 'CCS-6.3.4n'],
      messageId: 'escalation.surge.night-release',
    });
  });

  it('hands over to the daytime steps at daybreak, releasing the latest joined first', () => {
    const { log } = run(minutes('07:50', [...repeat(15, 9), 4, 4, 4]));
    expect(log).toEqual([
      'join all-non-inbound @ 07:55',
      // 08:00 is day: the daytime steps start, the queue having been above five since 07:50.
      'join floating-experts @ 08:00',
      'release floating-experts @ 08:05',
      'release all-non-inbound @ 08:06',
    ]);
  });

  it('reads the night window in the site’s time zone, wherever the host is', () => {
    // 18:05 UTC is 02:05 in Shanghai: night at the site.
    const samples = repeat(6, 9).map((waiting, minute) => ({
      at: `2026-12-01T18:0${minute}:00Z`,
      waiting,
    }));
    expect(run(samples).log).toEqual(['join all-non-inbound @ 02:05']);
  });
});

describe('surgeController: samples and state', () => {
  it('ignores unreadable and out-of-order samples and keeps the state', () => {
    const controller = surgeController(policy);
    const { state } = run(minutes('10:00', repeat(3, 8)));
    for (const sample of [
      { at: '10:05', waiting: 8 },
      { at: at('10:05'), waiting: -1 },
      { at: at('10:05'), waiting: 2.5 },
    ]) {
      expect(controller.step(state, sample)).toEqual({ state, actions: [], ignored: 'invalid-sample' });
    }
    expect(controller.step(state, { at: at('09:00'), waiting: 8 })).toEqual({
      state,
      actions: [],
      ignored: 'out-of-order',
    });
  });

  it('keeps its state as plain JSON, so a stored state carries on', () => {
    const first = run(minutes('10:00', repeat(8, 8)));
    const restored = JSON.parse(JSON.stringify(first.state)) as SurgeState;
    const rest = run(minutes('10:08', repeat(3, 8)), restored);
    expect(rest.log).toEqual(['join outbound-seats @ 10:10']);
  });

  it('does nothing where the policy has no surge plan', () => {
    const controller = surgeController(resolvePolicy('reg7'));
    let state = controller.initialSurgeState();
    for (const sample of minutes('10:00', repeat(30, 40))) {
      const result = controller.step(state, sample);
      expect(result.actions).toEqual([]);
      state = result.state;
    }
  });

  it('always releases the last source still in, and acts only on the right side of the release level', () => {
    const controller = surgeController(policy);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 120 }),
        fc.boolean(),
        (queue, night) => {
          let state = controller.initialSurgeState();
          const stack: string[] = [];
          for (const sample of minutes(night ? '01:00' : '10:00', queue)) {
            const result = controller.step(state, sample);
            expect(result.actions.length).toBeLessThanOrEqual(1);
            for (const action of result.actions) {
              if (action.action === 'join') {
                expect(sample.waiting).toBeGreaterThan(policy.escalation.surge.releaseAtOrBelow);
                expect(stack).not.toContain(action.step);
                stack.push(action.step);
              } else {
                expect(sample.waiting).toBeLessThanOrEqual(policy.escalation.surge.releaseAtOrBelow);
                expect(stack.pop()).toBe(action.step);
              }
            }
            state = result.state;
            expect(state.joined.length).toBe(stack.length);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
