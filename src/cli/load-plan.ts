import { definePlan, type Plan, premiumPlan, SlaError, standardPlan } from '../index';
import { readWholeFile } from './input/read-whole';
import { RecordLimit } from './input/record-limit';
import { UsageError } from './usage-error';

/**
 * The plan named by `--plan`: `standard`, `premium`, or a JSON plan file (the format of
 * `definePlan`, checked by sla-clock's plan JSON Schema).
 *
 * @throws {UsageError} when the file cannot be read, is larger than `limit` or is not a valid plan
 * (naming the path in it).
 */
export function loadPlan(spec: string | undefined, limit = RecordLimit.default): Plan {
  if (spec === undefined)
    throw new UsageError('--plan is required (standard, premium or a plan file)');
  if (spec === 'standard') return standardPlan();
  if (spec === 'premium') return premiumPlan();
  const text = readWholeFile(spec, `the plan file ${spec}`, limit);
  let config: unknown;
  try {
    config = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${spec} is not JSON: ${(error as Error).message}`);
  }
  try {
    return definePlan(config as Parameters<typeof definePlan>[0]);
  } catch (error) {
    if (error instanceof SlaError)
      throw new UsageError(`${spec} is not a valid plan: ${error.message}`);
    throw error;
  }
}
