/**
 * The key register as the journal tells it: a pure, total fold of the
 * `keys.*` entries (CSD-9.1.1, CSD-9.1.2), and the daily list of keys not
 * back (CSD-9.1.2: the person in charge checks the register every day).
 */
import type { SealedEntry } from '../journal/entry.js';
import { endOfDayInstant, millisOf } from '../handover/timing.js';
import {
  amendRequest,
  appendWritten,
  applyAmendment,
  writtenEntry,
  writtenList,
  type Amendment,
  type WrittenEntry,
  type WrittenLog,
} from '../handover/written.js';
import { isKeyEntryType, readKeyPayload, type KeyEntryType, type KeyPayloads } from './entries.js';

export interface KeyReturn {
  readonly at: string;
  readonly by: string;
  readonly seq: number;
  readonly note: string | undefined;
}

export interface AreaKeyIssue {
  readonly issueId: string;
  readonly keySet: string;
  readonly shiftKey: string;
  readonly issuedTo: string;
  readonly count: number;
  readonly dueBack: string;
  readonly issuedAt: string;
  readonly issuedBy: string;
  readonly seq: number;
  readonly returned: (KeyReturn & { readonly count: number }) | undefined;
}

export interface RoomKeyLoan {
  readonly loanId: string;
  readonly room: string;
  readonly borrower: {
    readonly name: string;
    readonly staffId: string | undefined;
    readonly contact: string | undefined;
  };
  readonly purpose: string;
  readonly dueBack: string;
  readonly lentAt: string;
  readonly lentBy: string;
  readonly seq: number;
  readonly returned: KeyReturn | undefined;
}

export type KeyIgnoredReason = 'unknown-type' | 'invalid-payload' | 'repeated' | 'unknown-subject';

export interface KeyIgnoredEntry {
  readonly seq: number;
  readonly id: string;
  readonly type: string;
  readonly reason: KeyIgnoredReason;
}

export interface KeyRegister {
  readonly areaIssues: readonly AreaKeyIssue[];
  readonly roomLoans: readonly RoomKeyLoan[];
  readonly amendments: readonly Amendment[];
  /** Entries the fold could not read as register facts; rules report them. */
  readonly ignored: readonly KeyIgnoredEntry[];
  /** The register's own entries, as corrected (newest first; `writtenList` gives journal order). */
  readonly written: WrittenLog | undefined;
}

export const EMPTY_KEY_REGISTER: KeyRegister = {
  areaIssues: [],
  roomLoans: [],
  amendments: [],
  ignored: [],
  written: undefined,
};

/** Reads one journal entry into the register. Pure and total. */
export function reduceKeyRegister(register: KeyRegister, entry: SealedEntry): KeyRegister {
  const request = amendRequest(entry);
  if (request !== undefined) {
    const outcome = applyAmendment(register.written, entry, request, () => true);
    if (outcome === undefined) return register;
    const amendments = [...register.amendments, outcome.amendment];
    if (!outcome.amendment.applied) return { ...register, amendments };
    let replayed: KeyRegister = { ...EMPTY_KEY_REGISTER, written: outcome.written };
    for (const written of writtenList(outcome.written)) replayed = read(replayed, written);
    return { ...replayed, amendments };
  }
  if (!entry.type.startsWith('keys.')) return register;
  const written = writtenEntry(entry);
  return read({ ...register, written: appendWritten(register.written, written) }, written);
}

/** Folds journal entries into the key register. */
export function foldKeyRegister(entries: readonly SealedEntry[]): KeyRegister {
  let register = EMPTY_KEY_REGISTER;
  for (const entry of entries) register = reduceKeyRegister(register, entry);
  return register;
}

function read(register: KeyRegister, entry: WrittenEntry): KeyRegister {
  if (!isKeyEntryType(entry.type)) return ignore(register, entry, 'unknown-type');
  return dispatch(entry.type, register, entry);
}

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- T ties the schema to its handler
function dispatch<T extends KeyEntryType>(type: T, register: KeyRegister, entry: WrittenEntry): KeyRegister {
  const payload = readKeyPayload(type, entry.payload);
  if (payload === undefined) return ignore(register, entry, 'invalid-payload');
  const handler: Handler<T> = HANDLERS[type];
  return handler(register, payload, entry);
}

function ignore(register: KeyRegister, entry: WrittenEntry, reason: KeyIgnoredReason): KeyRegister {
  return {
    ...register,
    ignored: [...register.ignored, { seq: entry.seq, id: entry.id, type: entry.type, reason }],
  };
}

function returnOf(entry: WrittenEntry, note: string | undefined): KeyReturn {
  return { at: entry.at, by: entry.actor.staffId, seq: entry.seq, note };
}

function replace<T>(list: readonly T[], old: T, next: T): T[] {
  return list.map((item) => (item === old ? next : item));
}

type Handler<T extends KeyEntryType> = (
  register: KeyRegister,
  payload: KeyPayloads[T],
  entry: WrittenEntry,
) => KeyRegister;

const HANDLERS: { readonly [T in KeyEntryType]: Handler<T> } = {
  'keys.area-issued': (register, payload, entry) => {
    if (register.areaIssues.some((issue) => issue.issueId === payload.issueId)) {
      return ignore(register, entry, 'repeated');
    }
    const issue: AreaKeyIssue = {
      ...payload,
      issuedAt: entry.at,
      issuedBy: entry.actor.staffId,
      seq: entry.seq,
      returned: undefined,
    };
    return { ...register, areaIssues: [...register.areaIssues, issue] };
  },
  'keys.area-returned': (register, payload, entry) => {
    const issue = register.areaIssues.find((candidate) => candidate.issueId === payload.issueId);
    if (issue === undefined) return ignore(register, entry, 'unknown-subject');
    if (issue.returned !== undefined) return ignore(register, entry, 'repeated');
    const returned = { ...returnOf(entry, payload.note), count: payload.count };
    return { ...register, areaIssues: replace(register.areaIssues, issue, { ...issue, returned }) };
  },
  'keys.room-lent': (register, payload, entry) => {
    if (register.roomLoans.some((loan) => loan.loanId === payload.loanId))
      return ignore(register, entry, 'repeated');
    const loan: RoomKeyLoan = {
      loanId: payload.loanId,
      room: payload.room,
      borrower: {
        name: payload.borrower.name,
        staffId: payload.borrower.staffId,
        contact: payload.borrower.contact,
      },
      purpose: payload.purpose,
      dueBack: payload.dueBack,
      lentAt: entry.at,
      lentBy: entry.actor.staffId,
      seq: entry.seq,
      returned: undefined,
    };
    return { ...register, roomLoans: [...register.roomLoans, loan] };
  },
  'keys.room-returned': (register, payload, entry) => {
    const loan = register.roomLoans.find((candidate) => candidate.loanId === payload.loanId);
    // A room key comes back only against its register entry (CSD-9.1.2).
    if (loan === undefined) return ignore(register, entry, 'unknown-subject');
    if (loan.returned !== undefined) return ignore(register, entry, 'repeated');
    return {
      ...register,
      roomLoans: replace(register.roomLoans, loan, { ...loan, returned: returnOf(entry, payload.note) }),
    };
  },
};

/** A key not back at the end of a day. */
export interface UnreturnedKey {
  readonly kind: 'area' | 'room';
  /** The issue or loan id. */
  readonly id: string;
  /** The key set (area keys) or the room. */
  readonly keys: string;
  /** Who holds it: the staff number (area keys) or the borrower's name. */
  readonly holder: string;
  readonly since: string;
  readonly dueBack: string;
  /** Due back before the end of the day. */
  readonly overdue: boolean;
  readonly seq: number;
}

/**
 * The keys out at the end of `date` (`yyyy-MM-dd`, read in `timeZone`): lent
 * or issued before the day ended and not returned by then, oldest first.
 * This is the list the person in charge checks every day (CSD-9.1.2).
 */
export function unreturnedKeys(
  entries: readonly SealedEntry[],
  date: string,
  timeZone: string,
): UnreturnedKey[] {
  const register = foldKeyRegister(entries);
  const endOfDay = millisOf(endOfDayInstant(date, timeZone));
  const outAtEnd = (since: string, returned: KeyReturn | undefined) =>
    millisOf(since) < endOfDay && (returned === undefined || millisOf(returned.at) >= endOfDay);
  const keys: UnreturnedKey[] = [];
  for (const issue of register.areaIssues) {
    if (!outAtEnd(issue.issuedAt, issue.returned)) continue;
    keys.push({
      kind: 'area',
      id: issue.issueId,
      keys: issue.keySet,
      holder: issue.issuedTo,
      since: issue.issuedAt,
      dueBack: issue.dueBack,
      overdue: millisOf(issue.dueBack) < endOfDay,
      seq: issue.seq,
    });
  }
  for (const loan of register.roomLoans) {
    if (!outAtEnd(loan.lentAt, loan.returned)) continue;
    keys.push({
      kind: 'room',
      id: loan.loanId,
      keys: loan.room,
      holder: loan.borrower.name,
      since: loan.lentAt,
      dueBack: loan.dueBack,
      overdue: millisOf(loan.dueBack) < endOfDay,
      seq: loan.seq,
    });
  }
  return keys.sort((a, b) => a.seq - b.seq);
}
