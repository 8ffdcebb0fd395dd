import type { FieldValue } from '../plan/event-types';
import { isFieldValue } from '../plan/field-value';
import { isPlainObject } from '../plan/is-plain-object';
import { failPolicies } from './fail-policies';
import type { FieldTest, PolicyWhen } from './policies';

/**
 * A policy's `when`: per field (or `kind`), a value or a non-empty list of values.
 *
 * @throws {SlaError} `invalid_policies` at `path` for anything else, and for `priority`.
 */
export function parseWhen(when: unknown, path: string): { when: PolicyWhen; tests: FieldTest[] } {
  if (!isPlainObject(when)) {
    return failPolicies(path, when, 'is not an object of fields and the values they must have');
  }
  const copy: Record<string, FieldValue | readonly FieldValue[]> = {};
  const tests: FieldTest[] = [];
  for (const [field, expected] of Object.entries(when)) {
    const at = `${path}.${field}`;
    if (field === '') failPolicies(at, field, 'is not a field name');
    if (field === 'priority') {
      failPolicies(
        at,
        expected,
        'cannot choose a policy: a ticket may change priority, and targets per priority belong in the plan',
      );
    }
    const values = Array.isArray(expected) ? [...expected] : [expected];
    if (Array.isArray(expected) && values.length === 0)
      failPolicies(at, expected, 'is an empty list');
    values.forEach((value, index) => {
      const where = Array.isArray(expected) ? `${at}[${index}]` : at;
      if (!isFieldValue(value)) {
        failPolicies(where, value, 'is not a string, a number, true, false or null');
      }
      if (field === 'kind' && typeof value !== 'string') {
        failPolicies(where, value, 'is not a request kind');
      }
    });
    copy[field] = Array.isArray(expected)
      ? Object.freeze(values as FieldValue[])
      : (expected as FieldValue);
    tests.push({ field, isKind: field === 'kind', allowed: new Set(values as FieldValue[]) });
  }
  return { when: Object.freeze(copy), tests };
}
