import type { InstantInput } from '../../instant/instant-input';
import type { FieldValue, TicketEventType } from '../plan/event-types';
import type { TargetTable } from '../plan/plan';
import type { Priority, RequestKind } from '../plan/priority';

/**
 * One entry of a ticket's log. Besides `type` and `at`, each type carries its own fields:
 * `priority-changed` the new `priority`; `status-changed` the new `status`; `replied` who wrote
 * (`by`) and whether it was `public` (default `true`); `assigned` its `group` and/or `assignee`;
 * `field-changed` the `field` and its new `value`.
 */
export interface TicketEvent {
  readonly type: TicketEventType;
  readonly at: InstantInput;
  readonly priority?: Priority;
  readonly status?: string;
  readonly by?: 'agent' | 'requester';
  readonly public?: boolean;
  readonly group?: string;
  readonly assignee?: string;
  readonly field?: string;
  readonly value?: FieldValue;
}

/** A ticket as the SLA functions read it. */
export interface Ticket {
  /** Names the ticket in reports and in the errors of a summary; the clocks ignore it. */
  readonly id?: string | number;
  readonly openedAt: InstantInput;
  /** One of the plan's priorities. */
  readonly priority: Priority;
  /** One of the plan's request kinds. */
  readonly kind?: RequestKind;
  /** The status the ticket opens with. Default `"new"`. */
  readonly status?: string;
  /** What else the desk knows of the ticket (customer, channel…), for policies and reports. */
  readonly fields?: Readonly<Record<string, FieldValue>>;
  /** The log, in time order: at most `MAX_TICKET_EVENTS` (100,000) entries, holes included. */
  readonly events?: readonly TicketEvent[];
}

/** A validated event, in epoch milliseconds, with the fields conditions read. */
export class ParsedEvent {
  constructor(
    readonly index: number,
    /** The event type's code (`EVENT_CODE`). */
    readonly code: number,
    readonly type: TicketEventType | 'opened',
    readonly at: number,
    /** `at` as the caller wrote it, for messages that quote it. */
    readonly atInput: unknown,
    readonly priority: Priority | undefined,
    /** The position of `priority` in the plan, or `-1` without one. */
    readonly priorityIndex: number,
    readonly status: string | undefined,
    readonly by: string | undefined,
    readonly isPublic: boolean | undefined,
    readonly field: string | undefined,
    readonly value: FieldValue | undefined,
    readonly hasValue: boolean,
  ) {}

  /** Its instant as the result's `Date`, once a cycle report asks for it. */
  date: Date | undefined = undefined;
}

/** A validated ticket's opening, priority, kind and status, each read once from the caller's object. */
export interface TicketHead {
  readonly openedAt: number;
  /** `openedAt` as the caller wrote it, for messages that quote it. */
  readonly openedAtInput: unknown;
  readonly priority: Priority;
  /** The priority's position in the plan. */
  readonly priorityIndex: number;
  readonly kind: RequestKind | undefined;
  /** The targets of the ticket's kind. */
  readonly targets: TargetTable;
  readonly status: string;
}
