// The clause registry in a chunk of its own: see clause-summaries.ts.
export { getClause } from '@duty-handover/core';
