import { SlaError } from '../index';
import { toEpochMs } from '../instant/instant-input';
import { UsageError } from './usage-error';

/**
 * The instant of `--now`, or the current time when it is not given.
 *
 * @throws {UsageError} when `--now` is not an instant.
 */
export function nowOption(text: string | undefined, currentTime: () => number): number {
  if (text === undefined) return currentTime();
  try {
    return toEpochMs(text, '--now');
  } catch (error) {
    if (!(error instanceof SlaError)) throw error;
    throw new UsageError(`--now ${text}: ${error.reason}`);
  }
}
