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
