import {
  definePlan,
  definePolicies,
  type Plan,
  type Policies,
  type PolicyRef,
  premiumPlan,
  SlaError,
  standardPlan,
} from '../index';
import { readWholeFile } from './input/read-whole';
import { RecordLimit } from './input/record-limit';
import { printable } from './output/printable';
import { planTitle } from './output/summary-table';
import { UsageError } from './usage-error';

/** What `--plan` names: the rules tickets are held to, and what the outputs show of them. */
export interface Desk {
  /** A plan, or policies that choose one per ticket. */
  readonly rules: Plan | Policies;
  /**
   * The plan whose metrics, zone and labels the outputs show: the plan itself, or the first
   * plan of the policies (a report refuses policies whose plans name different metrics).
   */
  readonly plan: Plan;
  /** `plan standard (Standard)` or `policies acme, globex`, controls escaped. */
  readonly title: string;
  /** `{ plan: id }` or `{ policies: [ids] }`, for JSON outputs. */
  readonly json: { readonly plan: string } | { readonly policies: readonly string[] };
  readonly policies: Policies | undefined;
  /** What `--plan` gave: a built-in plan's name, or the parsed file (for a state file to carry). */
  readonly source: string | object;
}

/**
 * The plan or policies named by `--plan`: `standard`, `premium`, a JSON plan file (the format
 * of `definePlan`, checked by sla-clock's plan JSON Schema), or a JSON policies file (an object
 * with `policies`, the format of `definePolicies`).
 *
 * @throws {UsageError} when the file cannot be read, is larger than `limit`, or is not a valid
 * plan or policies (naming the path in it).
 */
export function loadPlan(spec: string | undefined, limit = RecordLimit.default): Desk {
  if (spec === undefined)
    throw new UsageError('--plan is required (standard, premium, a plan file or a policies file)');
  if (spec === 'standard' || spec === 'premium') return deskOfSource(spec, spec);
  const text = readWholeFile(spec, `the plan file ${spec}`, limit);
  let config: unknown;
  try {
    config = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${spec} is not JSON: ${(error as Error).message}`);
  }
  return deskOfSource(config, spec);
}

/**
 * The desk of a plan given as data: `standard`, `premium`, or a plan or policies configuration
 * (what a state file carries).
 *
 * @param where - The file it comes from, for the messages.
 * @throws {UsageError} when it is not a valid plan or policies.
 */
export function deskOfSource(config: unknown, where: string): Desk {
  if (config === 'standard') return deskOfPlan(standardPlan(), config);
  if (config === 'premium') return deskOfPlan(premiumPlan(), config);
  if (typeof config !== 'object' || config === null) {
    throw new UsageError(`${where}: the plan is neither standard, premium nor a JSON object`);
  }
  const isPolicies = 'policies' in config;
  try {
    if (!isPolicies)
      return deskOfPlan(definePlan(config as Parameters<typeof definePlan>[0]), config);
    return deskOfPolicies(definePolicies(config as Parameters<typeof definePolicies>[0]), config);
  } catch (error) {
    if (error instanceof SlaError) {
      throw new UsageError(
        `${where} is not a valid ${isPolicies ? 'policies file' : 'plan'}: ${error.message}`,
      );
    }
    throw error;
  }
}

function deskOfPlan(plan: Plan, source: string | object): Desk {
  return {
    rules: plan,
    plan,
    title: planTitle(plan),
    json: { plan: plan.id },
    policies: undefined,
    source,
  };
}

function deskOfPolicies(policies: Policies, source: object): Desk {
  const ids = policies.policies.map((policy) => policy.id);
  return {
    rules: policies,
    plan: policies.policies[0]?.versions[0]?.plan as Plan,
    title: `policies ${ids.map(printable).join(', ')}`,
    json: { policies: ids },
    policies,
    source,
  };
}

/** The plan a ticket was held to: the desk's plan, or its policy's version. */
export function planOfTicket(desk: Desk, policy: PolicyRef | undefined): Plan {
  if (policy === undefined || desk.policies === undefined) return desk.plan;
  const versions = desk.policies.policies.find((candidate) => candidate.id === policy.id)?.versions;
  const from = policy.from?.getTime() ?? null;
  const version = versions?.find((candidate) => (candidate.from?.getTime() ?? null) === from);
  return version?.plan ?? desk.plan;
}
