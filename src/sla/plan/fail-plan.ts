import { SlaError } from '../../errors/sla-error';

/** Refuses a plan: `reason` says why the part at `path`, `value`, is not what a plan takes. */
export const failPlan = (path: string, value: unknown, reason: string): never => {
  throw new SlaError('invalid_plan', path, value, reason);
};
