import { SlaError } from '../../errors/sla-error';

/** Refuses policies: `reason` says why the part at `path`, `value`, is not what policies take. */
export const failPolicies = (path: string, value: unknown, reason: string): never => {
  throw new SlaError('invalid_policies', path, value, reason);
};

/** Runs `compile` and moves any `SlaError` it throws under `path` (`plans.gold` + `targets.high`). */
export function underPath<T>(path: string, compile: () => T): T {
  try {
    return compile();
  } catch (error) {
    if (!(error instanceof SlaError)) throw error;
    const inner = error.path === '' ? path : `${path}.${error.path}`;
    throw new SlaError(error.code, inner, error.value, error.reason);
  }
}
