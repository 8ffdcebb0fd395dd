import { SlaError } from '../../errors/sla-error';
import { toEpochMs } from '../../instant/instant-input';
import { DEFAULT_OPENING_STATUS } from '../plan/event-types';
import { isFieldValue } from '../plan/field-value';
import type { CompiledPlan, TargetTable } from '../plan/plan';
import type { Ticket, TicketHead } from './ticket';

/**
 * Validates the parts of a ticket every clock needs.
 *
 * @throws {SlaError} `invalid_instant` for `openedAt`, `invalid_ticket` for the rest.
 */
export function parseTicketHead(plan: CompiledPlan, ticket: Ticket): TicketHead {
  if (typeof ticket !== 'object' || ticket === null) throw notATicket(ticket);
  // Each property is read once: a getter may answer differently the second time.
  const openedAtInput = ticket.openedAt;
  const openedAt = toEpochMs(openedAtInput, 'ticket.openedAt');
  const priority = ticket.priority;
  const priorityIndex = parsePriority(plan, priority, 'invalid_ticket', () => 'ticket.priority');
  const kind = ticket.kind;
  const targets = targetsOfKind(plan, kind);
  const status = ticket.status;
  if (status !== undefined && (typeof status !== 'string' || status === '')) {
    throw new SlaError('invalid_ticket', 'ticket.status', status, 'is not a non-empty string');
  }
  const fields = ticket.fields;
  if (fields !== undefined) checkFields(fields);
  return {
    openedAt,
    openedAtInput,
    priority: priority as string,
    priorityIndex,
    kind: kind as string | undefined,
    targets,
    status: status ?? DEFAULT_OPENING_STATUS,
  };
}

/** The refusal of a value that is not an object at all. */
export function notATicket(ticket: unknown): SlaError {
  const reason = 'is not a ticket { openedAt, priority, kind?, status?, fields?, events? }';
  return new SlaError('invalid_ticket', 'ticket', ticket, reason);
}

/** `fields`: string keys, values a string, a finite number, a boolean or `null`. */
export function checkFields(fields: unknown): void {
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) {
    throw new SlaError('invalid_ticket', 'ticket.fields', fields, 'is not an object of fields');
  }
  for (const [key, value] of Object.entries(fields)) {
    if (!isFieldValue(value)) {
      const reason = 'is not a string, a number, true, false or null';
      throw new SlaError('invalid_ticket', `ticket.fields.${key}`, value, reason);
    }
  }
}

/**
 * The position of one of the plan's priorities.
 *
 * @throws {SlaError} with `code` at `path` for any other value.
 */
export function parsePriority(
  plan: CompiledPlan,
  priority: unknown,
  code: 'invalid_ticket' | 'invalid_event',
  path: () => string,
): number {
  const index = typeof priority === 'string' ? plan.priorityIndex.get(priority) : undefined;
  if (index !== undefined) return index;
  const ids = plan.plan.priorities.map((p) => p.id).join(', ');
  throw new SlaError(code, path(), priority, `is not one of ${ids}`);
}

/**
 * The targets of a ticket's `kind`: one of the plan's request kinds, or `undefined` for none.
 *
 * @throws {SlaError} `invalid_ticket` for any other value.
 */
function targetsOfKind(plan: CompiledPlan, kind: unknown): TargetTable {
  if (kind === undefined) return plan.targets;
  const targets = typeof kind === 'string' ? plan.kindTargets.get(kind) : undefined;
  if (targets !== undefined) return targets;
  const kinds = plan.plan.requestKinds.join(', ');
  throw new SlaError('invalid_ticket', 'ticket.kind', kind, `is not one of ${kinds}`);
}
