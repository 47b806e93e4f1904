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
