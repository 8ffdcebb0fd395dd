import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { cannotRead } from '../io-failure';
import { UsageError } from '../usage-error';
import type { RecordLimit } from './record-limit';

/**
 * The text of a small file read whole (a plan, a ticket to explain), never more than the limit:
 * `--plan /dev/zero` is refused after a megabyte instead of filling the memory.
 *
 * @param what - The file as the user named it (`--plan p.json`), for the messages.
 * @throws {UsageError} when the file cannot be opened, is a folder or exceeds the limit.
 * @throws {IoFailure} when reading it fails half-way.
 */
export function readWholeFile(path: string, what: string, limit: RecordLimit): string {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw new UsageError(`cannot read ${what}: ${(error as Error).message}`);
  }
  try {
    if (fstatSync(fd).isDirectory()) throw new UsageError(`cannot read ${what}: it is a folder`);
    const buffer = Buffer.alloc(Math.min(limit.characters + 1, 64 * 1024));
    const parts: Buffer[] = [];
    let size = 0;
    for (;;) {
      let count: number;
      try {
        count = readSync(fd, buffer, 0, buffer.length, null);
      } catch (error) {
        throw cannotRead(what, error);
      }
      if (count === 0) break;
      size += count;
      if (size > limit.characters) throw tooLarge(what, limit);
      parts.push(Buffer.from(buffer.subarray(0, count)));
    }
    return new TextDecoder().decode(Buffer.concat(parts, size));
  } finally {
    closeSync(fd);
  }
}

/**
 * The text of stdin, read whole (a ticket piped to `explain`), never more than the limit.
 *
 * @throws {UsageError} when it exceeds the limit.
 * @throws {IoFailure} when reading it fails.
 */
export async function readWholeStdin(stdin: Readable, limit: RecordLimit): Promise<string> {
  const parts: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of stdin) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Uint8Array);
      size += bytes.length;
      if (size > limit.characters) throw tooLarge('stdin', limit);
      parts.push(bytes);
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw cannotRead('stdin', error);
  }
  return new TextDecoder().decode(Buffer.concat(parts, size));
}

function tooLarge(what: string, limit: RecordLimit): UsageError {
  return new UsageError(`${what} is larger than ${limit.describe('bytes')}`);
}
