import type { FieldValue } from '../plan/event-types';
import type { Plan } from '../plan/plan';
import type { Ticket } from '../ticket-log/ticket';

/** What a policy asks of a ticket: per field (or `kind`), a value or a list of allowed values. */
export type PolicyWhen = Readonly<Record<string, FieldValue | readonly FieldValue[]>>;

/** One version of a policy: the plan that holds for the tickets opened from `from` on. */
export interface PolicyVersion {
  /** The first instant of the version, or `null` for a version in force since always. */
  readonly from: Date | null;
  readonly plan: Plan;
}

/** One policy: which tickets it takes, and its versions in time order. */
export interface Policy {
  readonly id: string;
  readonly name?: string;
  /** Absent: every ticket. */
  readonly when?: PolicyWhen;
  /** Oldest first. */
  readonly versions: readonly PolicyVersion[];
}

/** Compiled policies, from `definePolicies`: accepted wherever a plan is. */
export interface Policies {
  /** In order: a ticket gets the first whose `when` matches it. */
  readonly policies: readonly Policy[];
}

/** The policy and the version under which a ticket was evaluated. */
export interface PolicyRef {
  readonly id: string;
  /** The version's first instant, `null` for one in force since always. */
  readonly from: Date | null;
}

/** One field test of a compiled `when`: the ticket's kind, or one of its fields. */
export interface FieldTest {
  readonly field: string;
  readonly isKind: boolean;
  readonly allowed: ReadonlySet<FieldValue>;
}

/** A policy as the choice reads it: versions newest first, their `from` in epoch milliseconds. */
export interface CompiledPolicy {
  readonly id: string;
  readonly tests: readonly FieldTest[];
  /** Newest first; `-Infinity` for a version in force since always. */
  readonly froms: readonly number[];
  /** In the order of `froms`. */
  readonly plans: readonly Plan[];
}

/** The plan policies hold a ticket to, the ticket as read once, and the policy named in results. */
export interface PolicyChoice {
  readonly plan: Plan;
  /** The ticket's properties, each read once: the replay reads these, not the caller's object. */
  readonly ticket: Ticket;
  /** Fresh for each choice. */
  readonly policy: PolicyRef;
}

export interface CompiledPolicies {
  readonly policies: Policies;
  readonly compiled: readonly CompiledPolicy[];
  /**
   * Chooses a ticket's policy and version. Carried by the policies themselves so that code
   * which only evaluates plans does not bundle the choice.
   */
  readonly choose: (ticket: Ticket) => PolicyChoice;
}

const registry = new WeakMap<object, CompiledPolicies>();

export function registerPolicies(compiled: CompiledPolicies): Policies {
  registry.set(compiled.policies, compiled);
  return compiled.policies;
}

/** The compiled form of `value` when `definePolicies` made it, else `undefined`. */
export function compiledPoliciesOf(value: unknown): CompiledPolicies | undefined {
  return typeof value === 'object' && value !== null ? registry.get(value) : undefined;
}

/** Every plan the policies name, each once, in the order of the policies and their versions. */
export function plansOf(policies: Policies): Plan[] {
  const plans = new Set<Plan>();
  for (const policy of policies.policies)
    for (const version of policy.versions) plans.add(version.plan);
  return [...plans];
}
