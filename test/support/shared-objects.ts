/**
 * The paths at which two values hold the very same object (a `Date`, an array, a record): empty
 * when the second shares nothing with the first, as two results of two calls must. The caller's
 * own `inputs` (an event a lenient result quotes) are theirs: neither they nor what they hold is
 * looked at.
 */
export function sharedObjects(
  first: unknown,
  second: unknown,
  inputs: ReadonlySet<unknown> = new Set(),
): string[] {
  const seen = new Map<object, string>();
  walk(first, '', inputs, (object, path) => {
    if (!seen.has(object)) seen.set(object, path);
  });
  const shared: string[] = [];
  walk(second, '', inputs, (object, path) => {
    const where = seen.get(object);
    if (where !== undefined) shared.push(`${path} is ${where}`);
  });
  return shared;
}

function walk(
  value: unknown,
  path: string,
  inputs: ReadonlySet<unknown>,
  visit: (object: object, path: string) => void,
): void {
  if (typeof value !== 'object' || value === null || inputs.has(value)) return;
  visit(value, path);
  if (value instanceof Date) return;
  for (const [key, child] of Object.entries(value)) walk(child, `${path}.${key}`, inputs, visit);
}
