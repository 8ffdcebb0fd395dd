import { SlaError } from '../../errors/sla-error';
import { BUILTIN_METRICS } from './builtin-metrics';
import {
  CONDITION_EVENTS,
  type CompiledAlert,
  type CompiledMetric,
  conditionEventCode,
  type DetailedCondition,
  type EventMatcher,
  NO_EVENTS,
} from './compiled-metric';
import { EVENT_CODE } from './event-types';
import { isFieldValue } from './field-value';
import { isPlainObject } from './is-plain-object';
import type { MetricDefinition } from './metric-definition';
import { parseTarget } from './target';

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
const CONDITION_KEYS = new Set(['event', 'status', 'by', 'public', 'field', 'value']);
const EVENT_LISTS = ['start', 'stop', 'resume', 'reset', 'cancel'] as const;

const fail = (path: string, value: unknown, reason: string): never => {
  throw new SlaError('invalid_plan', path, value, reason);
};

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
      return fail(path, entry, `is not a built-in metric (${names}) nor a definition`);
    }
    return compileDefinition(builtin, path);
  }
  if (!isPlainObject(entry))
    return fail(path, entry, 'is neither a built-in metric name nor a metric');
  return compileDefinition(entry as unknown as MetricDefinition, path);
}

function compileDefinition(definition: MetricDefinition, path: string): CompiledMetric {
  const record = definition as unknown as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!METRIC_KEYS.has(key)) fail(`${path}.${key}`, record[key], 'is not a key of a metric');
  }
  const { id, label, cycles, hours, onPriorityChange } = record;
  if (typeof id !== 'string' || id === '') fail(`${path}.id`, id, 'is not a non-empty string');
  const lists = {} as Record<(typeof EVENT_LISTS)[number], EventMatcher>;
  for (const name of EVENT_LISTS) {
    const conditions = record[name];
    if ((name === 'start' || name === 'stop') && conditions === undefined) {
      fail(`${path}.${name}`, conditions, `is missing: a metric needs events that ${name} it`);
    }
    lists[name] = compileConditions(
      conditions,
      `${path}.${name}`,
      name === 'start' || name === 'stop',
    );
  }
  const pause = compilePause(record.pause, `${path}.pause`);
  if (cycles !== undefined && cycles !== 'one' && cycles !== 'many') {
    fail(`${path}.cycles`, cycles, 'is not "one" or "many"');
  }
  if (hours !== undefined && hours !== 'business' && hours !== 'calendar') {
    fail(`${path}.hours`, hours, 'is not "business" or "calendar"');
  }
  if (
    onPriorityChange !== undefined &&
    onPriorityChange !== 'keep-elapsed' &&
    onPriorityChange !== 'restart'
  ) {
    fail(`${path}.onPriorityChange`, onPriorityChange, 'is not "keep-elapsed" or "restart"');
  }
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
  });
}

export function compileLabel(label: unknown, path: string): { fr?: string; en?: string } {
  if (label === undefined) return Object.freeze({});
  if (!isPlainObject(label)) return fail(path, label, 'is not a label { fr?, en? }');
  for (const key of Object.keys(label)) {
    if ((key !== 'fr' && key !== 'en') || typeof label[key] !== 'string') {
      fail(`${path}.${key}`, label[key], 'is not a label: { fr?, en? } with strings');
    }
  }
  return Object.freeze({ ...(label as { fr?: string; en?: string }) });
}

function compileConditions(value: unknown, path: string, required: boolean): EventMatcher {
  if (value === undefined) return NO_EVENTS;
  if (!Array.isArray(value)) return fail(path, value, 'is not a list of event conditions');
  if (required && value.length === 0) {
    fail(path, value, 'is empty: a metric that nothing starts or stops would never be judged');
  }
  let mask = 0;
  const detailed: DetailedCondition[] = [];
  value.forEach((condition, index) => {
    const at = `${path}[${index}]`;
    if (!isPlainObject(condition)) fail(at, condition, 'is not an event condition { event, … }');
    const record = condition as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!CONDITION_KEYS.has(key))
        fail(`${at}.${key}`, record[key], 'is not a key of a condition');
    }
    const code = conditionEventCode(record.event);
    if (code === undefined) {
      fail(`${at}.event`, record.event, `is not an event type (${CONDITION_EVENTS.join(', ')})`);
    }
    const compiled = compileDetails(record, code as number, at);
    if (compiled === null) mask |= 1 << (code as number);
    else detailed.push(compiled);
  });
  const detailedMask = detailed.reduce((bits, condition) => bits | (1 << condition.code), 0);
  return Object.freeze({ mask, detailedMask, detailed: Object.freeze(detailed) });
}

function compileDetails(
  record: Record<string, unknown>,
  code: number,
  at: string,
): DetailedCondition | null {
  const { status, by, field } = record;
  const isPublic = record.public;
  if (Object.keys(record).length === 1) return null;
  if (status !== undefined) {
    if (code !== EVENT_CODE.opened && code !== EVENT_CODE['status-changed']) {
      fail(`${at}.status`, status, 'is only carried by opened and status-changed');
    }
    if (!isStatusList(status)) fail(`${at}.status`, status, 'is not a list of non-empty strings');
  }
  if (by !== undefined && by !== 'agent' && by !== 'requester') {
    fail(`${at}.by`, by, 'is not "agent" or "requester"');
  }
  if (isPublic !== undefined && typeof isPublic !== 'boolean') {
    fail(`${at}.public`, isPublic, 'is not true or false');
  }
  if (field !== undefined && typeof field !== 'string')
    fail(`${at}.field`, field, 'is not a string');
  const hasValue = Object.hasOwn(record, 'value');
  if (hasValue && !isFieldValue(record.value)) {
    fail(`${at}.value`, record.value, 'is not a string, a number, true, false or null');
  }
  return Object.freeze({
    code,
    status: status === undefined ? undefined : new Set(status as string[]),
    by: by as string | undefined,
    isPublic: isPublic as boolean | undefined,
    field: field as string | undefined,
    hasValue,
    value: record.value as DetailedCondition['value'],
  });
}

function compilePause(value: unknown, path: string) {
  let pauseWaiting = false;
  let statuses: Set<string> | null = null;
  if (value === undefined) return { pauseWaiting, pauseStatuses: statuses };
  if (!Array.isArray(value)) return fail(path, value, 'is not a list of state conditions');
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
      fail(at, condition, 'is not a state condition: { status: [ … ] } or { waiting: true }');
    }
  });
  return { pauseWaiting, pauseStatuses: statuses };
}

function compileAlerts(value: unknown, path: string): readonly CompiledAlert[] {
  if (value === undefined) return Object.freeze([]);
  if (!Array.isArray(value)) return fail(path, value, 'is not a list of alerts');
  const ids = new Set(['at-risk']);
  return Object.freeze(
    value.map((alert, index) => {
      const at = `${path}[${index}]`;
      if (!isPlainObject(alert))
        return fail(at, alert, 'is not an alert { at } | { before } | { after }');
      const { id = `alert-${index + 1}`, ...rest } = alert;
      if (typeof id !== 'string' || id === '' || ids.has(id)) {
        fail(`${at}.id`, id, 'is not a non-empty string naming no other alert of the metric');
      }
      ids.add(id as string);
      const keys = Object.keys(rest);
      const kind = keys[0];
      if (keys.length !== 1 || (kind !== 'at' && kind !== 'before' && kind !== 'after')) {
        return fail(
          at,
          alert,
          'is not an alert: { at: share } | { before: duration } | { after: duration }',
        );
      }
      if (kind === 'at') {
        const share = rest.at;
        if (typeof share !== 'number' || !(share > 0) || !Number.isFinite(share)) {
          fail(`${at}.at`, share, 'is not a share of the target above 0');
        }
        return Object.freeze({ id: id as string, kind: 'share' as const, amount: share as number });
      }
      const target = parseTarget(rest[kind], `${at}.${kind}`);
      if (target.unit !== 'time') fail(`${at}.${kind}`, rest[kind], 'is not a business time');
      const amount = target.unit === 'time' ? target.milliseconds : 0;
      return Object.freeze({ id: id as string, kind, amount });
    }),
  );
}

function isStatusList(value: unknown): value is string[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((status) => typeof status === 'string' && status !== '')
  );
}
