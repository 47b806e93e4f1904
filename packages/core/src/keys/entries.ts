/**
 * Key register entries (CSD-9.1.1, CSD-9.1.2). Area keys are issued to the
 * shift at its start and returned at its end, counted both times; a room key
 * is lent only against a register entry naming the borrower, the room, the
 * purpose and when it comes back, and is checked back in.
 *
 * Pass {@link KEYS_PAYLOAD_SCHEMAS} to `createJournal` alongside the
 * handover schemas; corrections go through the journal's `amend`.
 */
import * as z from 'zod/mini';
import { InstantSchema } from '../journal/entry.js';
import { RecordId, ShiftInstanceKey, StaffId } from '../handover/entries.js';
import { DescriptiveText, WorkText } from '../handover/text.js';

const KeyCount = z.int().check(z.gte(0), z.lte(10_000));

type Text = z.ZodMiniString<string>;

/**
 * The key register's payload schemas, built for writing (work-only text,
 * HOS-4.9; unknown fields refused) and for reading (shapes only), as the
 * handover entries are: a poor entry is still read as the fact it records.
 */
function keySchemas(text: { readonly work: Text; readonly descriptive: Text }, strict: boolean) {
  const { work, descriptive } = text;
  const object = strict ? z.strictObject : z.object;
  return {
    /** A set of area keys is issued to the person on a shift (CSD-9.1.1); due back at the shift's end. */
    'keys.area-issued': object({
      issueId: RecordId,
      /** Which set of area keys (a bunch, a cabinet). */
      keySet: RecordId,
      shiftKey: ShiftInstanceKey,
      issuedTo: StaffId,
      count: KeyCount,
      dueBack: InstantSchema,
    }),
    /** The set comes back at the end of the shift, counted (CSD-9.1.1). */
    'keys.area-returned': object({ issueId: RecordId, count: KeyCount, note: z.optional(work) }),
    /** A room key is lent against this register entry: borrower, room, purpose, due back (CSD-9.1.2). */
    'keys.room-lent': object({
      loanId: RecordId,
      room: work,
      borrower: object({ name: work, staffId: z.optional(StaffId), contact: z.optional(work) }),
      purpose: descriptive,
      dueBack: InstantSchema,
    }),
    /** The room key comes back. */
    'keys.room-returned': object({ loanId: RecordId, note: z.optional(work) }),
  } as const;
}

/** Entry type → payload schema of every key register entry: pass it to `createJournal`. */
export const KEYS_PAYLOAD_SCHEMAS = keySchemas({ work: WorkText, descriptive: DescriptiveText }, true);

const READ_SCHEMAS = keySchemas({ work: z.string(), descriptive: z.string() }, false);

export const AreaKeysIssuedPayload = KEYS_PAYLOAD_SCHEMAS['keys.area-issued'];
export const AreaKeysReturnedPayload = KEYS_PAYLOAD_SCHEMAS['keys.area-returned'];
export const RoomKeyLentPayload = KEYS_PAYLOAD_SCHEMAS['keys.room-lent'];
export const RoomKeyReturnedPayload = KEYS_PAYLOAD_SCHEMAS['keys.room-returned'];
/** Who borrows a room key: a name, and a staff number or a contact when there is one. */
export const Borrower = RoomKeyLentPayload.shape.borrower;

type Schemas = typeof KEYS_PAYLOAD_SCHEMAS;
export type KeyEntryType = keyof Schemas;
export type KeyPayloads = { readonly [T in KeyEntryType]: z.infer<Schemas[T]> };

export function isKeyEntryType(type: string): type is KeyEntryType {
  return Object.hasOwn(KEYS_PAYLOAD_SCHEMAS, type);
}

/** The payload of a key register entry as the fold reads it (shape only), or `undefined`. */
export function readKeyPayload<T extends KeyEntryType>(
  type: T,
  payload: unknown,
): KeyPayloads[T] | undefined {
  const parsed = z.safeParse(READ_SCHEMAS[type], payload);
  return parsed.success ? (parsed.data as KeyPayloads[T]) : undefined;
}
