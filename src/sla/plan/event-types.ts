/** The event types of a ticket's log. */
export const TICKET_EVENT_TYPES = Object.freeze([
  'responded',
  'paused',
  'resumed',
  'priority-changed',
  'resolved',
  'reopened',
  'status-changed',
  'replied',
  'assigned',
  'field-changed',
  'closed',
] as const);

/** What happened to a ticket. */
export type TicketEventType = (typeof TICKET_EVENT_TYPES)[number];

/** What a metric's conditions can name: a logged event, or the ticket's opening. */
export type ConditionEvent = 'opened' | TicketEventType;

/**
 * Every event a condition can name, by code: a code is the event's bit in a condition's mask.
 * `opened` is 0, the logged events follow in the order above.
 */
export const CONDITION_EVENTS: readonly ConditionEvent[] = Object.freeze([
  'opened',
  ...TICKET_EVENT_TYPES,
]);

/** The code of each event type (its position in `CONDITION_EVENTS`). */
export const EVENT_CODE: Readonly<Record<ConditionEvent, number>> = Object.freeze(
  Object.fromEntries(CONDITION_EVENTS.map((type, code) => [type, code])) as Record<
    ConditionEvent,
    number
  >,
);

/** The status of a ticket that gives none at its opening. */
export const DEFAULT_OPENING_STATUS = 'new';

/** A ticket field's value, as `fields` and `field-changed` carry it. */
export type FieldValue = string | number | boolean | null;
