import { SlaError } from '../errors/sla-error';
import { assertPlan, type Plan } from '../sla/plan/plan';
import { PRIORITIES } from '../sla/plan/priority';
import { compiledPoliciesOf, type Policies } from '../sla/policies/policies';

/** What a summary knows before any ticket: the order of groups, the metrics, the kinds. */
export interface SummaryVocabulary {
  /** Least urgent first. */
  readonly priorities: readonly string[];
  readonly metrics: readonly string[];
  /** `null`: any kind is counted. */
  readonly kinds: ReadonlySet<string> | null;
  readonly policies: readonly string[];
  /** The zone of months by default: the plan's, or the first plan's of the policies. */
  readonly timezone: string | undefined;
}

/**
 * The vocabulary of a plan, of policies (the union of their plans' priorities and kinds, in the
 * order of the policies), or of neither (the default plans' priorities, any kind).
 *
 * @throws {SlaError} `invalid_plan` for a value that is neither; `invalid_policies` when the
 * policies' plans do not all name the same metrics.
 */
export function summaryVocabulary(planOrPolicies: Plan | Policies | undefined): SummaryVocabulary {
  if (planOrPolicies === undefined) {
    return { priorities: PRIORITIES, metrics: [], kinds: null, policies: [], timezone: undefined };
  }
  const policies = compiledPoliciesOf(planOrPolicies)?.policies;
  if (policies === undefined) {
    const plan = assertPlan(planOrPolicies);
    return {
      priorities: plan.priorities.map((priority) => priority.id),
      metrics: plan.metrics.map((metric) => metric.id),
      kinds: new Set(plan.requestKinds),
      policies: [],
      timezone: plan.schedule.timezone,
    };
  }
  const priorities = new Set<string>();
  const kinds = new Set<string>();
  let first: { plan: Plan; path: string } | undefined;
  policies.policies.forEach((policy, index) => {
    policy.versions.forEach(({ plan }, version) => {
      const path = `policies[${index}].versions[${version}].plan`;
      for (const priority of plan.priorities) priorities.add(priority.id);
      for (const kind of plan.requestKinds) kinds.add(kind);
      if (first === undefined) first = { plan, path };
      else checkSameMetrics(first, plan, path);
    });
  });
  const { plan } = first as unknown as { plan: Plan };
  return {
    priorities: [...priorities],
    metrics: plan.metrics.map((metric) => metric.id),
    kinds,
    policies: policies.policies.map((policy) => policy.id),
    timezone: plan.schedule.timezone,
  };
}

function checkSameMetrics(first: { plan: Plan; path: string }, plan: Plan, path: string): void {
  const ids = (of: Plan) => of.metrics.map((metric) => metric.id);
  const theirs = ids(plan);
  const ours = new Set(ids(first.plan));
  if (theirs.length === ours.size && theirs.every((id) => ours.has(id))) return;
  throw new SlaError(
    'invalid_policies',
    `${path}.metrics`,
    theirs,
    `names ${theirs.join(', ')} where ${first.path} names ${[...ours].join(', ')}: a report counts every metric of every ticket in one table per metric, so the plans of its policies must name the same metrics`,
  );
}
