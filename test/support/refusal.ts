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
