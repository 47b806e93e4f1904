import { casesMessages } from './cases/messages.js';
import { inputMessages } from './diagnostics/input-messages.js';
import { escalationMessages } from './escalation/messages.js';
import { journalMessages } from './journal/messages.js';
import { handoverMessages } from './handover/messages.js';
import { keysMessages } from './keys/messages.js';
import { liabilityMessages } from './liability/messages.js';
import { policyMessages } from './policy/messages.js';
import { rosterMessages } from './roster/messages.js';

/**
 * Every message of the product, gathered from the domains. Each domain keeps
 * its messages beside its code; this is the one place that joins them.
 */
const DOMAINS = [
  inputMessages,
  policyMessages,
  rosterMessages,
  journalMessages,
  handoverMessages,
  keysMessages,
  casesMessages,
  escalationMessages,
  liabilityMessages,
] as const;

type Domain = (typeof DOMAINS)[number];
/** Every message id, across domains. */
export type MessageId = Domain extends infer D
  ? D extends { en: infer E }
    ? keyof E & string
    : never
  : never;
export type MessageCatalogue = Readonly<Record<MessageId, string>>;

function join(locale: 'en' | 'zh-Hant' | 'zh-Hans'): MessageCatalogue {
  return Object.assign({}, ...DOMAINS.map((domain) => domain[locale])) as MessageCatalogue;
}

export const MESSAGES = {
  en: join('en'),
  'zh-Hant': join('zh-Hant'),
  'zh-Hans': join('zh-Hans'),
} as const;
