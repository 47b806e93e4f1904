import { describe, expect, it } from 'vitest';
import { isWeekend } from './is-weekend.js';

describe('isWeekend', () => {
  it('is true on Saturday and Sunday only', () => {
    expect(['2026-12-04', '2026-12-05', '2026-12-06', '2026-12-07'].map(isWeekend)).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });
});
