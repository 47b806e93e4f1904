import { defineMessages } from '../diagnostics/define-messages.js';

/** Messages of the handover domain: findings of its rules and problems in its documents. */
export const handoverMessages = defineMessages({
  en: {},
  'zh-Hant': {},
  'zh-Hans': {},
});
