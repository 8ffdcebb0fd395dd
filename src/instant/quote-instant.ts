import { truncate } from '../errors/format-sla-error-message';
import { parseIsoInstant } from './instant-input';

/**
 * An instant the caller gave, quoted in a message about some other value: as it was written, its
 * offset kept, rather than converted to UTC. `ms` is the instant it was read as.
 */
export function quoteInstant(input: unknown, ms: number): string {
  if (typeof input === 'string') return truncate(input.trim());
  if (typeof input === 'object' && input !== null) {
    // luxon's DateTime and Temporal's ZonedDateTime print as ISO-8601 with their offset.
    try {
      const text = String(input).trim();
      if (parseIsoInstant(text) === ms) return truncate(text);
    } catch {
      // The caller's object cannot be printed: its UTC form below says the same instant.
    }
  }
  // A Date or epoch milliseconds has no offset to keep.
  return new Date(ms).toISOString();
}
