import * as z from 'zod/mini';
import { RosterDocument } from './document.js';

/**
 * The roster document as JSON Schema (draft 2020-12), for systems that
 * write rosters without this library; `schema/roster.schema.json` in the
 * package is this, kept current by a test. What JSON Schema cannot say
 * (references to staff and shifts, dates inside the month, repeated rows,
 * the policy overrides) is still checked by `parseRoster`.
 */
export function rosterJsonSchema(): Record<string, unknown> {
  return {
    $id: 'urn:duty-handover:schema:roster',
    title: 'duty-handover monthly roster',
    ...z.toJSONSchema(RosterDocument, { target: 'draft-2020-12', io: 'input' }),
  };
}
