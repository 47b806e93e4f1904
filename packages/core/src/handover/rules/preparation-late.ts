import { defineRule } from '../../diagnostics/rule.js';
import { millisOf } from '../timing.js';
import { handoverSubject, signedByBoth, type HandoverRuleContext } from './context.js';

/**
 * The outgoing person prepares in the minutes before the shift ends, so the
 * desk is ready at the handover time (REG7-9.6). Preparing early is refused
 * by the command; finishing after the handover time is reported here.
 */
export const preparationLate = defineRule<HandoverRuleContext>({
  meta: {
    id: 'handover/preparation-late',
    domain: 'handover',
    clauses: ['REG7-9.6'],
    defaultSeverity: 'warn',
    summary: {
      'zh-Hant': '交班人須在交班時間前完成交班準備。',
      'zh-Hans': '交班人须在交班时间前完成交班准备。',
      en: 'The outgoing person has finished preparing by the handover time.',
    },
    messages: ['handover.preparation-late', 'handover.preparation-missing'],
    configuredBy: ['handover.outgoingPreparationMinutes', 'handover.outgoingChecklist'],
    examples: {
      failing: {
        description: {
          'zh-Hant':
            'reg7:陳美玲的早班 17:00 結束,她到 17:04 才完成交班準備(擺好公物、清理桌面、填好值班記錄),已過交班時間(REG7-9.6)。',
          'zh-Hans':
            'reg7:陈美玲的早班 17:00 结束,她到 17:04 才完成交班准备(摆好公物、清理桌面、填好值班记录),已过交班时间(REG7-9.6)。',
          en: "reg7: Chan Mei-ling's early shift ends at 17:00, but she only finishes preparing the handover (items in order, desk clear, duty record written) at 17:04, after the handover time (REG7-9.6).",
        },
        code: '{ "id": "e-0417", "at": "2026-12-01T17:04:00+08:00", "actor": { "staffId": "S-101", "name": "陳美玲" }, "type": "handover.outgoing-prepared", "payload": { "handoverId": "h-2026-12-01-early" } }',
      },
      passing: {
        description: {
          'zh-Hant': '她 16:45 開始準備,即下班前 15 分鐘內,16:50 完成。',
          'zh-Hans': '她 16:45 开始准备,即下班前 15 分钟内,16:50 完成。',
          en: 'She starts at 16:45, within the last 15 minutes of her shift, and marks the preparation done at 16:50.',
        },
        code: '{ "id": "e-0417", "at": "2026-12-01T16:50:00+08:00", "actor": { "staffId": "S-101", "name": "陳美玲" }, "type": "handover.outgoing-prepared", "payload": { "handoverId": "h-2026-12-01-early" } }',
      },
    },
  },
  *check({ handover, now }) {
    const { times, outgoing, prepared } = handover;
    if (times === undefined || outgoing === undefined) return;
    const handoverAt = millisOf(times.handoverAt);
    if (prepared !== undefined && millisOf(prepared.at) > handoverAt) {
      yield {
        messageId: 'handover.preparation-late',
        params: { staff: outgoing.staffId, preparedAt: prepared.at, handoverAt: times.handoverAt },
        subject: handoverSubject(handover, { staff: [outgoing.staffId], entries: [prepared.seq] }),
      };
    } else if (prepared === undefined && !signedByBoth(handover) && millisOf(now) > handoverAt) {
      yield {
        messageId: 'handover.preparation-missing',
        params: { staff: outgoing.staffId, handoverAt: times.handoverAt },
        subject: handoverSubject(handover, { staff: [outgoing.staffId] }),
      };
    }
  },
});
