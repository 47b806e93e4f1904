import { defineMessages } from '../diagnostics/define-messages.js';

/**
 * Messages of the escalation domain: refused input, the steps of an
 * escalation decision, and the actions of the call-surge controller.
 */
export const escalationMessages = defineMessages({
  en: {
    'escalation.error.invalid-input': 'The matter or the options of the escalation cannot be read.',
    'escalation.format.day':
      'Holidays are site dates written yyyy-MM-dd that exist (for example 2026-10-01).',
    'escalation.range.day':
      'Holidays must be in the years 2000 to 2999 (for example 2026-10-01): check the year.',
    'escalation.decided-before-matter':
      'The escalation is dated before the matter it is about: check both times.',

    'escalation.step.decide': '{role} decides what is done; reach them by {deadline}.',
    'escalation.step.inform': 'Tell {role} by {deadline}.',
    'escalation.step.on-site': '{role} goes to the site in person, by {deadline}.',
    'escalation.step.after-report': 'Report afterwards to {role}, who was skipped, by {deadline}.',
    'escalation.step.incident-report': '{role} writes the incident report and hands it on, by {deadline}.',

    'escalation.surge.join': 'Move {source} to the inbound seats ({min} to {max} seats).',
    'escalation.surge.release': 'The queue is short again: {source} leave the inbound seats.',
    'escalation.surge.night-join':
      'Night surge: everyone not on an inbound seat joins, except {keep} on-site supervisor(s).',
    'escalation.surge.night-release':
      'The night surge is over: the staff who joined return to their own work.',
  },
  'zh-Hant': {
    'escalation.error.invalid-input': '無法讀取此次請示報告的事項或選項。',
    'escalation.format.day': '假期以 yyyy-MM-dd 書寫,且須為實際存在的日期(例如 2026-10-01)。',
    'escalation.range.day': '假期須在 2000 至 2999 年之間(例如 2026-10-01):請核對年份。',
    'escalation.decided-before-matter': '請示報告的時間早於事項發生的時間:請核對兩個時間。',

    'escalation.step.decide': '由{role}決定處理措施;須在 {deadline} 前報到。',
    'escalation.step.inform': '在 {deadline} 前報告{role}。',
    'escalation.step.on-site': '{role}須在 {deadline} 前親臨現場處理。',
    'escalation.step.after-report': '事後須在 {deadline} 前向被越過的{role}匯報。',
    'escalation.step.incident-report': '{role}須在 {deadline} 前寫好《事件報告》並交有關部門跟進。',

    'escalation.surge.join': '調整{source}加入呼入台席(增加 {min} 至 {max} 個台席)。',
    'escalation.surge.release': '等候人數已回落:{source}簽出呼入台席。',
    'escalation.surge.night-join': '夜班話量突增:除 {keep} 名現場業務督導外,所有非話務台席加入呼入台席。',
    'escalation.surge.night-release': '夜班話量突增已過:加入的人員恢復原來的工作。',
  },
  'zh-Hans': {
    'escalation.error.invalid-input': '无法读取此次请示报告的事项或选项。',
    'escalation.format.day': '假期以 yyyy-MM-dd 书写,且须为实际存在的日期(例如 2026-10-01)。',
    'escalation.range.day': '假期须在 2000 至 2999 年之间(例如 2026-10-01):请核对年份。',
    'escalation.decided-before-matter': '请示报告的时间早于事项发生的时间:请核对两个时间。',

    'escalation.step.decide': '由{role}决定处理措施;须在 {deadline} 前报到。',
    'escalation.step.inform': '在 {deadline} 前报告{role}。',
    'escalation.step.on-site': '{role}须在 {deadline} 前亲临现场处理。',
    'escalation.step.after-report': '事后须在 {deadline} 前向被越过的{role}汇报。',
    'escalation.step.incident-report': '{role}须在 {deadline} 前写好《事件报告》并交有关部门跟进。',

    'escalation.surge.join': '调整{source}加入呼入台席(增加 {min} 至 {max} 个台席)。',
    'escalation.surge.release': '等候人数已回落:{source}签出呼入台席。',
    'escalation.surge.night-join': '夜班话量突增:除 {keep} 名现场业务督导外,所有非话务台席加入呼入台席。',
    'escalation.surge.night-release': '夜班话量突增已过:加入的人员恢复原来的工作。',
  },
});
