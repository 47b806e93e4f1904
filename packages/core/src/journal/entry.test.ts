import { describe, expect, it } from 'vitest';
import { problemsFromIssues } from '../diagnostics/zod-problems.js';
import {
  ActorSchema,
  CheckpointPayloadSchema,
  ENTRY_TYPE_PATTERN,
  GENESIS_PREV,
  instantMillis,
  InstantSchema,
  REPORT_INPUT,
  SealedEntrySchema,
  UnsealedEntrySchema,
} from './entry.js';
import { parseInstant } from '../time/parse-instant.js';

const unsealed = {
  id: 'h-1',
  at: '2026-12-01T08:55:00+08:00',
  actor: { staffId: 'S-017', name: 'Chan Siu-ming', role: 'duty-officer' },
  type: 'handover.signed',
  payload: { handoverId: 'h' },
};
const sealed = { seq: 0, ...unsealed, prev: GENESIS_PREV, hash: 'ab'.repeat(32) };

function codes(result: { success: boolean; error?: { issues: Parameters<typeof problemsFromIssues>[0] } }) {
  // Callers parse with REPORT_INPUT, as the journal does.
  return result.error === undefined
    ? []
    : problemsFromIssues(result.error.issues).map((p) => `${p.path.join('.')}:${p.code}`);
}

describe('entry schemas', () => {
  it('accept a well-formed unsealed and sealed entry', () => {
    expect(UnsealedEntrySchema.safeParse(unsealed, REPORT_INPUT).success).toBe(true);
    expect(SealedEntrySchema.safeParse(sealed, REPORT_INPUT).success).toBe(true);
    expect(GENESIS_PREV).toBe('0'.repeat(64));
  });

  it.each([
    '2026-12-01T08:55:00+08:00',
    '2026-12-01T00:55:00Z',
    '2026-12-01T08:55:00.125+08:00',
    '2026-12-01T08:55:00-05:00',
  ])('accept the instant %s', (at) => {
    expect(InstantSchema.safeParse(at, REPORT_INPUT).success).toBe(true);
  });

  it.each([
    ['no offset (a local time is ambiguous)', '2026-12-01T08:55:00'],
    ['a date only', '2026-12-01'],
    ['an impossible date', '2026-02-30T08:55:00+08:00'],
    ['a compact offset', '2026-12-01T08:55:00+0800'],
    ['free text', 'yesterday'],
  ])('refuse an instant with %s', (_why, at) => {
    expect(codes(UnsealedEntrySchema.safeParse({ ...unsealed, at }, REPORT_INPUT))).toEqual([
      'at:journal.format.instant',
    ]);
  });

  it.each(['handover.signed', 'case.opened', 'key-register.returned', 'journal.amend', 'a.b.c'])(
    'accept the type %s',
    (type) => {
      expect(ENTRY_TYPE_PATTERN.test(type)).toBe(true);
    },
  );

  it.each([
    'handover',
    'Handover.Signed',
    'handover.',
    '.signed',
    'handover..signed',
    'handover signed',
    '1x.y',
    'a.b-',
  ])('refuse the type %s', (type) => {
    expect(codes(UnsealedEntrySchema.safeParse({ ...unsealed, type }, REPORT_INPUT))).toEqual([
      'type:journal.format.type',
    ]);
  });

  it('refuse a malformed actor with a path to the field', () => {
    expect(codes(UnsealedEntrySchema.safeParse({ ...unsealed, actor: {} }, REPORT_INPUT))).toEqual([
      'actor.staffId:input.required',
    ]);
    expect(
      codes(UnsealedEntrySchema.safeParse({ ...unsealed, actor: { staffId: '  ' } }, REPORT_INPUT)),
    ).toEqual(['actor.staffId:input.text-empty']);
    expect(
      codes(UnsealedEntrySchema.safeParse({ ...unsealed, actor: { staffId: 'S', badge: 1 } }, REPORT_INPUT)),
    ).toEqual(['actor.badge:input.unknown-field']);
    expect(ActorSchema.safeParse({ staffId: 'S-1' }, REPORT_INPUT).success).toBe(true);
  });

  it('refuse a missing payload, id or unknown field', () => {
    const withoutPayload: Partial<typeof unsealed> = { ...unsealed };
    delete withoutPayload.payload;
    expect(codes(UnsealedEntrySchema.safeParse(withoutPayload, REPORT_INPUT))).toEqual([
      'payload:input.required',
    ]);
    expect(codes(UnsealedEntrySchema.safeParse({ ...unsealed, id: '' }, REPORT_INPUT))).toEqual([
      'id:input.text-empty',
    ]);
    expect(codes(UnsealedEntrySchema.safeParse({ ...unsealed, seq: 1 }, REPORT_INPUT))).toEqual([
      'seq:input.unknown-field',
    ]);
  });

  it('accept any JSON payload shape (types check payloads separately)', () => {
    for (const payload of [null, 0, 'x', [1], { a: { b: [] } }, false]) {
      expect(UnsealedEntrySchema.safeParse({ ...unsealed, payload }, REPORT_INPUT).success).toBe(true);
    }
  });

  it('refuse a sealed entry with a bad seq, prev or hash', () => {
    expect(codes(SealedEntrySchema.safeParse({ ...sealed, seq: -1 }, REPORT_INPUT))).toEqual([
      'seq:input.number-too-small',
    ]);
    expect(codes(SealedEntrySchema.safeParse({ ...sealed, seq: 1.5 }, REPORT_INPUT))).toEqual([
      'seq:input.expected-number',
    ]);
    expect(codes(SealedEntrySchema.safeParse({ ...sealed, hash: 'AB'.repeat(32) }, REPORT_INPUT))).toEqual([
      'hash:journal.format.hash',
    ]);
    expect(codes(SealedEntrySchema.safeParse({ ...sealed, prev: '0'.repeat(63) }, REPORT_INPUT))).toEqual([
      'prev:journal.format.hash',
    ]);
  });

  it('describe a checkpoint payload', () => {
    const payload = { seq: 9, hash: 'cd'.repeat(32), at: '2022-01-31T23:00:00+08:00', count: 10, fromSeq: 0 };
    expect(CheckpointPayloadSchema.safeParse(payload, REPORT_INPUT).success).toBe(true);
    expect(CheckpointPayloadSchema.safeParse({ ...payload, count: 0 }, REPORT_INPUT).success).toBe(false);
  });
});

describe('InstantSchema: one definition of an instant with parseInstant (HOR-1.1)', () => {
  it('refuses more than nine fractional digits, which no reader can read', () => {
    expect(InstantSchema.safeParse('2026-12-01T10:00:00.123456789Z').success).toBe(true);
    expect(
      codes(UnsealedEntrySchema.safeParse({ ...unsealed, at: '2026-12-01T10:00:00.1234567891Z' })),
    ).toEqual(['at:journal.format.instant']);
  });

  it.each([
    '0001-01-01T00:00:00Z',
    '1999-12-31T23:59:59Z',
    '2000-01-01T05:00:00+08:00',
    '3000-01-01T00:00:00Z',
    '9999-12-31T23:59:59-23:59',
  ])('refuses %s, outside the years 2000–2999, with the range message', (at) => {
    expect(codes(UnsealedEntrySchema.safeParse({ ...unsealed, at }, REPORT_INPUT))).toEqual([
      'at:journal.range.instant',
    ]);
  });

  it('accepts exactly what parseInstant reads', () => {
    for (const text of [
      '2026-12-01T08:55:00+08:00',
      '2026-12-01T08:55+08:00',
      '2000-01-01T00:00:00Z',
      '1999-12-31T19:00:00-05:00',
      '2999-12-31T23:59:59.999999999Z',
      '2026-12-01T08:55:00+24:00',
      '2026-12-01T24:00:00Z',
      '2026-12-01T08:55:60Z',
      '2026-02-29T08:55:00Z',
      '2026-12-01t08:55:00z',
    ]) {
      expect(InstantSchema.safeParse(text).success, text).toBe(parseInstant(text) !== undefined);
    }
  });
});

describe('instantMillis', () => {
  it('compares instants across offsets, whatever the host zone', () => {
    expect(instantMillis('2026-12-01T08:55:00+08:00')).toBe(instantMillis('2026-12-01T00:55:00Z'));
    expect(instantMillis('2026-12-01T08:55:00+08:00')).toBe(instantMillis('2026-11-30T19:55:00-05:00'));
    expect(instantMillis('2026-12-01T00:55:00Z')).toBe(Date.UTC(2026, 11, 1, 0, 55));
  });

  it('is NaN for a time the schema refuses (a record stored under a looser definition)', () => {
    expect(instantMillis('0001-01-01T00:00:00Z')).toBeNaN();
    expect(instantMillis('2026-12-01T10:00:00.1234567891Z')).toBeNaN();
  });
});
