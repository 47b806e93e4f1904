import { defineMessages } from '../diagnostics/define-messages.js';

/** Messages of the keys domain: refused key movements and the findings of its rules. */
export const keysMessages = defineMessages({
  en: {
    'keys.refusal.invalid-content': 'The key register entry is not valid at {field}.',
    'keys.refusal.already-recorded': 'This has already been recorded in the key register (entry {seq}).',
    'keys.refusal.keys-out': 'The keys "{keys}" are still out with {holder}: they must come back first.',
    'keys.refusal.no-register-entry': 'There is no register entry "{id}" to return these keys against.',
    'keys.refusal.due-back-not-after-lending': 'The key must be due back after it is lent, not at {dueBack}.',

    'keys.area-count-mismatch': 'Area keys "{keys}": {issued} issued but {returned} returned.',
    'keys.area-not-returned':
      'Area keys "{keys}" issued to {staff} were due back at {dueBack} and are not back.',
    'keys.room-key-overdue':
      'The key of room "{room}" lent to {borrower} was due back at {dueBack} and is not back.',
    'keys.entry-unreadable': 'Key register entry {seq} ({type}) does not fit its form and was not read.',
    'keys.entry-out-of-sequence':
      'Key register entry {seq} ({type}) repeats an earlier one and was not read.',
    'keys.entry-without-register':
      'Key register entry {seq} ({type}) returns keys that were never registered as out.',
    'keys.amendment-not-applied':
      'Correction {seq} of key register entry "{original}" does not match it and was not applied.',
  },
  'zh-Hant': {
    'keys.refusal.invalid-content': '鑰匙登記內容在 {field} 處無效。',
    'keys.refusal.already-recorded': '此事項已記入鑰匙登記表(第 {seq} 條)。',
    'keys.refusal.keys-out': '鑰匙「{keys}」仍在 {holder} 手上:須先交回。',
    'keys.refusal.no-register-entry': '沒有登記編號「{id}」,無法據此交回鑰匙。',
    'keys.refusal.due-back-not-after-lending': '歸還時間須在借出之後,不能是 {dueBack}。',

    'keys.area-count-mismatch': '區域鑰匙「{keys}」領取 {issued} 條,交回 {returned} 條。',
    'keys.area-not-returned': '發給 {staff} 的區域鑰匙「{keys}」應於 {dueBack} 交回,至今未還。',
    'keys.room-key-overdue': '借給 {borrower} 的房間「{room}」鑰匙應於 {dueBack} 歸還,至今未還。',
    'keys.entry-unreadable': '鑰匙登記第 {seq} 條({type})格式不符,未被讀入。',
    'keys.entry-out-of-sequence': '鑰匙登記第 {seq} 條({type})與前面重複,未被讀入。',
    'keys.entry-without-register': '鑰匙登記第 {seq} 條({type})交回的鑰匙從未登記借出。',
    'keys.amendment-not-applied': '對鑰匙登記「{original}」的第 {seq} 條更正與原記錄不符,未被套用。',
  },
  'zh-Hans': {
    'keys.refusal.invalid-content': '钥匙登记内容在 {field} 处无效。',
    'keys.refusal.already-recorded': '此事项已记入钥匙登记表(第 {seq} 条)。',
    'keys.refusal.keys-out': '钥匙“{keys}”仍在 {holder} 手上:须先交回。',
    'keys.refusal.no-register-entry': '没有登记编号“{id}”,无法据此交回钥匙。',
    'keys.refusal.due-back-not-after-lending': '归还时间须在借出之后,不能是 {dueBack}。',

    'keys.area-count-mismatch': '区域钥匙“{keys}”领取 {issued} 条,交回 {returned} 条。',
    'keys.area-not-returned': '发给 {staff} 的区域钥匙“{keys}”应于 {dueBack} 交回,至今未还。',
    'keys.room-key-overdue': '借给 {borrower} 的房间“{room}”钥匙应于 {dueBack} 归还,至今未还。',
    'keys.entry-unreadable': '钥匙登记第 {seq} 条({type})格式不符,未被读入。',
    'keys.entry-out-of-sequence': '钥匙登记第 {seq} 条({type})与前面重复,未被读入。',
    'keys.entry-without-register': '钥匙登记第 {seq} 条({type})交回的钥匙从未登记借出。',
    'keys.amendment-not-applied': '对钥匙登记“{original}”的第 {seq} 条更正与原记录不符,未被套用。',
  },
});
