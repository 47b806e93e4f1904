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
    examples: {
      failing: {
        description: {
          'zh-Hant':
            '一般性問題(12 樓走廊燈不亮)12 月 1 日 09:00 受理,到 2 日 00:01 仍未處理完畢,未能做到當日處理(FINE-3.4)。',
          'zh-Hans':
            '一般性问题(12 楼走廊灯不亮)12 月 1 日 09:00 受理,到 2 日 00:01 仍未处理完毕,未能做到当日处理(FINE-3.4)。',
          en: 'A general matter (the unlit 12/F corridor) taken in at 09:00 on 1 December is still open at 00:01 on the 2nd: not dealt with the same day (FINE-3.4).',
        },
      },
      passing: {
        description: {
          'zh-Hant':
            '同一問題當天 15:00 已處理完畢;另一宗疑難問題(更換水泵)1 日 09:00 受理,8 日 08:00 解決,在一週之內(FINE-3.5)。',
          'zh-Hans':
            '同一问题当天 15:00 已处理完毕;另一宗疑难问题(更换水泵)1 日 09:00 受理,8 日 08:00 解决,在一周之内(FINE-3.5)。',
          en: 'The same matter is resolved at 15:00 that day; a difficult one (a pump replacement) taken in at 09:00 on the 1st is resolved at 08:00 on the 8th, within the week (FINE-3.5).',
        },
        code: '{ "caseId": "c-1201-007", "outcome": "resolved", "answer": "已更換燈管" }',
      },
    },
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
