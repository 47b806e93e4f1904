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
    'cli.description': 'Checks and exports the records of a property-management customer-service centre.',
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
  },
  'zh-Hant': {
    'cli.description': '檢查及匯出物業客服中心的值班與交接班記錄。',
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
  },
  'zh-Hans': {
    'cli.description': '检查及导出物业客服中心的值班与交接班记录。',
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
  },
});

export type CliMessageId = keyof (typeof cliMessages)['en'];

/** Renders a CLI message; like core's messages, a missing parameter stays visible as `{name}`. */
export function cliText(id: CliMessageId, params: MessageParams, locale: Locale): string {
  return fillTemplate(cliMessages[locale][id], params);
}
