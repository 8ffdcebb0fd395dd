/** A ticket's id when it can be read (a getter may throw): a string or a number, else `null`. */
export function idOf(ticket: unknown): string | number | null {
  let id: unknown;
  try {
    id = (ticket as { id?: unknown } | null)?.id;
  } catch {
    return null;
  }
  return typeof id === 'string' || typeof id === 'number' ? id : null;
}

/** `tickets[3] (id T-9)`, or `tickets[3]` when the ticket has no id that can be read. */
export function whereOf(ticket: unknown, index: number): string {
  const id = idOf(ticket);
  return id === null ? `tickets[${index}]` : `tickets[${index}] (id ${id})`;
}
