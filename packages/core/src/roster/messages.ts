import { defineMessages } from '../diagnostics/define-messages.js';

/** Messages of the roster domain: findings of its rules and problems in its documents. */
export const rosterMessages = defineMessages({
  en: {},
  'zh-Hant': {},
  'zh-Hans': {},
});
