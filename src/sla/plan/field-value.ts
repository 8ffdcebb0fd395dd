import type { FieldValue } from './event-types';

/** A value `fields` and `field-changed` may carry: a string, a finite number, a boolean, `null`. */
export function isFieldValue(value: unknown): value is FieldValue {
  return (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value))
  );
}
