/** Whether `value` is a plain object (not an array, a Date, a Map…), as JSON gives them. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.prototype.toString.call(value) === '[object Object]'
  );
}
