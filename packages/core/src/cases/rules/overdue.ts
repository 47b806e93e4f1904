import { defineRule } from '../../diagnostics/rule.js';
import type { ClauseId } from '../../policy/clauses.js';
import type { CaseGravity } from '../entries.js';
import { caseSubject, type CaseRuleContext } from './context.js';

/** The quality target each closing deadline comes from. */
const TARGET: Partial<Record<CaseGravity, readonly ClauseId[]>> = {
  general: ['FINE-3.4'],
  difficult: ['FINE-3.5'],
};

/**
 * General matters close the same day (FINE-3.4), difficult ones within a
 * week (FINE-3.5), in the site's time zone (see `deadlines.ts`). These are
 * quality targets, so the default severity is a warning.
 */
export const overdue = defineRule<CaseRuleContext>({
  meta: {
    id: 'case/overdue',
    domain: 'case',
    clauses: ['FINE-3.4', 'FINE-3.5'],
    defaultSeverity: 'warn',
    summary: {
      'zh-Hant': '一般性問題當日處理,疑難問題一週內處理。',
      'zh-Hans': '一般性问题当日处理,疑难问题一周内处理。',
      en: 'General matters are dealt with the same day, difficult ones within a week.',
    },
    messages: ['case.overdue', 'case.resolved-late'],
    configuredBy: ['cases.generalCloseBy', 'cases.difficultCloseWithinDays'],
  },
  *check({ register, nowMs }) {
    for (const state of register.cases.values()) {
      const { closeBy, closeByMs } = state.deadlines;
      const clauses = TARGET[state.gravity];
      if (closeBy === undefined || closeByMs === undefined || clauses === undefined) continue;
      const resolution = state.resolution;
      if (resolution === undefined) {
        if (nowMs <= closeByMs) continue;
        yield {
          messageId: 'case.overdue',
          params: { case: state.caseId, gravity: state.gravity, due: closeBy },
          subject: caseSubject(state, [state.intake.seq]),
          clauses,
        };
      } else if (resolution.atMs > closeByMs) {
        yield {
          messageId: 'case.resolved-late',
          params: { case: state.caseId, gravity: state.gravity, due: closeBy, resolved: resolution.at },
          subject: caseSubject(state, [state.intake.seq, resolution.seq]),
          clauses,
        };
      }
    }
  },
});
