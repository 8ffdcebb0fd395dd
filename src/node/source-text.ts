import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { decode, openInput } from '../cli/input/open-input';
import { UsageError } from '../cli/usage-error';
import { SlaError } from '../errors/sla-error';

/**
 * Where `readTickets` reads: a file's path (or `file:` URL), or chunks of bytes or text: a Node
 * readable stream (`process.stdin`, `createReadStream(…)`, a response body), any async iterable,
 * or an array. (No Node type is named here, so that the declarations need no `@types/node`.)
 */
export type TicketSource =
  | string
  | URL
  | AsyncIterable<Uint8Array | string>
  | Iterable<Uint8Array | string>;

/** The text of a source, the form its file name says, and how to let go of it. */
export interface SourceText {
  readonly chunks: AsyncIterable<string>;
  readonly formByName: 'csv' | 'jsonl' | undefined;
  close(): Promise<void>;
}

/**
 * Whether `source` can be read at all (checked when `readTickets` is called, before any reading).
 *
 * @throws {SlaError} `invalid_argument` for anything but a path, a stream or an iterable.
 */
export function checkSource(source: unknown): asserts source is TicketSource {
  if (typeof source === 'string' && source !== '') return;
  if (source instanceof URL) return;
  const iterable = source as Partial<AsyncIterable<unknown> & Iterable<unknown>> | null;
  if (
    typeof source === 'object' &&
    source !== null &&
    !(source instanceof Uint8Array) &&
    (typeof iterable?.[Symbol.asyncIterator] === 'function' ||
      typeof iterable?.[Symbol.iterator] === 'function')
  )
    return;
  throw new SlaError(
    'invalid_argument',
    'source',
    source,
    'is not a file path, a readable stream or an iterable of chunks (strings or Uint8Array)',
  );
}

/**
 * Opens a source as text, as the command opens its input: UTF-8, or UTF-16 after its byte-order
 * mark; a NUL character ends the reading. A path is opened here; a stream or an iterable is
 * read as it is given, and closed by ending the iteration.
 *
 * @throws {SlaError} `invalid_argument` when the file cannot be opened (the reason says why).
 */
export async function openSource(source: TicketSource): Promise<SourceText> {
  if (typeof source === 'string' || source instanceof URL) {
    const path = typeof source === 'string' ? source : fileURLToPath(source);
    // For the command, `-` is stdin; here it is a file of that name.
    const input = await asSlaError(() => openInput(path === '-' ? './-' : path, NO_STDIN), path);
    return { chunks: input.chunks, formByName: input.formByName, close: () => input.close() };
  }
  return {
    chunks: decode(bytesOf(source), 'the stream', { bytes: 0 }),
    formByName: undefined,
    close: async () => undefined,
  };
}

/**
 * Runs `read`, turning the command's usage errors (an unreadable file, a NUL character, a
 * header that is no export's) into a `SlaError` on `source`, the value being `name`.
 */
export async function asSlaError<T>(read: () => Promise<T>, name: string): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    throw new SlaError('invalid_argument', 'source', name, error.message);
  }
}

/** The name of a source in error messages. */
export function nameOf(source: TicketSource): string {
  if (typeof source === 'string') return source;
  return source instanceof URL ? fileURLToPath(source) : 'the stream';
}

const NO_STDIN = (async function* () {})() as unknown as Readable;

const encoder = new TextEncoder();

async function* bytesOf(
  source: AsyncIterable<unknown> | Iterable<unknown>,
): AsyncGenerator<Uint8Array> {
  for await (const chunk of source) {
    if (chunk instanceof Uint8Array) yield chunk;
    else if (typeof chunk === 'string') yield encoder.encode(chunk);
    else {
      throw new SlaError(
        'invalid_argument',
        'source',
        chunk,
        'gives a chunk that is neither a string nor a Uint8Array',
      );
    }
  }
}
