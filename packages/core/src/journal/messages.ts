import { defineMessages } from '../diagnostics/define-messages.js';

/** Messages of the journal: refused appends, amendments and purges, and broken chains. */
export const journalMessages = defineMessages({
  en: {
    // Why an operation was refused (JournalError summaries, one per code).
    'journal.error.invalid-entry': 'The entry was not recorded: it has problems.',
    'journal.error.duplicate-id': 'The entry was not recorded: its id is already used.',
    'journal.error.out-of-order': 'The entry was not recorded: it is dated before the latest entry.',
    'journal.error.unknown-type': 'The entry was not recorded: its type is not known to this journal.',
    'journal.error.unknown-original':
      'The correction was not recorded: the entry it corrects is not in the journal.',
    'journal.error.retention':
      'Nothing was purged: records still within their retention period would be lost.',
    'journal.error.storage': 'The storage did not accept the change; nothing was recorded.',
    'journal.error.broken-chain': 'The journal is damaged, so nothing was changed.',

    // Problems with an entry.
    'journal.format.instant':
      'Times are ISO 8601 instants with seconds and an explicit UTC offset (for example 2026-12-01T08:55:00+08:00).',
    'journal.format.type': 'Entry types are dot-separated lowercase words (for example handover.signed).',
    'journal.format.hash': 'Hashes are 64 lowercase hexadecimal characters (SHA-256).',
    'journal.json.not-finite': 'Only finite numbers can be recorded (found {kind}).',
    'journal.json.undefined': 'A value is missing here: lists and payloads cannot hold undefined.',
    'journal.json.unsupported':
      'Only plain data (text, numbers, yes/no, lists, groups of fields) can be recorded; found {kind}.',
    'journal.json.cycle': 'This value contains itself, so it cannot be recorded.',
    'journal.duplicate-id': 'An entry with id "{id}" is already recorded (seq {seq}).',
    'journal.duplicate-id-in-batch': 'The id "{id}" is used twice in the same batch.',
    'journal.out-of-order':
      'This entry is dated {at}, before the latest entry (seq {headSeq}, dated {headAt}); entries are recorded in time order.',
    'journal.unknown-type': 'This journal has no payload schema for entry type "{type}".',
    'journal.reserved-type':
      'Entries of type "{type}" are written by the journal itself (through amend or purge).',
    'journal.unknown-original': 'There is no entry with id "{id}" in the journal to correct.',
    'journal.amend.not-object':
      'Entry "{id}" has no payload fields, so it cannot be corrected field by field.',
    'journal.amend.reserved':
      'Entry "{id}" is a {type} entry; to change a correction, correct the original entry again.',
    'journal.amend.empty': 'A correction must change at least one field.',

    // Retention (REG7-8.5b).
    'journal.retention.too-young':
      'Entry seq {seq} is dated {at}; records are kept {years} year(s), so only records dated before {cutoff} may be purged.',
    'journal.purge.out-of-range': 'Cannot purge before seq {seq}: the journal holds seq {first} to {last}.',

    // Storage and chain.
    'journal.storage': 'The storage reported: {detail}.',
    'journal.broken-chain': 'The chain is broken at seq {seq} ({reason}); run verify for details.',

    // Verification results.
    'journal.verify.altered':
      'Entry seq {seq} (position {position}) was changed after it was recorded: its hash does not match its content.',
    'journal.verify.forged-link':
      'Entry seq {seq} (position {position}) does not link to the entry before it: an entry was changed and its hash recomputed.',
    'journal.verify.removed':
      'Entries are missing before seq {seq} (position {position}); seq {expected} was expected.',
    'journal.verify.reordered':
      'Entries are out of order at position {position}: seq {expected} was expected, seq {found} found.',
    'journal.verify.malformed': 'The entry at position {position} is not a well-formed journal entry.',
  },
  'zh-Hant': {
    'journal.error.invalid-entry': '記錄未寫入:此記錄有問題。',
    'journal.error.duplicate-id': '記錄未寫入:其識別碼已被使用。',
    'journal.error.out-of-order': '記錄未寫入:其時間早於最新一筆記錄。',
    'journal.error.unknown-type': '記錄未寫入:此日誌不認識這種記錄類型。',
    'journal.error.unknown-original': '更正未寫入:要更正的記錄不在日誌中。',
    'journal.error.retention': '未刪除任何記錄:仍在保存期內的記錄不可刪除。',
    'journal.error.storage': '儲存端不接受此變更,沒有寫入任何記錄。',
    'journal.error.broken-chain': '日誌已損壞,因此沒有作任何變更。',

    'journal.format.instant': '時間須為含秒及明確時差的 ISO 8601 時刻(例如 2026-12-01T08:55:00+08:00)。',
    'journal.format.type': '記錄類型為以點分隔的小寫英文字詞(例如 handover.signed)。',
    'journal.format.hash': '雜湊值為 64 個小寫十六進位字元(SHA-256)。',
    'journal.json.not-finite': '只能記錄有限的數字(此處為 {kind})。',
    'journal.json.undefined': '此處缺少數值:清單和內容不可包含 undefined。',
    'journal.json.unsupported': '只能記錄一般資料(文字、數字、是否、清單、欄位組);此處為 {kind}。',
    'journal.json.cycle': '此數值包含其自身,無法記錄。',
    'journal.duplicate-id': '識別碼為「{id}」的記錄已經存在(序號 {seq})。',
    'journal.duplicate-id-in-batch': '識別碼「{id}」在同一批記錄中出現兩次。',
    'journal.out-of-order':
      '此記錄時間為 {at},早於最新一筆記錄(序號 {headSeq},時間 {headAt});記錄須按時間先後寫入。',
    'journal.unknown-type': '此日誌沒有記錄類型「{type}」的內容結構定義。',
    'journal.reserved-type': '類型為「{type}」的記錄只由日誌本身寫入(透過更正或清理)。',
    'journal.unknown-original': '日誌中沒有識別碼為「{id}」的記錄可供更正。',
    'journal.amend.not-object': '記錄「{id}」的內容沒有欄位,無法逐欄更正。',
    'journal.amend.reserved': '記錄「{id}」是 {type} 記錄;如要修改更正內容,請再次更正原始記錄。',
    'journal.amend.empty': '更正必須至少修改一個欄位。',

    'journal.retention.too-young':
      '序號 {seq} 的記錄時間為 {at};記錄須保存 {years} 年,只有早於 {cutoff} 的記錄才可刪除。',
    'journal.purge.out-of-range': '無法刪除序號 {seq} 之前的記錄:日誌現存序號為 {first} 至 {last}。',

    'journal.storage': '儲存端回報:{detail}。',
    'journal.broken-chain': '日誌鏈在序號 {seq} 斷開({reason});請執行驗證查看詳情。',

    'journal.verify.altered': '序號 {seq}(第 {position} 筆)的記錄在寫入後被修改:其雜湊值與內容不符。',
    'journal.verify.forged-link':
      '序號 {seq}(第 {position} 筆)的記錄沒有連接到前一筆:有記錄被修改並重新計算了雜湊值。',
    'journal.verify.removed': '序號 {seq}(第 {position} 筆)之前有記錄缺失;應為序號 {expected}。',
    'journal.verify.reordered': '第 {position} 筆記錄的次序不對:應為序號 {expected},實為序號 {found}。',
    'journal.verify.malformed': '第 {position} 筆不是格式正確的日誌記錄。',
  },
  'zh-Hans': {
    'journal.error.invalid-entry': '记录未写入:该记录有问题。',
    'journal.error.duplicate-id': '记录未写入:其标识符已被使用。',
    'journal.error.out-of-order': '记录未写入:其时间早于最新一条记录。',
    'journal.error.unknown-type': '记录未写入:该日志不认识这种记录类型。',
    'journal.error.unknown-original': '更正未写入:要更正的记录不在日志中。',
    'journal.error.retention': '未删除任何记录:仍在保存期内的记录不能删除。',
    'journal.error.storage': '存储端不接受此变更,没有写入任何记录。',
    'journal.error.broken-chain': '日志已损坏,因此没有做任何变更。',

    'journal.format.instant': '时间须为含秒及明确时差的 ISO 8601 时刻(例如 2026-12-01T08:55:00+08:00)。',
    'journal.format.type': '记录类型为以点分隔的小写英文单词(例如 handover.signed)。',
    'journal.format.hash': '哈希值为 64 个小写十六进制字符(SHA-256)。',
    'journal.json.not-finite': '只能记录有限的数字(此处为 {kind})。',
    'journal.json.undefined': '此处缺少数值:列表和内容不能包含 undefined。',
    'journal.json.unsupported': '只能记录普通数据(文字、数字、是否、列表、字段组);此处为 {kind}。',
    'journal.json.cycle': '该数值包含其自身,无法记录。',
    'journal.duplicate-id': '标识符为“{id}”的记录已经存在(序号 {seq})。',
    'journal.duplicate-id-in-batch': '标识符“{id}”在同一批记录中出现两次。',
    'journal.out-of-order':
      '该记录时间为 {at},早于最新一条记录(序号 {headSeq},时间 {headAt});记录须按时间先后写入。',
    'journal.unknown-type': '该日志没有记录类型“{type}”的内容结构定义。',
    'journal.reserved-type': '类型为“{type}”的记录只由日志本身写入(通过更正或清理)。',
    'journal.unknown-original': '日志中没有标识符为“{id}”的记录可供更正。',
    'journal.amend.not-object': '记录“{id}”的内容没有字段,无法逐项更正。',
    'journal.amend.reserved': '记录“{id}”是 {type} 记录;如要修改更正内容,请再次更正原始记录。',
    'journal.amend.empty': '更正必须至少修改一个字段。',

    'journal.retention.too-young':
      '序号 {seq} 的记录时间为 {at};记录须保存 {years} 年,只有早于 {cutoff} 的记录才可删除。',
    'journal.purge.out-of-range': '无法删除序号 {seq} 之前的记录:日志现存序号为 {first} 至 {last}。',

    'journal.storage': '存储端报告:{detail}。',
    'journal.broken-chain': '日志链在序号 {seq} 断开({reason});请运行验证查看详情。',

    'journal.verify.altered': '序号 {seq}(第 {position} 条)的记录在写入后被修改:其哈希值与内容不符。',
    'journal.verify.forged-link':
      '序号 {seq}(第 {position} 条)的记录没有连接到前一条:有记录被修改并重新计算了哈希值。',
    'journal.verify.removed': '序号 {seq}(第 {position} 条)之前有记录缺失;应为序号 {expected}。',
    'journal.verify.reordered': '第 {position} 条记录的次序不对:应为序号 {expected},实为序号 {found}。',
    'journal.verify.malformed': '第 {position} 条不是格式正确的日志记录。',
  },
});
