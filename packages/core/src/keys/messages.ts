import { defineMessages } from '../diagnostics/define-messages.js';

/** Messages of the keys domain: findings of its rules and problems in its documents. */
export const keysMessages = defineMessages({
  en: {},
  'zh-Hant': {},
  'zh-Hans': {},
});
