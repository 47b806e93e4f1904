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
      'Times are ISO 8601 instants with an explicit UTC offset (for example 2026-12-01T08:55:00+08:00).',
    'journal.range.instant':
      'Times must fall in the years 2000 to 2999 (from 2000-01-01T00:00:00Z, before 3000-01-01T00:00:00Z): check the year.',
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
    'journal.verify.unrecorded-checkpoint':
      'The checkpoint at seq {seq} (position {position}) is not the one any purge recorded: it was changed or forged after the purge.',
    'journal.verify.altered':
      'Entry seq {seq} (position {position}) was changed after it was recorded: its hash does not match its content.',
    'journal.verify.forged-link':
      'Entry seq {seq} (position {position}) does not link to the entry before it: an entry was changed and its hash recomputed.',
    'journal.verify.removed':
      'Entries are missing before seq {seq} (position {position}); seq {expected} was expected.',
    'journal.verify.reordered':
      'Entries are out of order at position {position}: seq {expected} was expected, seq {found} found.',
    'journal.verify.malformed': 'The entry at position {position} is not a well-formed journal entry.',

    // Importing an exported journal file (importJournalJson).
    'journal.import.empty': 'The file is empty: a journal export was expected.',
    'journal.import.too-large':
      'The text is too large to import ({length} characters; the limit is {limit}).',
    'journal.import.nul':
      'The text contains a NUL character at line {line}, column {column}: it is probably UTF-16 or binary data, not UTF-8 text.',
    'journal.import.json.unexpected-end':
      'The JSON ends too early at line {line}, column {column}: the file may be truncated.',
    'journal.import.json.unexpected':
      'The JSON is not valid at line {line}, column {column}: {found} is not allowed there.',
    'journal.import.json.string':
      'The JSON is not valid at line {line}, column {column}: text holds a control character or a bad escape ({found}).',
    'journal.import.json.invalid': 'The file is not valid JSON: {detail}.',
    'journal.import.too-deep': 'Values are nested more than {limit} levels deep; a journal export never is.',
    'journal.import.not-a-journal':
      'This is not a duty-handover journal export: its "format" must be "{expected}".',
    'journal.import.version':
      'This journal export has version {found}; this version of duty-handover reads version {supported}.',
    'journal.import.time-zone': 'Unknown time zone: use an IANA name such as Asia/Hong_Kong.',
    'journal.import.seq-order':
      'Entry seq {found} follows seq {previous}; seq {expected} was expected (entries are missing, repeated or out of order).',
    'journal.import.head-mismatch':
      'The head recorded at export (seq {headSeq}) is not the last entry of the file (seq {lastSeq}): entries were removed from or added to the end.',
    'journal.import.too-many-problems': '{count} more problem(s) are not listed.',

    // The CSV export, for reading in a spreadsheet (exportJournalCsv).
    'journal.csv.seq': 'Seq',
    'journal.csv.id': 'Id',
    'journal.csv.time': 'Time',
    'journal.csv.time-in-zone': 'Time ({timeZone})',
    'journal.csv.actor': 'Recorded by',
    'journal.csv.type': 'Type',
    'journal.csv.summary': 'Content',
    'journal.csv.hash': 'Hash',
    'journal.csv.yes': 'yes',
    'journal.csv.no': 'no',
    'journal.csv.amend': 'Corrects seq {seq} ({id}): {fields}. Reason: {reason}',
    'journal.csv.checkpoint':
      'Checkpoint: {count} earlier entries (seq {fromSeq} to {seq}, the last dated {at}) were purged after their retention period.',
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

    'journal.format.instant': '時間須為含明確時差的 ISO 8601 時刻(例如 2026-12-01T08:55:00+08:00)。',
    'journal.range.instant':
      '時間須在 2000 至 2999 年之間(由 2000-01-01T00:00:00Z 起,至 3000-01-01T00:00:00Z 前):請核對年份。',
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

    'journal.verify.unrecorded-checkpoint':
      '序號 {seq}(第 {position} 筆)的清理檢查點與任何清理記錄都不符:清理後被修改或偽造。',
    'journal.verify.altered': '序號 {seq}(第 {position} 筆)的記錄在寫入後被修改:其雜湊值與內容不符。',
    'journal.verify.forged-link':
      '序號 {seq}(第 {position} 筆)的記錄沒有連接到前一筆:有記錄被修改並重新計算了雜湊值。',
    'journal.verify.removed': '序號 {seq}(第 {position} 筆)之前有記錄缺失;應為序號 {expected}。',
    'journal.verify.reordered': '第 {position} 筆記錄的次序不對:應為序號 {expected},實為序號 {found}。',
    'journal.verify.malformed': '第 {position} 筆不是格式正確的日誌記錄。',

    'journal.import.empty': '檔案是空的:應為日誌匯出檔。',
    'journal.import.too-large': '文字太大,無法匯入({length} 個字元;上限為 {limit})。',
    'journal.import.nul':
      '第 {line} 行第 {column} 列有 NUL 字元:這可能是 UTF-16 或二進位資料,而不是 UTF-8 文字。',
    'journal.import.json.unexpected-end': 'JSON 在第 {line} 行第 {column} 列提早結束:檔案可能不完整。',
    'journal.import.json.unexpected': 'JSON 在第 {line} 行第 {column} 列無效:此處不可出現 {found}。',
    'journal.import.json.string':
      'JSON 在第 {line} 行第 {column} 列無效:文字中有控制字元或錯誤的跳脫序列({found})。',
    'journal.import.json.invalid': '檔案不是有效的 JSON:{detail}。',
    'journal.import.too-deep': '資料巢狀超過 {limit} 層;日誌匯出檔不會如此。',
    'journal.import.not-a-journal': '這不是 duty-handover 日誌匯出檔:其「format」必須是「{expected}」。',
    'journal.import.version': '此日誌匯出檔的版本為 {found};此版本的 duty-handover 讀取版本 {supported}。',
    'journal.import.time-zone': '未知的時區:請使用 IANA 名稱,例如 Asia/Hong_Kong。',
    'journal.import.seq-order':
      '序號 {found} 的記錄接在序號 {previous} 之後;應為序號 {expected}(有記錄缺失、重複或次序錯誤)。',
    'journal.import.head-mismatch':
      '匯出時記下的最後一筆(序號 {headSeq})不是檔案中的最後一筆(序號 {lastSeq}):末尾有記錄被刪除或加入。',
    'journal.import.too-many-problems': '另有 {count} 個問題未列出。',

    'journal.csv.seq': '序號',
    'journal.csv.id': '識別碼',
    'journal.csv.time': '時間',
    'journal.csv.time-in-zone': '時間({timeZone})',
    'journal.csv.actor': '記錄人',
    'journal.csv.type': '類型',
    'journal.csv.summary': '內容',
    'journal.csv.hash': '雜湊值',
    'journal.csv.yes': '是',
    'journal.csv.no': '否',
    'journal.csv.amend': '更正序號 {seq}({id}):{fields}。原因:{reason}',
    'journal.csv.checkpoint':
      '檢查點:較早的 {count} 筆記錄(序號 {fromSeq} 至 {seq},最後一筆時間為 {at})已於保存期滿後刪除。',
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

    'journal.format.instant': '时间须为含明确时差的 ISO 8601 时刻(例如 2026-12-01T08:55:00+08:00)。',
    'journal.range.instant':
      '时间须在 2000 至 2999 年之间(由 2000-01-01T00:00:00Z 起,至 3000-01-01T00:00:00Z 前):请核对年份。',
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

    'journal.verify.unrecorded-checkpoint':
      '序号 {seq}(第 {position} 条)的清理检查点与任何清理记录都不符:清理后被修改或伪造。',
    'journal.verify.altered': '序号 {seq}(第 {position} 条)的记录在写入后被修改:其哈希值与内容不符。',
    'journal.verify.forged-link':
      '序号 {seq}(第 {position} 条)的记录没有连接到前一条:有记录被修改并重新计算了哈希值。',
    'journal.verify.removed': '序号 {seq}(第 {position} 条)之前有记录缺失;应为序号 {expected}。',
    'journal.verify.reordered': '第 {position} 条记录的次序不对:应为序号 {expected},实为序号 {found}。',
    'journal.verify.malformed': '第 {position} 条不是格式正确的日志记录。',

    'journal.import.empty': '文件是空的:应为日志导出文件。',
    'journal.import.too-large': '文字太大,无法导入({length} 个字符;上限为 {limit})。',
    'journal.import.nul':
      '第 {line} 行第 {column} 列有 NUL 字符:这可能是 UTF-16 或二进制数据,而不是 UTF-8 文字。',
    'journal.import.json.unexpected-end': 'JSON 在第 {line} 行第 {column} 列提前结束:文件可能不完整。',
    'journal.import.json.unexpected': 'JSON 在第 {line} 行第 {column} 列无效:此处不能出现 {found}。',
    'journal.import.json.string':
      'JSON 在第 {line} 行第 {column} 列无效:文字中有控制字符或错误的转义序列({found})。',
    'journal.import.json.invalid': '文件不是有效的 JSON:{detail}。',
    'journal.import.too-deep': '数据嵌套超过 {limit} 层;日志导出文件不会如此。',
    'journal.import.not-a-journal': '这不是 duty-handover 日志导出文件:其“format”必须是“{expected}”。',
    'journal.import.version': '此日志导出文件的版本为 {found};此版本的 duty-handover 读取版本 {supported}。',
    'journal.import.time-zone': '未知的时区:请使用 IANA 名称,例如 Asia/Hong_Kong。',
    'journal.import.seq-order':
      '序号 {found} 的记录接在序号 {previous} 之后;应为序号 {expected}(有记录缺失、重复或次序错误)。',
    'journal.import.head-mismatch':
      '导出时记下的最后一条(序号 {headSeq})不是文件中的最后一条(序号 {lastSeq}):末尾有记录被删除或加入。',
    'journal.import.too-many-problems': '另有 {count} 个问题未列出。',

    'journal.csv.seq': '序号',
    'journal.csv.id': '标识符',
    'journal.csv.time': '时间',
    'journal.csv.time-in-zone': '时间({timeZone})',
    'journal.csv.actor': '记录人',
    'journal.csv.type': '类型',
    'journal.csv.summary': '内容',
    'journal.csv.hash': '哈希值',
    'journal.csv.yes': '是',
    'journal.csv.no': '否',
    'journal.csv.amend': '更正序号 {seq}({id}):{fields}。原因:{reason}',
    'journal.csv.checkpoint':
      '检查点:较早的 {count} 条记录(序号 {fromSeq} 至 {seq},最后一条时间为 {at})已于保存期满后删除。',
  },
});
