import { defineMessages } from '../diagnostics/define-messages.js';

/**
 * Messages of the cases domain (first-contact responsibility): problems in
 * case entries, why a command was refused, the findings of the case rules,
 * and the forbidden-reply warning.
 */
export const casesMessages = defineMessages({
  en: {
    // Problems in an entry's content.
    'case.format.case-id': 'A case id may not be empty or contain spaces.',
    'case.format.phone': 'A contact number needs at least three digits.',

    // Why a command was refused.
    'case.refusal.invalid-time': 'The time in "{field}" must be an ISO 8601 instant with its UTC offset.',
    'case.refusal.invalid-content': 'The case entry is not complete or not valid (see "{field}").',
    'case.refusal.missing-fields': 'Case {case} cannot be registered without: {fields}.',
    'case.refusal.already-opened':
      'Case {case} is already registered, with {owner} as its owner: the first contact stays the owner.',
    'case.refusal.not-opened': 'There is no case {case}: take it in first.',
    'case.refusal.case-closed': 'Case {case} was closed by entry {seq}.',
    'case.refusal.owner-fixed':
      'A transfer cannot make {named} the owner of case {case}: {owner} stays the owner and keeps the follow-up.',
    'case.refusal.not-a-complaint':
      'Case {case} is a {gravity} matter, not a complaint: it has no resolution plan.',
    'case.refusal.duplicate-callback': 'Case {case} already has a callback {callback}.',
    'case.refusal.unknown-callback': 'Case {case} has no promised callback {callback}.',
    'case.refusal.callback-made': 'Callback {callback} of case {case} was already made (entry {seq}).',
    'case.refusal.not-resolved': 'Case {case} is not resolved yet: the revisit comes after the resolution.',

    // Findings of the case rules.
    'case.repeated-intake':
      'Case {case} was taken in again by {staff} (entry {seq}); its owner remains {owner}, the first contact.',
    'case.closed-without-owner':
      'Case {case} was closed by {staff}, and its owner {owner} has not followed it up with the customer since.',
    'case.intake-incomplete': 'Case {case} was registered without: {fields}.',
    'case.transfer-changed-owner':
      'The transfer of case {case} to {to} names {named} as owner, but {owner} stays the owner and keeps the follow-up.',
    'case.out-of-remit-not-passed-on':
      'Case {case} lies outside the remit of {owner} and has not been passed to the department or person who handles it.',
    'case.customer-not-informed':
      'Case {case} was not settled at the first contact, and the customer was never told the procedure and the expected time.',
    'case.expected-time-missed':
      'Case {case} was promised to the customer by {expectedBy}; that time passed without a result or a new time.',
    'case.too-many-contacts':
      'Case {case} was still open when the customer had to make contact {count}; it should close within {max} contacts.',
    'case.callback-not-made':
      'The callback {callback} of case {case}, promised by {staff} for {due}, has not been made.',
    'case.callback-late':
      'The callback {callback} of case {case}, promised by {staff} for {due}, was only made at {made}.',
    'case.plan-overdue': 'The resolution plan of complaint {case} was due by {due} and has not been given.',
    'case.plan-late':
      'The resolution plan of complaint {case} was due by {due} and was only given at {given}.',
    'case.major-complaint-not-reported':
      'Major complaint {case} has not been reported to {role} (due by {due}).',
    'case.major-complaint-reported-late':
      'Major complaint {case} was due to be reported to {role} by {due} and was only reported at {reported}.',
    'case.overdue': 'Case {case} ({gravity}) was due to be dealt with by {due} and is still open.',
    'case.resolved-late': 'Case {case} ({gravity}) was due by {due} and was only resolved at {resolved}.',

    // The reply wording check.
    'case.forbidden-reply':
      'Do not answer a customer with "{phrase}": explain, find out, or take the matter on.',
  },
  'zh-Hant': {
    'case.format.case-id': '個案編號不可為空,也不可含空格。',
    'case.format.phone': '聯絡電話至少要有三位數字。',

    'case.refusal.invalid-time': '「{field}」的時間必須是帶時區偏移的 ISO 8601 時刻。',
    'case.refusal.invalid-content': '個案記錄不完整或內容有誤(見「{field}」)。',
    'case.refusal.missing-fields': '個案 {case} 缺少以下資料,不能登記:{fields}。',
    'case.refusal.already-opened': '個案 {case} 已經登記,首問負責人是 {owner};首問負責人不會改變。',
    'case.refusal.not-opened': '沒有個案 {case}:請先受理登記。',
    'case.refusal.case-closed': '個案 {case} 已由第 {seq} 條記錄辦結。',
    'case.refusal.owner-fixed':
      '轉交不能把個案 {case} 的負責人改為 {named}:{owner} 仍是首問負責人,並負責跟蹤。',
    'case.refusal.not-a-complaint': '個案 {case} 屬於 {gravity} 事項而非投訴,沒有投訴處理方案。',
    'case.refusal.duplicate-callback': '個案 {case} 已有回電 {callback}。',
    'case.refusal.unknown-callback': '個案 {case} 沒有答應過回電 {callback}。',
    'case.refusal.callback-made': '個案 {case} 的回電 {callback} 已經完成(第 {seq} 條記錄)。',
    'case.refusal.not-resolved': '個案 {case} 尚未辦結:辦結之後才回訪。',

    'case.repeated-intake':
      '個案 {case} 被 {staff} 再次受理(第 {seq} 條記錄);首問負責人仍是第一位接待的 {owner}。',
    'case.closed-without-owner': '個案 {case} 由 {staff} 辦結,首問負責人 {owner} 之後未有向客戶跟進確認。',
    'case.intake-incomplete': '個案 {case} 登記時缺少:{fields}。',
    'case.transfer-changed-owner':
      '個案 {case} 轉交 {to} 時把負責人寫成 {named},但首問負責人仍是 {owner},並由其負責跟蹤。',
    'case.out-of-remit-not-passed-on': '個案 {case} 不屬 {owner} 的職責範圍,卻未轉交有關部門或負責人辦理。',
    'case.customer-not-informed': '個案 {case} 未能在首次接待時辦結,也沒有告知客戶辦理程序和預計處理時間。',
    'case.expected-time-missed':
      '個案 {case} 答應客戶在 {expectedBy} 前處理;時間已過,既無結果,也未另告時間。',
    'case.too-many-contacts': '個案 {case} 仍未辦結,客戶已是第 {count} 次聯絡;應在 {max} 次之內辦結。',
    'case.callback-not-made': '個案 {case} 的回電 {callback} 由 {staff} 答應在 {due} 前回覆,至今未回。',
    'case.callback-late': '個案 {case} 的回電 {callback} 由 {staff} 答應在 {due} 前回覆,到 {made} 才回。',
    'case.plan-overdue': '投訴 {case} 的處理方案應在 {due} 前提出,至今未有。',
    'case.plan-late': '投訴 {case} 的處理方案應在 {due} 前提出,到 {given} 才提出。',
    'case.major-complaint-not-reported': '重大投訴 {case} 尚未上報 {role}(限期 {due})。',
    'case.major-complaint-reported-late': '重大投訴 {case} 應在 {due} 前上報 {role},到 {reported} 才上報。',
    'case.overdue': '個案 {case}({gravity})應在 {due} 前處理,至今仍未辦結。',
    'case.resolved-late': '個案 {case}({gravity})應在 {due} 前處理,到 {resolved} 才辦結。',

    'case.forbidden-reply': '不要用「{phrase}」回答客戶:請解釋、查明,或由自己跟進。',
  },
  'zh-Hans': {
    'case.format.case-id': '个案编号不能为空,也不能含空格。',
    'case.format.phone': '联络电话至少要有三位数字。',

    'case.refusal.invalid-time': '“{field}”的时间必须是带时区偏移的 ISO 8601 时刻。',
    'case.refusal.invalid-content': '个案记录不完整或内容有误(见“{field}”)。',
    'case.refusal.missing-fields': '个案 {case} 缺少以下资料,不能登记:{fields}。',
    'case.refusal.already-opened': '个案 {case} 已经登记,首问负责人是 {owner};首问负责人不会改变。',
    'case.refusal.not-opened': '没有个案 {case}:请先受理登记。',
    'case.refusal.case-closed': '个案 {case} 已由第 {seq} 条记录办结。',
    'case.refusal.owner-fixed':
      '转交不能把个案 {case} 的负责人改为 {named}:{owner} 仍是首问负责人,并负责跟踪。',
    'case.refusal.not-a-complaint': '个案 {case} 属于 {gravity} 事项而非投诉,没有投诉处理方案。',
    'case.refusal.duplicate-callback': '个案 {case} 已有回电 {callback}。',
    'case.refusal.unknown-callback': '个案 {case} 没有答应过回电 {callback}。',
    'case.refusal.callback-made': '个案 {case} 的回电 {callback} 已经完成(第 {seq} 条记录)。',
    'case.refusal.not-resolved': '个案 {case} 尚未办结:办结之后才回访。',

    'case.repeated-intake':
      '个案 {case} 被 {staff} 再次受理(第 {seq} 条记录);首问负责人仍是第一位接待的 {owner}。',
    'case.closed-without-owner': '个案 {case} 由 {staff} 办结,首问负责人 {owner} 之后没有向客户跟进确认。',
    'case.intake-incomplete': '个案 {case} 登记时缺少:{fields}。',
    'case.transfer-changed-owner':
      '个案 {case} 转交 {to} 时把负责人写成 {named},但首问负责人仍是 {owner},并由其负责跟踪。',
    'case.out-of-remit-not-passed-on': '个案 {case} 不属 {owner} 的职责范围,却没有转交有关部门或负责人办理。',
    'case.customer-not-informed': '个案 {case} 未能在首次接待时办结,也没有告知客户办理程序和预计处理时间。',
    'case.expected-time-missed':
      '个案 {case} 答应客户在 {expectedBy} 前处理;时间已过,既无结果,也未另告时间。',
    'case.too-many-contacts': '个案 {case} 仍未办结,客户已是第 {count} 次联络;应在 {max} 次之内办结。',
    'case.callback-not-made': '个案 {case} 的回电 {callback} 由 {staff} 答应在 {due} 前回复,至今未回。',
    'case.callback-late': '个案 {case} 的回电 {callback} 由 {staff} 答应在 {due} 前回复,到 {made} 才回。',
    'case.plan-overdue': '投诉 {case} 的处理方案应在 {due} 前提出,至今没有。',
    'case.plan-late': '投诉 {case} 的处理方案应在 {due} 前提出,到 {given} 才提出。',
    'case.major-complaint-not-reported': '重大投诉 {case} 尚未上报 {role}(限期 {due})。',
    'case.major-complaint-reported-late': '重大投诉 {case} 应在 {due} 前上报 {role},到 {reported} 才上报。',
    'case.overdue': '个案 {case}({gravity})应在 {due} 前处理,至今仍未办结。',
    'case.resolved-late': '个案 {case}({gravity})应在 {due} 前处理,到 {resolved} 才办结。',

    'case.forbidden-reply': '不要用“{phrase}”回答客户:请解释、查明,或由自己跟进。',
  },
});
