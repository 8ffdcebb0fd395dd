import { SlaError } from '../../errors/sla-error';
import { toEpochMs } from '../../instant/instant-input';
import { quoteInstant } from '../../instant/quote-instant';
import type { Plan } from '../plan/plan';
import { checkFields, notATicket } from '../ticket-log/parse-ticket-head';
import type { Ticket } from '../ticket-log/ticket';
import type { CompiledPolicy, PolicyChoice } from './policies';
import type { PolicyIndex } from './policy-index';

/**
 * The first policy whose `when` matches the ticket, and its version in force at the opening.
 *
 * @throws {SlaError} `no_policy` when no policy matches or the matching one has no version yet;
 * `invalid_ticket` or `invalid_instant` for a ticket that cannot be read.
 */
export function chooseVersion(
  policies: readonly CompiledPolicy[],
  index: PolicyIndex,
  ticket: Ticket,
): PolicyChoice {
  if (typeof ticket !== 'object' || ticket === null) throw notATicket(ticket);
  // Each property is read once: a getter may answer differently the second time.
  const { id, openedAt, priority, kind, status, fields, events } = ticket;
  const read: Ticket = { id, openedAt, priority, kind, status, fields, events } as Ticket;
  const policy = firstMatch(index, kind, fields);
  if (policy === undefined) {
    // Malformed fields are the ticket's fault, not a policy's: they are refused as such.
    if (fields !== undefined) checkFields(fields);
    throw noMatch(policies, kind, fields);
  }
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

function firstMatch(
  index: PolicyIndex,
  kind: unknown,
  fields: Ticket['fields'],
): CompiledPolicy | undefined {
  const { field } = index;
  const candidates =
    field === null
      ? index.others
      : (index.byValue.get((index.isKind ? (kind ?? null) : fieldOf(fields, field)) as never) ??
        index.others);
  for (let at = 0; at < candidates.length; at++) {
    const candidate = candidates[at] as CompiledPolicy;
    if (matches(candidate, kind, fields)) return candidate;
  }
  return undefined;
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
  // Fields are checked only when no policy matches (a replay checks them again), so this reads
  // whatever the caller gave: `null`, a string, an array.
  return typeof fields === 'object' && fields !== null && Object.hasOwn(fields, field)
    ? fields[field]
    : null;
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
