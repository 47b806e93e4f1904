import { defineMessages } from '../diagnostics/define-messages.js';

/** Messages of the policy: problems in a policy document and findings of the policy rules. */
export const policyMessages = defineMessages({
  en: {
    // Problems in a policy document (PolicyError) beyond the generic input ones.
    'policy.unknown-preset': 'There is no preset called "{preset}". Known presets: {known}.',
    'policy.preset-not-loaded':
      'Preset "{preset}" exists but was not loaded by this page, so the policy cannot be built from it.',
    'policy.invalid-time-zone': '"{timeZone}" is not a known IANA time zone (for example Asia/Hong_Kong).',
    'policy.unknown-rule': 'There is no rule "{rule}", so its severity cannot be set.',
    'policy.unknown-clause': '"{clause}" is not a clause ID of the catalogue.',
    'policy.citation-path': 'The citation refers to "{citedPath}", which is not a value in this policy.',
    'policy.duplicate-id': 'The id "{id}" is already used earlier in this list.',
    'policy.unknown-role': 'No role with id "{id}" is defined in this policy (see roles).',
    'policy.unknown-post': 'No post with id "{id}" is defined in this policy (see posts).',
    'policy.shift-zero-length': 'Shift "{shift}" ends when it starts ({start}); a shift must have a length.',
    'policy.shift-midnight-mismatch':
      'Shift "{shift}" runs {start}–{end}: it must be marked crossesMidnight exactly when it ends on the next day.',
    'policy.tier-without-role': 'Escalation tier {level} has no role: name who decides at this tier.',
    'policy.tier-order':
      'Escalation tiers must be listed from level 1 upwards without gaps (found level {level} at position {position}).',
    'policy.range-inverted': 'The minimum ({min}) is greater than the maximum ({max}).',
    'policy.reviewer-missing': 'The roster needs a review, but no reviewing role is named.',
    'policy.invalid-overrides': 'Overrides must be an object of policy fields.',

    // Findings of the policy rules (checkPolicy).
    'policy.post-not-coverable':
      'Post "{post}" must be staffed {from}–{to} ({band}), but no shift of that post covers {gapStart}–{gapEnd}.',
    'policy.round-the-clock-gap':
      'Post "{post}" is a 24-hour post, but its shifts leave {gapStart}–{gapEnd} uncovered.',
    'policy.round-the-clock-band-missing':
      'Post "{post}" is a 24-hour post, but no coverage band requires someone there at every minute.',
  },
  'zh-Hant': {
    'policy.unknown-preset': '沒有名為「{preset}」的預設政策。可用的預設:{known}。',
    'policy.preset-not-loaded': '預設政策「{preset}」存在，但此頁面未載入，無法據此建立政策。',
    'policy.invalid-time-zone': '「{timeZone}」不是已知的 IANA 時區(例如 Asia/Hong_Kong)。',
    'policy.unknown-rule': '沒有「{rule}」這條規則,無法設定其嚴重程度。',
    'policy.unknown-clause': '「{clause}」不是條款目錄中的條款編號。',
    'policy.citation-path': '引用指向「{citedPath}」,但此政策沒有這個值。',
    'policy.duplicate-id': '識別碼「{id}」已在此清單前面使用過。',
    'policy.unknown-role': '此政策沒有定義識別碼為「{id}」的角色(見 roles)。',
    'policy.unknown-post': '此政策沒有定義識別碼為「{id}」的崗位(見 posts)。',
    'policy.shift-zero-length': '班次「{shift}」的結束時間等於開始時間({start}),班次必須有時長。',
    'policy.shift-midnight-mismatch':
      '班次「{shift}」為 {start}–{end}:只有在次日結束的班次才應標記為跨午夜(crossesMidnight)。',
    'policy.tier-without-role': '第 {level} 級上報沒有指定角色:請寫明由誰在此級決定。',
    'policy.tier-order': '上報層級必須由第 1 級起依序排列且不可跳級(第 {position} 項為第 {level} 級)。',
    'policy.range-inverted': '最小值({min})大於最大值({max})。',
    'policy.reviewer-missing': '排班表需要審核,但沒有指定審核角色。',
    'policy.invalid-overrides': '覆寫設定必須是由政策欄位組成的物件。',

    'policy.post-not-coverable':
      '崗位「{post}」在 {from}–{to}({band})須有人當值,但該崗位沒有任何班次涵蓋 {gapStart}–{gapEnd}。',
    'policy.round-the-clock-gap': '崗位「{post}」為 24 小時崗位,但其班次在 {gapStart}–{gapEnd} 無人覆蓋。',
    'policy.round-the-clock-band-missing':
      '崗位「{post}」為 24 小時崗位,但沒有任何人手時段要求每分鐘都有人當值。',
  },
  'zh-Hans': {
    'policy.unknown-preset': '没有名为“{preset}”的预设政策。可用的预设:{known}。',
    'policy.preset-not-loaded': '预设政策“{preset}”存在，但此页面未载入，无法据此建立政策。',
    'policy.invalid-time-zone': '“{timeZone}”不是已知的 IANA 时区(例如 Asia/Shanghai)。',
    'policy.unknown-rule': '没有“{rule}”这条规则,无法设置其严重程度。',
    'policy.unknown-clause': '“{clause}”不是条款目录中的条款编号。',
    'policy.citation-path': '引用指向“{citedPath}”,但此政策没有这个值。',
    'policy.duplicate-id': '标识符“{id}”已在此列表前面使用过。',
    'policy.unknown-role': '此政策没有定义标识符为“{id}”的角色(见 roles)。',
    'policy.unknown-post': '此政策没有定义标识符为“{id}”的岗位(见 posts)。',
    'policy.shift-zero-length': '班次“{shift}”的结束时间等于开始时间({start}),班次必须有时长。',
    'policy.shift-midnight-mismatch':
      '班次“{shift}”为 {start}–{end}:只有在次日结束的班次才应标记为跨午夜(crossesMidnight)。',
    'policy.tier-without-role': '第 {level} 级上报没有指定角色:请写明由谁在此级决定。',
    'policy.tier-order': '上报层级必须从第 1 级起依次排列且不能跳级(第 {position} 项为第 {level} 级)。',
    'policy.range-inverted': '最小值({min})大于最大值({max})。',
    'policy.reviewer-missing': '排班表需要审核,但没有指定审核角色。',
    'policy.invalid-overrides': '覆盖设置必须是由政策字段组成的对象。',

    'policy.post-not-coverable':
      '岗位“{post}”在 {from}–{to}({band})须有人值班,但该岗位没有任何班次覆盖 {gapStart}–{gapEnd}。',
    'policy.round-the-clock-gap': '岗位“{post}”为 24 小时岗位,但其班次在 {gapStart}–{gapEnd} 无人覆盖。',
    'policy.round-the-clock-band-missing':
      '岗位“{post}”为 24 小时岗位,但没有任何人手时段要求每分钟都有人值班。',
  },
});
