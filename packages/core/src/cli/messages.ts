/**
 * The command line's own words. They live here, not in core's joined
 * catalogue (`src/messages.ts`), so that the library bundle does not carry
 * text only the CLI prints. Problems that core reports (a malformed journal,
 * a broken chain) carry their own messages in every locale already.
 *
 * A new command adds its messages here, in all three tables: the compiler
 * checks the keys, `messages.test.ts` the placeholders.
 */
import { defineMessages, fillTemplate, type Locale, type MessageParams } from '../index.js';

export const cliMessages = defineMessages({
  en: {
    'cli.description':
      'Checks the duty rosters of a property-management customer-service centre, and checks and exports its records.',
    'cli.usage': 'Usage: {usage}',
    'cli.heading.commands': 'Commands:',
    'cli.heading.options': 'Options:',
    'cli.heading.exit-codes': 'Exit codes:',
    'cli.help.more': 'Run "duty-handover <command> --help" for the options of a command.',
    'cli.help.details': 'Run "duty-handover {command} --help" for details.',
    'cli.option.help': 'Show this help',
    'cli.option.version': 'Show the version',
    'cli.option.lang': 'Language of the output (default: from LC_ALL, LC_MESSAGES or LANG, else en)',
    'cli.stdin': 'standard input',

    'cli.error.missing-command': 'no command given',
    'cli.error.unknown-command': 'unknown command "{command}"',
    'cli.error.unknown-option': 'unknown option {option}',
    'cli.error.missing-value': 'option {option} needs a value ({value})',
    'cli.error.unexpected-value': 'option {option} takes no value',
    'cli.error.invalid-choice': 'invalid value "{value}" for {option}: expected {choices}',
    'cli.error.repeated-option': 'option {option} is given more than once',
    'cli.error.missing-option': 'missing {option}',
    'cli.error.missing-operand': 'missing {operand}',
    'cli.error.extra-operand': 'unexpected argument "{argument}"',
    'cli.error.internal': 'internal error ({detail}); please report it with the command you ran',

    'cli.file.not-found': 'no such file',
    'cli.file.is-directory': 'is a directory, not a file',
    'cli.file.unreadable': 'cannot be read ({detail})',
    'cli.file.too-large': 'the file is larger than the {limit} MB limit',
    'cli.file.empty': 'the file is empty',
    'cli.file.not-utf8':
      'not UTF-8 text (invalid byte at offset {offset}); if it was saved as Big5 or GBK, save it again as UTF-8',
    'cli.file.nul':
      'contains a NUL byte at offset {offset}: it is probably UTF-16 without a byte-order mark, or not a text file',
    'cli.file.bad-utf16': 'starts with a UTF-16 byte-order mark but is not valid UTF-16 text',
    'cli.file.unwritable': 'cannot be written ({detail})',
    'cli.file.same-as-input': 'the output would overwrite the input file; choose another --out',

    'cli.verify.summary': 'Check that an exported journal is intact',
    'cli.verify.description':
      'Checks an exported journal (JSON): every entry unchanged since it was recorded, none removed, inserted or reordered, and the last entry the one recorded at export.',
    'cli.verify.option.format': 'Output: text for people, json for programs (default: text)',
    'cli.verify.intact': 'intact: {count} entries, last seq {seq}, head hash {hash}',
    'cli.verify.intact-empty': 'intact: the journal holds no entries',
    'cli.verify.exported': 'Exported at {exportedAt}.',
    'cli.verify.exported-site': 'Exported at {exportedAt} for site {site}.',
    'cli.verify.broken': 'BROKEN at seq {seq}: {reason}',
    'cli.verify.reason.altered': 'an entry was changed after it was recorded',
    'cli.verify.reason.forged-link': 'an entry was replaced and its hash recomputed',
    'cli.verify.reason.removed': 'entries were removed',
    'cli.verify.reason.reordered': 'entries are out of order or repeated',
    'cli.verify.reason.malformed': 'an entry is not a well-formed journal entry',
    'cli.verify.reason.duplicate-id': 'two entries have the same id',
    'cli.verify.reason.head-mismatch': 'entries were removed from or added to the end',
    'cli.verify.reason.unrecorded-checkpoint': 'the purge checkpoint was changed or forged after the purge',
    'cli.exit.verify.0': 'the journal is intact',
    'cli.exit.verify.1': 'the journal is broken: the first broken seq is printed',
    'cli.exit.usage-or-unreadable':
      'the file cannot be read as a journal export, or the command line is wrong',

    'cli.export.summary': 'Write a journal as CSV for reading in a spreadsheet',
    'cli.export.description':
      'Writes an exported journal (JSON) as CSV, one row per entry, in UTF-8 with a byte-order mark so that Excel shows Chinese text. Cells a spreadsheet would run as a formula are prefixed with an apostrophe. The CSV is a reading copy, not a record: it cannot be verified or imported, so keep the JSON file.',
    'cli.export.option.csv': 'Write CSV (the only output format for now)',
    'cli.export.option.out': 'Write to this file instead of standard output',
    'cli.export.option.time-zone':
      "Show times in this IANA time zone (default: the site's, when the file names one; else as recorded)",
    'cli.export.unknown-time-zone': 'unknown time zone "{timeZone}": use an IANA name such as Asia/Hong_Kong',
    'cli.export.written': 'Wrote {count} entries to {out}.',
    'cli.export.broken':
      'Warning: the journal is BROKEN at seq {seq} ({reason}); the CSV shows the entries as they are. Run "duty-handover verify" for details.',
    'cli.exit.export.0': 'the CSV was written',
    'cli.exit.export.1': 'the CSV was written, but the journal is broken (a warning names the seq)',
    'cli.exit.export.2':
      'nothing was written: the file cannot be read or exported, or the command line is wrong',
    'cli.json.unexpected-end':
      'The JSON ends too early at line {line}, column {column}: the file may be truncated.',
    'cli.json.unexpected':
      'The JSON is not valid at line {line}, column {column}: {found} is not allowed there.',
    'cli.json.string':
      'The JSON is not valid at line {line}, column {column}: text holds a control character or a bad escape ({found}).',
    'cli.json.invalid': 'The file is not valid JSON: {detail}.',
    'cli.json.too-deep': 'Values are nested more than {limit} levels deep; a roster never is.',
    'cli.json.duplicate-key':
      'The key "{key}" at line {line}, column {column} is already used in the same object at line {firstLine}, column {firstColumn}; JSON keeps only the last value, so the file is ambiguous: remove one of them.',
    'cli.json.number-too-large':
      'The number {found} at line {line}, column {column} is too large to be read; write the value it stands for.',

    'cli.check.summary': "Check a month's duty roster against its policy",
    'cli.check.description':
      'Checks a monthly duty roster (排班表) against its policy and explains every problem with the clause behind it. The roster is a JSON document, or a CSV exported from a spreadsheet: one row per assignment (date, staff, shift, post) or one row per person with one column per day. A CSV holds the assignments only: give the rest of the roster (site, month, policy, staff and roles, leave, swaps, publication history, public holidays) as JSON with --meta; without it the checks that need it are skipped and listed.',
    'cli.check.option.policy':
      'Check against this preset instead of the policy the roster names (a CSV without --meta needs it)',
    'cli.check.option.meta':
      'For a CSV roster: the rest of the roster document (everything but the assignments), as JSON',
    'cli.check.option.format':
      'Output: text for a supervisor, json ({ findings, report }) for programs (default: text)',
    'cli.check.option.now':
      'The moment of the check (2026-12-10T09:00:00+08:00): deadlines passed by then are reported (default: the documents are judged alone)',
    'cli.exit.check.0': 'the roster has no errors (it may have warnings)',
    'cli.exit.check.1': 'the roster has errors',
    'cli.exit.check.2':
      'the roster cannot be read (the message names the file, line and column), or the command line is wrong',
    'cli.check.bad-now':
      'invalid value "{value}" for --now: expected an instant with its UTC offset, such as 2026-12-10T09:00:00+08:00',
    'cli.check.meta-with-json':
      '--meta is for a CSV roster; a JSON roster holds everything itself ({file} was read as JSON)',

    'cli.check.title': '{file}: roster of {site} for {month}, policy {policy}',
    'cli.check.read.json': 'Read from JSON: {assignments} assignments of {people} people.',
    'cli.check.read.csv': 'Read from CSV ({layout}): {assignments} assignments of {people} people.',
    'cli.check.read.csv-meta':
      'Read from CSV ({layout}) with {meta}: {assignments} assignments of {people} people.',
    'cli.check.layout.long': 'one row per assignment',
    'cli.check.layout.wide': 'one row per person, one column per day',
    'cli.check.ignored': 'Columns not read: {columns}.',
    'cli.check.heading.errors': 'Errors ({count})',
    'cli.check.heading.warnings': 'Warnings ({count})',
    'cli.check.label.uncovered': 'uncovered: {interval}',
    'cli.check.label.short': 'short-staffed: {interval}',
    'cli.check.label.interval': 'when: {interval}',
    'cli.check.label.people': 'people: {list}',
    'cli.check.label.dates': 'dates: {list}',
    'cli.check.label.shifts': 'shift instances: {list}',
    'cli.check.label.where': 'where: {place}',
    'cli.check.more': '… {count} more',
    'cli.check.clean': 'No findings: the roster meets every rule checked.',
    'cli.check.summary-heading': 'Summary: {errors} error(s), {warnings} warning(s).',
    'cli.check.hours.heading': 'Hours above the limit of {maximum} h a week on average:',
    'cli.check.hours.line': '{person}: {average} h a week ({total} h in the month)',
    'cli.check.hours.none': 'Nobody works more than {maximum} h a week on average.',
    'cli.check.gaps.heading': 'Coverage gaps:',
    'cli.check.gaps.line': '{post} ({band}) {interval}: {present} of {required} present',
    'cli.check.gaps.none': 'No coverage gaps.',
    'cli.check.unchecked': 'Not checked, for want of a meta file (--meta): {groups}.',
    'cli.check.unchecked.publications': 'preparation, review and publication ({count} rules)',
    'cli.check.unchecked.holidays': 'public holidays ({count} rules)',
    'cli.check.unchecked.swaps-and-leave': 'swaps and leave ({count} rules)',
    'cli.check.unchecked.roles': 'who may staff each post ({count} rule)',
  },
  'zh-Hant': {
    'cli.description': '檢查物業客服中心的值班排班表,以及檢查及匯出其值班與交接班記錄。',
    'cli.usage': '用法:{usage}',
    'cli.heading.commands': '指令:',
    'cli.heading.options': '選項:',
    'cli.heading.exit-codes': '結束代碼:',
    'cli.help.more': '執行「duty-handover <指令> --help」查看指令的選項。',
    'cli.help.details': '執行「duty-handover {command} --help」查看詳情。',
    'cli.option.help': '顯示此說明',
    'cli.option.version': '顯示版本',
    'cli.option.lang': '輸出語言(預設:依 LC_ALL、LC_MESSAGES 或 LANG,否則為 en)',
    'cli.stdin': '標準輸入',

    'cli.error.missing-command': '未指定指令',
    'cli.error.unknown-command': '未知的指令「{command}」',
    'cli.error.unknown-option': '未知的選項 {option}',
    'cli.error.missing-value': '選項 {option} 需要一個值({value})',
    'cli.error.unexpected-value': '選項 {option} 不接受值',
    'cli.error.invalid-choice': '選項 {option} 的值「{value}」無效:應為 {choices}',
    'cli.error.repeated-option': '選項 {option} 重複出現',
    'cli.error.missing-option': '缺少 {option}',
    'cli.error.missing-operand': '缺少 {operand}',
    'cli.error.extra-operand': '多餘的參數「{argument}」',
    'cli.error.internal': '內部錯誤({detail});請連同所執行的指令回報',

    'cli.file.not-found': '檔案不存在',
    'cli.file.is-directory': '這是資料夾,不是檔案',
    'cli.file.unreadable': '無法讀取({detail})',
    'cli.file.too-large': '檔案大於 {limit} MB 的上限',
    'cli.file.empty': '檔案是空的',
    'cli.file.not-utf8':
      '不是 UTF-8 文字(位移 {offset} 的位元組無效);如檔案以 Big5 或 GBK 儲存,請另存為 UTF-8',
    'cli.file.nul': '位移 {offset} 有 NUL 位元組:這可能是沒有位元組順序記號的 UTF-16,或不是文字檔',
    'cli.file.bad-utf16': '以 UTF-16 位元組順序記號開頭,但不是有效的 UTF-16 文字',
    'cli.file.unwritable': '無法寫入({detail})',
    'cli.file.same-as-input': '輸出會覆蓋輸入檔;請用 --out 指定另一個檔案',

    'cli.verify.summary': '檢查匯出的日誌是否完整',
    'cli.verify.description':
      '檢查匯出的日誌(JSON):每筆記錄自寫入後未被修改,沒有被刪除、插入或調換次序,且最後一筆就是匯出時記下的那一筆。',
    'cli.verify.option.format': '輸出:text 供人閱讀,json 供程式讀取(預設:text)',
    'cli.verify.intact': '完整:{count} 筆記錄,最後序號 {seq},最後雜湊值 {hash}',
    'cli.verify.intact-empty': '完整:日誌沒有任何記錄',
    'cli.verify.exported': '匯出時間 {exportedAt}。',
    'cli.verify.exported-site': '匯出時間 {exportedAt},地點 {site}。',
    'cli.verify.broken': '已損壞,斷於序號 {seq}:{reason}',
    'cli.verify.reason.altered': '有記錄在寫入後被修改',
    'cli.verify.reason.forged-link': '有記錄被替換並重新計算了雜湊值',
    'cli.verify.reason.removed': '有記錄被刪除',
    'cli.verify.reason.reordered': '記錄次序錯誤或重複',
    'cli.verify.reason.malformed': '有記錄格式不正確',
    'cli.verify.reason.duplicate-id': '兩筆記錄的識別碼相同',
    'cli.verify.reason.head-mismatch': '末尾有記錄被刪除或加入',
    'cli.verify.reason.unrecorded-checkpoint': '清理檢查點在清理後被修改或偽造',
    'cli.exit.verify.0': '日誌完整',
    'cli.exit.verify.1': '日誌已損壞:會列出第一個斷開的序號',
    'cli.exit.usage-or-unreadable': '檔案無法作為日誌匯出檔讀取,或指令列有誤',

    'cli.export.summary': '將日誌寫成 CSV,供以試算表閱讀',
    'cli.export.description':
      '將匯出的日誌(JSON)寫成 CSV,每筆記錄一列,採用帶位元組順序記號的 UTF-8,讓 Excel 正確顯示中文。試算表會當作公式執行的儲存格會加上單引號。CSV 只供閱讀,不是記錄:它無法驗證或匯入,請保留 JSON 檔。',
    'cli.export.option.csv': '寫成 CSV(目前唯一的輸出格式)',
    'cli.export.option.out': '寫入此檔案,而不是標準輸出',
    'cli.export.option.time-zone': '以此 IANA 時區顯示時間(預設:檔案有地點時區時用之,否則按記錄原樣)',
    'cli.export.unknown-time-zone': '未知的時區「{timeZone}」:請使用 IANA 名稱,例如 Asia/Hong_Kong',
    'cli.export.written': '已將 {count} 筆記錄寫入 {out}。',
    'cli.export.broken':
      '警告:日誌已損壞,斷於序號 {seq}({reason});CSV 按原樣列出記錄。請執行「duty-handover verify」查看詳情。',
    'cli.exit.export.0': '已寫出 CSV',
    'cli.exit.export.1': '已寫出 CSV,但日誌已損壞(警告中列出序號)',
    'cli.exit.export.2': '沒有寫出任何內容:檔案無法讀取或匯出,或指令列有誤',
    'cli.json.unexpected-end': 'JSON 在第 {line} 行第 {column} 列提早結束:檔案可能不完整。',
    'cli.json.unexpected': 'JSON 在第 {line} 行第 {column} 列無效:此處不可出現 {found}。',
    'cli.json.string': 'JSON 在第 {line} 行第 {column} 列無效:文字中有控制字元或錯誤的跳脫序列({found})。',
    'cli.json.invalid': '檔案不是有效的 JSON:{detail}。',
    'cli.json.too-deep': '數值巢狀超過 {limit} 層;排班表不會如此。',
    'cli.json.duplicate-key':
      '第 {line} 行第 {column} 列的鍵「{key}」已在同一物件的第 {firstLine} 行第 {firstColumn} 列出現;JSON 只保留最後一個值,檔案因此含糊不清:請刪除其中一個。',
    'cli.json.number-too-large':
      '第 {line} 行第 {column} 列的數字 {found} 太大,無法讀取;請寫出它代表的數值。',

    'cli.check.summary': '按政策檢查一個月的值班排班表',
    'cli.check.description':
      '按政策檢查每月值班排班表,並以背後的條款說明每個問題。排班表可以是 JSON 文件,或從試算表匯出的 CSV:每項安排一行(日期、員工、班次、崗位),或每人一行、每天一欄。CSV 只有排班安排:排班表其餘部分(地點、月份、政策、員工及角色、請假、換班、發佈紀錄、法定節假日)請以 JSON 經 --meta 提供;沒有時,需要這些資料的檢查會略過並列出。',
    'cli.check.option.policy': '按此預設政策檢查,而不是排班表所指的政策(沒有 --meta 的 CSV 必須提供)',
    'cli.check.option.meta': 'CSV 排班表適用:排班表文件的其餘部分(安排以外的一切),JSON 格式',
    'cli.check.option.format': '輸出:text 供主管閱讀,json({ findings, report })供程式讀取(預設:text)',
    'cli.check.option.now':
      '檢查的時間(2026-12-10T09:00:00+08:00):屆時已過的期限會被報告(預設:只按文件本身判斷)',
    'cli.exit.check.0': '排班表沒有錯誤(可能有警告)',
    'cli.exit.check.1': '排班表有錯誤',
    'cli.exit.check.2': '無法讀取排班表(訊息會指出檔案、行及列),或指令列有誤',
    'cli.check.bad-now':
      '選項 --now 的值「{value}」無效:應為連同 UTC 偏移的時間,例如 2026-12-10T09:00:00+08:00',
    'cli.check.meta-with-json': '--meta 只適用於 CSV 排班表;JSON 排班表本身已包含一切({file} 以 JSON 讀取)',

    'cli.check.title': '{file}: {site} {month} 排班表,政策 {policy}',
    'cli.check.read.json': '讀自 JSON:{people} 人的 {assignments} 項安排。',
    'cli.check.read.csv': '讀自 CSV({layout}):{people} 人的 {assignments} 項安排。',
    'cli.check.read.csv-meta': '讀自 CSV({layout})及 {meta}:{people} 人的 {assignments} 項安排。',
    'cli.check.layout.long': '每項安排一行',
    'cli.check.layout.wide': '每人一行、每天一欄',
    'cli.check.ignored': '未讀取的欄:{columns}。',
    'cli.check.heading.errors': '錯誤({count})',
    'cli.check.heading.warnings': '警告({count})',
    'cli.check.label.uncovered': '無人當值:{interval}',
    'cli.check.label.short': '人手不足:{interval}',
    'cli.check.label.interval': '時間:{interval}',
    'cli.check.label.people': '人員:{list}',
    'cli.check.label.dates': '日期:{list}',
    'cli.check.label.shifts': '班次:{list}',
    'cli.check.label.where': '位置:{place}',
    'cli.check.more': '… 另 {count} 項',
    'cli.check.clean': '沒有發現問題:排班表符合所有已檢查的規則。',
    'cli.check.summary-heading': '摘要:{errors} 個錯誤,{warnings} 個警告。',
    'cli.check.hours.heading': '平均每週工時超過 {maximum} 小時上限:',
    'cli.check.hours.line': '{person}:每週 {average} 小時(全月 {total} 小時)',
    'cli.check.hours.none': '沒有人平均每週工作超過 {maximum} 小時。',
    'cli.check.gaps.heading': '人手不足的時段:',
    'cli.check.gaps.line': '{post}({band}){interval}:{present} 人當值,須有 {required} 人',
    'cli.check.gaps.none': '沒有人手不足的時段。',
    'cli.check.unchecked': '因沒有 meta 檔(--meta)而未檢查:{groups}。',
    'cli.check.unchecked.publications': '編制、審核及發佈({count} 條規則)',
    'cli.check.unchecked.holidays': '法定節假日({count} 條規則)',
    'cli.check.unchecked.swaps-and-leave': '換班及請假({count} 條規則)',
    'cli.check.unchecked.roles': '誰可擔任各崗位({count} 條規則)',
  },
  'zh-Hans': {
    'cli.description': '检查物业客服中心的值班排班表,以及检查及导出其值班与交接班记录。',
    'cli.usage': '用法:{usage}',
    'cli.heading.commands': '命令:',
    'cli.heading.options': '选项:',
    'cli.heading.exit-codes': '退出代码:',
    'cli.help.more': '运行“duty-handover <命令> --help”查看命令的选项。',
    'cli.help.details': '运行“duty-handover {command} --help”查看详情。',
    'cli.option.help': '显示此说明',
    'cli.option.version': '显示版本',
    'cli.option.lang': '输出语言(默认:依 LC_ALL、LC_MESSAGES 或 LANG,否则为 en)',
    'cli.stdin': '标准输入',

    'cli.error.missing-command': '未指定命令',
    'cli.error.unknown-command': '未知的命令“{command}”',
    'cli.error.unknown-option': '未知的选项 {option}',
    'cli.error.missing-value': '选项 {option} 需要一个值({value})',
    'cli.error.unexpected-value': '选项 {option} 不接受值',
    'cli.error.invalid-choice': '选项 {option} 的值“{value}”无效:应为 {choices}',
    'cli.error.repeated-option': '选项 {option} 重复出现',
    'cli.error.missing-option': '缺少 {option}',
    'cli.error.missing-operand': '缺少 {operand}',
    'cli.error.extra-operand': '多余的参数“{argument}”',
    'cli.error.internal': '内部错误({detail});请连同所运行的命令报告',

    'cli.file.not-found': '文件不存在',
    'cli.file.is-directory': '这是文件夹,不是文件',
    'cli.file.unreadable': '无法读取({detail})',
    'cli.file.too-large': '文件大于 {limit} MB 的上限',
    'cli.file.empty': '文件是空的',
    'cli.file.not-utf8': '不是 UTF-8 文字(偏移 {offset} 的字节无效);如文件以 Big5 或 GBK 保存,请另存为 UTF-8',
    'cli.file.nul': '偏移 {offset} 有 NUL 字节:这可能是没有字节顺序标记的 UTF-16,或不是文本文件',
    'cli.file.bad-utf16': '以 UTF-16 字节顺序标记开头,但不是有效的 UTF-16 文字',
    'cli.file.unwritable': '无法写入({detail})',
    'cli.file.same-as-input': '输出会覆盖输入文件;请用 --out 指定另一个文件',

    'cli.verify.summary': '检查导出的日志是否完整',
    'cli.verify.description':
      '检查导出的日志(JSON):每条记录自写入后未被修改,没有被删除、插入或调换次序,且最后一条就是导出时记下的那一条。',
    'cli.verify.option.format': '输出:text 供人阅读,json 供程序读取(默认:text)',
    'cli.verify.intact': '完整:{count} 条记录,最后序号 {seq},最后哈希值 {hash}',
    'cli.verify.intact-empty': '完整:日志没有任何记录',
    'cli.verify.exported': '导出时间 {exportedAt}。',
    'cli.verify.exported-site': '导出时间 {exportedAt},地点 {site}。',
    'cli.verify.broken': '已损坏,断于序号 {seq}:{reason}',
    'cli.verify.reason.altered': '有记录在写入后被修改',
    'cli.verify.reason.forged-link': '有记录被替换并重新计算了哈希值',
    'cli.verify.reason.removed': '有记录被删除',
    'cli.verify.reason.reordered': '记录次序错误或重复',
    'cli.verify.reason.malformed': '有记录格式不正确',
    'cli.verify.reason.duplicate-id': '两条记录的标识符相同',
    'cli.verify.reason.head-mismatch': '末尾有记录被删除或加入',
    'cli.verify.reason.unrecorded-checkpoint': '清理检查点在清理后被修改或伪造',
    'cli.exit.verify.0': '日志完整',
    'cli.exit.verify.1': '日志已损坏:会列出第一个断开的序号',
    'cli.exit.usage-or-unreadable': '文件无法作为日志导出文件读取,或命令行有误',

    'cli.export.summary': '将日志写成 CSV,供用电子表格阅读',
    'cli.export.description':
      '将导出的日志(JSON)写成 CSV,每条记录一行,采用带字节顺序标记的 UTF-8,让 Excel 正确显示中文。电子表格会当作公式执行的单元格会加上单引号。CSV 只供阅读,不是记录:它无法验证或导入,请保留 JSON 文件。',
    'cli.export.option.csv': '写成 CSV(目前唯一的输出格式)',
    'cli.export.option.out': '写入此文件,而不是标准输出',
    'cli.export.option.time-zone': '以此 IANA 时区显示时间(默认:文件有地点时区时用之,否则按记录原样)',
    'cli.export.unknown-time-zone': '未知的时区“{timeZone}”:请使用 IANA 名称,例如 Asia/Hong_Kong',
    'cli.export.written': '已将 {count} 条记录写入 {out}。',
    'cli.export.broken':
      '警告:日志已损坏,断于序号 {seq}({reason});CSV 按原样列出记录。请运行“duty-handover verify”查看详情。',
    'cli.exit.export.0': '已写出 CSV',
    'cli.exit.export.1': '已写出 CSV,但日志已损坏(警告中列出序号)',
    'cli.exit.export.2': '没有写出任何内容:文件无法读取或导出,或命令行有误',
    'cli.json.unexpected-end': 'JSON 在第 {line} 行第 {column} 列提前结束:文件可能不完整。',
    'cli.json.unexpected': 'JSON 在第 {line} 行第 {column} 列无效:此处不能出现 {found}。',
    'cli.json.string': 'JSON 在第 {line} 行第 {column} 列无效:文字中有控制字符或错误的转义序列({found})。',
    'cli.json.invalid': '文件不是有效的 JSON:{detail}。',
    'cli.json.too-deep': '数值嵌套超过 {limit} 层;排班表不会如此。',
    'cli.json.duplicate-key':
      '第 {line} 行第 {column} 列的键“{key}”已在同一对象的第 {firstLine} 行第 {firstColumn} 列出现;JSON 只保留最后一个值,文件因此含糊不清:请删除其中一个。',
    'cli.json.number-too-large':
      '第 {line} 行第 {column} 列的数字 {found} 太大,无法读取;请写出它代表的数值。',

    'cli.check.summary': '按政策检查一个月的值班排班表',
    'cli.check.description':
      '按政策检查每月值班排班表,并以背后的条款说明每个问题。排班表可以是 JSON 文件,或从电子表格导出的 CSV:每项安排一行(日期、员工、班次、岗位),或每人一行、每天一列。CSV 只有排班安排:排班表其余部分(地点、月份、政策、员工及角色、请假、换班、发布记录、法定节假日)请以 JSON 经 --meta 提供;没有时,需要这些资料的检查会略过并列出。',
    'cli.check.option.policy': '按此预设政策检查,而不是排班表所指的政策(没有 --meta 的 CSV 必须提供)',
    'cli.check.option.meta': 'CSV 排班表适用:排班表文件的其余部分(安排以外的一切),JSON 格式',
    'cli.check.option.format': '输出:text 供主管阅读,json({ findings, report })供程序读取(默认:text)',
    'cli.check.option.now':
      '检查的时间(2026-12-10T09:00:00+08:00):届时已过的期限会被报告(默认:只按文件本身判断)',
    'cli.exit.check.0': '排班表没有错误(可能有警告)',
    'cli.exit.check.1': '排班表有错误',
    'cli.exit.check.2': '无法读取排班表(信息会指出文件、行及列),或命令行有误',
    'cli.check.bad-now':
      '选项 --now 的值“{value}”无效:应为连同 UTC 偏移的时间,例如 2026-12-10T09:00:00+08:00',
    'cli.check.meta-with-json': '--meta 只适用于 CSV 排班表;JSON 排班表本身已包含一切({file} 以 JSON 读取)',

    'cli.check.title': '{file}: {site} {month} 排班表,政策 {policy}',
    'cli.check.read.json': '读自 JSON:{people} 人的 {assignments} 项安排。',
    'cli.check.read.csv': '读自 CSV({layout}):{people} 人的 {assignments} 项安排。',
    'cli.check.read.csv-meta': '读自 CSV({layout})及 {meta}:{people} 人的 {assignments} 项安排。',
    'cli.check.layout.long': '每项安排一行',
    'cli.check.layout.wide': '每人一行、每天一列',
    'cli.check.ignored': '未读取的列:{columns}。',
    'cli.check.heading.errors': '错误({count})',
    'cli.check.heading.warnings': '警告({count})',
    'cli.check.label.uncovered': '无人值班:{interval}',
    'cli.check.label.short': '人手不足:{interval}',
    'cli.check.label.interval': '时间:{interval}',
    'cli.check.label.people': '人员:{list}',
    'cli.check.label.dates': '日期:{list}',
    'cli.check.label.shifts': '班次:{list}',
    'cli.check.label.where': '位置:{place}',
    'cli.check.more': '… 另 {count} 项',
    'cli.check.clean': '没有发现问题:排班表符合所有已检查的规则。',
    'cli.check.summary-heading': '摘要:{errors} 个错误,{warnings} 个警告。',
    'cli.check.hours.heading': '平均每周工时超过 {maximum} 小时上限:',
    'cli.check.hours.line': '{person}:每周 {average} 小时(全月 {total} 小时)',
    'cli.check.hours.none': '没有人平均每周工作超过 {maximum} 小时。',
    'cli.check.gaps.heading': '人手不足的时段:',
    'cli.check.gaps.line': '{post}({band}){interval}:{present} 人值班,须有 {required} 人',
    'cli.check.gaps.none': '没有人手不足的时段。',
    'cli.check.unchecked': '因没有 meta 文件(--meta)而未检查:{groups}。',
    'cli.check.unchecked.publications': '编制、审核及发布({count} 条规则)',
    'cli.check.unchecked.holidays': '法定节假日({count} 条规则)',
    'cli.check.unchecked.swaps-and-leave': '换班及请假({count} 条规则)',
    'cli.check.unchecked.roles': '谁可担任各岗位({count} 条规则)',
  },
});

export type CliMessageId = keyof (typeof cliMessages)['en'];

/**
 * Renders a CLI message; like core's messages, a missing parameter stays
 * visible as `{name}`. Text parameters are shown with {@link printable}: they
 * are often someone's text (a file's cell, a site's name).
 */
export function cliText(id: CliMessageId, params: MessageParams, locale: Locale): string {
  const shown: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    shown[name] = typeof value === 'string' ? printable(value) : value;
  }
  return fillTemplate(cliMessages[locale][id], shown);
}

/** The most characters of one text a message shows: a 5 MB cell is shown by its two ends. */
export const MAX_SHOWN_LENGTH = 1000;

/**
 * Characters a message never prints as they are: control characters (an
 * escape sequence could clear the screen or retitle the window, a CR
 * overwrite the message, a NUL cut it), line and paragraph separators,
 * direction overrides (text that reads differently from what it is) and
 * lone surrogates.
 */
const UNPRINTABLE = /[\p{Cc}\p{Cs}\p{Zl}\p{Zp}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

const SHORT_ESCAPES: Readonly<Record<string, string>> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function escapeUnprintable(text: string, keepLayout: boolean): string {
  return text.replace(UNPRINTABLE, (char: string, offset: number) => {
    if (keepLayout && (char === '\n' || char === '\t' || (char === '\r' && text[offset + 1] === '\n'))) {
      return char;
    }
    return SHORT_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/**
 * Someone's text as a message quotes it: on one line, with every
 * unprintable character written as an escape (`\t`, `\r`, `\u001b`), so
 * that a tab or CR in front of a formula shows and an escape sequence does
 * nothing; longer than `maxLength` characters, cut in the middle (`…`) so
 * that the message around it still reads.
 */
export function printable(text: string, maxLength: number = MAX_SHOWN_LENGTH): string {
  return escapeUnprintable(shorten(text, maxLength), false);
}

/**
 * Output for a terminal: like {@link printable}, but line breaks (LF, CRLF)
 * and tabs are kept and nothing is cut. Text written to a pipe or a file is
 * left as it is.
 */
export function forTerminal(text: string): string {
  return escapeUnprintable(text, true);
}

/** The text with its middle replaced by `…` when longer than `maxLength`; never splits a surrogate pair. */
function shorten(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  let head = Math.ceil(maxLength * 0.6);
  let tail = text.length - (maxLength - head - 1);
  if (isHighSurrogate(text.charCodeAt(head - 1))) head -= 1;
  if (isHighSurrogate(text.charCodeAt(tail - 1))) tail += 1;
  return `${text.slice(0, head)}…${text.slice(tail)}`;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
