import { defineMessages } from '../diagnostics/define-messages.js';

/** Messages of the escalation domain. */
export const escalationMessages = defineMessages({
  en: {},
  'zh-Hant': {},
  'zh-Hans': {},
});
