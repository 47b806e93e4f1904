import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { policyJsonSchema } from './json-schema.js';
import { PRESETS } from './presets/index.js';

const file = new URL('../../schema/policy.schema.json', import.meta.url);
const generated = `${JSON.stringify(policyJsonSchema(), null, 2)}\n`;

describe('policy JSON Schema', () => {
  it('ships up to date in packages/core/schema (UPDATE_SCHEMAS=1 rewrites it)', () => {
    if (process.env['UPDATE_SCHEMAS'] === '1') writeFileSync(file, generated);
    expect(readFileSync(file, 'utf8')).toBe(generated);
  });

  it('describes every top-level part of a policy and refuses unknown fields', () => {
    const schema = policyJsonSchema() as {
      properties: Record<string, unknown>;
      additionalProperties: unknown;
    };
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(PRESETS.reg7).sort());
    expect(schema.additionalProperties).toBe(false);
  });
});
