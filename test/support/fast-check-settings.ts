// Shared fast-check settings for the property suite (test/properties).
//
//   FC_NUM_RUNS  runs per property (default 1000): FC_NUM_RUNS=100000 npx vitest run test/properties
//   FC_SEED      seed (default: a fixed constant, so that `npm test` is reproducible)
//   FC_PATH      replay path printed by a failure: use it with the printed seed and the failing
//                property alone, e.g. FC_SEED=… FC_PATH=… npx vitest run test/properties -t 'isOpen'
//
// A failure prints the seed, the path and the shrunk counterexample.
import fc from 'fast-check';
import { it } from 'vitest';

const DEFAULT_NUM_RUNS = 1000;
const DEFAULT_SEED = 20_261_127;

function integerFromEnv(name: string, fallback: number): number {
  const text = process.env[name];
  if (text === undefined || text.trim() === '') return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new Error(`${name} must be an integer, got ${text}`);
  return value;
}

export const numRuns = integerFromEnv('FC_NUM_RUNS', DEFAULT_NUM_RUNS);
export const seed = integerFromEnv('FC_SEED', DEFAULT_SEED);
const path = process.env.FC_PATH?.trim() || undefined;

/** Vitest timeout of one property: generous, and growing with the number of runs. */
export const propertyTimeout = Math.max(120_000, numRuns * 60);

/** Parameters for `fc.assert`: runs, seed, replay path, and a verbose counterexample report. */
export function fcParams<Ts>(): fc.Parameters<Ts> {
  return {
    numRuns,
    seed,
    verbose: fc.VerbosityLevel.Verbose,
    ...(path === undefined ? {} : { path }),
  };
}

/** A vitest test that asserts one fast-check property with the shared settings. */
export function itHolds<Ts>(name: string, property: fc.IProperty<Ts>): void {
  it(
    name,
    () => {
      fc.assert(property, fcParams<Ts>());
    },
    propertyTimeout,
  );
}
