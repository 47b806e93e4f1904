/**
 * Roster engine speed. The month checked is 2,000 staff × 31 days with a
 * shift in every cell (62,000 assignments, the densest month of that size),
 * under the call-centre preset, with leave and swaps, so every rule has work
 * and the findings it produces (about 4,000: six-on-one-off and weekly
 * hours are broken by such a month) are part of the cost. A realistic clean
 * month of about 2,000 staff is measured beside it.
 *
 * The baseline for `ratioToScan` is the least any check must do: read every
 * assignment once and resolve who, which day and which shift it names
 * (three map look-ups), counting shifts per person.
 */
import { resolvePolicy } from '../packages/core/src/policy/resolve.js';
import type { Roster } from '../packages/core/src/roster/document.js';
import { cleanMonth } from '../packages/core/src/roster/fixtures/clean-month.js';
import { createRosterSession, type RosterSession } from '../packages/core/src/roster/incremental.js';
import { validateRoster } from '../packages/core/src/roster/validate.js';
import { median, time, type Figure } from './harness.js';

const MONTH = '2026-12';
const SHIFTS = ['early', 'middle', 'night'] as const;
const policy = resolvePolicy('call-centre');

/** Every person on a shift every day; a few on leave, a few swaps, a published version. */
function denseMonth(staffCount: number): Roster {
  const width = String(staffCount).length;
  const id = (i: number) => `E${String(i).padStart(width, '0')}`;
  const date = (d: number) => `${MONTH}-${String(d + 1).padStart(2, '0')}`;
  const staff = Array.from({ length: staffCount }, (_, i) => ({
    id: id(i),
    name: `Agent ${i}`,
    roles: ['duty-officer'],
    contractHoursPerWeek: 40,
  }));
  const assignments = staff.flatMap((member, i) =>
    Array.from({ length: 31 }, (_, d) => ({
      staff: member.id,
      date: date(d),
      shift: SHIFTS[i % 3] ?? 'early',
    })),
  );
  const managers = [
    { id: 'M01', name: 'Supervisor', roles: ['cs-supervisor'] },
    { id: 'M02', name: 'Manager', roles: ['department-manager'] },
  ];
  return {
    site: 'Bench call centre',
    month: MONTH,
    policy: 'call-centre',
    staff: [...staff, ...managers],
    assignments,
    leave: Array.from({ length: Math.ceil(staffCount / 100) }, (_, k) => ({
      staff: id(k * 100),
      dates: [date(k % 31)],
      kind: 'annual' as const,
      approvedBy: 'M01',
      approvedAt: '2026-11-20T10:00:00+08:00',
    })),
    swaps: Array.from({ length: Math.ceil(staffCount / 200) }, (_, k) => ({
      id: `SW${k}`,
      requester: id(k * 200 + 1),
      counterpart: id(k * 200 + 2),
      exchanged: [{ date: date(10), shift: SHIFTS[(k * 200 + 1) % 3] ?? 'early' }],
      requesterConsentedAt: '2026-11-25T09:00:00+08:00',
      counterpartConsentedAt: '2026-11-25T09:30:00+08:00',
      registeredAt: '2026-11-25T10:00:00+08:00',
      approvedBy: 'M01',
      approvedAt: '2026-11-26T10:00:00+08:00',
    })),
    publications: [
      {
        version: 1,
        preparedBy: 'M01',
        preparedAt: '2026-11-20T10:00:00+08:00',
        reviewedBy: 'M02',
        reviewedAt: '2026-11-21T10:00:00+08:00',
        publishedAt: '2026-11-21T16:00:00+08:00',
        notified: { departments: ['customer-service'], staff: staff.map((member) => member.id) },
      },
    ],
    publicHolidays: ['2026-12-25'],
  };
}

/** Reads every assignment once, resolving its person, day and shift: the floor under any check. */
function barePass(roster: Roster): Int32Array {
  const staff = new Map(roster.staff.map((member, i) => [member.id, i]));
  const days = new Map(
    Array.from({ length: 31 }, (_, d) => [`${MONTH}-${String(d + 1).padStart(2, '0')}`, d]),
  );
  const shifts = new Map(policy.shifts.map((shift, s) => [shift.id, s]));
  const counts = new Int32Array(roster.staff.length);
  for (const row of roster.assignments) {
    const person = staff.get(row.staff);
    if (person !== undefined && days.has(row.date) && shifts.has(row.shift))
      counts[person] = (counts[person] ?? 0) + 1;
  }
  return counts;
}

let dense: Roster | undefined;
let denseTen: Roster | undefined;
let clean: Roster | undefined;
let session: RosterSession | undefined;
const month2000 = () => (dense ??= denseMonth(2000));
const month20000 = () => (denseTen ??= denseMonth(20_000));

async function medianOf(runs: number, run: () => unknown): Promise<number> {
  const values: number[] = [];
  for (let i = 0; i < runs; i += 1) values.push(await time(run));
  return median(values);
}

export const figures: readonly Figure[] = [
  {
    name: 'roster.validate.2000x31.ms',
    unit: 'ms',
    target: '≤ 100',
    measure: () => {
      const roster = month2000();
      return time(() => validateRoster(roster, policy));
    },
  },
  {
    name: 'roster.validate.ratioToScan',
    unit: 'ratio',
    target: '≤ 25',
    measure: async () => {
      const roster = month2000();
      const scan = await medianOf(15, () => barePass(roster));
      return (await medianOf(3, () => validateRoster(roster, policy))) / scan;
    },
  },
  {
    name: 'roster.scale.10x.ratio',
    unit: 'ratio',
    target: '≤ 12',
    measure: async () => {
      const small = month2000();
      const large = month20000();
      const base = await medianOf(3, () => validateRoster(small, policy));
      return (await time(() => validateRoster(large, policy))) / base;
    },
  },
  {
    name: 'roster.incremental.ratio',
    unit: 'ratio',
    target: '≤ 0.05',
    measure: async () => {
      const roster = month2000();
      session ??= createRosterSession(roster, policy);
      const live = session;
      // One edit at a time: a person moved to another shift that day, then back.
      const row = roster.assignments[31 * 777 + 12];
      if (row === undefined) throw new Error('bench month too small');
      const other = { ...row, shift: row.shift === 'early' ? 'night' : 'early' };
      const edits = await medianOf(20, () => {
        live.apply({ kind: 'move', from: row, to: other });
        live.apply({ kind: 'move', from: other, to: row });
      });
      const full = await medianOf(3, () => validateRoster(live.roster, policy));
      return edits / 2 / full;
    },
  },
  {
    name: 'roster.validate.clean2000.ms',
    unit: 'ms',
    measure: () => {
      clean ??= cleanMonth('call-centre', MONTH, { scale: 72, publicHolidays: ['2026-12-25'] });
      const roster = clean;
      return time(() => validateRoster(roster, policy));
    },
  },
];
