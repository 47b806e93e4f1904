import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanMonth } from './fixtures/clean-month.js';
import { rosterJsonSchema } from './json-schema.js';

const file = new URL('../../schema/roster.schema.json', import.meta.url);
const generated = `${JSON.stringify(rosterJsonSchema(), null, 2)}\n`;

describe('roster JSON Schema', () => {
  it('ships up to date in packages/core/schema (UPDATE_SCHEMAS=1 rewrites it)', () => {
    if (process.env['UPDATE_SCHEMAS'] === '1') writeFileSync(file, generated);
    expect(readFileSync(file, 'utf8')).toBe(generated);
  });

  it('describes every part of a roster document and refuses unknown fields', () => {
    const schema = rosterJsonSchema() as {
      properties: Record<string, unknown>;
      required: string[];
      additionalProperties: unknown;
    };
    const sample = cleanMonth('reg7', '2026-12');
    for (const key of Object.keys(sample)) expect(schema.properties).toHaveProperty(key);
    expect(schema.required.sort()).toEqual(['assignments', 'month', 'policy', 'site', 'staff']);
    expect(schema.additionalProperties).toBe(false);
  });

  it('states the formats a non-JS writer must follow', () => {
    const text = JSON.stringify(rosterJsonSchema());
    expect(text).toContain('^\\\\d{4}-(0[1-9]|1[0-2])$');
    expect(text).toContain('reg7');
    expect(text).toContain('cs-department');
  });
});
