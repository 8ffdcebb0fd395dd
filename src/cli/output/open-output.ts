import { createWriteStream, openSync } from 'node:fs';
import { UsageError } from '../usage-error';
import { BufferedOutput } from './buffered-output';

/**
 * Opens the file of an output option for writing, now: a path that cannot be written is a usage
 * error before any work (a write that fails later is an `IoFailure` when the output ends).
 *
 * @throws {UsageError} naming the option and the path.
 */
export function openOutput(path: string, option: string): BufferedOutput {
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (error) {
    throw new UsageError(`${option} ${path}: cannot write it (${(error as Error).message})`);
  }
  return new BufferedOutput(createWriteStream(path, { fd }), `${path} (${option})`);
}
