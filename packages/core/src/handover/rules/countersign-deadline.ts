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
    examples: {
      failing: {
        description: {
          'zh-Hant':
            'cs-department:12 月 1 日晚班(17:30–01:00)於 2 日 01:00 交接完畢,客服部經理須於 2 日 09:00 前簽核;何經理 09:20 才簽核(REG7-9.9)。',
          'zh-Hans':
            'cs-department:12 月 1 日晚班(17:30–01:00)于 2 日 01:00 交接完毕,客服部经理须于 2 日 09:00 前签核;何经理 09:20 才签核(REG7-9.9)。',
          en: 'cs-department: the 1 December night shift (17:30–01:00) is handed over at 01:00 on the 2nd; the department manager must countersign by 09:00 on 2 December, and manager Ho signs at 09:20 (REG7-9.9).',
        },
        code: '{ "id": "e-0312", "at": "2026-12-02T09:20:00+08:00", "actor": { "staffId": "S-301", "name": "何經理", "role": "department-manager" }, "type": "handover.countersigned", "payload": { "handoverId": "h-2026-12-01-night", "staffId": "S-301", "role": "department-manager" } }',
      },
      passing: {
        description: {
          'zh-Hant': '何經理 2 日 08:50 檢查記錄並簽核,在 09:00 的期限之前。',
          'zh-Hans': '何经理 2 日 08:50 检查记录并签核,在 09:00 的期限之前。',
          en: 'Manager Ho reviews the record and countersigns at 08:50 on the 2nd, before the 09:00 deadline.',
        },
        code: '{ "id": "e-0312", "at": "2026-12-02T08:50:00+08:00", "actor": { "staffId": "S-301", "name": "何經理", "role": "department-manager" }, "type": "handover.countersigned", "payload": { "handoverId": "h-2026-12-01-night", "staffId": "S-301", "role": "department-manager" } }',
      },
    },
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
