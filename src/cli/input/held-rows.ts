import type { FieldCode } from './field-codes';
import { Numbers } from './numbers';
import { hash53 } from './seen-ids';

/**
 * Rows whose text is joined into one string, once they are all there: 4,096 rows, or fewer when
 * their text is long (a string holds at most about 512 M characters).
 */
const PAGE_ROWS = 4096;
const PAGE_CHARACTERS = 8 * 1024 * 1024;
/** Separates the fields of a row (an input holding a NUL is refused before it is read). */
const SEPARATOR = '\0';
/**
 * A row's numbers: the next row of its ticket (+1, 0 for none), its line, its page and its text's
 * offset there.
 */
const NEXT = 0;
const LINE = 1;
const PAGE = 2;
const OFFSET = 3;
const TICKET_FIRST_ROW = 0;
const TICKET_LAST_ROW = 1;
const TICKET_REJECTED = 2;

/** One row of a held ticket: its line and its fields, as text. */
export interface HeldRow {
  readonly line: number;
  readonly fields: readonly string[];
}

/**
 * The rows of many tickets, held until the whole input is read (when a ticket's rows are spread
 * over the file). About 12 bytes a row and 28 a ticket, plus the text: rows are joined into
 * strings of 4,096 (copies, so that no chunk of the input stays alive), each field kept by its
 * `FieldCode` (an event type in one character, an instant in 14).
 *
 * A ticket is found by its id through a table of two hashes (53 and 20 bits, independent): two
 * different ids share both with a probability of about n² / 2⁷⁴, one in 20 billion for a million
 * tickets. Comparing the ids themselves would cost three more memory reads a row, scattered over
 * hundreds of megabytes: it made reading an export sorted by time twice as slow.
 */
export class HeldRows {
  readonly #codes: readonly FieldCode[];
  // Tickets, in the order they first appear.
  #tickets = 0;
  readonly #ticketNumbers = new Numbers(3);
  // The id table, at most half full: per slot, the 53-bit hash, then (ticket + 1) + 2³² × check.
  #slots = new Float64Array(2 * 1024);
  // Rows, in the order they were added.
  #rows = 0;
  readonly #rowNumbers = new Numbers(4);
  readonly #pages: string[] = [];
  #page: string[] = [];
  #pageLength = 0;

  /** @param codes - How each field is kept. */
  constructor(codes: readonly FieldCode[]) {
    this.#codes = codes;
  }

  get ticketCount(): number {
    return this.#tickets;
  }

  /** The number of the ticket `id`, or -1 when it has no row yet. */
  find(id: string): number {
    const hash = hash53(id);
    const check = check20(id) * 2 ** 32;
    const slots = this.#slots;
    const mask = slots.length / 2 - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const value = slots[2 * slot + 1] as number;
      if (value === 0) return -1;
      if (slots[2 * slot] === hash && value - (value % 2 ** 32) === check) {
        return (value % 2 ** 32) - 1;
      }
    }
  }

  /** Starts a ticket with its first row; returns its number. */
  addTicket(id: string, line: number, fields: readonly string[]): number {
    const ticket = this.#tickets++;
    if (this.#tickets * 2 > this.#slots.length / 2) this.#grow();
    this.#place(hash53(id), check20(id) * 2 ** 32 + ticket + 1);
    const row = this.#addRow(line, `${id}${SEPARATOR}${this.#encode(fields)}`);
    this.#ticketNumbers.set(ticket, TICKET_FIRST_ROW, row);
    this.#ticketNumbers.set(ticket, TICKET_LAST_ROW, row);
    this.#ticketNumbers.set(ticket, TICKET_REJECTED, 0);
    return ticket;
  }

  addRow(ticket: number, line: number, fields: readonly string[]): void {
    const row = this.#addRow(line, this.#encode(fields));
    this.#rowNumbers.set(this.#ticketNumbers.get(ticket, TICKET_LAST_ROW), NEXT, row + 1);
    this.#ticketNumbers.set(ticket, TICKET_LAST_ROW, row);
  }

  reject(ticket: number): void {
    this.#ticketNumbers.set(ticket, TICKET_REJECTED, 1);
  }

  isRejected(ticket: number): boolean {
    return this.#ticketNumbers.get(ticket, TICKET_REJECTED) === 1;
  }

  firstLine(ticket: number): number {
    return this.#rowNumbers.get(this.#ticketNumbers.get(ticket, TICKET_FIRST_ROW), LINE);
  }

  idOf(ticket: number): string {
    const text = this.#textOf(this.#ticketNumbers.get(ticket, TICKET_FIRST_ROW));
    return text.slice(0, text.indexOf(SEPARATOR));
  }

  /** The rows of a ticket, in the order they were added. */
  rowsOf(ticket: number): HeldRow[] {
    const rows: HeldRow[] = [];
    let row = this.#ticketNumbers.get(ticket, TICKET_FIRST_ROW);
    const first = this.#textOf(row);
    let text = first.slice(first.indexOf(SEPARATOR) + 1);
    for (;;) {
      rows.push({ line: this.#rowNumbers.get(row, LINE), fields: this.#decode(text) });
      const next = this.#rowNumbers.get(row, NEXT);
      if (next === 0) return rows;
      row = next - 1;
      text = this.#textOf(row);
    }
  }

  #addRow(line: number, text: string): number {
    const row = this.#rows++;
    this.#rowNumbers.set(row, LINE, line);
    this.#rowNumbers.set(row, NEXT, 0);
    this.#rowNumbers.set(row, PAGE, this.#pages.length);
    this.#rowNumbers.set(row, OFFSET, this.#pageLength);
    this.#page.push(text);
    this.#pageLength += text.length;
    if (this.#page.length === PAGE_ROWS || this.#pageLength >= PAGE_CHARACTERS) {
      this.#pages.push(this.#page.join(''));
      this.#page = [];
      this.#pageLength = 0;
    }
    return row;
  }

  #textOf(row: number): string {
    const page = this.#rowNumbers.get(row, PAGE);
    const start = this.#rowNumbers.get(row, OFFSET);
    const text = this.#pages[page];
    if (text === undefined) {
      // The page being filled: its rows are the last ones added, in order.
      return this.#page[this.#page.length - (this.#rows - row)] as string;
    }
    const last = row + 1 === this.#rows || this.#rowNumbers.get(row + 1, PAGE) !== page;
    return text.slice(start, last ? text.length : this.#rowNumbers.get(row + 1, OFFSET));
  }

  #encode(fields: readonly string[]): string {
    let text = '';
    fields.forEach((field, index) => {
      if (index > 0) text += SEPARATOR;
      text += (this.#codes[index] as FieldCode).encode(field);
    });
    return text;
  }

  #decode(text: string): string[] {
    const fields: string[] = [];
    let start = 0;
    for (const code of this.#codes) {
      const end = text.indexOf(SEPARATOR, start);
      fields.push(code.decode(text.slice(start, end === -1 ? text.length : end)));
      start = end + 1;
    }
    return fields;
  }

  #place(hash: number, value: number): void {
    const slots = this.#slots;
    const mask = slots.length / 2 - 1;
    let slot = hash & mask;
    while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
    slots[2 * slot] = hash;
    slots[2 * slot + 1] = value;
  }

  #grow(): void {
    const old = this.#slots;
    this.#slots = new Float64Array(old.length * 2);
    for (let index = 0; index < old.length; index += 2) {
      const value = old[index + 1] as number;
      if (value !== 0) this.#place(old[index] as number, value);
    }
  }
}

/** A 20-bit hash of a string, independent of `hash53` (another multiplier, another mix). */
function check20(text: string): number {
  let hash = 0x9e3779b9;
  for (let i = 0; i < text.length; i++) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x27d4eb2d);
    hash ^= hash >>> 15;
  }
  hash = Math.imul(hash ^ (hash >>> 13), 0x165667b1);
  return (hash ^ (hash >>> 16)) & 0xfffff;
}
