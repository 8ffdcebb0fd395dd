import { failPlan } from './fail-plan';
import { isPlainObject } from './is-plain-object';

/**
 * Compiles a label `{ fr?, en? }`: a frozen copy, empty if there is none.
 *
 * @throws {SlaError} `invalid_plan` for anything else, naming the path of the bad part.
 */
export function compileLabel(label: unknown, path: string): { fr?: string; en?: string } {
  if (label === undefined) return Object.freeze({});
  if (!isPlainObject(label)) return failPlan(path, label, 'is not a label { fr?, en? }');
  for (const key of Object.keys(label)) {
    if ((key !== 'fr' && key !== 'en') || typeof label[key] !== 'string') {
      failPlan(`${path}.${key}`, label[key], 'is not a label: { fr?, en? } with strings');
    }
  }
  return Object.freeze({ ...(label as { fr?: string; en?: string }) });
}
