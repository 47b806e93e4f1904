import { defineRule } from '../../diagnostics/rule.js';
import { millisOf } from '../timing.js';
import { handoverSubject, type HandoverRuleContext } from './context.js';

/**
 * The supervisor countersigns every handover record daily (REG7-9.9): by
 * the policy's `countersign.by` time, `countersign.dayOffset` days after the
 * duty day, in the site's time zone.
 */
export const countersignDeadline = defineRule<HandoverRuleContext>({
  meta: {
    id: 'handover/countersign-deadline',
    domain: 'handover',
    clauses: ['REG7-9.9'],
    defaultSeverity: 'error',
    summary: {
      'zh-Hant': '主管須在規定時間前檢查並簽核每份交接班記錄。',
      'zh-Hans': '主管须在规定时间前检查并签核每份交接班记录。',
      en: 'The supervisor reviews and countersigns every handover record by the set time.',
    },
    messages: ['handover.countersign-overdue', 'handover.countersign-late'],
    configuredBy: ['handover.countersign'],
  },
  *check({ handover, policy, now }) {
    const { times, countersign } = handover;
    if (times === undefined) return;
    const due = millisOf(times.countersignDueAt);
    if (handover.phase === 'signed-by-both' && millisOf(now) > due) {
      yield {
        messageId: 'handover.countersign-overdue',
        params: { role: policy.handover.countersign.role, dueAt: times.countersignDueAt },
        subject: handoverSubject(handover),
      };
    } else if (countersign !== undefined && millisOf(countersign.at) > due) {
      yield {
        messageId: 'handover.countersign-late',
        params: {
          staff: countersign.staffId,
          countersignedAt: countersign.at,
          dueAt: times.countersignDueAt,
        },
        subject: handoverSubject(handover, { staff: [countersign.staffId], entries: [countersign.seq] }),
      };
    }
  },
});
