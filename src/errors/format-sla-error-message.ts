const MAX_VALUE_LENGTH = 80;

/**
 * Renders an offending value for an error message: short, never throwing (cyclic objects,
 * BigInt and symbols included).
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return truncate(JSON.stringify(value));
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'symbol' || typeof value === 'function') return String(value);
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? 'Invalid Date' : `Date(${value.toISOString()})`;
  }
  if (value === undefined) return 'undefined';
  try {
    return truncate(JSON.stringify(value) ?? String(value));
  } catch {
    return Object.prototype.toString.call(value);
  }
}

function truncate(text: string): string {
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH - 1)}…` : text;
}

/** The message of a `SlaError`: where, what, and the value that was given. */
export function formatSlaErrorMessage(path: string, value: unknown, reason: string): string {
  return `${path}: ${reason} (got ${describeValue(value)})`;
}
