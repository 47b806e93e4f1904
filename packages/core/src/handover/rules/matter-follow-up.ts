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
