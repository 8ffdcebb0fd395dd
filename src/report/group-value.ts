import { SlaError } from '../errors/sla-error';
import type { TicketEvaluation } from '../sla/evaluate-ticket';
import type { Ticket } from '../sla/ticket-log/ticket';
import { NO_KIND } from './group-key';

/**
 * A ticket's value for the `policy` dimension or for a field: the policy's id, the field's value
 * as text, or `'none'` (a ticket held to a plan; a field it does not have, or has as `null`).
 *
 * @throws {SlaError} `invalid_ticket` for `fields` that are not an object, or a field that is
 * not a string, a number or a boolean.
 */
export function groupValueOf(name: string, ticket: Ticket, evaluation: TicketEvaluation): string {
  if (name === 'policy') {
    const id = evaluation.policy?.id;
    return typeof id === 'string' ? id : NO_KIND;
  }
  const fields: unknown = ticket?.fields;
  if (fields === undefined) return NO_KIND;
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) {
    throw new SlaError('invalid_ticket', 'ticket.fields', fields, 'is not an object of fields');
  }
  if (!Object.hasOwn(fields, name)) return NO_KIND;
  const value: unknown = (fields as Record<string, unknown>)[name];
  if (value === null) return NO_KIND;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) {
    return String(value);
  }
  const reason = 'is not a string, a number, true, false or null';
  throw new SlaError('invalid_ticket', `ticket.fields.${name}`, value, reason);
}
