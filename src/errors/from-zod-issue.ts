import type { SlaErrorCode } from './sla-error';
import { SlaError } from './sla-error';

/** The part of a zod issue that sla-clock reads (kept structural to stay independent of zod's types). */
interface ZodIssueLike {
  readonly code?: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly keys?: readonly string[];
  /** What zod was reading when it raised the issue (present when parsing with `reportInput`). */
  readonly input?: unknown;
}

/** Appends path segments: `hours` + `mon` + `0` → `hours.mon[0]`. */
export function joinPath(base: string, ...segments: readonly PropertyKey[]): string {
  let path = base;
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else path += path === '' ? String(segment) : `.${String(segment)}`;
  }
  return path;
}

/**
 * The value at `segments`, read again from the caller's input (zod's own `input` is the whole
 * object for some issues). Where that read throws (a getter, a revoked Proxy), the value zod saw.
 */
function valueAt(root: unknown, segments: readonly PropertyKey[], seen: unknown): unknown {
  let value = root;
  try {
    for (const segment of segments) {
      if (typeof value !== 'object' || value === null) return undefined;
      value = (value as Record<PropertyKey, unknown>)[segment];
    }
  } catch {
    return seen;
  }
  return value;
}

/**
 * Turns the first issue of a failed zod parse into a `SlaError` with the issue's path, the value
 * found there, and a reason in words.
 */
export function slaErrorFromZodIssue(
  code: SlaErrorCode,
  issue: ZodIssueLike,
  input: unknown,
  basePath: string,
): SlaError {
  const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys?.[0] : undefined;
  const segments = unknownKey === undefined ? issue.path : [...issue.path, unknownKey];
  const path = joinPath(basePath, ...segments) || basePath || 'input';
  const reason = unknownKey === undefined ? lowerFirst(issue.message) : 'is not a known option';
  return new SlaError(code, path, valueAt(input, segments, issue.input), reason);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The part of a zod schema that sla-clock calls. */
interface SafeParser<Output> {
  safeParse(
    input: unknown,
    params: { reportInput: boolean },
  ):
    | { success: true; data: Output }
    | { success: false; error: { issues: readonly ZodIssueLike[] } };
}

/**
 * A value built on its first use. Validators take time to build (a fresh serverless process pays
 * for each one at import), and most programs need only one or two of them.
 */
export function lazy<T>(build: () => T): () => T {
  let value: { readonly built: T } | undefined;
  return () => {
    value ??= { built: build() };
    return value.built;
  };
}

const PARSE_PARAMS = { reportInput: true };

/**
 * Parses `input` with a zod schema (or the `lazy` maker of one), refusing it with a `SlaError`
 * of `code` at the first issue's path. An input that throws while being read (a revoked Proxy, a
 * throwing getter) is refused the same way, never with a `TypeError` from inside.
 */
export function parseOrThrow<Output>(
  schema: SafeParser<Output> | (() => SafeParser<Output>),
  input: unknown,
  code: SlaErrorCode,
  basePath: string,
): Output {
  const parser = typeof schema === 'function' ? schema() : schema;
  let result: ReturnType<SafeParser<Output>['safeParse']>;
  try {
    result = parser.safeParse(input, PARSE_PARAMS);
  } catch {
    throw new SlaError(code, basePath || 'input', input, 'cannot be read');
  }
  if (result.success) return result.data;
  const issue = result.error.issues[0] ?? { path: [], message: 'Is invalid' };
  throw slaErrorFromZodIssue(code, issue, input, basePath);
}
