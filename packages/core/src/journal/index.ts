/**
 * The journal: an append-only, hash-chained record (REG7-8.5a, REG7-8.5b,
 * HOS-4.8). See `createJournal`, `verifyJournal` and the adapter interface.
 */
export {
  AMEND_TYPE,
  CHECKPOINT_TYPE,
  PURGE_RECORD_TYPE,
  GENESIS_PREV,
  RESERVED_TYPES,
  ENTRY_TYPE_PATTERN,
  HASH_PATTERN,
  RECORD_CLAUSES,
  ActorSchema,
  InstantSchema,
  EntryTypeSchema,
  HashSchema,
  UnsealedEntrySchema,
  SealedEntrySchema,
  CheckpointPayloadSchema,
  PurgeRecordPayloadSchema,
  AmendPayloadSchema,
  isCheckpoint,
  type Actor,
  type UnsealedEntry,
  type EntryContent,
  type SealedEntry,
  type CheckpointPayload,
  type PurgeRecordPayload,
  type AmendPayload,
} from './entry.js';
export { cloneJson, isPlainObject, type JsonValue, type JsonObject } from './json.js';
export { canonicalize, canonicalEntry, CanonicalError, type CanonicalErrorCode } from './canonical.js';
export { sha256Hex, hashEntry, toHex, utf8, webCryptoSubtle, type DigestProvider } from './hash.js';
export { STORAGE_CLAUSES, StorageConflictError, type JournalAdapter } from './adapter.js';
export { createMemoryAdapter } from './memory-adapter.js';
export { JournalError, type JournalErrorCode } from './errors.js';
export { AMEND_CLAUSES, correctedPayload } from './amend.js';
export {
  RETENTION_CLAUSES,
  retentionWindow,
  planPurge,
  planPurgeBefore,
  type RetentionPolicy,
  type RetentionWindow,
  type InstantInput,
  type PurgePlan,
} from './retention.js';
export {
  VERIFY_CLAUSES,
  verifyJournal,
  type VerifyOptions,
  type VerifyResult,
  type IntactJournal,
  type BrokenJournal,
  type BreakReason,
} from './verify.js';
export {
  createJournal,
  type Journal,
  type JournalOptions,
  type PayloadSchema,
  type PayloadSchemas,
  type AmendOptions,
  type PurgeOptions,
  type PurgeResult,
} from './journal.js';
export { journalMessages } from './messages.js';
export {
  JOURNAL_FORMAT,
  JOURNAL_FORMAT_VERSION,
  JournalSiteSchema,
  JournalHeadSchema,
  exportJournalJson,
  isKnownTimeZone,
  type JournalDocument,
  type JournalSite,
  type JournalHead,
  type ExportJsonOptions,
} from './export-json.js';
export {
  CSV_BOM,
  CSV_CELL_MAX_LENGTH,
  exportJournalCsv,
  formatCsv,
  neutraliseCsvCell,
  quoteCsvCell,
  type ExportCsvOptions,
} from './export-csv.js';
export {
  JOURNAL_IMPORT_MAX_LENGTH,
  JOURNAL_IMPORT_MAX_DEPTH,
  JOURNAL_IMPORT_MAX_PROBLEMS,
  importJournalJson,
  type ImportJsonOptions,
  type JournalImportResult,
} from './import-json.js';
export {
  locateJsonSyntaxError,
  textPosition,
  type JsonSyntaxError,
  type JsonSyntaxErrorKind,
  type TextPosition,
} from './import-syntax.js';
