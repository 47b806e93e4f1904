import { defineMessages } from '../diagnostics/define-messages.js';

/**
 * Messages of the handover domain: problems in handover entries, what blocks
 * a handover, why a command was refused, and the findings of its rules.
 */
export const handoverMessages = defineMessages({
  en: {
    // Problems in an entry's content (work-only text, HOS-4.9).
    'handover.text.placeholder':
      'Write what actually happened: filler such as "-", "N/A", "無" or "test" is not a work record.',
    'handover.text.bare-normal':
      'A bare "normal" or "OK" says nothing: describe what was checked and what was found.',
    'handover.format.record-id': 'An identifier may not be empty or contain spaces.',
    'handover.format.day':
      'Days are written as yyyy-MM-dd, must exist and fall in the years 2000–2999 (for example 2026-12-01).',
    'handover.format.shift-key':
      'A shift instance is written as yyyy-MM-dd/shift/post (for example 2026-12-01/night/front-desk).',
    'handover.same-person': 'The outgoing and the incoming person must be two different people.',
    'handover.count.explanation-required':
      "A damaged or missing item needs the outgoing person's explanation of where it went.",
    'handover.fitness.observation-required':
      'Write down what was observed when someone is not fit to take over.',
    'handover.fitness.substitute-when-fit': 'A substitute is only named when the incoming person is not fit.',

    // What blocks signing.
    'handover.blocker.major-event-unresolved': 'A major event is still being dealt with: {description}.',
    'handover.blocker.equipment-transition':
      'Major equipment "{equipment}" is starting or stopping: wait until it is steady.',
    'handover.blocker.preparation-incomplete': 'The outgoing person ({staff}) has not finished preparing.',
    'handover.blocker.incoming-unfit':
      'The incoming person ({staff}) is not fit to take over and no substitute has been found.',
    'handover.blocker.before-handover-time': 'It is not handover time yet: the handover is at {handoverAt}.',
    'handover.blocker.incoming-absent': 'The incoming person ({staff}) has not arrived.',
    'handover.blocker.emergency-in-progress':
      'An emergency is in progress ({description}): the outgoing person leads until it is under control.',
    'handover.blocker.incident-in-progress': 'An incident is in progress: {description}.',
    'handover.blocker.important-work-unfinished': 'Important work is unfinished: "{title}".',
    'handover.blocker.dispute-unresolved':
      'A dispute is open ({description}): the outgoing person keeps working until it is settled.',

    // Why a command was refused.
    'handover.refusal.not-opened': 'There is no open handover "{handover}".',
    'handover.refusal.already-opened': 'Handover "{handover}" has already been opened.',
    'handover.refusal.not-a-party':
      'Staff member {staff} is neither the outgoing nor the incoming person of handover "{handover}".',
    'handover.refusal.outgoing-only':
      'Only the outgoing person can do this; {staff} is not the outgoing person.',
    'handover.refusal.incoming-only':
      'Only the incoming person can do this; {staff} is not the incoming person.',
    'handover.refusal.same-person': '{staff} cannot be on both sides of the handover.',
    'handover.refusal.fitness-not-incoming': 'Fitness is confirmed for the incoming person, not for {staff}.',
    'handover.refusal.handover-complete':
      'Handover "{handover}" is signed by both: record anything further in the next handover, or correct it by amendment.',
    'handover.refusal.record-signed':
      'The record has been signed (entry {seq}): nothing can be added now; correct it by amendment.',
    'handover.refusal.outgoing-left': 'The outgoing person ({staff}) has already left the post.',
    'handover.refusal.already-recorded': 'This has already been recorded (entry {seq}).',
    'handover.refusal.invalid-content': 'The entry is not valid at {field}.',
    'handover.refusal.not-work-content': 'The text at {field} is not a work record: write what happened.',
    'handover.refusal.matter-incomplete':
      'Write out the cause, the course and the result of the matter in full ({field}).',
    'handover.refusal.explanation-required':
      "A damaged or missing item needs the outgoing person's explanation ({field}).",
    'handover.refusal.unknown-checklist-item': 'The checklist of the policy has no item "{item}".',
    'handover.refusal.unknown-inventory-item': 'The inventory of the policy has no shared item "{item}".',
    'handover.refusal.count-mismatch':
      '"{item}" was counted {counted} against {expected} expected: record it as damaged or missing with an explanation.',
    'handover.refusal.explanation-not-outgoing':
      'The explanation must come from the outgoing person ({outgoing}), not from {staff}.',
    'handover.refusal.unknown-matter': 'No matter "{matter}" has been written in this handover.',
    'handover.refusal.unknown-flag': 'No open emergency "{flag}" has been raised in this handover.',
    'handover.refusal.unknown-dispute': 'No open dispute "{dispute}" has been raised in this handover.',
    'handover.refusal.not-arrived': 'The incoming person ({staff}) has not arrived yet.',
    'handover.refusal.before-preparation-window':
      'Preparation for the handover starts at {opensAt}: get the desk ready then, not earlier.',
    'handover.refusal.checklist-incomplete': 'Required checklist items are not done: {items}.',
    'handover.refusal.inventory-incomplete': 'Shared items not counted yet: {items}.',
    'handover.refusal.matters-unacknowledged':
      'The incoming person has not acknowledged these matters: {matters}.',
    'handover.refusal.verbal-only-matter':
      '{declared} matter(s) were declared but {written} are written: every matter handed over must be a written entry.',
    'handover.refusal.not-face-to-face': 'The handover is done face to face: {staff} is not at the post.',
    'handover.refusal.not-prepared': 'The outgoing person ({staff}) has not finished preparing the handover.',
    'handover.refusal.outgoing-must-stay':
      'The outgoing person ({staff}) stays at the post until the incoming person has arrived and both have signed.',
    'handover.refusal.emergency-open':
      'Emergency "{flag}" is still open: the outgoing person leads it until it is under control.',
    'handover.refusal.dispute-open':
      'Dispute "{dispute}" is still open: the outgoing person keeps working until it is settled.',
    'handover.refusal.not-countersign-role': 'Only the role "{role}" countersigns handover records.',
    'handover.refusal.countersign-by-party': '{staff} took part in this handover and cannot countersign it.',
    'handover.refusal.not-signed-by-both': 'Handover "{handover}" is not signed by both parties yet.',
    'handover.refusal.conflict':
      'Someone else wrote to this handover first (entry id "{id}"): reload and try again.',

    // Findings of the handover rules.
    'handover.arrival-late':
      '{staff} arrived at {arrivedAt}, {minutes} minute(s) after the due time {dueAt}.',
    'handover.arrival-missing': '{staff} was due at {dueAt} for the handover and has not arrived.',
    'handover.preparation-late':
      'The outgoing person ({staff}) finished preparing at {preparedAt}, after the handover time {handoverAt}.',
    'handover.preparation-missing':
      'The handover time {handoverAt} has passed and the outgoing person ({staff}) has not finished preparing.',
    'handover.inventory-unexplained':
      'Shared item "{item}" is recorded as not in order without an explanation.',
    'handover.inventory-explained-by-other':
      'The explanation for shared item "{item}" was given by {staff}, not by the outgoing person ({outgoing}).',
    'handover.inventory-count-mismatch':
      'Shared item "{item}" is recorded as in order, but {counted} were counted against {expected} expected.',
    'handover.anomaly-explained-by-other':
      'The explanation of anomaly "{anomaly}" was given by {staff}, not by the outgoing person ({outgoing}).',
    'handover.matter-no-owner': 'Matter "{title}" is still open and has no owner.',
    'handover.matter-no-due': 'Matter "{title}" is still open and has no due date.',
    'handover.matter-no-next-step': 'Matter "{title}" is still open and has no next step.',
    'handover.countersign-overdue':
      'The handover record was due to be countersigned by "{role}" by {dueAt} and is not countersigned.',
    'handover.countersign-late':
      'The handover record was countersigned by {staff} at {countersignedAt}, after the due time {dueAt}.',
    'handover.entry-unreadable':
      'Entry {seq} ({type}) of the handover does not fit its form and was not read.',
    'handover.entry-out-of-sequence':
      'Entry {seq} ({type}) of the handover came out of sequence or repeats an earlier one and was not read.',
    'handover.entry-not-by-party':
      'Entry {seq} ({type}) was written by someone who is not entitled to write it and was not read.',
    'handover.amendment-not-applied':
      'Correction {seq} of entry "{original}" could not be applied: it does not match the record.',
  },
  'zh-Hant': {
    'handover.text.placeholder': '請寫明實際情況:「-」、「N/A」、「無」、「test」之類的填充字不算工作記錄。',
    'handover.text.bare-normal': '只寫「正常」或「OK」等於沒寫:請說明檢查了甚麼、發現了甚麼。',
    'handover.format.record-id': '識別碼不可為空,也不可含空格。',
    'handover.format.day':
      '日期以 yyyy-MM-dd 書寫,須是存在的日子,且在 2000 至 2999 年之間(例如 2026-12-01)。',
    'handover.format.shift-key': '班次以 yyyy-MM-dd/班次/崗位 書寫(例如 2026-12-01/night/front-desk)。',
    'handover.same-person': '交班人和接班人必須是兩個不同的人。',
    'handover.count.explanation-required': '公物損壞或缺失時,須由交班人說明物品去向。',
    'handover.fitness.observation-required': '判定某人不適合接班時,須寫下觀察到的情況。',
    'handover.fitness.substitute-when-fit': '只有接班人不適合接班時才需指定頂班人。',

    'handover.blocker.major-event-unresolved': '重大事件仍在處理中:{description}。',
    'handover.blocker.equipment-transition': '重要設備「{equipment}」正在啟動或停機,請待其穩定後再交接。',
    'handover.blocker.preparation-incomplete': '交班人({staff})尚未完成交班準備。',
    'handover.blocker.incoming-unfit': '接班人({staff})不適合接班,且尚未找到頂班人。',
    'handover.blocker.before-handover-time': '未到交班時間:交班時間為 {handoverAt}。',
    'handover.blocker.incoming-absent': '接班人({staff})尚未到崗。',
    'handover.blocker.emergency-in-progress':
      '突發事件處理中({description}):由交班人主導處理,告一段落後再交接。',
    'handover.blocker.incident-in-progress': '事故處理中:{description}。',
    'handover.blocker.important-work-unfinished': '重要工作尚未完成:「{title}」。',
    'handover.blocker.dispute-unresolved': '雙方有爭執未解決({description}):期間由交班人繼續正常操作。',

    'handover.refusal.not-opened': '沒有進行中的交接班「{handover}」。',
    'handover.refusal.already-opened': '交接班「{handover}」已經開始。',
    'handover.refusal.not-a-party': '員工 {staff} 既不是交接班「{handover}」的交班人,也不是接班人。',
    'handover.refusal.outgoing-only': '此步驟只可由交班人進行;{staff} 不是交班人。',
    'handover.refusal.incoming-only': '此步驟只可由接班人進行;{staff} 不是接班人。',
    'handover.refusal.same-person': '{staff} 不能同時是交班人和接班人。',
    'handover.refusal.fitness-not-incoming': '適崗確認針對的是接班人,而不是 {staff}。',
    'handover.refusal.handover-complete':
      '交接班「{handover}」雙方已簽名:其後的事項請記入下一次交接,或以更正記錄修正。',
    'handover.refusal.record-signed': '記錄已有簽名(第 {seq} 條):現在不能再增加內容,如需修正請作更正記錄。',
    'handover.refusal.outgoing-left': '交班人({staff})已經離崗。',
    'handover.refusal.already-recorded': '此事項已經記錄(第 {seq} 條)。',
    'handover.refusal.invalid-content': '記錄內容在 {field} 處無效。',
    'handover.refusal.not-work-content': '{field} 的文字不是工作記錄:請寫明實際情況。',
    'handover.refusal.matter-incomplete': '請把交接事項的原因、經過、結果填寫清楚({field})。',
    'handover.refusal.explanation-required': '公物損壞或缺失時,須有交班人的說明({field})。',
    'handover.refusal.unknown-checklist-item': '政策的檢查清單沒有「{item}」這一項。',
    'handover.refusal.unknown-inventory-item': '政策的公物清單沒有「{item}」這項公物。',
    'handover.refusal.count-mismatch':
      '「{item}」點得 {counted} 件,應有 {expected} 件:請記為損壞或缺失,並附上說明。',
    'handover.refusal.explanation-not-outgoing': '說明須由交班人({outgoing})提供,而不是 {staff}。',
    'handover.refusal.unknown-matter': '本次交接沒有寫下「{matter}」這件事項。',
    'handover.refusal.unknown-flag': '本次交接沒有未解除的突發事件「{flag}」。',
    'handover.refusal.unknown-dispute': '本次交接沒有未解決的爭執「{dispute}」。',
    'handover.refusal.not-arrived': '接班人({staff})尚未到崗。',
    'handover.refusal.before-preparation-window': '交班準備由 {opensAt} 開始:屆時才整理崗位,不要提前。',
    'handover.refusal.checklist-incomplete': '必做的檢查項目尚未完成:{items}。',
    'handover.refusal.inventory-incomplete': '以下公物尚未清點:{items}。',
    'handover.refusal.matters-unacknowledged': '接班人尚未確認以下事項:{matters}。',
    'handover.refusal.verbal-only-matter':
      '申報了 {declared} 件事項,但只寫下 {written} 件:所有交接事項都必須有書面記錄。',
    'handover.refusal.not-face-to-face': '交接須當面進行:{staff} 不在崗位。',
    'handover.refusal.not-prepared': '交班人({staff})尚未完成交班準備。',
    'handover.refusal.outgoing-must-stay': '接班人到崗並雙方簽名之前,交班人({staff})須堅守崗位。',
    'handover.refusal.emergency-open': '突發事件「{flag}」尚未解除:由交班人主導處理,直至告一段落。',
    'handover.refusal.dispute-open': '爭執「{dispute}」尚未解決:期間由交班人繼續正常操作。',
    'handover.refusal.not-countersign-role': '只有「{role}」角色可以簽核交接班記錄。',
    'handover.refusal.countersign-by-party': '{staff} 參與了這次交接,不能為其簽核。',
    'handover.refusal.not-signed-by-both': '交接班「{handover}」雙方尚未全部簽名。',
    'handover.refusal.conflict': '已有其他人先寫入這次交接(記錄編號「{id}」):請重新載入後再試。',

    'handover.arrival-late': '{staff} 於 {arrivedAt} 到崗,比應到時間 {dueAt} 遲了 {minutes} 分鐘。',
    'handover.arrival-missing': '{staff} 應於 {dueAt} 到崗交接,至今未到。',
    'handover.preparation-late': '交班人({staff})於 {preparedAt} 才完成交班準備,已過交班時間 {handoverAt}。',
    'handover.preparation-missing': '交班時間 {handoverAt} 已過,交班人({staff})仍未完成交班準備。',
    'handover.inventory-unexplained': '公物「{item}」記為不正常,但沒有說明。',
    'handover.inventory-explained-by-other': '公物「{item}」的說明由 {staff} 提供,而非交班人({outgoing})。',
    'handover.inventory-count-mismatch': '公物「{item}」記為正常,但點得 {counted} 件,應有 {expected} 件。',
    'handover.anomaly-explained-by-other':
      '異常情況「{anomaly}」的解釋由 {staff} 提供,而非交班人({outgoing})。',
    'handover.matter-no-owner': '事項「{title}」尚未完成,但沒有負責人。',
    'handover.matter-no-due': '事項「{title}」尚未完成,但沒有完成期限。',
    'handover.matter-no-next-step': '事項「{title}」尚未完成,但沒有寫明下一步。',
    'handover.countersign-overdue': '交接班記錄應由「{role}」於 {dueAt} 前簽核,至今仍未簽核。',
    'handover.countersign-late': '交接班記錄由 {staff} 於 {countersignedAt} 簽核,已過簽核期限 {dueAt}。',
    'handover.entry-unreadable': '交接班的第 {seq} 條記錄({type})格式不符,未被讀入。',
    'handover.entry-out-of-sequence': '交接班的第 {seq} 條記錄({type})次序不符或與前面重複,未被讀入。',
    'handover.entry-not-by-party': '第 {seq} 條記錄({type})由無權填寫的人寫入,未被讀入。',
    'handover.amendment-not-applied': '對記錄「{original}」的第 {seq} 條更正與原記錄不符,無法套用。',
  },
  'zh-Hans': {
    'handover.text.placeholder': '请写明实际情况:“-”“N/A”“无”“test”之类的填充字不算工作记录。',
    'handover.text.bare-normal': '只写“正常”或“OK”等于没写:请说明检查了什么、发现了什么。',
    'handover.format.record-id': '标识符不能为空,也不能含空格。',
    'handover.format.day':
      '日期以 yyyy-MM-dd 书写,须是存在的日子,且在 2000 至 2999 年之间(例如 2026-12-01)。',
    'handover.format.shift-key': '班次以 yyyy-MM-dd/班次/岗位 书写(例如 2026-12-01/night/front-desk)。',
    'handover.same-person': '交班人和接班人必须是两个不同的人。',
    'handover.count.explanation-required': '公物损坏或缺失时,须由交班人说明物品去向。',
    'handover.fitness.observation-required': '判定某人不适合接班时,须写下观察到的情况。',
    'handover.fitness.substitute-when-fit': '只有接班人不适合接班时才需指定顶班人。',

    'handover.blocker.major-event-unresolved': '重大事件仍在处理中:{description}。',
    'handover.blocker.equipment-transition': '重要设备“{equipment}”正在启动或停机,请待其稳定后再交接。',
    'handover.blocker.preparation-incomplete': '交班人({staff})尚未完成交班准备。',
    'handover.blocker.incoming-unfit': '接班人({staff})不适合接班,且尚未找到顶班人。',
    'handover.blocker.before-handover-time': '未到交班时间:交班时间为 {handoverAt}。',
    'handover.blocker.incoming-absent': '接班人({staff})尚未到岗。',
    'handover.blocker.emergency-in-progress':
      '突发事件处理中({description}):由交班人主导处理,告一段落后再交接。',
    'handover.blocker.incident-in-progress': '事故处理中:{description}。',
    'handover.blocker.important-work-unfinished': '重要工作尚未完成:“{title}”。',
    'handover.blocker.dispute-unresolved': '双方有争执未解决({description}):期间由交班人继续正常操作。',

    'handover.refusal.not-opened': '没有进行中的交接班“{handover}”。',
    'handover.refusal.already-opened': '交接班“{handover}”已经开始。',
    'handover.refusal.not-a-party': '员工 {staff} 既不是交接班“{handover}”的交班人,也不是接班人。',
    'handover.refusal.outgoing-only': '此步骤只能由交班人进行;{staff} 不是交班人。',
    'handover.refusal.incoming-only': '此步骤只能由接班人进行;{staff} 不是接班人。',
    'handover.refusal.same-person': '{staff} 不能同时是交班人和接班人。',
    'handover.refusal.fitness-not-incoming': '适岗确认针对的是接班人,而不是 {staff}。',
    'handover.refusal.handover-complete':
      '交接班“{handover}”双方已签名:之后的事项请记入下一次交接,或以更正记录修正。',
    'handover.refusal.record-signed': '记录已有签名(第 {seq} 条):现在不能再增加内容,如需修正请作更正记录。',
    'handover.refusal.outgoing-left': '交班人({staff})已经离岗。',
    'handover.refusal.already-recorded': '此事项已经记录(第 {seq} 条)。',
    'handover.refusal.invalid-content': '记录内容在 {field} 处无效。',
    'handover.refusal.not-work-content': '{field} 的文字不是工作记录:请写明实际情况。',
    'handover.refusal.matter-incomplete': '请把交接事项的原因、经过、结果填写清楚({field})。',
    'handover.refusal.explanation-required': '公物损坏或缺失时,须有交班人的说明({field})。',
    'handover.refusal.unknown-checklist-item': '政策的检查清单没有“{item}”这一项。',
    'handover.refusal.unknown-inventory-item': '政策的公物清单没有“{item}”这项公物。',
    'handover.refusal.count-mismatch':
      '“{item}”点得 {counted} 件,应有 {expected} 件:请记为损坏或缺失,并附上说明。',
    'handover.refusal.explanation-not-outgoing': '说明须由交班人({outgoing})提供,而不是 {staff}。',
    'handover.refusal.unknown-matter': '本次交接没有写下“{matter}”这件事项。',
    'handover.refusal.unknown-flag': '本次交接没有未解除的突发事件“{flag}”。',
    'handover.refusal.unknown-dispute': '本次交接没有未解决的争执“{dispute}”。',
    'handover.refusal.not-arrived': '接班人({staff})尚未到岗。',
    'handover.refusal.before-preparation-window': '交班准备从 {opensAt} 开始:届时才整理岗位,不要提前。',
    'handover.refusal.checklist-incomplete': '必做的检查项目尚未完成:{items}。',
    'handover.refusal.inventory-incomplete': '以下公物尚未清点:{items}。',
    'handover.refusal.matters-unacknowledged': '接班人尚未确认以下事项:{matters}。',
    'handover.refusal.verbal-only-matter':
      '申报了 {declared} 件事项,但只写下 {written} 件:所有交接事项都必须有书面记录。',
    'handover.refusal.not-face-to-face': '交接须当面进行:{staff} 不在岗位。',
    'handover.refusal.not-prepared': '交班人({staff})尚未完成交班准备。',
    'handover.refusal.outgoing-must-stay': '接班人到岗并双方签名之前,交班人({staff})须坚守岗位。',
    'handover.refusal.emergency-open': '突发事件“{flag}”尚未解除:由交班人主导处理,直至告一段落。',
    'handover.refusal.dispute-open': '争执“{dispute}”尚未解决:期间由交班人继续正常操作。',
    'handover.refusal.not-countersign-role': '只有“{role}”角色可以签核交接班记录。',
    'handover.refusal.countersign-by-party': '{staff} 参与了这次交接,不能为其签核。',
    'handover.refusal.not-signed-by-both': '交接班“{handover}”双方尚未全部签名。',
    'handover.refusal.conflict': '已有其他人先写入这次交接(记录编号“{id}”):请重新加载后再试。',

    'handover.arrival-late': '{staff} 于 {arrivedAt} 到岗,比应到时间 {dueAt} 迟了 {minutes} 分钟。',
    'handover.arrival-missing': '{staff} 应于 {dueAt} 到岗交接,至今未到。',
    'handover.preparation-late': '交班人({staff})于 {preparedAt} 才完成交班准备,已过交班时间 {handoverAt}。',
    'handover.preparation-missing': '交班时间 {handoverAt} 已过,交班人({staff})仍未完成交班准备。',
    'handover.inventory-unexplained': '公物“{item}”记为不正常,但没有说明。',
    'handover.inventory-explained-by-other': '公物“{item}”的说明由 {staff} 提供,而非交班人({outgoing})。',
    'handover.inventory-count-mismatch': '公物“{item}”记为正常,但点得 {counted} 件,应有 {expected} 件。',
    'handover.anomaly-explained-by-other':
      '异常情况“{anomaly}”的解释由 {staff} 提供,而非交班人({outgoing})。',
    'handover.matter-no-owner': '事项“{title}”尚未完成,但没有负责人。',
    'handover.matter-no-due': '事项“{title}”尚未完成,但没有完成期限。',
    'handover.matter-no-next-step': '事项“{title}”尚未完成,但没有写明下一步。',
    'handover.countersign-overdue': '交接班记录应由“{role}”于 {dueAt} 前签核,至今仍未签核。',
    'handover.countersign-late': '交接班记录由 {staff} 于 {countersignedAt} 签核,已过签核期限 {dueAt}。',
    'handover.entry-unreadable': '交接班的第 {seq} 条记录({type})格式不符,未被读入。',
    'handover.entry-out-of-sequence': '交接班的第 {seq} 条记录({type})次序不符或与前面重复,未被读入。',
    'handover.entry-not-by-party': '第 {seq} 条记录({type})由无权填写的人写入,未被读入。',
    'handover.amendment-not-applied': '对记录“{original}”的第 {seq} 条更正与原记录不符,无法套用。',
  },
});
