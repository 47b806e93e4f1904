import { defineRule } from '../../diagnostics/rule.js';
import { caseSubject, type CaseRuleContext } from './context.js';

/**
 * The owner answers for the case until it is resolved or a definite answer
 * is given (FCR-4.1), and keeps tracking a case passed to another department
 * (FCR-4.4). So when someone else records the resolution, the owner must
 * have acted on it since (a follow-up or the revisit): otherwise nobody has
 * closed the loop with the customer. Until then the finding stands as a
 * to-do for the owner.
 */
export const ownerCloses = defineRule<CaseRuleContext>({
  meta: {
    id: 'case/owner-closes',
    domain: 'case',
    clauses: ['FCR-4.1', 'FCR-4.4'],
    defaultSeverity: 'warn',
    summary: {
      'zh-Hant': '首問負責人負責到底:由他人登記的處理結果,須由負責人跟進確認。',
      'zh-Hans': '首问负责人负责到底:由他人登记的处理结果,须由负责人跟进确认。',
      en: 'The owner sees the case through: a resolution recorded by someone else needs the owner’s follow-up.',
    },
    messages: ['case.closed-without-owner'],
    configuredBy: [],
    examples: {
      failing: {
        description: {
          'zh-Hant':
            '陳小明把走廊燈個案轉交工程部;張工 11:00 登記已修好,但陳小明之後沒有向周太太跟進確認(FCR-4.1)。',
          'zh-Hans':
            '陈小明把走廊灯个案转交工程部;张工 11:00 登记已修好,但陈小明之后没有向周太太跟进确认(FCR-4.1)。',
          en: 'Chan Siu-ming passes the corridor-light case to engineering; engineer Cheung records it fixed at 11:00, and Chan never follows up with Mrs Chow (FCR-4.1).',
        },
        code: '{ "caseId": "c-1201-007", "outcome": "resolved", "answer": "已更換燈管" }',
      },
      passing: {
        description: {
          'zh-Hant': '陳小明 11:30 致電周太太,確認走廊燈已亮,並登記跟進(FCR-4.4)。',
          'zh-Hans': '陈小明 11:30 致电周太太,确认走廊灯已亮,并登记跟进(FCR-4.4)。',
          en: 'At 11:30 Chan Siu-ming calls Mrs Chow, confirms the light is on, and records the follow-up (FCR-4.4).',
        },
        code: '{ "caseId": "c-1201-007", "note": "11:30 致電周太太,確認走廊燈已亮" }',
      },
    },
  },
  *check({ register }) {
    for (const state of register.cases.values()) {
      const resolution = state.resolution;
      const owner = state.owner.staffId;
      if (resolution === undefined || resolution.by === owner) continue;
      const ownerActed = [...state.followUps, ...state.revisits].some(
        (stamp) => stamp.by === owner && stamp.atMs >= resolution.atMs,
      );
      if (ownerActed) continue;
      yield {
        messageId: 'case.closed-without-owner',
        params: { case: state.caseId, staff: resolution.by, owner },
        subject: caseSubject(state, [state.intake.seq, resolution.seq], [resolution.by]),
        clauses: state.transfers.length > 0 ? ['FCR-4.1', 'FCR-4.4'] : ['FCR-4.1'],
      };
    }
  },
});
