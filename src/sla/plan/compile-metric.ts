import { BUILTIN_METRICS } from './builtin-metrics';
import { compileAlerts } from './compile-alerts';
import { compileConditions } from './compile-conditions';
import { compileLabel } from './compile-label';
import { compilePause } from './compile-pause';
import type { CompiledMetric, EventMatcher } from './compiled-metric';
import { EVENT_CODE } from './event-types';
import { failPlan } from './fail-plan';
import { isPlainObject } from './is-plain-object';
import type { MetricDefinition } from './metric-definition';

const METRIC_KEYS = new Set([
  'id',
  'label',
  'start',
  'stop',
  'pause',
  'resume',
  'reset',
  'cancel',
  'cycles',
  'hours',
  'onPriorityChange',
  'alerts',
]);
const EVENT_LISTS = ['start', 'stop', 'resume', 'reset', 'cancel'] as const;

/**
 * Compiles one entry of a plan's `metrics`: a built-in metric's name or a definition.
 *
 * @throws {SlaError} `invalid_plan` naming the path of the bad part (`metrics[1].stop[0].event`).
 */
export function compileMetric(entry: unknown, path: string): CompiledMetric {
  if (typeof entry === 'string') {
    const builtin = Object.hasOwn(BUILTIN_METRICS, entry) ? BUILTIN_METRICS[entry] : undefined;
    if (builtin === undefined) {
      const names = Object.keys(BUILTIN_METRICS).join(', ');
      return failPlan(path, entry, `is not a built-in metric (${names}) nor a definition`);
    }
    return compileDefinition(builtin, path);
  }
  if (!isPlainObject(entry))
    return failPlan(path, entry, 'is neither a built-in metric name nor a metric');
  return compileDefinition(entry as unknown as MetricDefinition, path);
}

function compileDefinition(definition: MetricDefinition, path: string): CompiledMetric {
  const record = definition as unknown as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!METRIC_KEYS.has(key)) failPlan(`${path}.${key}`, record[key], 'is not a key of a metric');
  }
  const { id, label, cycles, hours, onPriorityChange } = record;
  if (typeof id !== 'string' || id === '') failPlan(`${path}.id`, id, 'is not a non-empty string');
  const lists = {} as Record<(typeof EVENT_LISTS)[number], EventMatcher>;
  for (const name of EVENT_LISTS) {
    const conditions = record[name];
    if ((name === 'start' || name === 'stop') && conditions === undefined) {
      failPlan(`${path}.${name}`, conditions, `is missing: a metric needs events that ${name} it`);
    }
    lists[name] = compileConditions(
      conditions,
      `${path}.${name}`,
      name === 'start' || name === 'stop',
    );
  }
  const pause = compilePause(record.pause, `${path}.pause`);
  if (cycles !== undefined && cycles !== 'one' && cycles !== 'many') {
    failPlan(`${path}.cycles`, cycles, 'is not "one" or "many"');
  }
  if (hours !== undefined && hours !== 'business' && hours !== 'calendar') {
    failPlan(`${path}.hours`, hours, 'is not "business" or "calendar"');
  }
  if (
    onPriorityChange !== undefined &&
    onPriorityChange !== 'keep-elapsed' &&
    onPriorityChange !== 'restart'
  ) {
    failPlan(`${path}.onPriorityChange`, onPriorityChange, 'is not "keep-elapsed" or "restart"');
  }
  let concerns = pause.pauseStatuses === null ? 0 : 1 << EVENT_CODE['status-changed'];
  for (const name of EVENT_LISTS) concerns |= lists[name].mask | lists[name].detailedMask;
  return Object.freeze({
    id: id as string,
    label: compileLabel(label, `${path}.label`),
    ...lists,
    ...pause,
    many: cycles === 'many',
    calendar: hours === 'calendar',
    onPriorityChange: onPriorityChange as CompiledMetric['onPriorityChange'],
    alerts: compileAlerts(record.alerts, `${path}.alerts`),
    startsAtOpening: lists.start.mask & 1 ? true : lists.start.detailed.some((c) => c.code === 0),
    concerns,
  });
}
