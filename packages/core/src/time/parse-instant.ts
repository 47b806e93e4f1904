import { isValid, parseISO } from 'date-fns';

/** ISO 8601 date and time with seconds optional and an explicit offset (`Z` or `±HH:mm`). */
export const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Epoch milliseconds of an ISO 8601 instant, or `undefined` when the text is
 * not one. The offset is required: a bare local time would be read in the
 * host's zone, and results must not depend on the machine.
 */
export function parseInstant(text: string): number | undefined {
  if (!INSTANT_PATTERN.test(text)) return undefined;
  const parsed = parseISO(text);
  return isValid(parsed) ? parsed.getTime() : undefined;
}
