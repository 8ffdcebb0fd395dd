import { SlaError } from '../../src/index';

/** The `SlaError` a call throws; fails the test if it returns or throws anything else. */
export function refusal(call: () => unknown): SlaError {
  try {
    call();
  } catch (error) {
    if (error instanceof SlaError) return error;
    throw error;
  }
  throw new Error('expected a SlaError, but the call returned');
}

/**
 * The answer, or `undefined` where the library finds no open time on that side within its search
 * horizon (`no_open_time`): an intersection may meet in one season only (Martinique's summer time
 * of 1980 with Paris and UTC). Whether such a refusal is right is checked against the reference
 * in test/properties/reference-arithmetic.test.ts; a law about the answer has nothing to check.
 */
export function unlessNeverOpen<T>(call: () => T): T | undefined {
  try {
    return call();
  } catch (error) {
    if (error instanceof SlaError && error.code === 'no_open_time') return undefined;
    throw error;
  }
}
