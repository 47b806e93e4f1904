import { defineMessages } from '../diagnostics/define-messages.js';

/**
 * Messages of the roster domain: problems in a roster document (RosterError,
 * `parseRoster`) or in a CSV roster (`readRosterCsv`, each with its line and
 * column) and findings of the `roster/*` and `swap/*` rules.
 */
export const rosterMessages = defineMessages({
  en: {
    // Problems in a roster document.
    'roster.format.month': 'Months are written yyyy-MM (for example 2026-12).',
    'roster.format.date': 'Dates are written yyyy-MM-dd and must exist (for example 2026-12-01).',
    'roster.format.instant':
      'Times are written as ISO 8601 with their UTC offset (for example 2026-11-28T17:00:00+08:00).',
    'roster.range.month': 'Months must be in the years 2000 to 2999 (for example 2026-12): check the year.',
    'roster.range.date': 'Dates must be in the years 2000 to 2999 (for example 2026-12-01): check the year.',
    'roster.range.instant':
      'Times must fall in the years 2000 to 2999 (from 2000-01-01T00:00:00Z, before 3000-01-01T00:00:00Z): check the year.',
    'roster.format.staff-id':
      'Staff ids are letters, digits, dots, underscores and hyphens, starting with a letter or digit (for example E1024).',
    'roster.duplicate-staff': 'Staff id "{staff}" is already used by {first}.',
    'roster.unknown-staff': 'Nobody with id "{staff}" is listed under staff.',
    'roster.unknown-role': 'The policy defines no role "{role}".',
    'roster.unknown-post': 'The policy defines no post "{post}".',
    'roster.unknown-shift': 'The policy defines no shift "{shift}" (its shifts: {known}).',
    'roster.wrong-post': 'Shift "{shift}" is worked at post "{expected}", not "{post}".',
    'roster.date-outside-month': '{date} is not in the roster month {month}.',
    'roster.duplicate-assignment': '{staff} on shift "{shift}" on {date} is already listed in {first}.',
    'roster.duplicate-leave': 'Leave of {staff} on {date} is already recorded in {first}.',
    'roster.duplicate-swap': 'Swap id "{swap}" is already used by {first}.',
    'roster.swap-with-self': '{staff} cannot swap a shift with themselves.',
    'roster.duplicate-version': 'Version {version} is already listed in {first}.',
    'roster.unknown-version': 'No version {version} is in the publication history.',
    'roster.assignment-not-found': 'The roster has no assignment of {staff} to shift "{shift}" on {date}.',

    // Preparation, review and publication.
    'roster.prepared-by-wrong-role':
      'Version {version} was prepared by {staff}, who does not hold the role "{role}" that prepares the roster.',
    'roster.prepared-late': 'Version {version} was prepared at {preparedAt}, after the deadline {deadline}.',
    'roster.not-prepared': 'The roster for {month} was due by {deadline} and has not been prepared.',
    'roster.review-missing':
      'Version {version} has not been reviewed; a reviewer with role "{role}" must approve it.',
    'roster.reviewer-wrong-role':
      'Version {version} was reviewed by {staff}, who does not hold the reviewing role "{role}".',
    'roster.review-out-of-order':
      'Version {version} was reviewed before it was prepared or after it was published.',
    'roster.reviewed-late':
      'Version {version} was approved at {reviewedAt}, after its month began ({deadline}): duty ran on an unapproved roster.',
    'roster.not-reported': 'Version {version} was not reported to anyone holding the role "{role}".',
    'roster.not-published': 'The month {month} has begun and no version of its roster has been published.',
    'roster.departments-not-notified': 'Version {version} was not sent to any related department.',
    'roster.staff-not-notified': 'Version {version} was not sent to {count} people on the roster: {staff}.',
    'roster.change-not-approved':
      'Version {version} changes the published roster without a recorded approval.',
    'roster.change-approved-late': 'Version {version} was published before {approver} approved the change.',
    'roster.supersedes-missing':
      'Version {version} does not say which version it supersedes (the one before it is {previous}).',
    'roster.supersedes-wrong':
      'Version {version} supersedes version {supersedes}, but the version before it is {previous}.',
    'roster.published-out-of-order': 'Version {version} was not published after version {previous}.',
    'roster.holiday-published-late':
      'The public holiday {holiday} needs the roster out {days} days ahead, by {deadline}; version {version} was published at {publishedAt}.',
    'roster.holiday-not-published':
      'The public holiday {holiday} needs the roster out {days} days ahead, by {deadline}, and it has not been published.',

    // Coverage and working time.
    'roster.understaffed':
      'Post "{post}" ({band}) has {present} of the {required} people required from {start} to {end}.',
    'roster.holiday-headroom':
      'On this public holiday post "{post}" ({band}) has {present} people from {start} to {end}; the band needs {required}, its minimum plus {extra} extra.',
    'roster.weekly-hours':
      '{staff} averages {average} hours a week in {month} ({total} hours in all), above the limit of {maximum}.',
    'roster.consecutive-days':
      '{staff} works {days} days in a row, {from} to {to}; at most {maximum} are allowed.',
    'roster.short-rest':
      '{staff} rests only {rest} hours between {first} and {second}; at least {minimum} are needed.',
    'roster.double-booked':
      '{staff} is rostered on {first} and {second} at the same time, from {start} to {end}.',
    'roster.not-qualified': '{staff} is rostered {count} time(s) at post "{post}", which they may not staff.',
    'roster.reserve-short': 'On {date} only {available} people are free as reserve; {required} are required.',
    'roster.emergency-seats-short':
      'On the public holiday {date} only {available} people are free to staff the emergency seats; at least {required} are needed.',

    // Swaps and leave.
    'roster.swap-consent-missing': 'Swap {swap} has no recorded consent from {staff}.',
    'roster.swap-consent-late':
      '{staff} consented to swap {swap} at {consentedAt}, after {deadline}: consent must come first.',
    'roster.swap-not-registered': 'Swap {swap} was never registered on the swap form.',
    'roster.swap-not-approved': 'Swap {swap} has not been approved by someone with the role "{role}".',
    'roster.swap-wrong-approver':
      'Swap {swap} was approved by {approver}, who does not hold the approving role "{role}".',
    'roster.swap-approved-before-registration': 'Swap {swap} was approved before it was registered.',
    'roster.swap-approved-late':
      'Swap {swap} was approved at {approvedAt}, after the swapped shift began ({start}).',
    'roster.swap-limit': '{staff} takes part in {count} swaps this month ({swaps}); the limit is {limit}.',
    'roster.swap-consecutive':
      '{staff} swaps away shifts on consecutive days: {first} and {second} ({swaps}).',
    'roster.swap-back-to-back': 'Because of swap {swap}, {staff} works {first} and {second} back to back.',
    'roster.swap-not-applied':
      'Swap {swap}: the roster still has {staff} on {instance}, which {expected} should now work.',
    'roster.swap-shift-empty':
      'Swap {swap} leaves {instance} with neither {requester} nor {counterpart} on it: both are answerable.',
    'roster.swap-leave': '{staff} is on leave on {date}, a day of swap {swap}.',
    'roster.swap-on-holiday': 'Swap {swap} moves duty on the public holiday {date}.',
    'roster.leave-on-holiday': '{staff} takes {kind} leave on the public holiday {date}.',
    'roster.leave-not-approved':
      'Leave of {staff} from {date} has not been approved by someone with the role "{role}".',
    'roster.leave-wrong-approver':
      'Leave of {staff} from {date} was approved by {approver}, who does not hold the role "{role}".',
    'roster.leave-approved-late':
      'Leave of {staff} from {date} was approved at {approvedAt}, after it began.',
    'roster.leave-not-covered':
      '{staff} is on leave on {date} but still rostered on {instance}: a substitute must be named.',
    // Reading a roster from a CSV (csv.ts): each problem names its line and column.
    'roster.csv.empty':
      'Line {line}, column {column}: the CSV holds no rows; a header row and the rows of the roster are needed.',
    'roster.csv.no-rows': 'Line {line}, column {column}: the CSV has a header row but no rows below it.',
    'roster.csv.unclosed-quote':
      'Line {line}, column {column}: the quoted field that starts here is never closed; the file may be cut short.',
    'roster.csv.text-after-quote':
      'Line {line}, column {column}: {found} follows a closing quote; a quoted field ends at a comma or at the end of the line (write "" for a quote inside it).',
    'roster.csv.unknown-layout':
      'Line {line}, column {column}: the first row must name the columns: 日期/date, 員工編號/staff and 班次/shift for one row per assignment, or 員工編號/staff and one column per day (1, 2 … 31 or 2026-12-01) for one row per person.',
    'roster.csv.duplicate-column':
      'Line {line}, column {column}: the column "{header}" repeats the one at column {first}.',
    'roster.csv.no-staff-column':
      'Line {line}, column {column}: no column names the staff; add a 員工編號 (staff id) or 員工 (staff) column.',
    'roster.csv.no-staff-id':
      'Line {line}, column {column}: the column "{header}" holds names only; without a meta file listing the staff, a 員工編號 (staff id) column is needed.',
    'roster.csv.month-unknown':
      'Line {line}, column {column}: the month of the roster cannot be told; give it in the meta file ("month") or write the dates with their year (2026-12-01).',
    'roster.csv.missing-date': 'Line {line}, column {column}: the date is missing.',
    'roster.csv.missing-staff': 'Line {line}, column {column}: the staff member is missing.',
    'roster.csv.missing-shift':
      'Line {line}, column {column}: the shift is missing; write 休 or off for a day off.',
    'roster.csv.bad-date':
      'Line {line}, column {column}: "{value}" is not a date; write it as yyyy-MM-dd (for example 2026-12-01).',
    'roster.csv.date-outside-month':
      'Line {line}, column {column}: {date} is not in the roster month {month}.',
    'roster.csv.weekday-mismatch':
      'Line {line}, column {column}: the column "{header}" names a weekday that {date} is not; is the month right?',
    'roster.csv.unknown-shift':
      'Line {line}, column {column}: "{code}" is not a shift of this policy; write one of {known}, or leave the cell empty (or 休, off) for a day off.',
    'roster.csv.ambiguous-shift':
      'Line {line}, column {column}: "{code}" could be any of the shifts {candidates}; write the shift id.',
    'roster.csv.unknown-post':
      'Line {line}, column {column}: "{post}" is not a post of this policy (its posts: {known}).',
    'roster.csv.wrong-post':
      'Line {line}, column {column}: shift "{shift}" is worked at post "{expected}", not "{post}".',
    'roster.csv.unknown-staff':
      'Line {line}, column {column}: nobody with the id or name "{staff}" is listed under staff in the meta file.',
    'roster.csv.ambiguous-staff':
      'Line {line}, column {column}: {count} people in the meta file are called "{staff}"; write the staff id.',
    'roster.csv.bad-staff-id':
      'Line {line}, column {column}: "{staff}" is not a staff id; ids are letters, digits, dots, underscores and hyphens (for example E1024).',
    'roster.csv.name-mismatch':
      'Line {line}, column {column}: {staff} is "{expected}" in the meta file, not "{name}".',
    'roster.csv.name-conflict':
      'Line {line}, column {column}: {staff} is called "{name}" here but "{first}" on line {firstLine}.',
    'roster.csv.duplicate-assignment':
      'Line {line}, column {column}: {staff} on shift "{shift}" on {date} is already listed at line {firstLine}, column {firstColumn}.',
    'roster.csv.duplicate-person':
      'Line {line}, column {column}: {staff} already has a row, on line {firstLine}; give each person one row.',
    'roster.csv.extra-cell':
      'Line {line}, column {column}: "{value}" lies beyond the last column of the header row.',
    'roster.csv.more-problems':
      'Line {line}, column {column} and after: {count} more problems in the CSV are not listed.',
    'roster.csv.no-policy':
      'A CSV roster does not name its policy: choose a preset (--policy) or give a meta file whose "policy" names one.',
    'roster.csv.meta-assignments':
      'The meta file lists assignments; with a CSV they come from the CSV alone, so remove them from the meta file.',
  },
  'zh-Hant': {
    'roster.format.month': '月份以 yyyy-MM 書寫(例如 2026-12)。',
    'roster.format.date': '日期以 yyyy-MM-dd 書寫,且必須是實際存在的日子(例如 2026-12-01)。',
    'roster.format.instant': '時間以 ISO 8601 連同時區偏移書寫(例如 2026-11-28T17:00:00+08:00)。',
    'roster.range.month': '月份須在 2000 至 2999 年之間(例如 2026-12):請核對年份。',
    'roster.range.date': '日期須在 2000 至 2999 年之間(例如 2026-12-01):請核對年份。',
    'roster.range.instant':
      '時間須在 2000 至 2999 年之間(由 2000-01-01T00:00:00Z 起,至 3000-01-01T00:00:00Z 前):請核對年份。',
    'roster.format.staff-id':
      '員工編號只可用英文字母、數字、點、底線及連字號,並以字母或數字開頭(例如 E1024)。',
    'roster.duplicate-staff': '員工編號「{staff}」已由 {first} 使用。',
    'roster.unknown-staff': '員工名單中沒有編號為「{staff}」的人。',
    'roster.unknown-role': '政策沒有定義角色「{role}」。',
    'roster.unknown-post': '政策沒有定義崗位「{post}」。',
    'roster.unknown-shift': '政策沒有定義班次「{shift}」(現有班次:{known})。',
    'roster.wrong-post': '班次「{shift}」屬於崗位「{expected}」,不是「{post}」。',
    'roster.date-outside-month': '{date} 不在排班月份 {month} 之內。',
    'roster.duplicate-assignment': '{staff} 於 {date} 的「{shift}」班次已在 {first} 列出。',
    'roster.duplicate-leave': '{staff} 於 {date} 的請假已在 {first} 記錄。',
    'roster.duplicate-swap': '換班編號「{swap}」已由 {first} 使用。',
    'roster.swap-with-self': '{staff} 不能與自己換班。',
    'roster.duplicate-version': '第 {version} 版已在 {first} 列出。',
    'roster.unknown-version': '發佈紀錄中沒有第 {version} 版。',
    'roster.assignment-not-found': '排班表中沒有 {staff} 於 {date} 當「{shift}」班次的安排。',

    'roster.prepared-by-wrong-role': '第 {version} 版由 {staff} 編制,但此人並非負責編制排班表的「{role}」。',
    'roster.prepared-late': '第 {version} 版於 {preparedAt} 才編制完成,已過期限 {deadline}。',
    'roster.not-prepared': '{month} 的排班表應於 {deadline} 前編制完成,至今仍未編制。',
    'roster.review-missing': '第 {version} 版尚未審核;須由「{role}」角色的審核人批准。',
    'roster.reviewer-wrong-role': '第 {version} 版由 {staff} 審核,但此人並非審核角色「{role}」。',
    'roster.review-out-of-order': '第 {version} 版的審核時間早於編制時間,或晚於發佈時間。',
    'roster.reviewed-late':
      '第 {version} 版於 {reviewedAt} 才獲批准,當月已於 {deadline} 開始:期間按未經批准的排班表值班。',
    'roster.not-reported': '第 {version} 版沒有呈報給任何「{role}」角色的人。',
    'roster.not-published': '{month} 已經開始,但其排班表仍未發佈任何版本。',
    'roster.departments-not-notified': '第 {version} 版沒有送交任何相關部門。',
    'roster.staff-not-notified': '第 {version} 版沒有送交排班表上的 {count} 人:{staff}。',
    'roster.change-not-approved': '第 {version} 版更改了已發佈的排班表,但沒有批准紀錄。',
    'roster.change-approved-late': '第 {version} 版在 {approver} 批准更改之前已經發佈。',
    'roster.supersedes-missing': '第 {version} 版沒有註明取代哪一版(前一版為第 {previous} 版)。',
    'roster.supersedes-wrong': '第 {version} 版註明取代第 {supersedes} 版,但前一版為第 {previous} 版。',
    'roster.published-out-of-order': '第 {version} 版的發佈時間不在第 {previous} 版之後。',
    'roster.holiday-published-late':
      '法定節假日 {holiday} 的排班表須提前 {days} 天、即於 {deadline} 前發佈;第 {version} 版於 {publishedAt} 才發佈。',
    'roster.holiday-not-published':
      '法定節假日 {holiday} 的排班表須提前 {days} 天、即於 {deadline} 前發佈,但至今仍未發佈。',

    'roster.understaffed':
      '崗位「{post}」({band})由 {start} 至 {end} 只有 {present} 人當值,須有 {required} 人。',
    'roster.holiday-headroom':
      '此法定節假日崗位「{post}」({band})由 {start} 至 {end} 只有 {present} 人;該時段須有 {required} 人,即最低人數另加 {extra} 人。',
    'roster.weekly-hours':
      '{staff} 於 {month} 平均每週工作 {average} 小時(合共 {total} 小時),超過上限 {maximum} 小時。',
    'roster.consecutive-days': '{staff} 由 {from} 至 {to} 連續工作 {days} 天;最多只可連續 {maximum} 天。',
    'roster.short-rest': '{staff} 在 {first} 與 {second} 之間只休息 {rest} 小時;至少須休息 {minimum} 小時。',
    'roster.double-booked': '{staff} 由 {start} 至 {end} 同時被排在 {first} 及 {second}。',
    'roster.not-qualified': '{staff} 被排在崗位「{post}」{count} 次,但此人不可擔任該崗位。',
    'roster.reserve-short': '{date} 只有 {available} 人可作應急後備;須有 {required} 人。',
    'roster.emergency-seats-short':
      '法定節假日 {date} 只有 {available} 人可開動應急台席;至少須有 {required} 人。',

    'roster.swap-consent-missing': '換班 {swap} 沒有 {staff} 的同意紀錄。',
    'roster.swap-consent-late': '{staff} 於 {consentedAt} 才同意換班 {swap},已晚於 {deadline}:必須事先同意。',
    'roster.swap-not-registered': '換班 {swap} 沒有填寫換班登記表。',
    'roster.swap-not-approved': '換班 {swap} 未經「{role}」角色的人批准。',
    'roster.swap-wrong-approver': '換班 {swap} 由 {approver} 批准,但此人並非批准角色「{role}」。',
    'roster.swap-approved-before-registration': '換班 {swap} 在登記之前已獲批准。',
    'roster.swap-approved-late': '換班 {swap} 於 {approvedAt} 才獲批准,換出的班次已於 {start} 開始。',
    'roster.swap-limit': '{staff} 本月參與 {count} 次換班({swaps});上限為 {limit} 次。',
    'roster.swap-consecutive': '{staff} 連續兩天換出班次:{first} 及 {second}({swaps})。',
    'roster.swap-back-to-back': '因換班 {swap},{staff} 連上 {first} 及 {second} 兩班。',
    'roster.swap-not-applied':
      '換班 {swap}:排班表仍把 {staff} 排在 {instance},此班次應已由 {expected} 接上。',
    'roster.swap-shift-empty':
      '換班 {swap} 令 {instance} 無人當值,{requester} 及 {counterpart} 均沒有接班:雙方都要負責。',
    'roster.swap-leave': '{staff} 於 {date} 請假,但當天是換班 {swap} 的日子。',
    'roster.swap-on-holiday': '換班 {swap} 調動了法定節假日 {date} 的值班。',
    'roster.leave-on-holiday': '{staff} 於法定節假日 {date} 請 {kind} 假。',
    'roster.leave-not-approved': '{staff} 由 {date} 起的請假未經「{role}」角色的人批准。',
    'roster.leave-wrong-approver': '{staff} 由 {date} 起的請假由 {approver} 批准,但此人並非「{role}」角色。',
    'roster.leave-approved-late': '{staff} 由 {date} 起的請假於 {approvedAt} 才獲批准,已在假期開始之後。',
    'roster.leave-not-covered': '{staff} 於 {date} 請假,卻仍排在 {instance}:須安排頂班人員。',
    'roster.csv.empty': '第 {line} 行第 {column} 列:CSV 沒有任何資料行;須有標題行及排班資料行。',
    'roster.csv.no-rows': '第 {line} 行第 {column} 列:CSV 只有標題行,下面沒有資料行。',
    'roster.csv.unclosed-quote': '第 {line} 行第 {column} 列:由此開始的引號欄位沒有結束;檔案可能不完整。',
    'roster.csv.text-after-quote':
      '第 {line} 行第 {column} 列:結束引號後出現 {found};引號欄位須以逗號或行尾結束(欄位內的引號請寫成 "")。',
    'roster.csv.unknown-layout':
      '第 {line} 行第 {column} 列:第一行須列出欄名:每項安排一行須有 日期/date、員工編號/staff 及 班次/shift;每人一行須有 員工編號/staff 及每天一欄(1、2 … 31 或 2026-12-01)。',
    'roster.csv.duplicate-column': '第 {line} 行第 {column} 列:欄名「{header}」與第 {first} 列的欄名重複。',
    'roster.csv.no-staff-column':
      '第 {line} 行第 {column} 列:沒有列出員工的欄位;請加上「員工編號」或「員工」欄。',
    'roster.csv.no-staff-id':
      '第 {line} 行第 {column} 列:欄位「{header}」只有姓名;沒有列出員工名單的 meta 檔時,須有「員工編號」欄。',
    'roster.csv.month-unknown':
      '第 {line} 行第 {column} 列:無法判斷排班表的月份;請在 meta 檔中填寫「month」,或把日期連同年份寫出(2026-12-01)。',
    'roster.csv.missing-date': '第 {line} 行第 {column} 列:缺少日期。',
    'roster.csv.missing-staff': '第 {line} 行第 {column} 列:缺少員工。',
    'roster.csv.missing-shift': '第 {line} 行第 {column} 列:缺少班次;休息日請寫「休」或 off。',
    'roster.csv.bad-date':
      '第 {line} 行第 {column} 列:「{value}」不是日期;請寫成 yyyy-MM-dd(例如 2026-12-01)。',
    'roster.csv.date-outside-month': '第 {line} 行第 {column} 列:{date} 不在排班月份 {month} 之內。',
    'roster.csv.weekday-mismatch':
      '第 {line} 行第 {column} 列:欄位「{header}」所寫的星期與 {date} 不符;月份是否正確?',
    'roster.csv.unknown-shift':
      '第 {line} 行第 {column} 列:「{code}」不是此政策的班次;請寫 {known} 之一,休息日則留空(或寫「休」、off)。',
    'roster.csv.ambiguous-shift':
      '第 {line} 行第 {column} 列:「{code}」可以是 {candidates} 任一班次;請寫班次代號。',
    'roster.csv.unknown-post': '第 {line} 行第 {column} 列:「{post}」不是此政策的崗位(現有崗位:{known})。',
    'roster.csv.wrong-post':
      '第 {line} 行第 {column} 列:班次「{shift}」屬於崗位「{expected}」,不是「{post}」。',
    'roster.csv.unknown-staff':
      '第 {line} 行第 {column} 列:meta 檔的員工名單中沒有編號或姓名為「{staff}」的人。',
    'roster.csv.ambiguous-staff':
      '第 {line} 行第 {column} 列:meta 檔中有 {count} 人名為「{staff}」;請寫員工編號。',
    'roster.csv.bad-staff-id':
      '第 {line} 行第 {column} 列:「{staff}」不是員工編號;編號只可用英文字母、數字、點、底線及連字號(例如 E1024)。',
    'roster.csv.name-mismatch':
      '第 {line} 行第 {column} 列:meta 檔中 {staff} 的姓名是「{expected}」,不是「{name}」。',
    'roster.csv.name-conflict':
      '第 {line} 行第 {column} 列:{staff} 在此名為「{name}」,但在第 {firstLine} 行名為「{first}」。',
    'roster.csv.duplicate-assignment':
      '第 {line} 行第 {column} 列:{staff} 於 {date} 的「{shift}」班次已在第 {firstLine} 行第 {firstColumn} 列列出。',
    'roster.csv.duplicate-person':
      '第 {line} 行第 {column} 列:{staff} 已在第 {firstLine} 行有一行;每人只可有一行。',
    'roster.csv.extra-cell': '第 {line} 行第 {column} 列:「{value}」超出標題行的最後一欄。',
    'roster.csv.more-problems': '第 {line} 行第 {column} 列起:CSV 另有 {count} 個問題未列出。',
    'roster.csv.no-policy':
      'CSV 排班表沒有指明政策:請選擇預設政策(--policy),或提供註明「policy」的 meta 檔。',
    'roster.csv.meta-assignments': 'meta 檔列有排班安排;使用 CSV 時安排只取自 CSV,請從 meta 檔中刪除。',
  },
  'zh-Hans': {
    'roster.format.month': '月份以 yyyy-MM 书写(例如 2026-12)。',
    'roster.format.date': '日期以 yyyy-MM-dd 书写,且必须是实际存在的日子(例如 2026-12-01)。',
    'roster.format.instant': '时间以 ISO 8601 连同时区偏移书写(例如 2026-11-28T17:00:00+08:00)。',
    'roster.range.month': '月份须在 2000 至 2999 年之间(例如 2026-12):请核对年份。',
    'roster.range.date': '日期须在 2000 至 2999 年之间(例如 2026-12-01):请核对年份。',
    'roster.range.instant':
      '时间须在 2000 至 2999 年之间(由 2000-01-01T00:00:00Z 起,至 3000-01-01T00:00:00Z 前):请核对年份。',
    'roster.format.staff-id':
      '员工编号只能用英文字母、数字、点、下划线及连字符,并以字母或数字开头(例如 E1024)。',
    'roster.duplicate-staff': '员工编号“{staff}”已由 {first} 使用。',
    'roster.unknown-staff': '员工名单中没有编号为“{staff}”的人。',
    'roster.unknown-role': '政策没有定义角色“{role}”。',
    'roster.unknown-post': '政策没有定义岗位“{post}”。',
    'roster.unknown-shift': '政策没有定义班次“{shift}”(现有班次:{known})。',
    'roster.wrong-post': '班次“{shift}”属于岗位“{expected}”,不是“{post}”。',
    'roster.date-outside-month': '{date} 不在排班月份 {month} 之内。',
    'roster.duplicate-assignment': '{staff} 于 {date} 的“{shift}”班次已在 {first} 列出。',
    'roster.duplicate-leave': '{staff} 于 {date} 的请假已在 {first} 记录。',
    'roster.duplicate-swap': '换班编号“{swap}”已由 {first} 使用。',
    'roster.swap-with-self': '{staff} 不能与自己换班。',
    'roster.duplicate-version': '第 {version} 版已在 {first} 列出。',
    'roster.unknown-version': '发布记录中没有第 {version} 版。',
    'roster.assignment-not-found': '排班表中没有 {staff} 于 {date} 值“{shift}”班次的安排。',

    'roster.prepared-by-wrong-role': '第 {version} 版由 {staff} 编制,但此人并非负责编制排班表的“{role}”。',
    'roster.prepared-late': '第 {version} 版于 {preparedAt} 才编制完成,已过期限 {deadline}。',
    'roster.not-prepared': '{month} 的排班表应于 {deadline} 前编制完成,至今仍未编制。',
    'roster.review-missing': '第 {version} 版尚未审核;须由“{role}”角色的审核人批准。',
    'roster.reviewer-wrong-role': '第 {version} 版由 {staff} 审核,但此人并非审核角色“{role}”。',
    'roster.review-out-of-order': '第 {version} 版的审核时间早于编制时间,或晚于发布时间。',
    'roster.reviewed-late':
      '第 {version} 版于 {reviewedAt} 才获批准,当月已于 {deadline} 开始:期间按未经批准的排班表值班。',
    'roster.not-reported': '第 {version} 版没有呈报给任何“{role}”角色的人。',
    'roster.not-published': '{month} 已经开始,但其排班表仍未发布任何版本。',
    'roster.departments-not-notified': '第 {version} 版没有送交任何相关部门。',
    'roster.staff-not-notified': '第 {version} 版没有送交排班表上的 {count} 人:{staff}。',
    'roster.change-not-approved': '第 {version} 版更改了已发布的排班表,但没有批准记录。',
    'roster.change-approved-late': '第 {version} 版在 {approver} 批准更改之前已经发布。',
    'roster.supersedes-missing': '第 {version} 版没有注明取代哪一版(前一版为第 {previous} 版)。',
    'roster.supersedes-wrong': '第 {version} 版注明取代第 {supersedes} 版,但前一版为第 {previous} 版。',
    'roster.published-out-of-order': '第 {version} 版的发布时间不在第 {previous} 版之后。',
    'roster.holiday-published-late':
      '法定节假日 {holiday} 的排班表须提前 {days} 天、即于 {deadline} 前发布;第 {version} 版于 {publishedAt} 才发布。',
    'roster.holiday-not-published':
      '法定节假日 {holiday} 的排班表须提前 {days} 天、即于 {deadline} 前发布,但至今仍未发布。',

    'roster.understaffed':
      '岗位“{post}”({band})由 {start} 至 {end} 只有 {present} 人值班,须有 {required} 人。',
    'roster.holiday-headroom':
      '此法定节假日岗位“{post}”({band})由 {start} 至 {end} 只有 {present} 人;该时段须有 {required} 人,即最低人数另加 {extra} 人。',
    'roster.weekly-hours':
      '{staff} 于 {month} 平均每周工作 {average} 小时(合共 {total} 小时),超过上限 {maximum} 小时。',
    'roster.consecutive-days': '{staff} 由 {from} 至 {to} 连续工作 {days} 天;最多只能连续 {maximum} 天。',
    'roster.short-rest': '{staff} 在 {first} 与 {second} 之间只休息 {rest} 小时;至少须休息 {minimum} 小时。',
    'roster.double-booked': '{staff} 由 {start} 至 {end} 同时被排在 {first} 及 {second}。',
    'roster.not-qualified': '{staff} 被排在岗位“{post}”{count} 次,但此人不能担任该岗位。',
    'roster.reserve-short': '{date} 只有 {available} 人可作应急后备;须有 {required} 人。',
    'roster.emergency-seats-short':
      '法定节假日 {date} 只有 {available} 人可开动应急台席;至少须有 {required} 人。',

    'roster.swap-consent-missing': '换班 {swap} 没有 {staff} 的同意记录。',
    'roster.swap-consent-late': '{staff} 于 {consentedAt} 才同意换班 {swap},已晚于 {deadline}:必须事先同意。',
    'roster.swap-not-registered': '换班 {swap} 没有填写换班登记表。',
    'roster.swap-not-approved': '换班 {swap} 未经“{role}”角色的人批准。',
    'roster.swap-wrong-approver': '换班 {swap} 由 {approver} 批准,但此人并非批准角色“{role}”。',
    'roster.swap-approved-before-registration': '换班 {swap} 在登记之前已获批准。',
    'roster.swap-approved-late': '换班 {swap} 于 {approvedAt} 才获批准,换出的班次已于 {start} 开始。',
    'roster.swap-limit': '{staff} 本月参与 {count} 次换班({swaps});上限为 {limit} 次。',
    'roster.swap-consecutive': '{staff} 连续两天换出班次:{first} 及 {second}({swaps})。',
    'roster.swap-back-to-back': '因换班 {swap},{staff} 连上 {first} 及 {second} 两班。',
    'roster.swap-not-applied':
      '换班 {swap}:排班表仍把 {staff} 排在 {instance},此班次应已由 {expected} 接上。',
    'roster.swap-shift-empty':
      '换班 {swap} 令 {instance} 无人值班,{requester} 及 {counterpart} 均没有接班:双方都要负责。',
    'roster.swap-leave': '{staff} 于 {date} 请假,但当天是换班 {swap} 的日子。',
    'roster.swap-on-holiday': '换班 {swap} 调动了法定节假日 {date} 的值班。',
    'roster.leave-on-holiday': '{staff} 于法定节假日 {date} 请 {kind} 假。',
    'roster.leave-not-approved': '{staff} 由 {date} 起的请假未经“{role}”角色的人批准。',
    'roster.leave-wrong-approver': '{staff} 由 {date} 起的请假由 {approver} 批准,但此人并非“{role}”角色。',
    'roster.leave-approved-late': '{staff} 由 {date} 起的请假于 {approvedAt} 才获批准,已在假期开始之后。',
    'roster.leave-not-covered': '{staff} 于 {date} 请假,却仍排在 {instance}:须安排顶班人员。',
    'roster.csv.empty': '第 {line} 行第 {column} 列:CSV 没有任何数据行;须有标题行及排班数据行。',
    'roster.csv.no-rows': '第 {line} 行第 {column} 列:CSV 只有标题行,下面没有数据行。',
    'roster.csv.unclosed-quote': '第 {line} 行第 {column} 列:由此开始的引号字段没有结束;文件可能不完整。',
    'roster.csv.text-after-quote':
      '第 {line} 行第 {column} 列:结束引号后出现 {found};引号字段须以逗号或行尾结束(字段内的引号请写成 "")。',
    'roster.csv.unknown-layout':
      '第 {line} 行第 {column} 列:第一行须列出列名:每项安排一行须有 日期/date、员工编号/staff 及 班次/shift;每人一行须有 员工编号/staff 及每天一列(1、2 … 31 或 2026-12-01)。',
    'roster.csv.duplicate-column': '第 {line} 行第 {column} 列:列名“{header}”与第 {first} 列的列名重复。',
    'roster.csv.no-staff-column': '第 {line} 行第 {column} 列:没有列出员工的列;请加上“员工编号”或“员工”列。',
    'roster.csv.no-staff-id':
      '第 {line} 行第 {column} 列:列“{header}”只有姓名;没有列出员工名单的 meta 文件时,须有“员工编号”列。',
    'roster.csv.month-unknown':
      '第 {line} 行第 {column} 列:无法判断排班表的月份;请在 meta 文件中填写“month”,或把日期连同年份写出(2026-12-01)。',
    'roster.csv.missing-date': '第 {line} 行第 {column} 列:缺少日期。',
    'roster.csv.missing-staff': '第 {line} 行第 {column} 列:缺少员工。',
    'roster.csv.missing-shift': '第 {line} 行第 {column} 列:缺少班次;休息日请写“休”或 off。',
    'roster.csv.bad-date':
      '第 {line} 行第 {column} 列:“{value}”不是日期;请写成 yyyy-MM-dd(例如 2026-12-01)。',
    'roster.csv.date-outside-month': '第 {line} 行第 {column} 列:{date} 不在排班月份 {month} 之内。',
    'roster.csv.weekday-mismatch':
      '第 {line} 行第 {column} 列:列“{header}”所写的星期与 {date} 不符;月份是否正确?',
    'roster.csv.unknown-shift':
      '第 {line} 行第 {column} 列:“{code}”不是此政策的班次;请写 {known} 之一,休息日则留空(或写“休”、off)。',
    'roster.csv.ambiguous-shift':
      '第 {line} 行第 {column} 列:“{code}”可以是 {candidates} 任一班次;请写班次代号。',
    'roster.csv.unknown-post': '第 {line} 行第 {column} 列:“{post}”不是此政策的岗位(现有岗位:{known})。',
    'roster.csv.wrong-post': '第 {line} 行第 {column} 列:班次“{shift}”属于岗位“{expected}”,不是“{post}”。',
    'roster.csv.unknown-staff':
      '第 {line} 行第 {column} 列:meta 文件的员工名单中没有编号或姓名为“{staff}”的人。',
    'roster.csv.ambiguous-staff':
      '第 {line} 行第 {column} 列:meta 文件中有 {count} 人名为“{staff}”;请写员工编号。',
    'roster.csv.bad-staff-id':
      '第 {line} 行第 {column} 列:“{staff}”不是员工编号;编号只能用英文字母、数字、点、下划线及连字符(例如 E1024)。',
    'roster.csv.name-mismatch':
      '第 {line} 行第 {column} 列:meta 文件中 {staff} 的姓名是“{expected}”,不是“{name}”。',
    'roster.csv.name-conflict':
      '第 {line} 行第 {column} 列:{staff} 在此名为“{name}”,但在第 {firstLine} 行名为“{first}”。',
    'roster.csv.duplicate-assignment':
      '第 {line} 行第 {column} 列:{staff} 于 {date} 的“{shift}”班次已在第 {firstLine} 行第 {firstColumn} 列列出。',
    'roster.csv.duplicate-person':
      '第 {line} 行第 {column} 列:{staff} 已在第 {firstLine} 行有一行;每人只能有一行。',
    'roster.csv.extra-cell': '第 {line} 行第 {column} 列:“{value}”超出标题行的最后一列。',
    'roster.csv.more-problems': '第 {line} 行第 {column} 列起:CSV 另有 {count} 个问题未列出。',
    'roster.csv.no-policy':
      'CSV 排班表没有指明政策:请选择预设政策(--policy),或提供注明“policy”的 meta 文件。',
    'roster.csv.meta-assignments': 'meta 文件列有排班安排;使用 CSV 时安排只取自 CSV,请从 meta 文件中删除。',
  },
});
