import { failPlan } from './fail-plan';
import { isPlainObject } from './is-plain-object';
import { isStatusList } from './is-status-list';

/**
 * Compiles a metric's pause conditions: whether waiting on the customer pauses it, and the
 * statuses it pauses in (`null` for none).
 *
 * @throws {SlaError} `invalid_plan` naming the path of the bad part.
 */
export function compilePause(value: unknown, path: string) {
  let pauseWaiting = false;
  let statuses: Set<string> | null = null;
  if (value === undefined) return { pauseWaiting, pauseStatuses: statuses };
  if (!Array.isArray(value)) return failPlan(path, value, 'is not a list of state conditions');
  value.forEach((condition, index) => {
    const at = `${path}[${index}]`;
    const keys = isPlainObject(condition) ? Object.keys(condition) : [];
    const record = condition as Record<string, unknown>;
    if (keys.length === 1 && keys[0] === 'waiting' && record.waiting === true) {
      pauseWaiting = true;
    } else if (keys.length === 1 && keys[0] === 'status' && isStatusList(record.status)) {
      statuses ??= new Set();
      for (const status of record.status as string[]) statuses.add(status);
    } else {
      failPlan(at, condition, 'is not a state condition: { status: [ … ] } or { waiting: true }');
    }
  });
  return { pauseWaiting, pauseStatuses: statuses };
}
