/** A mistake in how the command was called: printed with a hint, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * The exit codes of the command: done; some input rejected (the report is still made); a usage
 * error; a bug (with its stack); the machine failed (a read or a write, one line).
 */
export const EXIT = Object.freeze({ ok: 0, rejected: 1, usage: 2, unexpected: 3, io: 4 });
