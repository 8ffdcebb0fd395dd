import { SlaError } from '../../errors/sla-error';
import type { CompiledMetric } from './compiled-metric';
import { isPlainObject } from './is-plain-object';
import type { MetricTargets, PlanPriority, TargetTable } from './plan';
import { parseTarget, type Target } from './target';

/** The targets table: as the plan shows it, and by position for the clocks. */
export interface ParsedTargets {
  readonly byId: Readonly<Record<string, MetricTargets>>;
  readonly byIndex: TargetTable;
}

/**
 * Reads `targets`: every priority, every metric, a target or `null`.
 *
 * @throws {SlaError} `invalid_plan` naming `targets.P1.first-reply` for a bad, missing or unknown
 * entry.
 */
export function parseTargets(
  value: unknown,
  priorities: readonly PlanPriority[],
  metrics: readonly CompiledMetric[],
): ParsedTargets {
  const table = recordAt(value, 'targets');
  checkKeys(
    table,
    'targets',
    priorities.map((p) => p.id),
    'priority',
  );
  const byIndex = priorities.map(({ id }) => {
    if (!Object.hasOwn(table, id)) {
      throw new SlaError(
        'invalid_plan',
        `targets.${id}`,
        undefined,
        'is missing: every priority of the plan needs its targets',
      );
    }
    const path = `targets.${id}`;
    const row = recordAt(table[id], path);
    checkKeys(
      row,
      path,
      metrics.map((m) => m.id),
      'metric',
    );
    return metrics.map((metric) => {
      if (!Object.hasOwn(row, metric.id)) {
        throw new SlaError(
          'invalid_plan',
          `${path}.${metric.id}`,
          undefined,
          'is missing: give a target, or null where the metric is not measured',
        );
      }
      return targetOrNull(row[metric.id], `${path}.${metric.id}`);
    });
  });
  return {
    byId: byIdOf(byIndex, priorities, metrics),
    byIndex: Object.freeze(byIndex.map((row) => Object.freeze(row))),
  };
}

/**
 * Reads `kinds`: per kind, per priority, per metric, a target or `null` replacing the plan's.
 *
 * @param targets - The plan's targets, which a kind keeps where it says nothing.
 * @returns The overrides as the plan shows them, and every kind's targets with its overrides in
 * place (a kind without any shares the plan's table).
 * @throws {SlaError} `invalid_plan` naming the bad entry (`kinds.incident.high.gtr`).
 */
export function parseKindTargets(
  value: unknown,
  kinds: readonly string[],
  priorities: readonly PlanPriority[],
  metrics: readonly CompiledMetric[],
  targets: TargetTable,
) {
  const byId: Record<string, Record<string, Partial<MetricTargets>>> = {};
  const byKind = new Map<string, TargetTable>(kinds.map((kind) => [kind, targets]));
  if (value === undefined) return { byId, byKind };
  const table = recordAt(value, 'kinds');
  checkKeys(table, 'kinds', kinds, 'request kind');
  for (const kind of Object.keys(table)) {
    const kindPath = `kinds.${kind}`;
    const rows = recordAt(table[kind], kindPath);
    checkKeys(
      rows,
      kindPath,
      priorities.map((p) => p.id),
      'priority',
    );
    const overrides = priorities.map(({ id }) => {
      if (!Object.hasOwn(rows, id)) return metrics.map(() => undefined);
      const row = recordAt(rows[id], `${kindPath}.${id}`);
      checkKeys(
        row,
        `${kindPath}.${id}`,
        metrics.map((m) => m.id),
        'metric',
      );
      return metrics.map((metric) =>
        Object.hasOwn(row, metric.id)
          ? targetOrNull(row[metric.id], `${kindPath}.${id}.${metric.id}`)
          : undefined,
      );
    });
    byKind.set(
      kind,
      Object.freeze(
        overrides.map((row, p) =>
          Object.freeze(
            row.map((override, m) =>
              override !== undefined ? override : (targets[p]?.[m] ?? null),
            ),
          ),
        ),
      ),
    );
    byId[kind] = Object.freeze(
      Object.fromEntries(
        priorities.flatMap(({ id }, p) =>
          Object.hasOwn(rows, id) ? [[id, byIdRow(overrides[p] ?? [], metrics)]] : [],
        ),
      ),
    );
  }
  return { byId, byKind };
}

function targetOrNull(value: unknown, path: string): Target | null {
  return value === null ? null : parseTarget(value, path);
}

function byIdOf(
  byIndex: readonly (readonly (Target | null)[])[],
  priorities: readonly PlanPriority[],
  metrics: readonly CompiledMetric[],
): Readonly<Record<string, MetricTargets>> {
  return Object.freeze(
    Object.fromEntries(priorities.map(({ id }, p) => [id, byIdRow(byIndex[p] ?? [], metrics)])),
  ) as Readonly<Record<string, MetricTargets>>;
}

function byIdRow(row: readonly (Target | null | undefined)[], metrics: readonly CompiledMetric[]) {
  return Object.freeze(
    Object.fromEntries(
      metrics.flatMap((metric, m) => (row[m] === undefined ? [] : [[metric.id, row[m]]])),
    ),
  ) as MetricTargets;
}

function recordAt(value: unknown, path: string): Record<string, unknown> {
  if (!isPlainObject(value)) throw new SlaError('invalid_plan', path, value, 'is not an object');
  return value;
}

function checkKeys(
  record: Record<string, unknown>,
  path: string,
  known: readonly string[],
  what: string,
): void {
  for (const key of Object.keys(record)) {
    if (!known.includes(key)) {
      throw new SlaError(
        'invalid_plan',
        `${path}.${key}`,
        record[key],
        `is not a ${what} of the plan (${known.join(', ')})`,
      );
    }
  }
}
