import { SlaError } from '../../errors/sla-error';
import { toEpochMs } from '../../instant/instant-input';
import { quoteInstant } from '../../instant/quote-instant';
import type { Plan } from '../plan/plan';
import { checkFields, notATicket } from '../ticket-log/parse-ticket-head';
import type { Ticket } from '../ticket-log/ticket';
import type { CompiledPolicy, PolicyChoice } from './policies';

/**
 * The first policy whose `when` matches the ticket, and its version in force at the opening.
 *
 * @throws {SlaError} `no_policy` when no policy matches or the matching one has no version yet;
 * `invalid_ticket` or `invalid_instant` for a ticket that cannot be read.
 */
export function chooseVersion(policies: readonly CompiledPolicy[], ticket: Ticket): PolicyChoice {
  if (typeof ticket !== 'object' || ticket === null) throw notATicket(ticket);
  // Each property is read once: a getter may answer differently the second time.
  const { id, openedAt, priority, kind, status, fields, events } = ticket;
  const read: Ticket = { id, openedAt, priority, kind, status, fields, events } as Ticket;
  if (fields !== undefined) checkFields(fields);
  const policy = policies.find((candidate) => matches(candidate, kind, fields));
  if (policy === undefined) throw noMatch(policies, kind, fields);
  const opened = toEpochMs(openedAt, 'ticket.openedAt');
  const { froms } = policy;
  for (let index = 0; index < froms.length; index++) {
    const from = froms[index] as number;
    if (from <= opened) {
      const ref = { id: policy.id, from: from === -Infinity ? null : new Date(from) };
      return { plan: policy.plans[index] as Plan, ticket: read, policy: ref };
    }
  }
  const first = new Date(froms[froms.length - 1] as number).toISOString();
  throw new SlaError(
    'no_policy',
    'ticket.openedAt',
    openedAt,
    `(${quoteInstant(openedAt, opened)}) is before the first version of policy ${policy.id}, from ${first}`,
  );
}

function matches(policy: CompiledPolicy, kind: unknown, fields: Ticket['fields']): boolean {
  for (const test of policy.tests) {
    const value = test.isKind ? (kind ?? null) : fieldOf(fields, test.field);
    if (!test.allowed.has(value as never)) return false;
  }
  return true;
}

/** A field's value, `null` when the ticket does not have it (not one of `Object.prototype`'s). */
function fieldOf(fields: Ticket['fields'], field: string): unknown {
  return fields !== undefined && Object.hasOwn(fields, field) ? fields[field] : null;
}

function noMatch(
  policies: readonly CompiledPolicy[],
  kind: unknown,
  fields: Ticket['fields'],
): SlaError {
  const ids = policies.map((policy) => policy.id).join(', ');
  const path = fields === undefined && kind !== undefined ? 'ticket.kind' : 'ticket.fields';
  const value = path === 'ticket.kind' ? kind : fields;
  return new SlaError('no_policy', path, value, `matches the \`when\` of no policy (${ids})`);
}
