/**
 * The clause registry's one-line summaries, fetched only when a panel first
 * shows a clause (a blocker or a refusal): the registry carries every clause in
 * three languages, which a panel without blockers never needs. Until it arrives
 * a clause shows its ID alone.
 */
import type { Locale } from '@duty-handover/core';
import type * as ClauseRegistry from './clause-registry.js';

type Registry = typeof ClauseRegistry;

let registry: Registry | undefined;
let loading: Promise<Registry> | undefined;

/**
 * The summary of clause `id` in `locale`, or undefined while the registry is
 * still on its way; `arrived` is called once it is there (to render again).
 */
export function clauseSummary(id: string, locale: Locale, arrived: () => void): string | undefined {
  if (registry !== undefined) return registry.getClause(id)?.summary[locale];
  loading ??= import('./clause-registry.js').then((module) => (registry = module));
  // A failed download leaves the IDs on screen, which still name the clause.
  loading.then(arrived, () => undefined);
  return undefined;
}
