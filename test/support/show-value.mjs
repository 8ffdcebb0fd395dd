// How the examples of the documentation write values after `//=>`: strings in single quotes,
// Dates as ISO instants, arrays `[a, b]`, objects `{ key: value }`, frozen or not.
export function show(value) {
  if (typeof value === 'string') return `'${value.replaceAll("'", "\\'")}'`;
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (Array.isArray(value)) return `[${value.map(show).join(', ')}]`;
  if (value instanceof Map)
    return `Map {${[...value].map(([k, v]) => `${show(k)} => ${show(v)}`).join(', ')}}`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    return `{ ${entries.map(([key, v]) => `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : show(key)}: ${show(v)}`).join(', ')} }`;
  }
  if (typeof value === 'bigint') return `${value}n`;
  return String(value);
}
