/**
 * FCR-5.1, FCR-5.3, FCR-4.10: a problem not handled in time that led to a
 * complaint. The employee, the supervisor and the department manager each
 * bear 100% of their own failure; a major impact calls for a written fault
 * report.
 */
import { describe, expect, it } from 'vitest';
import {
  givePlan,
  openCase,
  recordContact,
  reportCase,
  resolveCase,
  revisitCase,
} from '../cases/commands.js';
import type { Roster } from '../roster/document.js';
import { deriveResponsibility } from './derive.js';
import type { IncidentInput } from './incident.js';
import {
  ALICE,
  at,
  december,
  intakeOf,
  MANAGER,
  site,
  SUPERVISOR,
  type Site,
} from './liability-test-helpers.js';

const D1 = '2026-12-01';
const D2 = '2026-12-02';

function complaint(caseId: string, foundAt: string, extra: Partial<IncidentInput> = {}): IncidentInput {
  return { id: 'inc-complaint', what: 'unresolved-complaint', foundAt, concerns: { caseId }, ...extra };
}

/** `null`: judged without a roster. */
async function judge(s: Site, incident: IncidentInput, roster: Roster | null = december()) {
  const index = await s.index();
  return roster === null
    ? deriveResponsibility({ index, policy: s.policy, incident })
    : deriveResponsibility({ index, policy: s.policy, roster, incident });
}

describe('FCR-5.1, FCR-5.3: layered accountability for an unresolved complaint', () => {
  it('FCR-5.1, FCR-5.3, FCR-4.10: a complaint without its plan in 24 hours — owner, supervisor and manager', async () => {
    const s = site();
    const intake = await s.caseAct(ALICE, at(D1, '10:00'), (source, context) =>
      openCase(source, context, intakeOf('c-9', 'complaint')),
    );
    const verdict = await judge(s, complaint('c-9', at(D2, '12:00')));
    expect(verdict).toMatchObject({
      status: 'determined',
      clauses: ['FCR-5.1', 'FCR-5.3', 'FCR-4.10'],
      missingEvidence: [],
      faultReport: { required: false, clauses: ['FCR-5.3'] },
    });
    expect(
      verdict.responsible.map((party) => [party.staffId, party.role, party.share, party.clauses]),
    ).toEqual([
      [ALICE.staffId, 'case-owner', 'direct', ['FCR-5.1', 'FCR-5.3', 'FCR-4.10']],
      [SUPERVISOR.staffId, 'supervisor', 'supervisory', ['FCR-5.1', 'FCR-5.3']],
      [MANAGER.staffId, 'manager', 'management', ['FCR-5.1', 'FCR-5.3', 'FCR-4.10']],
    ]);
    expect(verdict.responsible[0]?.because).toEqual({
      messageId: 'liability.because.complaint-plan-late',
      params: { staff: ALICE.staffId, case: 'c-9', deadline: at(D2, '10:00') },
    });
    expect(verdict.responsible[0]?.evidence).toEqual([expect.objectContaining({ seq: intake.seq })]);
    expect(verdict.responsible[1]?.evidence).toEqual([
      { kind: 'roster', path: ['staff', 3], record: SUPERVISOR.staffId },
    ]);
  });

  it('FCR-5.3: a major complaint needs a written fault report; the manager is the one it was reported to', async () => {
    const s = site();
    await s.caseAct(ALICE, at(D1, '10:00'), (source, context) =>
      openCase(source, context, intakeOf('c-10', 'major-complaint')),
    );
    const report = await s.caseAct(ALICE, at(D1, '10:30'), (source, context) =>
      reportCase(source, context, {
        caseId: 'c-10',
        to: { role: 'department-manager', staffId: MANAGER.staffId },
      }),
    );
    // Without the roster nobody shows who the supervisor was: that layer stays open.
    const verdict = await judge(s, complaint('c-10', at(D2, '12:00')), null);
    expect(verdict).toMatchObject({
      status: 'undetermined',
      faultReport: { required: true, clauses: ['FCR-5.3'] },
      missingEvidence: [
        {
          kind: 'role-holder',
          messageId: 'liability.missing.role-holder-roster',
          params: { role: 'cs-supervisor', count: 0 },
        },
      ],
    });
    expect(verdict.responsible.map((party) => party.staffId)).toEqual([ALICE.staffId, MANAGER.staffId]);
    expect(verdict.responsible[1]?.evidence).toEqual([expect.objectContaining({ seq: report.seq })]);
  });

  it('FCR-5.3: a major impact stated by the incident also needs the fault report', async () => {
    const s = site();
    await s.caseAct(ALICE, at(D1, '10:00'), (source, context) =>
      openCase(source, context, intakeOf('c-11', 'general')),
    );
    const verdict = await judge(s, complaint('c-11', at(D2, '09:00'), { majorImpact: true }));
    expect(verdict.faultReport.required).toBe(true);
    expect(verdict.responsible[0]?.because).toMatchObject({
      messageId: 'liability.because.complaint-late',
      params: { deadline: '2026-12-02T00:00:00+08:00' },
    });
  });

  it('FCR-5.1: the customer back a third time without a resolution (FCR-4.6)', async () => {
    const s = site();
    await s.caseAct(ALICE, at(D1, '09:00'), (source, context) =>
      openCase(source, context, intakeOf('c-12', 'general')),
    );
    for (const time of ['11:00', '14:00']) {
      await s.caseAct(ALICE, at(D1, time), (source, context) =>
        recordContact(source, context, { caseId: 'c-12', channel: 'phone' }),
      );
    }
    const verdict = await judge(s, complaint('c-12', at(D1, '15:00')));
    expect(verdict.responsible[0]?.because).toMatchObject({
      messageId: 'liability.because.complaint-contacts',
      params: { contacts: 3, limit: 2 },
    });
  });

  it('FCR-5.1: a dissatisfied revisit is a dissatisfied complaint', async () => {
    const s = site();
    await s.caseAct(ALICE, at(D1, '09:00'), (source, context) =>
      openCase(source, context, intakeOf('c-13', 'complaint')),
    );
    await s.caseAct(ALICE, at(D1, '11:00'), (source, context) =>
      givePlan(source, context, { caseId: 'c-13', plan: '下午 3 時派員清理', resolveBy: at(D1, '16:00') }),
    );
    await s.caseAct(ALICE, at(D1, '15:30'), (source, context) =>
      resolveCase(source, context, { caseId: 'c-13', outcome: 'resolved', answer: '已清理垃圾房' }),
    );
    const revisit = await s.caseAct(ALICE, at(D2, '10:00'), (source, context) =>
      revisitCase(source, context, { caseId: 'c-13', satisfaction: 'dissatisfied' }),
    );
    const verdict = await judge(s, complaint('c-13', at(D2, '12:00')));
    expect(verdict.responsible[0]?.because.messageId).toBe('liability.because.complaint-dissatisfied');
    expect(verdict.responsible[0]?.evidence).toContainEqual(expect.objectContaining({ seq: revisit.seq }));
  });

  it('FCR-5.1: a complaint handled in time leaves nobody to blame', async () => {
    const s = site();
    await s.caseAct(ALICE, at(D1, '09:00'), (source, context) =>
      openCase(source, context, intakeOf('c-14', 'complaint')),
    );
    await s.caseAct(ALICE, at(D1, '11:00'), (source, context) =>
      givePlan(source, context, { caseId: 'c-14', plan: '下午 3 時派員清理', resolveBy: at(D1, '16:00') }),
    );
    await s.caseAct(ALICE, at(D1, '15:30'), (source, context) =>
      resolveCase(source, context, { caseId: 'c-14', outcome: 'resolved', answer: '已清理垃圾房' }),
    );
    const verdict = await judge(s, complaint('c-14', at(D2, '12:00')));
    expect(verdict).toMatchObject({
      status: 'determined',
      responsible: [],
      summary: { messageId: 'liability.clear.case-handled', params: { case: 'c-14' } },
    });
  });

  it('undetermined: no such case, or two supervisors in the roster', async () => {
    const s = site();
    await s.caseAct(ALICE, at(D1, '10:00'), (source, context) =>
      openCase(source, context, intakeOf('c-15', 'complaint')),
    );
    const unknown = await judge(s, complaint('c-99', at(D2, '12:00')));
    expect(unknown.missingEvidence).toEqual([
      { kind: 'case', messageId: 'liability.missing.case', params: { case: 'c-99' } },
    ]);
    const roster = december();
    const twoSupervisors = {
      ...roster,
      staff: [...roster.staff, { id: 'M-202', name: '林主任', roles: ['cs-supervisor'] }],
    };
    const verdict = await judge(s, complaint('c-15', at(D2, '12:00')), twoSupervisors);
    expect(verdict.status).toBe('undetermined');
    expect(verdict.missingEvidence).toEqual([
      {
        kind: 'role-holder',
        messageId: 'liability.missing.role-holder',
        params: { role: 'cs-supervisor', count: 2 },
      },
    ]);
    expect(verdict.responsible.map((party) => party.role)).toEqual(['case-owner', 'manager']);
  });
});
