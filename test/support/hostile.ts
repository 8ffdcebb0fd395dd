// Values whose reading throws, as a caller may hand them over: throwing getters, Proxies whose
// traps throw, revoked Proxies, objects without a prototype, getters that answer differently on
// each read. What they throw is the caller's own error (`HostileError`, or the TypeError of a
// revoked Proxy); anything else a library call throws is the library's.
import { SlaError } from '../../src/index';

/** The error that hostile values throw: the caller's own. */
export class HostileError extends Error {
  override readonly name = 'HostileError';
}

const refuse = (): never => {
  throw new HostileError('the caller refuses to be read');
};

/** A Proxy of `target` whose every trap throws `HostileError`. */
export function throwingProxy(target: object = {}): object {
  return new Proxy(target, {
    get: refuse,
    has: refuse,
    ownKeys: refuse,
    getOwnPropertyDescriptor: refuse,
    getPrototypeOf: refuse,
  });
}

/** A Proxy that was revoked: any operation on it throws the engine's TypeError. */
export function revokedProxy(target: object = {}): object {
  const { proxy, revoke } = Proxy.revocable(target, {});
  revoke();
  return proxy;
}

/** `fields`, except that reading `key` throws `HostileError`. */
export function withThrowingGetter(fields: Record<string, unknown>, key: string): object {
  const value = { ...fields };
  Object.defineProperty(value, key, { enumerable: true, get: refuse });
  return value;
}

/** `fields`, except that `key` answers `first` on its first read and `later()` on every other. */
export function withFickleGetter(
  fields: Record<string, unknown>,
  key: string,
  first: unknown,
  later: () => unknown = refuse,
): object {
  const value = { ...fields };
  let reads = 0;
  Object.defineProperty(value, key, {
    enumerable: true,
    get: () => (reads++ === 0 ? first : later()),
  });
  return value;
}

/** `fields` in an object without a prototype (no `toString`, no `constructor`). */
export function withoutPrototype(fields: Record<string, unknown> = {}): object {
  return Object.assign(Object.create(null) as object, fields);
}

/** Whether a thrown value is the caller's own: `HostileError`, or a revoked Proxy being read. */
export function isCallersError(error: unknown): boolean {
  return (
    error instanceof HostileError || (error instanceof TypeError && /revoked/.test(error.message))
  );
}

/** Runs a call that may answer, refuse with a SlaError, or let the caller's error through. */
export function outcomeOf(call: () => unknown): 'answer' | 'refusal' | 'callers-error' {
  try {
    call();
    return 'answer';
  } catch (error) {
    if (error instanceof SlaError) return 'refusal';
    if (isCallersError(error)) return 'callers-error';
    throw error;
  }
}
