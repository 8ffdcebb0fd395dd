import { toEpochMs } from '../../instant/instant-input';
import { definePlan } from '../plan/define-plan';
import { isPlainObject } from '../plan/is-plain-object';
import { isPlan, type Plan } from '../plan/plan';
import type { PlanConfig } from '../plan/plan-config';
import { failPolicies, underPath } from './fail-policies';
import type { PolicyVersion } from './policies';

/** Finds the plan a version names: a key of `plans`, `standard` or `premium`. */
export type PlanLookup = (name: string) => Plan | undefined;

/** A version as given: its plan by name, compiled or as a configuration, from `from` on. */
export interface PolicyVersionConfig {
  /** An instant with an offset (`2026-09-01T00:00:00-04:00`). Absent: since always. */
  readonly from?: string | number | Date;
  /** The name of a plan (a key of `plans`, `standard` or `premium`), a plan, or a plan configuration. */
  readonly plan: string | Plan | PlanConfig;
}

/**
 * A policy's versions, oldest first, and the same newest first in epoch milliseconds.
 *
 * @throws {SlaError} `invalid_policies` for a bad entry or two versions from one instant; the
 * codes of `definePlan` under `path[i].plan` for a plan configuration.
 */
export function parseVersions(
  versions: unknown,
  path: string,
  lookup: PlanLookup,
): { versions: PolicyVersion[]; froms: number[]; plans: Plan[] } {
  if (!Array.isArray(versions) || versions.length === 0) {
    failPolicies(path, versions, 'is not a non-empty list of versions { from?, plan }');
  }
  const parsed = (versions as unknown[]).map((version, index) =>
    parseVersion(version, `${path}[${index}]`, lookup),
  );
  const seen = new Map<number, number>();
  parsed.forEach(({ from }, index) => {
    const earlier = seen.get(from);
    if (earlier !== undefined) {
      const value = (versions as { from?: unknown }[])[index]?.from;
      const reason = `is also the start of ${path}[${earlier}]: a ticket would have two versions`;
      failPolicies(
        `${path}[${index}].from`,
        value,
        from === -Infinity ? `(absent) ${reason}` : reason,
      );
    }
    seen.set(from, index);
  });
  const oldestFirst = [...parsed].sort((a, b) => a.from - b.from);
  const newestFirst = [...oldestFirst].reverse();
  return {
    versions: oldestFirst.map(({ from, plan }) =>
      Object.freeze({ from: from === -Infinity ? null : new Date(from), plan }),
    ),
    froms: newestFirst.map((version) => version.from),
    plans: newestFirst.map((version) => version.plan),
  };
}

function parseVersion(
  version: unknown,
  path: string,
  lookup: PlanLookup,
): { from: number; plan: Plan } {
  if (!isPlainObject(version)) failPolicies(path, version, 'is not a version { from?, plan }');
  const { from, plan, ...rest } = version as Record<string, unknown>;
  const unknownKey = Object.keys(rest)[0];
  if (unknownKey !== undefined) {
    failPolicies(
      `${path}.${unknownKey}`,
      rest[unknownKey],
      'is not a key of a version (from, plan)',
    );
  }
  return { from: parseFrom(from, `${path}.from`), plan: parsePlan(plan, `${path}.plan`, lookup) };
}

function parseFrom(from: unknown, path: string): number {
  if (from === undefined) return -Infinity;
  try {
    return toEpochMs(from as never, path);
  } catch {
    return failPolicies(
      path,
      from,
      'is not an instant with an offset (2026-09-01T00:00:00-04:00), a Date or epoch milliseconds',
    );
  }
}

function parsePlan(plan: unknown, path: string, lookup: PlanLookup): Plan {
  if (typeof plan === 'string') {
    const found = lookup(plan);
    if (found === undefined) {
      failPolicies(path, plan, 'names no plan of `plans`, nor standard or premium');
    }
    return found as Plan;
  }
  if (isPlan(plan)) return plan;
  if (isPlainObject(plan)) return underPath(path, () => definePlan(plan as unknown as PlanConfig));
  return failPolicies(
    path,
    plan,
    'is neither the name of a plan, a plan, nor a plan configuration',
  );
}
