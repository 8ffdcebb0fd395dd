import {
  type CompiledMetric,
  type DetailedCondition,
  type EventMatcher,
  type MatchedEvent,
  matchesCondition,
} from './compiled-metric';

/** The conditions of a plan that look beyond an event's type, each once, as bits, by event type. */
export interface SharedConditions {
  /** Per event code: the distinct detailed conditions on that type, with their bit. */
  readonly byCode: readonly (readonly SharedCondition[] | undefined)[];
}

interface SharedCondition {
  readonly bit: number;
  readonly condition: DetailedCondition;
}

/** A plan's detailed conditions past this many are checked metric by metric. */
const MAX_SHARED = 31;

/**
 * Gives every distinct detailed condition of a plan's metrics a bit, and each of their event
 * lists the bits of its conditions: metrics that share a condition ("a public reply by an agent",
 * "set solved") then judge it once per event, not once per metric and list.
 */
export function shareConditions(metrics: readonly CompiledMetric[]): {
  readonly metrics: readonly CompiledMetric[];
  readonly shared: SharedConditions;
} {
  const bits = new Map<string, SharedCondition>();
  const byCode: SharedCondition[][] = [];
  const bitsOf = (matcher: EventMatcher): EventMatcher => {
    if (matcher.detailed.length === 0) return matcher;
    let detailedBits = 0;
    for (const condition of matcher.detailed) {
      const key = keyOf(condition);
      let shared = bits.get(key);
      if (shared === undefined) {
        if (bits.size === MAX_SHARED) return matcher;
        shared = { bit: 1 << bits.size, condition };
        bits.set(key, shared);
        const onType = byCode[condition.code] ?? [];
        onType.push(shared);
        byCode[condition.code] = onType;
      }
      detailedBits |= shared.bit;
    }
    return Object.freeze({ ...matcher, detailedBits });
  };
  const shared = metrics.map((metric) =>
    Object.freeze({
      ...metric,
      start: bitsOf(metric.start),
      stop: bitsOf(metric.stop),
      resume: bitsOf(metric.resume),
      reset: bitsOf(metric.reset),
      cancel: bitsOf(metric.cancel),
    }),
  );
  return { metrics: Object.freeze(shared), shared: Object.freeze({ byCode }) };
}

/** The bits of the shared conditions `event` meets. */
export function conditionsMet(shared: SharedConditions, event: MatchedEvent): number {
  const candidates = shared.byCode[event.code];
  if (candidates === undefined) return 0;
  let met = 0;
  for (const { bit, condition } of candidates) if (matchesCondition(condition, event)) met |= bit;
  return met;
}

function keyOf(condition: DetailedCondition): string {
  const { code, status, by, isPublic, field, hasValue, value } = condition;
  const statuses = status === undefined ? null : [...status].sort();
  return JSON.stringify([
    code,
    statuses,
    by ?? null,
    isPublic ?? null,
    field ?? null,
    hasValue,
    value ?? null,
  ]);
}
