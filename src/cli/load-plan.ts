import { readFileSync } from 'node:fs';
import { definePlan, type Plan, premiumPlan, SlaError, standardPlan } from '../index';
import { withoutBom } from './input/without-bom';
import { UsageError } from './usage-error';

/**
 * The plan named by `--plan`: `standard`, `premium`, or a JSON plan file (the format of
 * `definePlan`, checked by sla-clock's plan JSON Schema).
 *
 * @throws {UsageError} when the file cannot be read or is not a valid plan (naming the path in it).
 */
export function loadPlan(spec: string | undefined): Plan {
  if (spec === undefined)
    throw new UsageError('--plan is required (standard, premium or a plan file)');
  if (spec === 'standard') return standardPlan();
  if (spec === 'premium') return premiumPlan();
  let text: string;
  try {
    text = readFileSync(spec, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read the plan file ${spec}: ${(error as Error).message}`);
  }
  let config: unknown;
  try {
    config = JSON.parse(withoutBom(text));
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
