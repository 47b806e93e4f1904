import { defineMessages } from '../diagnostics/define-messages.js';
import { kpiMessages } from '../kpi/messages.js';

/**
 * Messages of responsibility verdicts: the kinds of incident, why each
 * person answers, what the journal shows when nobody does, and what is
 * missing when it cannot decide.
 */
const verdictMessages = defineMessages({
  en: {
    'liability.error.invalid-input': 'The incident cannot be read.',

    'liability.kind.omitted-matter': 'A matter left out of the handover',
    'liability.kind.wrong-handover': 'A matter handed over wrongly',
    'liability.kind.careless-receipt': 'A careless receiving check',
    'liability.kind.missing-item': 'A shared item found missing after the handover',
    'liability.kind.unclear-record': 'A handover record not written clearly',
    'liability.kind.follow-up-not-done': 'A follow-up taken over and not done',
    'liability.kind.incident-during-handover': 'An emergency during the handover',
    'liability.kind.post-left-empty': 'A swap that left a post empty',
    'liability.kind.left-before-handover': 'The outgoing person left before the handover',
    'liability.kind.unresolved-complaint': 'A problem not handled in time that led to a complaint',

    'liability.summary.assigned': 'Incident {incident}: the journal holds {staff} responsible.',
    'liability.summary.undetermined':
      'Incident {incident}: the journal cannot decide who is responsible; {count} piece(s) of evidence are missing.',

    'liability.because.omitted-matter':
      '{staff} signed handover {handover} at {signedAt} without the matter "{matter}", which was still open with them.',
    'liability.because.wrong-handover':
      '{staff} handed over the matter "{matter}" in handover {handover}, signed at {signedAt}, and it was handed over wrongly.',
    'liability.because.careless-receipt':
      '{staff} received handover {handover} and took over at {boundary}, with the last signature.',
    'liability.because.missing-item':
      '{staff} took over at {boundary} in handover {handover} with "{item}" counted present; it was found missing at {foundAt}.',
    'liability.because.item-unchecked':
      '{staff} took over at {boundary} in handover {handover} without counting "{item}", which an earlier handover recorded present; it was found missing at {foundAt}.',
    'liability.because.keys-out':
      'The area keys "{keys}" ({count}) were issued to {staff} at {issuedAt} and were not back when found missing.',
    'liability.because.keys-short':
      'The area keys "{keys}" were issued to {staff} as {issued} and came back as {returned}.',
    'liability.because.unclear-record':
      '{staff} wrote and signed handover {handover}, where these are not written clearly: {fields}.',
    'liability.because.follow-up-overdue':
      '{staff} took over the follow-up "{matter}" in handover {handover}; it was due by the end of {due} and was not done by then.',
    'liability.because.follow-up-not-done':
      '{staff} took over the follow-up "{matter}" in handover {handover}; it was still not done at {foundAt}.',
    'liability.because.follow-up-dropped':
      '{staff} took over the follow-up "{matter}" in handover {handover}, did not finish it, and handed over {dropped} without it.',
    'liability.because.after-takeover':
      '{staff} had taken over handover {handover} at {boundary}, with the last signature, before the emergency at {at}.',
    'liability.because.before-takeover':
      '{staff} was alone on duty at {at}: the incoming person of handover {handover} had not yet arrived.',
    'liability.because.during-handover-lead':
      '{staff}, the outgoing person of handover {handover}, leads the response to the emergency at {at}.',
    'liability.because.during-handover-assist':
      '{staff}, the incoming person of handover {handover}, assists with the emergency at {at}.',
    'liability.because.swap-unapproved':
      '{staff} took part in swap {swap} ({requester} with {counterpart}), which had no valid approval, and shift {instance} was left empty.',
    'liability.because.swap-left-empty':
      '{staff} took part in swap {swap} ({requester} with {counterpart}), and shift {instance} was left empty.',
    'liability.because.left-before-handover':
      '{staff} left the post at {leftAt}, before both had signed handover {handover}.',
    'liability.because.complaint-late': '{staff} owns case {case}, which was not settled by {deadline}.',
    'liability.because.complaint-plan-late':
      '{staff} owns complaint {case}, whose resolution plan was due by {deadline} and was not given.',
    'liability.because.complaint-contacts':
      '{staff} owns case {case}: the customer had to make {contacts} contacts without a resolution (at most {limit} allowed).',
    'liability.because.complaint-dissatisfied':
      '{staff} owns case {case}; the customer said at {at} that they were dissatisfied.',
    'liability.because.complaint-supervisory':
      '{staff}, as {role}, supervises the handling of case {case} by {owner}.',
    'liability.because.complaint-management':
      '{staff}, as {role}, manages the department in which {owner} handled case {case}.',

    'liability.clear.matter-handed-over':
      'The matter "{matter}" was handed over in handover {handover} (entry {seq}): nothing was left out.',
    'liability.clear.before-takeover':
      'The problem was found at {foundAt}, before the incoming person took over handover {handover} at {boundary}: the receipt was not yet complete. Judge it as an emergency during the handover.',
    'liability.clear.leaving-allowed':
      'The site’s policy lets the outgoing person leave before the signatures of handover {handover}.',
    'liability.clear.left-after-handover':
      'The outgoing person of handover {handover} left at {leftAt}, after both had signed.',
    'liability.clear.follow-up-done': 'The follow-up "{matter}" was done at {doneAt}.',
    'liability.clear.follow-up-not-due':
      'The follow-up "{matter}" is due by the end of {due}: it is not late yet.',
    'liability.clear.case-handled':
      'Case {case} was handled in time: no deadline passed without it, and the customer was not dissatisfied.',

    'liability.missing.subject': 'The incident must say which {field} it concerns.',
    'liability.missing.handover': 'The journal holds no handover "{handover}".',
    'liability.missing.handover-at-post': 'The journal holds no handover at post {post} before {foundAt}.',
    'liability.missing.handover-after':
      'No handover by {staff} after taking over "{matter}" is recorded: where it was left out is not shown.',
    'liability.missing.outgoing-signature':
      'The outgoing person has not signed handover {handover}: the signature with time and staff number fixes the responsibility.',
    'liability.missing.signatures':
      'Handover {handover} is not signed by both: the last signature, when the incoming person takes over, is missing.',
    'liability.missing.pending':
      'Nothing in the journal shows the matter "{matter}" open with {staff} before handover {handover}.',
    'liability.missing.pending-anywhere':
      'Nothing in the journal shows with whom the matter "{matter}" was open: neither a handover that carried it nor a case.',
    'liability.missing.matter': 'The journal holds no carried-over matter "{matter}".',
    'liability.missing.matter-in-handover': 'Handover {handover} holds no matter "{matter}".',
    'liability.missing.unclear-part':
      'The record of handover {handover} passes the checks: cause, course and result are written and open matters name the next step and owner. Say what is unclear.',
    'liability.missing.acknowledgement':
      'No signed handover before {foundAt} shows anyone taking over the open matter "{matter}".',
    'liability.missing.item-record':
      'No signed handover at post {post} recorded "{item}" present before it was found missing at {foundAt}.',
    'liability.missing.roster': 'The roster with the swap requests is needed to judge a swap.',
    'liability.missing.swap': 'No swap request in the roster covers shift {instance}.',
    'liability.missing.post-empty':
      'Neither the roster nor the journal shows shift {instance} left empty: nobody rostered, or an incoming person who never arrived.',
    'liability.missing.leave-record':
      'The journal holds no record of the outgoing person leaving handover {handover}.',
    'liability.missing.flag': 'Handover {handover} holds no emergency "{flag}".',
    'liability.missing.case': 'The journal holds no case "{case}".',
    'liability.missing.role-holder':
      'Who held the role {role} cannot be told: the roster names {count} holders and no report of the case names one.',
    'liability.missing.role-holder-roster':
      'Who held the role {role} cannot be told without the roster ({count} named by reports of the case).',
  },
  'zh-Hant': {
    'liability.error.invalid-input': '無法讀取此事故。',

    'liability.kind.omitted-matter': '交班漏交事項',
    'liability.kind.wrong-handover': '交班錯交事項',
    'liability.kind.careless-receipt': '接班檢查不認真',
    'liability.kind.missing-item': '交接後發現公物缺失',
    'liability.kind.unclear-record': '交接記錄未寫清楚',
    'liability.kind.follow-up-not-done': '跟進事宜未完成',
    'liability.kind.incident-during-handover': '交接班時發生突發事件',
    'liability.kind.post-left-empty': '換班造成空班',
    'liability.kind.left-before-handover': '交班人未辦交接即離崗',
    'liability.kind.unresolved-complaint': '問題未及時處理導致投訴',

    'liability.summary.assigned': '事故 {incident}:按值班記錄,由 {staff} 負責。',
    'liability.summary.undetermined': '事故 {incident}:值班記錄不足以判定責任,尚缺 {count} 項證據。',

    'liability.because.omitted-matter':
      '{staff} 於 {signedAt} 簽署交接 {handover},漏交仍由其跟進的事項「{matter}」。',
    'liability.because.wrong-handover':
      '{staff} 在交接 {handover} 中交出事項「{matter}」並於 {signedAt} 簽名,該事項交錯。',
    'liability.because.careless-receipt': '{staff} 接收交接 {handover},於 {boundary} 全部簽完字,正式接班。',
    'liability.because.missing-item':
      '{staff} 於 {boundary} 在交接 {handover} 中接班時,「{item}」已點清在位;其後於 {foundAt} 發現缺失。',
    'liability.because.item-unchecked':
      '{staff} 於 {boundary} 在交接 {handover} 中接班,未清點「{item}」(較早的交接記錄其在位);其後於 {foundAt} 發現缺失。',
    'liability.because.keys-out':
      '區域鑰匙「{keys}」共 {count} 條於 {issuedAt} 發給 {staff},發現缺失時仍未交回。',
    'liability.because.keys-short':
      '區域鑰匙「{keys}」發給 {staff} 時為 {issued} 條,交回時只有 {returned} 條。',
    'liability.because.unclear-record': '{staff} 填寫並簽署交接 {handover},其中以下內容未寫清楚:{fields}。',
    'liability.because.follow-up-overdue':
      '{staff} 在交接 {handover} 中接手跟進「{matter}」,須於 {due} 完成,逾期仍未完成。',
    'liability.because.follow-up-not-done':
      '{staff} 在交接 {handover} 中接手跟進「{matter}」,至 {foundAt} 仍未完成。',
    'liability.because.follow-up-dropped':
      '{staff} 在交接 {handover} 中接手跟進「{matter}」,未完成,並在交接 {dropped} 中漏交。',
    'liability.because.after-takeover':
      '{staff} 已於 {boundary} 在交接 {handover} 中全部簽完字正式接班,突發事件發生於 {at}。',
    'liability.because.before-takeover': '{at} 時只有 {staff} 當值:交接 {handover} 的接班人尚未到崗。',
    'liability.because.during-handover-lead':
      '{staff} 為交接 {handover} 的交班人,{at} 發生的突發事件由其為主處理。',
    'liability.because.during-handover-assist':
      '{staff} 為交接 {handover} 的接班人,協助處理 {at} 發生的突發事件。',
    'liability.because.swap-unapproved':
      '{staff} 為換班 {swap}({requester} 與 {counterpart})的當事人,該換班未經有效批准,班次 {instance} 因此空班。',
    'liability.because.swap-left-empty':
      '{staff} 為換班 {swap}({requester} 與 {counterpart})的當事人,班次 {instance} 因換班空班。',
    'liability.because.left-before-handover': '{staff} 於 {leftAt} 離崗,當時交接 {handover} 雙方尚未簽完字。',
    'liability.because.complaint-late': '{staff} 為個案 {case} 的首問負責人,個案未能在 {deadline} 前辦結。',
    'liability.because.complaint-plan-late':
      '{staff} 為投訴 {case} 的首問負責人,處理方案應於 {deadline} 前提出而未提出。',
    'liability.because.complaint-contacts':
      '{staff} 為個案 {case} 的首問負責人:客戶聯絡 {contacts} 次仍未辦結(最多 {limit} 次)。',
    'liability.because.complaint-dissatisfied':
      '{staff} 為個案 {case} 的首問負責人;客戶於 {at} 回訪時表示不滿意。',
    'liability.because.complaint-supervisory': '{staff} 身為{role},負責監督 {owner} 處理個案 {case}。',
    'liability.because.complaint-management':
      '{staff} 身為{role},負責管理 {owner} 處理個案 {case} 所在的部門。',

    'liability.clear.matter-handed-over':
      '事項「{matter}」已在交接 {handover} 中交出(第 {seq} 條):沒有漏交。',
    'liability.clear.before-takeover':
      '問題於 {foundAt} 發現,早於接班人在交接 {handover} 中於 {boundary} 正式接班:接班尚未完成,應按交接班時的突發事件處理。',
    'liability.clear.leaving-allowed': '本處政策容許交班人在交接 {handover} 簽字前離開。',
    'liability.clear.left-after-handover': '交接 {handover} 的交班人於 {leftAt} 離崗,雙方已簽完字。',
    'liability.clear.follow-up-done': '跟進事宜「{matter}」已於 {doneAt} 完成。',
    'liability.clear.follow-up-not-due': '跟進事宜「{matter}」須於 {due} 內完成:尚未逾期。',
    'liability.clear.case-handled': '個案 {case} 已及時處理:沒有逾期,客戶亦無不滿意。',

    'liability.missing.subject': '事故須說明涉及哪一項 {field}。',
    'liability.missing.handover': '值班記錄中沒有交接「{handover}」。',
    'liability.missing.handover-at-post': '值班記錄中沒有崗位 {post} 在 {foundAt} 前的交接。',
    'liability.missing.handover-after': '沒有 {staff} 接手「{matter}」之後的交接記錄:無法顯示在何處漏交。',
    'liability.missing.outgoing-signature': '交班人尚未簽署交接 {handover}:簽注時間和工號才能明確責任。',
    'liability.missing.signatures': '交接 {handover} 雙方尚未簽完字:缺少接班人正式接班的最後簽名。',
    'liability.missing.pending': '值班記錄未顯示事項「{matter}」在交接 {handover} 前仍由 {staff} 跟進。',
    'liability.missing.pending-anywhere':
      '值班記錄未顯示事項「{matter}」由誰跟進:既無交接帶過此事項,也無相關個案。',
    'liability.missing.matter': '值班記錄中沒有交接事項「{matter}」。',
    'liability.missing.matter-in-handover': '交接 {handover} 中沒有事項「{matter}」。',
    'liability.missing.unclear-part':
      '交接 {handover} 的記錄通過檢查:原因、經過、結果齊全,未完成事項亦寫明下一步及跟進人。請指出哪裡不清楚。',
    'liability.missing.acknowledgement': '{foundAt} 前沒有已簽字的交接顯示有人接手未完成事項「{matter}」。',
    'liability.missing.item-record':
      '崗位 {post} 在 {foundAt} 發現缺失之前,沒有已簽字的交接記錄「{item}」在位。',
    'liability.missing.roster': '判斷換班責任需要載有換班登記的排班表。',
    'liability.missing.swap': '排班表中沒有換班登記涉及班次 {instance}。',
    'liability.missing.post-empty':
      '排班表和值班記錄都未顯示班次 {instance} 空班:既非無人排班,也無接班人未到的記錄。',
    'liability.missing.leave-record': '值班記錄中沒有交接 {handover} 交班人離崗的記錄。',
    'liability.missing.flag': '交接 {handover} 中沒有突發事件「{flag}」。',
    'liability.missing.case': '值班記錄中沒有個案「{case}」。',
    'liability.missing.role-holder': '無法判定誰擔任{role}:排班表列出 {count} 人,個案的報告亦未指明。',
    'liability.missing.role-holder-roster': '沒有排班表,無法判定誰擔任{role}(個案報告指明 {count} 人)。',
  },
  'zh-Hans': {
    'liability.error.invalid-input': '无法读取此事故。',

    'liability.kind.omitted-matter': '交班漏交事项',
    'liability.kind.wrong-handover': '交班错交事项',
    'liability.kind.careless-receipt': '接班检查不认真',
    'liability.kind.missing-item': '交接后发现公物缺失',
    'liability.kind.unclear-record': '交接记录未写清楚',
    'liability.kind.follow-up-not-done': '跟进事宜未完成',
    'liability.kind.incident-during-handover': '交接班时发生突发事件',
    'liability.kind.post-left-empty': '换班造成空班',
    'liability.kind.left-before-handover': '交班人未办交接即离岗',
    'liability.kind.unresolved-complaint': '问题未及时处理导致投诉',

    'liability.summary.assigned': '事故 {incident}:按值班记录,由 {staff} 负责。',
    'liability.summary.undetermined': '事故 {incident}:值班记录不足以判定责任,尚缺 {count} 项证据。',

    'liability.because.omitted-matter':
      '{staff} 于 {signedAt} 签署交接 {handover},漏交仍由其跟进的事项“{matter}”。',
    'liability.because.wrong-handover':
      '{staff} 在交接 {handover} 中交出事项“{matter}”并于 {signedAt} 签名,该事项交错。',
    'liability.because.careless-receipt': '{staff} 接收交接 {handover},于 {boundary} 全部签完字,正式接班。',
    'liability.because.missing-item':
      '{staff} 于 {boundary} 在交接 {handover} 中接班时,“{item}”已点清在位;其后于 {foundAt} 发现缺失。',
    'liability.because.item-unchecked':
      '{staff} 于 {boundary} 在交接 {handover} 中接班,未清点“{item}”(较早的交接记录其在位);其后于 {foundAt} 发现缺失。',
    'liability.because.keys-out':
      '区域钥匙“{keys}”共 {count} 条于 {issuedAt} 发给 {staff},发现缺失时仍未交回。',
    'liability.because.keys-short':
      '区域钥匙“{keys}”发给 {staff} 时为 {issued} 条,交回时只有 {returned} 条。',
    'liability.because.unclear-record': '{staff} 填写并签署交接 {handover},其中以下内容未写清楚:{fields}。',
    'liability.because.follow-up-overdue':
      '{staff} 在交接 {handover} 中接手跟进“{matter}”,须于 {due} 完成,逾期仍未完成。',
    'liability.because.follow-up-not-done':
      '{staff} 在交接 {handover} 中接手跟进“{matter}”,至 {foundAt} 仍未完成。',
    'liability.because.follow-up-dropped':
      '{staff} 在交接 {handover} 中接手跟进“{matter}”,未完成,并在交接 {dropped} 中漏交。',
    'liability.because.after-takeover':
      '{staff} 已于 {boundary} 在交接 {handover} 中全部签完字正式接班,突发事件发生于 {at}。',
    'liability.because.before-takeover': '{at} 时只有 {staff} 当值:交接 {handover} 的接班人尚未到岗。',
    'liability.because.during-handover-lead':
      '{staff} 为交接 {handover} 的交班人,{at} 发生的突发事件由其为主处理。',
    'liability.because.during-handover-assist':
      '{staff} 为交接 {handover} 的接班人,协助处理 {at} 发生的突发事件。',
    'liability.because.swap-unapproved':
      '{staff} 为换班 {swap}({requester} 与 {counterpart})的当事人,该换班未经有效批准,班次 {instance} 因此空班。',
    'liability.because.swap-left-empty':
      '{staff} 为换班 {swap}({requester} 与 {counterpart})的当事人,班次 {instance} 因换班空班。',
    'liability.because.left-before-handover': '{staff} 于 {leftAt} 离岗,当时交接 {handover} 双方尚未签完字。',
    'liability.because.complaint-late': '{staff} 为个案 {case} 的首问负责人,个案未能在 {deadline} 前办结。',
    'liability.because.complaint-plan-late':
      '{staff} 为投诉 {case} 的首问负责人,处理方案应于 {deadline} 前提出而未提出。',
    'liability.because.complaint-contacts':
      '{staff} 为个案 {case} 的首问负责人:客户联络 {contacts} 次仍未办结(最多 {limit} 次)。',
    'liability.because.complaint-dissatisfied':
      '{staff} 为个案 {case} 的首问负责人;客户于 {at} 回访时表示不满意。',
    'liability.because.complaint-supervisory': '{staff} 身为{role},负责监督 {owner} 处理个案 {case}。',
    'liability.because.complaint-management':
      '{staff} 身为{role},负责管理 {owner} 处理个案 {case} 所在的部门。',

    'liability.clear.matter-handed-over': '事项“{matter}”已在交接 {handover} 中交出(第 {seq} 条):没有漏交。',
    'liability.clear.before-takeover':
      '问题于 {foundAt} 发现,早于接班人在交接 {handover} 中于 {boundary} 正式接班:接班尚未完成,应按交接班时的突发事件处理。',
    'liability.clear.leaving-allowed': '本处政策容许交班人在交接 {handover} 签字前离开。',
    'liability.clear.left-after-handover': '交接 {handover} 的交班人于 {leftAt} 离岗,双方已签完字。',
    'liability.clear.follow-up-done': '跟进事宜“{matter}”已于 {doneAt} 完成。',
    'liability.clear.follow-up-not-due': '跟进事宜“{matter}”须于 {due} 内完成:尚未逾期。',
    'liability.clear.case-handled': '个案 {case} 已及时处理:没有逾期,客户亦无不满意。',

    'liability.missing.subject': '事故须说明涉及哪一项 {field}。',
    'liability.missing.handover': '值班记录中没有交接“{handover}”。',
    'liability.missing.handover-at-post': '值班记录中没有岗位 {post} 在 {foundAt} 前的交接。',
    'liability.missing.handover-after': '没有 {staff} 接手“{matter}”之后的交接记录:无法显示在何处漏交。',
    'liability.missing.outgoing-signature': '交班人尚未签署交接 {handover}:签注时间和工号才能明确责任。',
    'liability.missing.signatures': '交接 {handover} 双方尚未签完字:缺少接班人正式接班的最后签名。',
    'liability.missing.pending': '值班记录未显示事项“{matter}”在交接 {handover} 前仍由 {staff} 跟进。',
    'liability.missing.pending-anywhere':
      '值班记录未显示事项“{matter}”由谁跟进:既无交接带过此事项,也无相关个案。',
    'liability.missing.matter': '值班记录中没有交接事项“{matter}”。',
    'liability.missing.matter-in-handover': '交接 {handover} 中没有事项“{matter}”。',
    'liability.missing.unclear-part':
      '交接 {handover} 的记录通过检查:原因、经过、结果齐全,未完成事项亦写明下一步及跟进人。请指出哪里不清楚。',
    'liability.missing.acknowledgement': '{foundAt} 前没有已签字的交接显示有人接手未完成事项“{matter}”。',
    'liability.missing.item-record':
      '岗位 {post} 在 {foundAt} 发现缺失之前,没有已签字的交接记录“{item}”在位。',
    'liability.missing.roster': '判断换班责任需要载有换班登记的排班表。',
    'liability.missing.swap': '排班表中没有换班登记涉及班次 {instance}。',
    'liability.missing.post-empty':
      '排班表和值班记录都未显示班次 {instance} 空班:既非无人排班,也无接班人未到的记录。',
    'liability.missing.leave-record': '值班记录中没有交接 {handover} 交班人离岗的记录。',
    'liability.missing.flag': '交接 {handover} 中没有突发事件“{flag}”。',
    'liability.missing.case': '值班记录中没有个案“{case}”。',
    'liability.missing.role-holder': '无法判定谁担任{role}:排班表列出 {count} 人,个案的报告亦未指明。',
    'liability.missing.role-holder-roster': '没有排班表,无法判定谁担任{role}(个案报告指明 {count} 人)。',
  },
});

/**
 * The messages this folder registers: the verdicts', and the quality
 * figures' (`kpi.*`), which feed the same staff assessment (REG7-10). They
 * are registered together so the catalogue gains one domain.
 */
export const liabilityMessages = {
  en: { ...verdictMessages.en, ...kpiMessages.en },
  'zh-Hant': { ...verdictMessages['zh-Hant'], ...kpiMessages['zh-Hant'] },
  'zh-Hans': { ...verdictMessages['zh-Hans'], ...kpiMessages['zh-Hans'] },
} as const;
