import * as z from 'zod/mini';
import { lazy } from '../../errors/from-zod-issue';
import { jsonPlanConfigSchema } from '../plan/plan-config';

/** An ISO 8601 date-time with its offset (or `Z`): a version starts at an instant, not a wall time. */
const INSTANT_WITH_OFFSET =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The policies file as JSON can hold it, for `policies.schema.json` (`definePolicies` checks the
 * same by hand, for precise paths and reasons). `when` cannot name `priority`.
 */
export const jsonPoliciesConfigSchema = /* @__PURE__ */ lazy(() => {
  const plan = jsonPlanConfigSchema();
  const nonEmpty = () => z.string().check(z.minLength(1));
  const fieldValue = () => z.union([z.string(), z.number(), z.boolean(), z.null()]);
  const whenValue = z.union([fieldValue(), z.array(fieldValue()).check(z.minLength(1))]);
  const version = z.strictObject({
    from: z.optional(z.string().check(z.regex(INSTANT_WITH_OFFSET))),
    plan: z.union([nonEmpty(), plan]),
  });
  const policy = z.strictObject({
    id: nonEmpty(),
    name: z.optional(z.string()),
    when: z.optional(z.record(z.string().check(z.regex(/^(?!priority$).+$/)), whenValue)),
    versions: z.array(version).check(z.minLength(1)),
  });
  return z.strictObject({
    $schema: z.optional(z.string()),
    plans: z.optional(z.record(z.string(), plan)),
    policies: z.array(policy).check(z.minLength(1)),
  });
});
