import type { Readable } from 'node:stream';
import type { SeenIds } from './seen-ids';
import type { InputTicket, TicketSink } from './ticket-sink';
import { withoutBom } from './without-bom';

/**
 * Reads JSON Lines: one ticket `{ id, openedAt, priority, kind?, events? }` a line, as
 * `evaluateTicket` takes it. Blank lines are skipped; every other line is one ticket or one
 * rejection, named by its line number.
 */
export async function readJsonLines(
  input: Readable,
  sink: TicketSink,
  seen: SeenIds,
): Promise<void> {
  let line = 0;
  let pending = '';
  const take = (text: string) => {
    line++;
    const trimmed = (line === 1 ? withoutBom(text) : text).trim();
    if (trimmed === '') return;
    readTicketLine(trimmed, line, sink, seen);
  };
  for await (const chunk of input) {
    const text = pending + (chunk as string);
    let start = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      take(text.slice(start, end));
      start = end + 1;
      if (sink.stopped) return;
    }
    pending = text.slice(start);
    sink.lines(line);
    await sink.drained();
  }
  if (pending !== '') take(pending);
  sink.lines(line);
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
  const { id } = value as { id?: unknown };
  if ((typeof id !== 'string' && typeof id !== 'number') || id === '') {
    sink.reject(
      line,
      undefined,
      `the ticket has no id (a string or a number), got ${JSON.stringify(id) ?? 'none'}`,
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
