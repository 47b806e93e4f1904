/**
 * The key register (CSD-9.1.1, CSD-9.1.2): area keys issued and returned
 * per shift with counts, room keys lent against a register entry, and the
 * daily list of keys not back.
 */
export {
  KEYS_PAYLOAD_SCHEMAS,
  AreaKeysIssuedPayload,
  AreaKeysReturnedPayload,
  RoomKeyLentPayload,
  RoomKeyReturnedPayload,
  Borrower,
  isKeyEntryType,
  readKeyPayload,
  type KeyEntryType,
  type KeyPayloads,
} from './entries.js';
export {
  EMPTY_KEY_REGISTER,
  reduceKeyRegister,
  foldKeyRegister,
  unreturnedKeys,
  type KeyRegister,
  type AreaKeyIssue,
  type RoomKeyLoan,
  type KeyReturn,
  type KeyIgnoredEntry,
  type KeyIgnoredReason,
  type UnreturnedKey,
} from './register.js';
export {
  KEY_REFUSAL_CODES,
  issueAreaKeys,
  returnAreaKeys,
  lendRoomKey,
  returnRoomKey,
  type KeyRefusalCode,
  type KeyCommandResult,
  type KeyCommandContext,
  type KeyRegisterSource,
  type IssueAreaKeysInput,
  type ReturnAreaKeysInput,
  type LendRoomKeyInput,
  type ReturnRoomKeyInput,
} from './commands.js';
export { checkKeys } from './check.js';
export { KEYS_RULES, type KeyRuleContext } from './rules/index.js';
