import { describeValue } from '../../errors/format-sla-error-message';
import type { RecordLimit } from './record-limit';
import type { SeenIds } from './seen-ids';
import type { InputTicket, TicketSink } from './ticket-sink';

/** Deeper than any ticket (a ticket, its events, an event, a value): beyond, a line is refused. */
export const MAX_DEPTH = 32;

/**
 * Reads JSON Lines: one ticket `{ id, openedAt, priority, kind?, events? }` a line, as
 * `evaluateTicket` takes it. Blank lines are skipped; every other line is one ticket or one
 * rejection, named by its line number. Each character is looked at once, however long a line: a
 * line cut by the end of a chunk is kept in pieces until its end comes, and a line longer than
 * the limit is refused and skipped up to its end without being kept.
 */
export async function readJsonLines(
  chunks: AsyncIterable<string>,
  sink: TicketSink,
  seen: SeenIds,
  limit: RecordLimit,
  /** The line of the first character: a part of a file read apart starts further on. */
  firstLine = 1,
): Promise<void> {
  let line = firstLine;
  let pieces: string[] = [];
  let pending = 0;
  let tooLong = false;
  const take = (text: string) => {
    if (tooLong || pending + text.length > limit.characters) {
      sink.reject(line, undefined, `longer than ${limit.describe()}`);
    } else {
      const trimmed = (pieces.length === 0 ? text : pieces.join('') + text).trim();
      if (trimmed !== '') readTicketLine(trimmed, line, sink, seen);
    }
    line++;
    pieces = [];
    pending = 0;
    tooLong = false;
  };
  for await (const chunk of chunks) {
    let start = 0;
    for (let end = chunk.indexOf('\n'); end !== -1; end = chunk.indexOf('\n', start)) {
      take(chunk.slice(start, end));
      start = end + 1;
      if (sink.stopped) return;
    }
    if (start < chunk.length && !tooLong) {
      pending += chunk.length - start;
      if (pending > limit.characters) {
        tooLong = true;
        pieces = [];
      } else pieces.push(chunk.slice(start));
    }
    sink.lines(line - 1);
    await sink.drained();
  }
  if (pending > 0 || tooLong) take('');
  sink.lines(line - 1);
}

function readTicketLine(text: string, line: number, sink: TicketSink, seen: SeenIds): void {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    sink.reject(line, undefined, `not valid JSON: ${(error as Error).message}`);
    return;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    sink.reject(
      line,
      undefined,
      'not a ticket: a JSON object { id, openedAt, priority, kind?, events? } is expected',
    );
    return;
  }
  if (deeperThan(value, MAX_DEPTH)) {
    sink.reject(line, undefined, `nested deeper than ${MAX_DEPTH} levels: not a ticket`);
    return;
  }
  const { id } = value as { id?: unknown };
  if ((typeof id !== 'string' && typeof id !== 'number') || id === '') {
    sink.reject(
      line,
      undefined,
      `the ticket has no id (a string or a number), got ${id === undefined ? 'none' : describeValue(id)}`,
    );
    return;
  }
  const name = String(id);
  if (!seen.add(name)) {
    sink.reject(line, name, 'the same ticket id appears earlier in the input');
    return;
  }
  // The parsed object is this reader's own: naming it in place spares a copy per ticket.
  (value as { id: string }).id = name;
  sink.ticket({ ticket: value as InputTicket['ticket'], line });
}

/**
 * Whether parsed JSON holds arrays or objects more than `depth` levels deep: such a value says
 * nothing a ticket could, and writing it back (in a message or `--json`) would overflow the stack.
 */
export function deeperThan(value: unknown, depth: number): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (depth === 0) return true;
  // Plain loops: this runs on every ticket of a report, and Object.values would copy each level.
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      if (deeperThan(value[index], depth - 1)) return true;
    }
    return false;
  }
  for (const key in value) {
    if (deeperThan((value as Record<string, unknown>)[key], depth - 1)) return true;
  }
  return false;
}
