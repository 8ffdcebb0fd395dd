import { closeSync, openSync, readSync } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { cannotRead } from '../io-failure';
import { UsageError } from '../usage-error';
import type { RecordLimit } from './record-limit';

/** The text of an input, its size when it is a file, and how much of it was read. */
export interface Input {
  /** The text, in chunks; read once. */
  readonly chunks: AsyncIterable<string>;
  readonly size: number | undefined;
  bytesRead(): number;
  /** The form the file name says, if it says one. */
  readonly formByName: 'csv' | 'jsonl' | undefined;
  /** A regular file can be read again from its start; stdin, a pipe or a device cannot. */
  readonly canReadAgain: boolean;
  /** Lets go of the file, read or not (reading it to its end does too). */
  close(): Promise<void>;
}

/**
 * Opens `path` (`-` for stdin) as text: UTF-8, or UTF-16 when a byte-order mark says so (what a
 * spreadsheet's "Unicode text" export writes). A character split across two reads stays whole.
 *
 * @throws {UsageError} when the file cannot be opened, or is a folder.
 */
export async function openInput(path: string, stdin: Readable): Promise<Input> {
  const progress = { bytes: 0 };
  if (path === '-') {
    return {
      chunks: decode(stdinBytes(stdin), 'stdin', progress),
      size: undefined,
      bytesRead: () => progress.bytes,
      formByName: undefined,
      canReadAgain: false,
      close: async () => undefined,
    };
  }
  let file: FileHandle;
  let regular: boolean;
  let size: number;
  try {
    file = await open(path, 'r');
    const stats = await file.stat();
    if (stats.isDirectory()) {
      await file.close();
      throw new Error('it is a directory');
    }
    regular = stats.isFile();
    size = stats.size;
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as Error).message}`);
  }
  const formByName = /\.(jsonl|ndjson|json)$/i.test(path)
    ? 'jsonl'
    : /\.csv$/i.test(path)
      ? 'csv'
      : undefined;
  return {
    chunks: decode(fileBytes(file, path), path, progress),
    // A device or a pipe says 0: its size is not known.
    size: regular ? size : undefined,
    bytesRead: () => progress.bytes,
    formByName,
    canReadAgain: regular,
    // Closed once: by the end of the reading or by this, whichever comes first.
    close: () => file.close().catch(() => undefined),
  };
}

/**
 * The text of bytes `[start, end)` of a file (`end` undefined: to its end): a part of an input read
 * apart, cut after a line break, by a worker thread. UTF-8 only (a UTF-16 file is never cut). The
 * file is opened when the reading starts and closed when it ends or is given up, so that a range
 * never read holds no file. The reads are synchronous: a worker thread has nothing else to do
 * meanwhile, and each asynchronous read would cost a round trip through the thread pool.
 *
 * @throws {UsageError} when the file cannot be opened (once read).
 * @throws {IoFailure} when a read fails.
 */
export function openFileRange(
  path: string,
  start: number,
  end: number | undefined,
): AsyncIterable<string> {
  return decode(rangeBytes(path, start, end ?? Number.POSITIVE_INFINITY), path, { bytes: 0 });
}

async function* rangeBytes(path: string, start: number, end: number): AsyncGenerator<Uint8Array> {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as Error).message}`);
  }
  const buffer = Buffer.alloc(64 * 1024);
  try {
    for (let position = start; position < end; ) {
      let bytesRead: number;
      try {
        bytesRead = readSync(fd, buffer, 0, Math.min(buffer.length, end - position), position);
      } catch (error) {
        throw cannotRead(path, error);
      }
      if (bytesRead === 0) return;
      position += bytesRead;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * The bytes of a file, 64 KB at a time, read into one buffer used again and again (each piece is
 * decoded before the next read): a large input leaves no trail of buffers for the garbage
 * collector, which would only free them in bursts.
 */
async function* fileBytes(
  file: FileHandle,
  path: string,
  start?: number,
  end = Number.POSITIVE_INFINITY,
): AsyncGenerator<Uint8Array> {
  const buffer = Buffer.alloc(64 * 1024);
  let position = start;
  try {
    for (;;) {
      const wanted =
        position === undefined ? buffer.length : Math.min(buffer.length, end - position);
      if (wanted <= 0) return;
      let bytesRead: number;
      try {
        ({ bytesRead } = await file.read(buffer, 0, wanted, position ?? null));
      } catch (error) {
        throw cannotRead(path, error);
      }
      if (bytesRead === 0) return;
      if (position !== undefined) position += bytesRead;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await file.close().catch(() => undefined);
  }
}

async function* stdinBytes(stdin: Readable): AsyncGenerator<Uint8Array> {
  try {
    for await (const chunk of stdin) {
      yield typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Uint8Array);
    }
  } catch (error) {
    throw cannotRead('stdin', error);
  }
}

/**
 * Bytes to text. A NUL character never belongs to a text export: it ends the reading at once,
 * so that a binary file (or `/dev/zero`) is refused rather than read without end.
 *
 * @throws {UsageError} at the first NUL character.
 */
export async function* decode(
  bytes: AsyncIterable<Uint8Array>,
  name: string,
  progress: { bytes: number },
): AsyncGenerator<string> {
  let decoder: TextDecoder | undefined;
  let characters = 0;
  const checked = (text: string): string => {
    const nul = text.indexOf('\0');
    if (nul !== -1) {
      throw new UsageError(
        `${name} holds a NUL character (character ${(characters + nul + 1).toLocaleString('en-US')}): it is not a text export (a binary file, or UTF-16 without a byte-order mark?)`,
      );
    }
    characters += text.length;
    return text;
  };
  for await (const chunk of bytes) {
    progress.bytes += chunk.length;
    decoder ??= decoderFor(chunk);
    const text = checked(decoder.decode(chunk, { stream: true }));
    if (text !== '') yield text;
  }
  const rest = checked(decoder?.decode() ?? '');
  if (rest !== '') yield rest;
}

/** UTF-16 when the first bytes are its byte-order mark, UTF-8 otherwise (its mark is dropped). */
function decoderFor(first: Uint8Array): TextDecoder {
  if (first[0] === 0xff && first[1] === 0xfe) return new TextDecoder('utf-16le');
  if (first[0] === 0xfe && first[1] === 0xff) return new TextDecoder('utf-16be');
  return new TextDecoder('utf-8');
}

/**
 * The form of an input whose name does not say it: JSON Lines when its first character (after
 * blanks) opens an object, CSV otherwise; `empty` when it holds nothing but blanks. The text
 * looked at is handed on with the rest.
 *
 * @throws {UsageError} when more blanks than a record may hold come before anything else.
 */
export async function sniffForm(
  chunks: AsyncIterable<string>,
  limit: RecordLimit,
): Promise<{ form: 'csv' | 'jsonl' | 'empty'; chunks: AsyncIterable<string> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const seen: string[] = [];
  let length = 0;
  for (;;) {
    const next = await iterator.next();
    if (next.done) return { form: 'empty', chunks: replay(seen, iterator) };
    seen.push(next.value);
    const first = /\S/.exec(next.value);
    if (first !== null) {
      return { form: first[0] === '{' ? 'jsonl' : 'csv', chunks: replay(seen, iterator) };
    }
    length += next.value.length;
    if (length > limit.characters) {
      await iterator.return?.();
      throw new UsageError(
        `the input begins with more than ${limit.describe()} of blank lines and spaces`,
      );
    }
  }
}

async function* replay(
  seen: readonly string[],
  rest: AsyncIterator<string>,
): AsyncGenerator<string> {
  try {
    yield* seen;
    for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
  } finally {
    await rest.return?.();
  }
}
