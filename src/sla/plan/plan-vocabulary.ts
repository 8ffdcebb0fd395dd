import { SlaError } from '../../errors/sla-error';
import { compileLabel } from './compile-label';
import { compileMetric } from './compile-metric';
import type { CompiledMetric } from './compiled-metric';
import type { PlanPriority } from './plan';
import { CLOCKS, PRIORITIES, PRIORITY_LABELS, REQUEST_KINDS } from './priority';

const DEFAULT_PRIORITIES: readonly PlanPriority[] = Object.freeze(
  PRIORITIES.map((id) => Object.freeze({ id, label: PRIORITY_LABELS[id] })),
);

/**
 * A plan's priorities, least urgent first: ids or `{ id, label }`.
 *
 * @throws {SlaError} `invalid_plan` for an empty list, a bad entry or an id used twice.
 */
export function parsePriorities(value: unknown): readonly PlanPriority[] {
  if (value === undefined) return DEFAULT_PRIORITIES;
  const entries = listOf(value, 'priorities', 'a priority');
  const seen = new Set<string>();
  return Object.freeze(
    entries.map((entry, index) => {
      const path = `priorities[${index}]`;
      const record =
        typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : null;
      const id = record === null ? entry : record.id;
      const idPath = record === null ? path : `${path}.id`;
      if (record !== null) {
        for (const key of Object.keys(record)) {
          if (key !== 'id' && key !== 'label') {
            throw new SlaError(
              'invalid_plan',
              `${path}.${key}`,
              record[key],
              'is not a key of a priority { id, label? }',
            );
          }
        }
      }
      checkId(id, idPath, seen, 'priority');
      const label = compileLabel(record?.label, `${path}.label`);
      return Object.freeze({ id: id as string, label });
    }),
  );
}

/** @throws {SlaError} `invalid_plan` for a bad kind or one listed twice. */
export function parseRequestKinds(value: unknown): readonly string[] {
  if (value === undefined) return REQUEST_KINDS;
  const seen = new Set<string>();
  const kinds = Array.isArray(value) ? value : listOf(value, 'requestKinds', 'a kind');
  for (const [index, kind] of kinds.entries())
    checkId(kind, `requestKinds[${index}]`, seen, 'kind');
  return Object.freeze([...kinds] as string[]);
}

/** @throws {SlaError} `invalid_plan` for a bad metric or an id two metrics share. */
export function parseMetrics(value: unknown): readonly CompiledMetric[] {
  const entries = value === undefined ? CLOCKS : listOf(value, 'metrics', 'a metric');
  const seen = new Set<string>();
  return Object.freeze(
    entries.map((entry, index) => {
      const metric = compileMetric(entry, `metrics[${index}]`);
      if (seen.has(metric.id)) {
        const path = typeof entry === 'string' ? `metrics[${index}]` : `metrics[${index}].id`;
        throw new SlaError('invalid_plan', path, metric.id, 'names a metric already in the plan');
      }
      seen.add(metric.id);
      return metric;
    }),
  );
}

function listOf(value: unknown, path: string, what: string): readonly unknown[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw new SlaError('invalid_plan', path, value, `is not a list holding at least ${what}`);
  }
  return value;
}

function checkId(id: unknown, path: string, seen: Set<string>, what: string): void {
  if (typeof id !== 'string' || id === '') {
    throw new SlaError('invalid_plan', path, id, `is not a ${what} id (a non-empty string)`);
  }
  if (seen.has(id)) throw new SlaError('invalid_plan', path, id, `names a ${what} listed before`);
  seen.add(id);
}
