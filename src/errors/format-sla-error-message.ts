const MAX_VALUE_LENGTH = 80;

/**
 * Renders an offending value for an error message: short, never throwing (cyclic objects,
 * BigInt and symbols included).
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return truncate(JSON.stringify(value));
  if (typeof value === 'number') return String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'symbol' || typeof value === 'function') return String(value);
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? 'Invalid Date' : `Date(${value.toISOString()})`;
  }
  if (value === undefined || value === null) return String(value);
  try {
    // Non-finite numbers would print as null.
    const json = JSON.stringify(value, (_key, item: unknown) =>
      typeof item === 'number' && !Number.isFinite(item) ? String(item) : item,
    );
    return truncate(json === undefined || json === 'null' ? describeOpaque(value as object) : json);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** Objects whose JSON form says nothing: invalid luxon values serialise as null. */
function describeOpaque(value: object): string {
  const text = String(value);
  if (text !== 'null' && text !== '[object Object]') return text;
  const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
  const reason = (value as { invalidReason?: unknown }).invalidReason;
  const label = typeof name === 'string' && name !== '' ? name : 'object';
  return typeof reason === 'string' ? `invalid ${label} (${reason})` : label;
}

function truncate(text: string): string {
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH - 1)}…` : text;
}

/** The message of a `SlaError`: where, what, and the value that was given. */
export function formatSlaErrorMessage(path: string, value: unknown, reason: string): string {
  return `${path}: ${reason} (got ${describeValue(value)})`;
}
