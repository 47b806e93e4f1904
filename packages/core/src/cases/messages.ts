import { defineMessages } from '../diagnostics/define-messages.js';

/** Messages of the cases domain. */
export const casesMessages = defineMessages({
  en: {},
  'zh-Hant': {},
  'zh-Hans': {},
});
