import { defineRule } from '../../diagnostics/rule.js';
import { handoverSubject, type HandoverRuleContext } from './context.js';

/**
 * A matter carried over still open is a follow-up: it names who owns it, by
 * when, and the next step (REG7-9.3), because whoever takes it over answers
 * for it (HOS-4.6).
 */
export const matterFollowUp = defineRule<HandoverRuleContext>({
  meta: {
    id: 'handover/matter-follow-up',
    domain: 'handover',
    clauses: ['REG7-9.3', 'HOS-4.6'],
    defaultSeverity: 'warn',
    summary: {
      'zh-Hant': '未完成的交接事項須寫明負責人、完成期限和下一步。',
      'zh-Hans': '未完成的交接事项须写明负责人、完成期限和下一步。',
      en: 'A matter carried over still open names its owner, its due date and the next step.',
    },
    messages: ['handover.matter-no-owner', 'handover.matter-no-due', 'handover.matter-no-next-step'],
    configuredBy: [],
    examples: {
      failing: {
        description: {
          'zh-Hant':
            '陳美玲把「B 座升降機困人後檢修」交給下一班,寫了起因、經過和結果,卻沒有寫負責人、完成期限和下一步(REG7-9.3)。',
          'zh-Hans':
            '陈美玲把“B 座电梯困人后检修”交给下一班,写了起因、经过和结果,却没有写负责人、完成期限和下一步(REG7-9.3)。',
          en: 'Chan Mei-ling carries over “B-block lift repair after a resident was trapped” with its cause, course and result, but names no owner, no due date and no next step (REG7-9.3).',
        },
        code: '{ "handoverId": "h-2026-12-01-early", "matterId": "m-lift-b", "title": "B 座升降機困人後檢修", "cause": "15:20 升降機停在 7 樓,一名住戶被困", "course": "15:35 技工到場放人,住戶無受傷", "result": "升降機暫停使用,待換控制板", "status": "in-progress", "major": false }',
      },
      passing: {
        description: {
          'zh-Hant':
            '同一事項寫明負責人黃志強(S-102)、期限 12 月 2 日,以及下一步:明早 09:00 跟進升降機公司並通知 B 座住戶(HOS-4.6)。',
          'zh-Hans':
            '同一事项写明负责人黄志强(S-102)、期限 12 月 2 日,以及下一步:明早 09:00 跟进电梯公司并通知 B 座住户(HOS-4.6)。',
          en: 'The same matter names Wong Chi-keung (S-102) as owner, 2 December as its due date, and the next step: chase the lift contractor at 09:00 tomorrow and tell B-block residents (HOS-4.6).',
        },
        code: '{ "handoverId": "h-2026-12-01-early", "matterId": "m-lift-b", "title": "B 座升降機困人後檢修", "cause": "15:20 升降機停在 7 樓,一名住戶被困", "course": "15:35 技工到場放人,住戶無受傷", "result": "升降機暫停使用,待換控制板", "status": "in-progress", "nextStep": "明早 09:00 跟進升降機公司並通知 B 座住戶", "owner": "S-102 黃志強", "due": "2026-12-02", "major": false }',
      },
    },
  },
  *check({ handover }) {
    for (const matter of handover.openMatters) {
      const params = { matter: matter.matterId, title: matter.title };
      const subject = handoverSubject(handover, { entries: [matter.seq] });
      if (matter.owner === undefined) yield { messageId: 'handover.matter-no-owner', params, subject };
      if (matter.due === undefined) yield { messageId: 'handover.matter-no-due', params, subject };
      if (matter.nextStep === undefined) yield { messageId: 'handover.matter-no-next-step', params, subject };
    }
  },
});
