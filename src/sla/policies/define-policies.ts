import { definePlan } from '../plan/define-plan';
import { isPlainObject } from '../plan/is-plain-object';
import { isPlan, type Plan } from '../plan/plan';
import type { PlanConfig } from '../plan/plan-config';
import { premiumPlan } from '../plan/premium-plan';
import { standardPlan } from '../plan/standard-plan';
import type { Ticket } from '../ticket-log/ticket';
import { chooseVersion } from './choose-version';
import { failPolicies, underPath } from './fail-policies';
import { type PlanLookup, type PolicyVersionConfig, parseVersions } from './parse-versions';
import { parseWhen } from './parse-when';
import {
  type CompiledPolicy,
  type Policies,
  type Policy,
  type PolicyWhen,
  registerPolicies,
} from './policies';
import { indexPolicies } from './policy-index';

export type { PolicyVersionConfig } from './parse-versions';

/** One policy as data: which tickets it takes (`when`), and its versions. */
export interface PolicyConfig {
  readonly id: string;
  readonly name?: string;
  /** Per field of the ticket's `fields` (or `kind`), a value or a list of values; all must match. Absent: every ticket. */
  readonly when?: PolicyWhen;
  readonly versions: readonly PolicyVersionConfig[];
}

/** Policies as data: they can live in a JSON file (see `policies.schema.json`). */
export interface PoliciesConfig {
  /** The file's JSON Schema, for editors (`sla-clock/policies.schema.json`); ignored. */
  readonly $schema?: string;
  /** Plans the versions name, by name: plans or plan configurations. */
  readonly plans?: Readonly<Record<string, Plan | PlanConfig>>;
  /** In order: a ticket gets the first whose `when` matches it. */
  readonly policies: readonly PolicyConfig[];
}

/**
 * Validates and compiles policies: one per customer or contract, chosen from the ticket (the
 * first whose `when` matches its `fields` and `kind`), each with versions in force from a date
 * (a ticket keeps the version in force when it was opened).
 *
 * @param config - `policies` in order, each with an `id`, an optional `when` and its `versions`
 * `{ from?, plan }`; `plans` that versions may name.
 * @returns Policies that `evaluateTicket`, `explainTicket`, `slaDeadlines`, `summarizeTickets`,
 * `createSlaSummary` and `comparePlans` accept wherever they take a plan.
 * @throws {SlaError} `invalid_policies` naming the path of the bad entry
 * (`policies[1].versions[0].from`): two policies with one id, a policy without versions, two
 * versions from one instant, a `from` without an offset, a `when` that names `priority`; the
 * codes of `definePlan` under the path of a plan configuration.
 *
 * @example
 * const policies = definePolicies({
 *   policies: [
 *     { id: 'globex', when: { customer: 'globex' },
 *       versions: [{ plan: 'standard' }, { from: '2026-09-01T00:00:00-04:00', plan: 'premium' }] },
 *     { id: 'default', versions: [{ plan: 'standard' }] },
 *   ],
 * });
 * evaluateTicket(
 *   policies,
 *   { openedAt: '2026-09-02T09:00:00-04:00', priority: 'high', fields: { customer: 'globex' } },
 *   { now: '2026-09-02T10:00:00-04:00' },
 * ).policy;
 * //=> { id: 'globex', from: 2026-09-01T04:00:00.000Z }
 */
export function definePolicies(config: PoliciesConfig): Policies {
  if (!isPlainObject(config)) failPolicies('', config, 'is not policies { plans?, policies }');
  const { $schema, plans, policies, ...rest } = config as unknown as Record<string, unknown>;
  const unknownKey = Object.keys(rest)[0];
  if (unknownKey !== undefined) {
    failPolicies(
      unknownKey,
      rest[unknownKey],
      'is not a key of policies ($schema, plans, policies)',
    );
  }
  if ($schema !== undefined && typeof $schema !== 'string')
    failPolicies('$schema', $schema, 'is not a string');
  const lookup = planLookup(plans);
  if (!Array.isArray(policies) || policies.length === 0) {
    failPolicies(
      'policies',
      policies,
      'is not a non-empty list of policies { id, when?, versions }',
    );
  }
  const ids = new Map<string, number>();
  const parsed = (policies as unknown[]).map((policy, index) => {
    const path = `policies[${index}]`;
    const result = parsePolicy(policy, path, lookup);
    const earlier = ids.get(result.policy.id);
    if (earlier !== undefined) {
      failPolicies(`${path}.id`, result.policy.id, `is also the id of policies[${earlier}]`);
    }
    ids.set(result.policy.id, index);
    return result;
  });
  const compiled = parsed.map((entry) => entry.compiled);
  const frozen = Object.freeze({ policies: Object.freeze(parsed.map((entry) => entry.policy)) });
  Object.freeze(compiled);
  const index = indexPolicies(compiled);
  const choose = (ticket: Ticket) => chooseVersion(compiled, index, ticket);
  return registerPolicies(Object.freeze({ policies: frozen, compiled, choose }));
}

function parsePolicy(
  policy: unknown,
  path: string,
  lookup: PlanLookup,
): { policy: Policy; compiled: CompiledPolicy } {
  if (!isPlainObject(policy)) failPolicies(path, policy, 'is not a policy { id, when?, versions }');
  const { id, name, when, versions, ...rest } = policy as Record<string, unknown>;
  const unknownKey = Object.keys(rest)[0];
  if (unknownKey !== undefined) {
    failPolicies(
      `${path}.${unknownKey}`,
      rest[unknownKey],
      'is not a key of a policy (id, name, when, versions)',
    );
  }
  if (typeof id !== 'string' || id === '')
    failPolicies(`${path}.id`, id, 'is not a non-empty string');
  if (name !== undefined && typeof name !== 'string')
    failPolicies(`${path}.name`, name, 'is not a string');
  const parsedWhen = when === undefined ? undefined : parseWhen(when, `${path}.when`);
  const parsedVersions = parseVersions(versions, `${path}.versions`, lookup);
  const frozen: Policy = Object.freeze({
    id: id as string,
    ...(name === undefined ? {} : { name: name as string }),
    ...(parsedWhen === undefined ? {} : { when: parsedWhen.when }),
    versions: Object.freeze(parsedVersions.versions),
  });
  const compiled: CompiledPolicy = Object.freeze({
    id: id as string,
    tests: Object.freeze(parsedWhen?.tests ?? []),
    froms: Object.freeze(parsedVersions.froms),
    plans: Object.freeze(parsedVersions.plans),
  });
  return { policy: frozen, compiled };
}

/** Compiles `plans` up front (each once, whatever the number of versions naming it). */
function planLookup(plans: unknown): PlanLookup {
  if (plans !== undefined && !isPlainObject(plans)) {
    failPolicies('plans', plans, 'is not an object of plans by name');
  }
  const named = new Map<string, Plan>();
  for (const [name, plan] of Object.entries((plans ?? {}) as Record<string, unknown>)) {
    const path = `plans.${name}`;
    if (isPlan(plan)) named.set(name, plan);
    else if (isPlainObject(plan))
      named.set(
        name,
        underPath(path, () => definePlan(plan as unknown as PlanConfig)),
      );
    else failPolicies(path, plan, 'is neither a plan nor a plan configuration');
  }
  const builtins = new Map<string, () => Plan>([
    ['standard', () => standardPlan()],
    ['premium', () => premiumPlan()],
  ]);
  return (name) => {
    const plan = named.get(name) ?? builtins.get(name)?.();
    if (plan !== undefined) named.set(name, plan);
    return plan;
  };
}
