import * as z from 'zod/mini';
import { Policy } from './schema.js';

/**
 * The policy schema as JSON Schema (draft 2020-12), for systems that write
 * policy files without this library. Cross-field checks (references, unique
 * ids, clause citations) are not expressible there and still need
 * `resolvePolicy`.
 */
export function policyJsonSchema(): Record<string, unknown> {
  return {
    $id: 'urn:duty-handover:schema:policy',
    title: 'duty-handover site policy',
    ...z.toJSONSchema(Policy, { target: 'draft-2020-12' }),
  };
}
