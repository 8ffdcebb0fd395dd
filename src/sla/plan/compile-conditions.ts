import {
  CONDITION_EVENTS,
  conditionEventCode,
  type DetailedCondition,
  type EventMatcher,
  NO_EVENTS,
} from './compiled-metric';
import { EVENT_CODE } from './event-types';
import { failPlan } from './fail-plan';
import { isFieldValue } from './field-value';
import { isPlainObject } from './is-plain-object';
import { isStatusList } from './is-status-list';

const CONDITION_KEYS = new Set(['event', 'status', 'by', 'public', 'field', 'value']);

/**
 * Compiles a list of event conditions: each condition on an event alone as a bit of the mask,
 * the others in detail. A `required` list (start, stop) may not be empty.
 *
 * @throws {SlaError} `invalid_plan` naming the path of the bad part.
 */
export function compileConditions(value: unknown, path: string, required: boolean): EventMatcher {
  if (value === undefined) return NO_EVENTS;
  if (!Array.isArray(value)) return failPlan(path, value, 'is not a list of event conditions');
  if (required && value.length === 0) {
    failPlan(path, value, 'is empty: a metric that nothing starts or stops would never be judged');
  }
  let mask = 0;
  const detailed: DetailedCondition[] = [];
  value.forEach((condition, index) => {
    const at = `${path}[${index}]`;
    if (!isPlainObject(condition))
      failPlan(at, condition, 'is not an event condition { event, … }');
    const record = condition as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!CONDITION_KEYS.has(key))
        failPlan(`${at}.${key}`, record[key], 'is not a key of a condition');
    }
    const code = conditionEventCode(record.event);
    if (code === undefined) {
      failPlan(
        `${at}.event`,
        record.event,
        `is not an event type (${CONDITION_EVENTS.join(', ')})`,
      );
    }
    const compiled = compileDetails(record, code as number, at);
    if (compiled === null) mask |= 1 << (code as number);
    else detailed.push(compiled);
  });
  const detailedMask = detailed.reduce((bits, condition) => bits | (1 << condition.code), 0);
  return Object.freeze({ mask, detailedMask, detailed: Object.freeze(detailed), detailedBits: -1 });
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
      failPlan(`${at}.status`, status, 'is only carried by opened and status-changed');
    }
    if (!isStatusList(status))
      failPlan(`${at}.status`, status, 'is not a list of non-empty strings');
  }
  if (by !== undefined && by !== 'agent' && by !== 'requester') {
    failPlan(`${at}.by`, by, 'is not "agent" or "requester"');
  }
  if (isPublic !== undefined && typeof isPublic !== 'boolean') {
    failPlan(`${at}.public`, isPublic, 'is not true or false');
  }
  if (field !== undefined && typeof field !== 'string')
    failPlan(`${at}.field`, field, 'is not a string');
  const hasValue = Object.hasOwn(record, 'value');
  if (hasValue && !isFieldValue(record.value)) {
    failPlan(`${at}.value`, record.value, 'is not a string, a number, true, false or null');
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
