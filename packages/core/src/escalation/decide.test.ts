import { describe, expect, it } from 'vitest';
import { resolvePolicy } from '../policy/resolve.js';
import { decideEscalation, EscalationInputError, type EscalationMatter } from './decide.js';

const reg7 = resolvePolicy('reg7');
const taikoo = resolvePolicy('taikoo-front-desk');
const callCentre = resolvePolicy('call-centre');
const csDepartment = resolvePolicy('cs-department');

/** An instant at the sites (every preset keeps Asia/Shanghai time). */
function at(time: string, day = '2026-12-01'): string {
  return `${day}T${time}:00+08:00`;
}

function matter(gravity: EscalationMatter['gravity'], time: string, extra: Partial<EscalationMatter> = {}) {
  return { gravity, category: 'water-leak', at: at(time), ...extra };
}

/** The steps as [role, action, deadline time, clauses], for short expectations. */
function plan(decision: ReturnType<typeof decideEscalation>) {
  return decision.steps.map((step) => [step.role, step.action, step.deadline, step.clauses]);
}

describe('decideEscalation: the chain (REG7-7.2a/b, TKC-4.2B)', () => {
  it('leaves a routine matter with the duty officer', () => {
    expect(plan(decideEscalation(matter('routine', '10:00'), reg7, { at: at('10:00') }))).toEqual([
      ['duty-officer', 'decide', at('10:00'), ['REG7-7.2a']],
    ]);
  });

  it('REG7-7.2a: the supervisor decides a difficult problem', () => {
    expect(plan(decideEscalation(matter('difficult', '10:00'), reg7, { at: at('10:05') }))).toEqual([
      ['cs-supervisor', 'decide', at('10:05'), ['REG7-7.2a']],
    ]);
  });

  it('REG7-7.2b: a major problem goes through the supervisor to the property manager at once', () => {
    const decision = decideEscalation(matter('major', '10:00'), reg7, { at: at('10:05') });
    expect(plan(decision)).toEqual([
      ['cs-supervisor', 'inform', at('10:05'), ['REG7-7.2b']],
      ['property-manager', 'decide', at('10:05'), ['REG7-7.2b']],
    ]);
    expect(decision).toMatchObject({
      afterHours: false,
      holiday: false,
      onCall: false,
      skippedLevels: false,
    });
    expect(decision.steps[1]).toMatchObject({
      messageId: 'escalation.step.decide',
      params: { role: 'property-manager', deadline: at('10:05') },
    });
  });

  it('TKC-4.2B: at Taikoo City the top tier is the project head', () => {
    expect(plan(decideEscalation(matter('major', '10:00'), taikoo, { at: at('10:00') }))).toEqual([
      ['cs-supervisor', 'inform', at('10:00'), ['TKC-4.2B']],
      ['project-head', 'decide', at('10:00'), ['TKC-4.2B']],
    ]);
  });

  it('cs-department: an emergency climbs level by level to the department manager, no skipping', () => {
    const decision = decideEscalation(matter('emergency', '10:00'), csDepartment, { at: at('10:00') });
    expect(decision.skippedLevels).toBe(false);
    expect(plan(decision).slice(0, 2)).toEqual([
      ['cs-supervisor', 'inform', at('10:00'), ['REG7-7.2b']],
      ['department-manager', 'decide', at('10:00'), ['REG7-7.2b']],
    ]);
  });
});

describe('decideEscalation: report triggers (CCS-4.2)', () => {
  it('makes the duty officer tell the direct superior of a routine matter that threatens safety', () => {
    expect(
      plan(
        decideEscalation(matter('routine', '10:00', { triggers: ['safety-threat'] }), reg7, {
          at: at('10:00'),
        }),
      ),
    ).toEqual([
      ['duty-officer', 'decide', at('10:00'), ['REG7-7.2a']],
      ['cs-supervisor', 'inform', at('10:00'), ['CCS-4.2']],
    ]);
  });

  it('adds the trigger to the first step above the reporter when the chain already goes up', () => {
    const decision = decideEscalation(matter('difficult', '10:00', { triggers: ['beyond-remit'] }), taikoo, {
      at: at('10:00'),
    });
    expect(plan(decision)).toEqual([['cs-supervisor', 'decide', at('10:00'), ['TKC-4.2B', 'CCS-4.2']]]);
  });

  it('ignores a trigger the policy does not adopt; the call centre adopts all five', () => {
    const competition = matter('routine', '10:00', { triggers: ['competition'] });
    expect(plan(decideEscalation(competition, reg7, { at: at('10:00') }))).toHaveLength(1);
    expect(plan(decideEscalation(competition, callCentre, { at: at('10:00') }))).toEqual([
      ['duty-officer', 'decide', at('10:00'), ['REG7-7.2a']],
      ['cs-supervisor', 'inform', at('10:00'), ['CCS-4.2']],
    ]);
  });
});

describe('decideEscalation: skipping levels in an emergency (CCS-4.3)', () => {
  it('call-centre: straight to the department manager, the skipped supervisor told by the end of the shift', () => {
    const decision = decideEscalation(
      matter('emergency', '15:20', { triggers: ['safety-threat'] }),
      callCentre,
      {
        at: at('15:30'),
      },
    );
    expect(decision.skippedLevels).toBe(true);
    expect(plan(decision)).toEqual([
      ['department-manager', 'decide', at('15:30'), ['REG7-7.2b', 'CCS-4.3', 'CCS-4.2']],
      // The early shift (08:00–16:00) ends at 16:00: the after-report and the incident report are due then.
      ['cs-supervisor', 'after-report', at('16:00'), ['CCS-4.3']],
      ['duty-officer', 'incident-report', at('16:00'), ['REG7-8.5']],
    ]);
  });

  it('call-centre: a major matter still goes level by level', () => {
    expect(plan(decideEscalation(matter('major', '10:00'), callCentre, { at: at('10:00') }))).toEqual([
      ['cs-supervisor', 'inform', at('10:00'), ['REG7-7.2b', 'CCS-4.3']],
      ['department-manager', 'decide', at('10:00'), ['REG7-7.2b']],
    ]);
  });

  it('leaves out the after-report where the policy does not ask for it', () => {
    const quiet = resolvePolicy('call-centre', { escalation: { afterReportToSkipped: false } });
    const actions = decideEscalation(matter('emergency', '10:00'), quiet, { at: at('10:00') }).steps.map(
      (step) => step.action,
    );
    expect(actions).toEqual(['decide', 'incident-report']);
  });
});

describe('decideEscalation: a dissatisfied resident (FCR-5.2)', () => {
  it.each([
    [reg7, 'property-manager'],
    [taikoo, 'project-head'],
    [callCentre, 'department-manager'],
    [csDepartment, 'department-manager'],
  ] as const)('%# brings the manager on site at once', (policy, role) => {
    const decision = decideEscalation(matter('difficult', '11:00', { dissatisfiedComplaint: true }), policy, {
      at: at('11:10'),
    });
    expect(decision.steps.find((step) => step.action === 'on-site')).toMatchObject({
      role,
      deadline: at('11:10'),
      clauses: ['FCR-5.2'],
      messageId: 'escalation.step.on-site',
    });
  });
});

describe('decideEscalation: after hours and holidays (REG7-8.4, TKC-4.2E)', () => {
  it('REG7-8.4: an emergency after the desk closes calls the whole on-call list', () => {
    const decision = decideEscalation(matter('emergency', '22:40'), reg7, { at: at('22:45') });
    expect(decision).toMatchObject({ afterHours: true, holiday: false, onCall: true });
    expect(plan(decision)).toEqual([
      ['duty-officer', 'decide', at('22:45'), ['REG7-5', 'REG7-8.1', 'REG7-8.4']],
      ['property-manager', 'inform', at('22:45'), ['REG7-8.4']],
      ['assistant-manager', 'inform', at('22:45'), ['REG7-8.4']],
      ['cs-supervisor', 'inform', at('22:45'), ['REG7-8.4']],
      ['security-head', 'inform', at('22:45'), ['REG7-8.4']],
      ['engineering-head', 'inform', at('22:45'), ['REG7-8.4']],
      // Nobody is on duty overnight: the report is due by the end of the next early shift.
      ['duty-officer', 'incident-report', at('17:00', '2026-12-02'), ['REG7-8.5']],
    ]);
  });

  it('TKC-4.2E: Taikoo City’s own on-call list', () => {
    const decision = decideEscalation(matter('emergency', '06:30'), taikoo, { at: at('06:30') });
    expect(
      decision.steps.filter((step) => step.clauses.includes('TKC-4.2E')).map((step) => step.role),
    ).toEqual(['project-head', 'cs-supervisor', 'security-head', 'engineering-head']);
    expect(decision.steps.some((step) => step.clauses.includes('REG7-8.4'))).toBe(false);
  });

  it('REG7-8.4: after hours a difficult matter reaches the supervisor on call, and no one else', () => {
    expect(plan(decideEscalation(matter('difficult', '21:30'), reg7, { at: at('21:30') }))).toEqual([
      ['cs-supervisor', 'decide', at('21:30'), ['REG7-7.2a', 'REG7-8.4']],
    ]);
  });

  it('REG7-8.4: on a listed holiday the on-call list applies in office hours too', () => {
    const options = { at: at('10:00', '2026-10-01'), holidays: ['2026-10-01'] };
    const decision = decideEscalation({ ...matter('major', '10:00'), at: options.at }, reg7, options);
    expect(decision).toMatchObject({ afterHours: false, holiday: true, onCall: true });
    expect(plan(decision)).toEqual([
      ['cs-supervisor', 'inform', options.at, ['REG7-7.2b', 'REG7-8.4']],
      ['property-manager', 'decide', options.at, ['REG7-7.2b', 'REG7-8.4']],
    ]);
  });

  it('a 24-hour desk is never after hours; its holiday on-call list is the department manager', () => {
    const night = decideEscalation(matter('difficult', '03:00'), csDepartment, { at: at('03:00') });
    expect(night.afterHours).toBe(false);
    const holiday = decideEscalation(matter('emergency', '03:00'), csDepartment, {
      at: at('03:00'),
      holidays: ['2026-12-01'],
    });
    expect(holiday.steps.find((step) => step.role === 'department-manager')?.clauses).toContain('REG7-8.4');
  });

  it('counts the weekend as a holiday only when listed', () => {
    const saturday = { ...matter('major', '10:00'), at: at('10:00', '2026-12-05') };
    expect(decideEscalation(saturday, reg7, { at: saturday.at }).onCall).toBe(false);
    expect(decideEscalation(saturday, reg7, { at: saturday.at, holidays: ['2026-12-05'] }).onCall).toBe(true);
  });
});

describe('decideEscalation: the incident report (REG7-8.5)', () => {
  it.each([
    [reg7, at('17:00')],
    [taikoo, at('17:00')],
    [callCentre, at('16:00')],
    [csDepartment, at('17:30')],
  ] as const)(
    '%# asks for an incident report by the end of the shift the emergency happened in',
    (policy, due) => {
      const decision = decideEscalation(matter('emergency', '14:00'), policy, { at: at('14:05') });
      expect(decision.steps.filter((step) => step.action === 'incident-report')).toMatchObject([
        {
          role: 'duty-officer',
          deadline: due,
          clauses: ['REG7-8.5'],
          messageId: 'escalation.step.incident-report',
        },
      ]);
    },
  );

  it('asks for none for other matters, nor where the policy keeps no incident reports', () => {
    expect(
      decideEscalation(matter('major', '14:00'), reg7, { at: at('14:00') }).steps.map((s) => s.action),
    ).not.toContain('incident-report');
    const estate = resolvePolicy('estate-group');
    expect(
      decideEscalation(matter('emergency', '14:00'), estate, { at: at('14:00') }).steps.map((s) => s.action),
    ).not.toContain('incident-report');
  });

  it('keeps the report due by the end of the shift it happened in, even when escalated late', () => {
    const decision = decideEscalation(matter('emergency', '16:50'), reg7, { at: at('17:10') });
    // reg7's early shift ends 17:00: the late escalation is already past it.
    expect(decision.steps.find((step) => step.action === 'incident-report')?.deadline).toBe(at('17:00'));
  });
});

describe('decideEscalation: input', () => {
  it('refuses a matter it cannot read, with every problem and its path', () => {
    const bad = { gravity: 'urgent', category: ' ', at: '2026-12-01 10:00' } as unknown as EscalationMatter;
    let error: unknown;
    try {
      decideEscalation(bad, reg7, { at: at('10:00'), holidays: ['2026-02-30'] });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(EscalationInputError);
    expect((error as EscalationInputError).problems.map((p) => p.path.join('.'))).toEqual([
      'matter.gravity',
      'matter.category',
      'matter.at',
      'options.holidays.0',
    ]);
  });

  it('refuses a decision dated before the matter', () => {
    expect(() => decideEscalation(matter('routine', '10:00'), reg7, { at: at('09:00') })).toThrow(
      EscalationInputError,
    );
  });

  /** The problems of the EscalationInputError `run` throws, as `path:code`; fails on anything else. */
  function refusal(run: () => unknown): string[] {
    try {
      run();
    } catch (error) {
      if (!(error instanceof EscalationInputError)) throw error;
      return error.problems.map((p) => `${p.path.join('.')}:${p.code}`);
    }
    throw new Error('expected an EscalationInputError');
  }

  it('HOR-1.1: refuses ten fractional digits as the journal does, with an EscalationInputError (not a RangeError)', () => {
    const decided = '2026-12-01T10:00:00.1234567891+08:00';
    expect(refusal(() => decideEscalation(matter('major', '09:00'), reg7, { at: decided }))).toEqual([
      'options.at:journal.format.instant',
    ]);
    // Nine digits are an instant: decided.
    const nine = decideEscalation(matter('major', '09:00'), reg7, {
      at: '2026-12-01T10:00:00.123456789+08:00',
    });
    expect(nine.steps.length).toBeGreaterThan(0);
  });

  it('refuses instants and holidays outside the years 2000–2999, naming the range', () => {
    const late = { ...matter('emergency', '09:00'), at: '9999-12-31T20:00:00Z' };
    expect(
      refusal(() =>
        decideEscalation(late, reg7, {
          at: '9999-12-31T23:59:59-23:59',
          holidays: ['1999-12-31', '2026-10-01'],
        }),
      ),
    ).toEqual([
      'matter.at:journal.range.instant',
      'options.at:journal.range.instant',
      'options.holidays.0:escalation.range.day',
    ]);
  });
});
