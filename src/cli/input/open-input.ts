import { type FileHandle, open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { UsageError } from '../usage-error';
import { withoutBom } from './without-bom';

/** The text of the input, its size when it is a file, and how much of it was read. */
export interface Input {
  readonly stream: Readable;
  readonly size: number | undefined;
  bytesRead(): number;
  /** The form the file name says, if it says one. */
  readonly formByName: 'csv' | 'jsonl' | undefined;
}

/**
 * Opens `path` (`-` for stdin) as UTF-8 text (a character split across two reads stays whole).
 *
 * @throws {UsageError} when the file cannot be read.
 */
export async function openInput(path: string, stdin: Readable): Promise<Input> {
  if (path === '-') {
    stdin.setEncoding('utf8');
    return { stream: stdin, size: undefined, bytesRead: () => 0, formByName: undefined };
  }
  let file: FileHandle;
  let size: number;
  try {
    file = await open(path, 'r');
    const stats = await file.stat();
    if (stats.isDirectory()) {
      await file.close();
      throw new Error('it is a directory');
    }
    size = stats.size;
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as Error).message}`);
  }
  const progress = { bytes: 0 };
  const stream = Readable.from(textChunks(file, progress));
  const formByName = /\.(jsonl|ndjson|json)$/i.test(path)
    ? 'jsonl'
    : /\.csv$/i.test(path)
      ? 'csv'
      : undefined;
  return { stream, size, bytesRead: () => progress.bytes, formByName };
}

/**
 * The text of a file, 64 KB at a time, read into one buffer used again and again: a large input
 * leaves no trail of buffers for the garbage collector (which would only free them in bursts).
 */
async function* textChunks(file: FileHandle, progress: { bytes: number }): AsyncGenerator<string> {
  const buffer = Buffer.alloc(64 * 1024);
  const decoder = new TextDecoder('utf-8');
  try {
    for (;;) {
      const { bytesRead } = await file.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      progress.bytes += bytesRead;
      const text = decoder.decode(buffer.subarray(0, bytesRead), { stream: true });
      if (text !== '') yield text;
    }
    const rest = decoder.decode();
    if (rest !== '') yield rest;
  } finally {
    await file.close();
  }
}

/**
 * The form of an input whose name does not say it: JSON Lines when its first character (after a
 * byte-order mark and blanks) opens an object, CSV otherwise; `empty` when it holds nothing but
 * blanks. The text looked at is put back.
 */
export async function sniffForm(stream: Readable): Promise<'csv' | 'jsonl' | 'empty'> {
  let seen = '';
  for (;;) {
    const chunk = await nextChunk(stream);
    if (chunk === null) break;
    seen += chunk;
    if (withoutBom(seen).trim() !== '') break;
  }
  const text = withoutBom(seen).trimStart();
  if (text === '') return 'empty';
  stream.unshift(seen);
  return text.startsWith('{') ? 'jsonl' : 'csv';
}

function nextChunk(stream: Readable): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const read = () => {
      const chunk = stream.read() as string | null;
      if (chunk !== null) {
        cleanup();
        resolve(chunk);
      }
    };
    const end = () => {
      cleanup();
      resolve(null);
    };
    const fail = (error: Error) => {
      cleanup();
      reject(error);
    };
    const cleanup = () => {
      stream.off('readable', read);
      stream.off('end', end);
      stream.off('error', fail);
    };
    stream.on('readable', read);
    stream.once('end', end);
    stream.once('error', fail);
    read();
  });
}
