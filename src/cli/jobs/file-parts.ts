import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { readHeader } from '../input/csv-columns';
import { CsvParser } from '../input/csv-parser';
import { cellOf, idOfRecord } from '../input/csv-rows';
import type { RecordLimit } from '../input/record-limit';

/** A file smaller than two parts of this size is read whole: splitting it would gain nothing. */
export const MIN_PART_BYTES = 1024 * 1024;
/**
 * Each part is this share of what is left for each job: the first parts are large (few hand-overs
 * between a reader and the main thread), the last small (the readers finish together).
 */
const SHARE_OF_WHAT_IS_LEFT = 1 / 2;
/** The largest part: what a reader holds for a part (its summary, its ticket ids) stays small. */
export const MAX_PART_BYTES = 32 * 1024 * 1024;
/** The most read past a cut to find where the ticket there ends; beyond, the cut is dropped. */
const MAX_TICKET_BYTES = 16 * 1024 * 1024;
const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;

/** Bytes `[start, end)` of a file, cut after a line break, read apart from the rest. */
export interface FilePart {
  readonly start: number;
  /** Where the next part starts; `undefined` for the last part (to the end of the file). */
  readonly end: number | undefined;
  /** The line `start` is on. */
  readonly firstLine: number;
  /** The last line before `end`: the reading of the part must end there, or it was cut wrong. */
  readonly lastLine: number | undefined;
}

/** How a file is split: its form, where its CSV header ends, and its parts in order. */
export interface FileParts<Parts = readonly FilePart[]> {
  readonly form: 'csv' | 'jsonl';
  /** The bytes of the header (CSV), read again before each part but the first. */
  readonly headerEnd: number;
  readonly parts: Parts;
}

/**
 * `openFileParts`, all parts found at once.
 *
 * @returns `undefined` when the file cannot be split, or no cut was found.
 */
export function fileParts(
  path: string,
  format: 'csv' | 'jsonl' | undefined,
  jobs: number,
  limit: RecordLimit,
): FileParts | undefined {
  const opened = openFileParts(path, format, jobs, limit);
  if (opened === undefined) return undefined;
  const parts = [...opened.parts];
  return parts.length < 2 ? undefined : { ...opened, parts };
}

/**
 * Splits a file into parts that can be read apart and give, put together, what one reading
 * gives: cut after a line break outside quotes, and for an export of one row per event, where a
 * ticket's rows end (the rows after a cut that belong to the ticket before it stay before it).
 * Lines are counted as the readers count them, so that each part names its lines as one reading
 * would. A cut that a part's reading finds to be wrong (a quote left open by a malformed record)
 * makes the caller read the whole input again in one piece.
 *
 * @returns `undefined` when the file is not worth splitting or cannot be split safely: stdin, not a
 * regular file, smaller than two parts, UTF-16, a header on more than one line, or no cut found.
 */
export function openFileParts(
  path: string,
  format: 'csv' | 'jsonl' | undefined,
  jobs: number,
  limit: RecordLimit,
): FileParts<Generator<FilePart, void, undefined>> | undefined {
  if (path === '-') return undefined;
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined; // The reading says why, as it would without jobs.
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile() || stats.size < 2 * MIN_PART_BYTES) return undefined;
    const head = readAt(fd, 0, 64 * 1024);
    if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
      return undefined;
    }
    const firstLf = head.indexOf(LF);
    if (firstLf <= 0) return undefined;
    const firstLine = new TextDecoder().decode(head.subarray(0, firstLf)).replace(/\r$/, '');
    if (firstLine.trim() === '' || firstLine.includes('\r')) return undefined;
    const form =
      format ??
      (/\.(jsonl|ndjson|json)$/i.test(path)
        ? 'jsonl'
        : /\.csv$/i.test(path)
          ? 'csv'
          : firstLine.trimStart().startsWith('{')
            ? 'jsonl'
            : 'csv');
    let ticketColumn: number | undefined;
    if (form === 'csv') {
      const header = readHeader(recordsOf(`${firstLine}\n`, limit)[0]?.cells ?? []);
      if ('problem' in header) return undefined;
      // Quotes in the header would make its line count uncertain: read such a file whole.
      if (firstLine.includes('"')) return undefined;
      if (header.form === 'events') ticketColumn = header.columns.ticket;
    }
    const targets = cutTargets(stats.size, jobs);
    const file = fd;
    const cuts = lineStartsAfter(file, targets, form === 'csv');
    const column = ticketColumn;
    const moved =
      column === undefined
        ? cuts
        : mapCuts(cuts, (cut) => ticketBoundary(file, cut, column, limit));
    // The parts are found as they are asked for: the first is read while the next are sought.
    const parts = partsBetween(moved, firstLf + 1, file);
    fd = undefined;
    return { form, headerEnd: firstLf + 1, parts };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Where to cut a file of `size` bytes read by `jobs` readers taking parts in turn, before each cut
 * is moved to a line start: parts of decreasing size (guided self-scheduling), none smaller than
 * `MIN_PART_BYTES` nor larger than `MAX_PART_BYTES`.
 */
export function cutTargets(size: number, jobs: number): number[] {
  const targets: number[] = [];
  if (!(Number.isFinite(size) && jobs >= 1)) return targets;
  let at = 0;
  for (;;) {
    const left = size - at;
    const share = Math.floor((left * SHARE_OF_WHAT_IS_LEFT) / jobs);
    const part = Math.max(MIN_PART_BYTES, Math.min(MAX_PART_BYTES, share));
    if (left - part < MIN_PART_BYTES) return targets;
    at += part;
    targets.push(at);
  }
}

function* mapCuts(
  cuts: Iterable<Cut>,
  move: (cut: Cut) => Cut | undefined,
): Generator<Cut, void, undefined> {
  for (const cut of cuts) {
    const moved = move(cut);
    if (moved !== undefined) yield moved;
  }
}

/**
 * The parts between the cuts (each once, in order, none before the first row: a cut at the header
 * would make no part), the last to the file's end. The file is closed when the last is given, or
 * when the caller stops asking (`return`).
 */
function* partsBetween(
  cuts: Iterable<Cut>,
  firstRow: number,
  fd: number,
): Generator<FilePart, void, undefined> {
  try {
    let previous: Cut = { offset: 0, linesBefore: 0 };
    for (const cut of cuts) {
      if (cut.offset <= firstRow || cut.offset <= previous.offset) continue;
      yield {
        start: previous.offset,
        end: cut.offset,
        firstLine: previous.linesBefore + 1,
        lastLine: cut.linesBefore,
      };
      previous = cut;
    }
    yield {
      start: previous.offset,
      end: undefined,
      firstLine: previous.linesBefore + 1,
      lastLine: undefined,
    };
  } finally {
    closeSync(fd);
  }
}

/** A place to cut: a line start, and how many lines come before it. */
interface Cut {
  readonly offset: number;
  readonly linesBefore: number;
}

/**
 * For each target offset (ascending), the first line start after it that is outside quotes (for
 * CSV, an even number of quotes before it: an escaped quote is two), with the lines before it as
 * the readers count them (CSV: `\r\n`, `\n` and a lone `\r` each end a line; JSON Lines: `\n`).
 * Reads the file up to the last cut only.
 */
function* lineStartsAfter(
  fd: number,
  targets: readonly number[],
  csv: boolean,
): Generator<Cut, void, undefined> {
  let next = 0;
  let quotes = 0;
  let lines = 0;
  let base = 0;
  let crAtEnd = false;
  // One buffer for the whole scan: a fresh one per read would be zeroed and faulted in each time.
  const buffer = Buffer.allocUnsafe(4 * 1024 * 1024);
  while (next < targets.length) {
    const chunk = readAt(fd, base, buffer.length, buffer);
    if (chunk.length === 0) break;
    // A `\r` that ended the last chunk and a `\n` that starts this one are one line break.
    if (csv && crAtEnd && chunk[0] === LF) lines--;
    let nextQuote = csv ? chunk.indexOf(QUOTE) : -1;
    let nextCr = csv ? chunk.indexOf(CR) : -1;
    let at = 0;
    for (;;) {
      const lf = chunk.indexOf(LF, at);
      const stop = lf === -1 ? chunk.length : lf;
      while (nextQuote !== -1 && nextQuote < stop) {
        quotes++;
        nextQuote = chunk.indexOf(QUOTE, nextQuote + 1);
      }
      while (nextCr !== -1 && nextCr < stop) {
        if (nextCr !== lf - 1) lines++;
        nextCr = chunk.indexOf(CR, nextCr + 1);
      }
      if (lf === -1) break;
      lines++;
      const target = targets[next];
      if (target !== undefined && base + lf >= target && quotes % 2 === 0) {
        yield { offset: base + lf + 1, linesBefore: lines };
        next++;
        while (next < targets.length && (targets[next] as number) <= base + lf) next++;
        if (next === targets.length) break;
      }
      at = lf + 1;
    }
    crAtEnd = chunk[chunk.length - 1] === CR;
    base += chunk.length;
  }
}

/**
 * The first start of a row of another ticket at or after `cut` (a line start outside quotes), in
 * an export of one row per event grouped by ticket: the rows of the ticket that runs across the
 * cut all stay before it. Rows without a ticket id stay with the ticket before them.
 */
function ticketBoundary(
  fd: number,
  cut: Cut,
  ticketColumn: number,
  limit: RecordLimit,
): Cut | undefined {
  for (let size = 256 * 1024; size <= MAX_TICKET_BYTES; size *= 4) {
    const window = readAt(fd, cut.offset, size);
    const lineStarts = lineStartsOf(window);
    if (lineStarts === undefined) return undefined;
    let first: string | undefined;
    for (const record of recordsOf(new TextDecoder().decode(window), limit)) {
      const id = record.malformed
        ? idOfRecord(record.cells, ticketColumn)
        : cellOf(record.cells, ticketColumn);
      if (id === '') continue;
      first ??= id;
      if (id !== first) {
        const offset = lineStarts[record.line - 1];
        return offset === undefined
          ? undefined
          : { offset: cut.offset + offset, linesBefore: cut.linesBefore + record.line - 1 };
      }
    }
    if (window.length < size) return undefined; // The end of the file: no ticket after the cut.
  }
  return undefined;
}

/** Where each line of a window starts; `undefined` if a lone `\r` makes lines uncertain. */
function lineStartsOf(window: Uint8Array): number[] | undefined {
  const starts = [0];
  for (let lf = window.indexOf(LF); lf !== -1; lf = window.indexOf(LF, lf + 1)) starts.push(lf + 1);
  for (let cr = window.indexOf(CR); cr !== -1; cr = window.indexOf(CR, cr + 1)) {
    if (window[cr + 1] !== LF && cr + 1 < window.length) return undefined;
  }
  return starts;
}

/** The whole records of a text (the last, cut by its end, is left out), with their lines. */
function recordsOf(
  text: string,
  limit: RecordLimit,
): { cells: readonly string[]; line: number; malformed: boolean }[] {
  const records: { cells: readonly string[]; line: number; malformed: boolean }[] = [];
  const parser = new CsvParser(
    {
      stopped: false,
      record: (cells, line) => records.push({ cells, line, malformed: false }),
      malformed: (line, _reason, cells) => records.push({ cells, line, malformed: true }),
      lines: () => undefined,
      drained: () => undefined,
    },
    limit,
  );
  parser.push(text);
  return records;
}

function readAt(
  fd: number,
  position: number,
  length: number,
  buffer = Buffer.alloc(length),
): Buffer {
  let filled = 0;
  while (filled < length) {
    const count = readSync(fd, buffer, filled, length - filled, position + filled);
    if (count === 0) break;
    filled += count;
  }
  return buffer.subarray(0, filled);
}
