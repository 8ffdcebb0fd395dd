import type { Plan } from '../plan/plan';
import type { Ticket } from '../ticket-log/ticket';
import { compiledPoliciesOf, type Policies, type PolicyChoice } from './policies';

/**
 * Under policies, the version the ticket is held to; `null` for a plan, which holds every
 * ticket itself.
 *
 * @throws {SlaError} `no_policy`, `invalid_ticket` or `invalid_instant` (see `chooseVersion`).
 */
export function policyOf(planOrPolicies: Plan | Policies, ticket: Ticket): PolicyChoice | null {
  return compiledPoliciesOf(planOrPolicies)?.choose(ticket) ?? null;
}
