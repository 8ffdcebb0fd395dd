import type { CompiledAlert } from './compiled-metric';
import { failPlan } from './fail-plan';
import { isPlainObject } from './is-plain-object';
import { parseTarget } from './target';

/**
 * Compiles a metric's alerts: each at a share of the target, or a business time before or after
 * the deadline, with an id of its own (`alert-1`… when it has none).
 *
 * @throws {SlaError} `invalid_plan` naming the path of the bad part.
 */
export function compileAlerts(value: unknown, path: string): readonly CompiledAlert[] {
  if (value === undefined) return Object.freeze([]);
  if (!Array.isArray(value)) return failPlan(path, value, 'is not a list of alerts');
  const ids = new Set(['at-risk']);
  return Object.freeze(
    value.map((alert, index) => {
      const at = `${path}[${index}]`;
      if (!isPlainObject(alert))
        return failPlan(at, alert, 'is not an alert { at } | { before } | { after }');
      const { id = `alert-${index + 1}`, ...rest } = alert;
      if (typeof id !== 'string' || id === '' || ids.has(id)) {
        failPlan(`${at}.id`, id, 'is not a non-empty string naming no other alert of the metric');
      }
      ids.add(id as string);
      const keys = Object.keys(rest);
      const kind = keys[0];
      if (keys.length !== 1 || (kind !== 'at' && kind !== 'before' && kind !== 'after')) {
        return failPlan(
          at,
          alert,
          'is not an alert: { at: share } | { before: duration } | { after: duration }',
        );
      }
      if (kind === 'at') {
        const share = rest.at;
        if (typeof share !== 'number' || !(share > 0) || !Number.isFinite(share)) {
          failPlan(`${at}.at`, share, 'is not a share of the target above 0');
        }
        return Object.freeze({ id: id as string, kind: 'share' as const, amount: share as number });
      }
      const target = parseTarget(rest[kind], `${at}.${kind}`);
      if (target.unit !== 'time') failPlan(`${at}.${kind}`, rest[kind], 'is not a business time');
      const amount = target.unit === 'time' ? target.milliseconds : 0;
      return Object.freeze({ id: id as string, kind, amount });
    }),
  );
}
