/** A mistake in how the command was called: printed with a hint, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The exit codes of the command. */
export const EXIT = Object.freeze({ ok: 0, rejected: 1, usage: 2 });
