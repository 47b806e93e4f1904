import { defineRule } from '../../diagnostics/rule.js';
import type { ClauseId } from '../../policy/clauses.js';
import { millisOf } from '../timing.js';
import { handoverSubject, narrowedClauses, signedByBoth, type HandoverRuleContext } from './context.js';

const CLAUSES: readonly [ClauseId, ...ClauseId[]] = ['REG7-9.1', 'CSM-1', 'HOS-4.1', 'CSD-2.1.1'];

/**
 * The incoming person arrives the policy's minutes before the shift starts.
 * A late arrival is recorded, not refused (so the handover can still happen),
 * and reported here; so is an arrival still missing once it was due.
 */
export const arrivalLate = defineRule<HandoverRuleContext>({
  meta: {
    id: 'handover/arrival-late',
    domain: 'handover',
    clauses: CLAUSES,
    defaultSeverity: 'warn',
    summary: {
      'zh-Hant': '接班人須按政策規定的分鐘數提前到崗交接。',
      'zh-Hans': '接班人须按政策规定的分钟数提前到岗交接。',
      en: 'The incoming person arrives for the handover the set number of minutes before the shift starts.',
    },
    messages: ['handover.arrival-late', 'handover.arrival-missing'],
    configuredBy: ['handover.arriveEarlyMinutes'],
    examples: {
      failing: {
        description: {
          'zh-Hant':
            'reg7:黃志強 17:00 接陳美玲的前台班,須提前 5 分鐘,即 16:55 到崗(REG7-9.1);他 17:02 才到,遲了 7 分鐘。',
          'zh-Hans':
            'reg7:黄志强 17:00 接陈美玲的前台班,须提前 5 分钟,即 16:55 到岗(REG7-9.1);他 17:02 才到,迟了 7 分钟。',
          en: 'reg7: Wong Chi-keung takes the front desk over from Chan Mei-ling at 17:00 and is due five minutes early, at 16:55 (REG7-9.1); he arrives at 17:02, 7 minutes late.',
        },
        code: '{ "handoverId": "h-2026-12-01-early", "staffId": "S-102", "arrivedAt": "2026-12-01T17:02:00+08:00" }',
      },
      passing: {
        description: {
          'zh-Hant': '他 16:53 到崗,比應到時間早兩分鐘。',
          'zh-Hans': '他 16:53 到岗,比应到时间早两分钟。',
          en: 'He arrives at 16:53, two minutes before he is due.',
        },
        code: '{ "handoverId": "h-2026-12-01-early", "staffId": "S-102", "arrivedAt": "2026-12-01T16:53:00+08:00" }',
      },
    },
  },
  *check({ handover, policy, now }) {
    const { times, incoming } = handover;
    if (times === undefined || incoming === undefined) return;
    const clauses = narrowedClauses(policy, 'handover.arriveEarlyMinutes', CLAUSES);
    const { arrival } = handover;
    if (arrival?.late === true) {
      yield {
        messageId: 'handover.arrival-late',
        params: {
          staff: arrival.staffId,
          minutes: arrival.minutesLate,
          dueAt: arrival.dueAt,
          arrivedAt: arrival.arrivedAt,
        },
        subject: handoverSubject(handover, { staff: [arrival.staffId], entries: [arrival.seq] }),
        clauses,
      };
    } else if (
      arrival === undefined &&
      !signedByBoth(handover) &&
      millisOf(now) > millisOf(times.arrivalDueAt)
    ) {
      yield {
        messageId: 'handover.arrival-missing',
        params: { staff: incoming.staffId, dueAt: times.arrivalDueAt },
        subject: handoverSubject(handover, { staff: [incoming.staffId] }),
        clauses,
      };
    }
  },
});
