const MAX_VALUE_LENGTH = 80;

/**
 * Renders an offending value for an error message: short, and never throwing (cyclic objects,
 * BigInt, symbols, throwing getters, Proxies and revoked Proxies included).
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return truncate(JSON.stringify(value));
  if (typeof value === 'number') return String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'symbol') return value.toString();
  if (value === undefined || value === null) return String(value);
  // Objects and functions are the caller's: any read of them may throw (a getter, a Proxy trap,
  // a revoked Proxy), and the refusal being described must still come out.
  try {
    return truncate(describeObject(value));
  } catch {
    return brandOf(value);
  }
}

/** `[object Date]`, `[object Object]`…, or, where even that read throws, what the value is. */
function brandOf(value: object): string {
  try {
    return Object.prototype.toString.call(value);
  } catch {
    return typeof value === 'function' ? 'an unreadable function' : 'an unreadable object';
  }
}

function describeObject(value: object): string {
  if (typeof value === 'function') return String(value);
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? 'Invalid Date' : `Date(${value.toISOString()})`;
  }
  // Non-finite numbers would print as null. A cyclic value, or one holding a BigInt, throws.
  const json = JSON.stringify(value, (_key, item: unknown) =>
    typeof item === 'number' && !Number.isFinite(item) ? String(item) : item,
  );
  return json === undefined || json === 'null' ? describeOpaque(value) : json;
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

export function truncate(text: string): string {
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH - 1)}…` : text;
}

/** The message of a `SlaError`: where, what, and the value that was given. */
export function formatSlaErrorMessage(path: string, value: unknown, reason: string): string {
  return `${path}: ${reason} (got ${describeValue(value)})`;
}
