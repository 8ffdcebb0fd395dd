/** Whether `value` is a non-empty list of non-empty strings, as statuses are given. */
export function isStatusList(value: unknown): value is string[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((status) => typeof status === 'string' && status !== '')
  );
}
