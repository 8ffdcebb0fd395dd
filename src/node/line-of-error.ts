/**
 * The line an error of `evaluateTicket` is about: an event's own row when the error names an
 * event (`ticket.events[2]…`) and the events had rows of their own, else the ticket's line. The
 * command says the same line in its `line N: …` messages.
 *
 * @param record - The ticket as `readTickets` gave it (its `line` and `eventLines` are read).
 * @param error - What `evaluateTicket` threw (its `path` is read when it has one).
 * @returns The line to name in a message, or to pass to `summary.reject` as `line N`.
 * @example
 * const rows = ['ticket,event,at,priority\n', 'T-1,opened,2026-11-30T09:00:00-04:00,high\n',
 *   'T-1,resolved,2026-11-30T10:00:00-04:00,\n', 'T-1,resolved,2026-11-30T11:00:00-04:00,\n'];
 * for await (const record of readTickets(rows)) {
 *   if (record.rejected) continue;
 *   try {
 *     evaluateTicket(standardPlan(), record.ticket, { now: '2026-12-01T00:00:00-04:00' });
 *   } catch (error) {
 *     console.log(`line ${lineOfError(record, error)}: ${error.code}`);
 *   }
 * }
 * //=> line 4: invalid_event
 */
export function lineOfError(
  record: { readonly line: number; readonly eventLines?: readonly number[] | undefined },
  error: unknown,
): number {
  const path = (error as { path?: unknown } | null)?.path;
  const match = typeof path === 'string' ? /^ticket\.events\[(\d+)\]/.exec(path) : null;
  return match === null ? record.line : (record.eventLines?.[Number(match[1])] ?? record.line);
}
