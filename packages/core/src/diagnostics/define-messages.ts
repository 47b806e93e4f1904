/**
 * Declares a domain's messages in every locale. The English table defines the
 * ids; the Chinese tables must define exactly the same ids (the compiler
 * checks the keys, a test checks the placeholders).
 *
 * Templates use `{name}` placeholders filled from a finding's params.
 */
export function defineMessages<const En extends Readonly<Record<string, string>>>(messages: {
  readonly en: En;
  readonly 'zh-Hant': Readonly<Record<keyof En, string>>;
  readonly 'zh-Hans': Readonly<Record<keyof En, string>>;
}): typeof messages {
  return messages;
}
