/**
 * The machine failed, not the user: an input could not be read or an output written (a full
 * disk, a read error, a closed device). The message is the whole line said on stderr; exit code 4.
 */
export class IoFailure extends Error {
  override readonly name = 'IoFailure';
}

/**
 * The system's reason for a failed read or write: `no space left on device (ENOSPC)`. Node's
 * message (`ENOSPC: no space left on device, write`) ends in the system call, which tells the
 * user nothing.
 */
export function systemReason(error: unknown): string {
  const { code, message } = (error ?? {}) as Partial<NodeJS.ErrnoException>;
  if (typeof message !== 'string') return String(error);
  if (typeof code !== 'string') return message;
  const words = new RegExp(`^${code}: (.+?), [a-z_]+\\b`).exec(message)?.[1];
  return words === undefined ? `${message} (${code})` : `${words} (${code})`;
}

/** `cannot read <what>: <the system's reason>`. */
export function cannotRead(what: string, error: unknown): IoFailure {
  return new IoFailure(`cannot read ${what}: ${systemReason(error)}`);
}

/** `cannot write to <what>: <the system's reason>`. */
export function cannotWrite(what: string, error: unknown): IoFailure {
  return new IoFailure(`cannot write to ${what}: ${systemReason(error)}`);
}
