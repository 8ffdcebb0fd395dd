// Random valid event logs of every event type for the §13 property suite: §8's events only where
// the ticket's state allows them (sla-arbitraries' state machine: responded at most once and not
// after resolved, paused only when open and not paused, …), the new events anywhere.
import fc from 'fast-check';
import type { TicketEventType } from '../../src/index';
import type { FieldValue, ModelEvent } from './cycle-model';
import { gapArb, type LogState, nextState, possibleTypes } from './sla-arbitraries';

export const METRIC_PRIORITIES = ['P1', 'P2', 'P3'] as const;
export const STATUSES = ['new', 'open', 'pending', 'hold', 'solved', 'closed'] as const;
export const NEW_EVENT_TYPES = ['status-changed', 'replied', 'assigned', 'field-changed', 'closed'];
export const FIELDS = ['tier', 'team'] as const;
export const FIELD_VALUES: readonly FieldValue[] = ['gold', 'l2', 1, 0, true, false, null];

export const stepArb = fc.record({
  gap: gapArb,
  pick: fc.nat(),
  priority: fc.constantFrom(...METRIC_PRIORITIES),
  status: fc.constantFrom(...STATUSES),
  by: fc.constantFrom('agent' as const, 'requester' as const),
  public: fc.constantFrom(undefined, true, false),
  field: fc.constantFrom(...FIELDS),
  value: fc.constantFrom(...FIELD_VALUES),
  // `assigned` names a group, an assignee or both (the library refuses one naming neither).
  assignment: fc.constantFrom(
    { group: 'l1' },
    { assignee: 'ann' },
    { group: 'l2', assignee: 'bob' },
  ),
  favour: fc.constantFrom(true, true, false),
});

type StepSketch = typeof stepArb extends fc.Arbitrary<infer T> ? T : never;

/**
 * A valid log: §8's events where the ticket's state allows them, the new ones anywhere; a step
 * that favours picks among `favourites` (the events the metrics name) when it can, so that
 * cycles start, stop and start again within a short log.
 */
export function materializeMetricLog(
  openedAt: number,
  steps: readonly StepSketch[],
  favourites: readonly string[] = [],
) {
  let state: LogState = { paused: false, resolved: false, gtiStopped: false };
  let at = openedAt;
  const events: ModelEvent[] = [];
  for (const step of steps) {
    at += step.gap;
    const possible: string[] = [...possibleTypes(state), ...NEW_EVENT_TYPES];
    const favoured = possible.filter((type) => favourites.includes(type));
    const types = step.favour && favoured.length > 0 ? favoured : possible;
    const type = types[step.pick % types.length] as string;
    if (type === 'priority-changed') events.push({ type, at, priority: step.priority });
    else if (type === 'status-changed') events.push({ type, at, status: step.status });
    else if (type === 'replied')
      events.push({
        type,
        at,
        by: step.by,
        ...(step.public === undefined ? {} : { public: step.public }),
      });
    else if (type === 'assigned') events.push({ type, at, ...step.assignment });
    else if (type === 'field-changed')
      events.push({ type, at, field: step.field, value: step.value });
    else events.push({ type, at });
    if (!NEW_EVENT_TYPES.includes(type)) state = nextState(state, type as TicketEventType);
  }
  return events;
}
