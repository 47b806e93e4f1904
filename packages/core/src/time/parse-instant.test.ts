import { describe, expect, it } from 'vitest';
import { parseInstant } from './parse-instant.js';

describe('parseInstant', () => {
  it('reads ISO 8601 instants with an offset or Z', () => {
    expect(parseInstant('2026-11-30T18:00:00+08:00')).toBe(Date.UTC(2026, 10, 30, 10));
    expect(parseInstant('2026-11-30T10:00Z')).toBe(Date.UTC(2026, 10, 30, 10));
    expect(parseInstant('2026-11-30T10:00:00.250Z')).toBe(Date.UTC(2026, 10, 30, 10, 0, 0, 250));
  });

  it('refuses a local time without offset, which would depend on the host zone', () => {
    expect(parseInstant('2026-11-30T18:00:00')).toBeUndefined();
    expect(parseInstant('2026-11-30')).toBeUndefined();
  });

  it('refuses instants that do not exist', () => {
    expect(parseInstant('2026-02-30T08:00:00+08:00')).toBeUndefined();
    expect(parseInstant('2026-11-30T25:00:00+08:00')).toBeUndefined();
    expect(parseInstant('yesterday')).toBeUndefined();
  });
});
