import { hash53 } from './seen-ids';

/** Rows whose text is joined into one string, once they are all there. */
const PAGE_ROWS = 4096;
/** A numeric column grows in pieces of 2¹⁶ entries. */
const PIECE_BITS = 16;
const PIECE_MASK = (1 << PIECE_BITS) - 1;
/** Separates the fields of a row (an input holding a NUL is refused before it is read). */
const SEPARATOR = '\0';
/** Marks a field whose text is a single character that would read as a code. */
const LITERAL = '\x1f';
/** Values of a coded field get one-character codes from here up to LITERAL (30 of them). */
const FIRST_CODE = 1;

/** One row of a held ticket: its line and its fields, as text. */
export interface HeldRow {
  readonly line: number;
  readonly fields: readonly string[];
}

/**
 * The rows of many tickets, held until the whole input is read (when a ticket's rows are spread
 * over the file). About 12 bytes a row and 33 a ticket, plus the text: each row's fields are
 * joined into strings of 4,096 rows (copies, so that no chunk of the input is kept alive), and
 * fields that repeat a few values (an event type, a priority) take one character each. Ticket ids
 * are found through a table of 53-bit hashes, checked against the id itself on a match.
 */
export class HeldRows {
  readonly #coded: readonly boolean[];
  readonly #codes: Map<string, string>[];
  readonly #values: string[][];
  // Tickets, in the order they first appear.
  #tickets = 0;
  readonly #firstRow = new Column();
  readonly #lastRow = new Column();
  readonly #rejected = new Column();
  // The id table: hashes and ticket numbers + 1 (0: empty), at most half full.
  #slotHashes = new Float64Array(1024);
  #slotTickets = new Int32Array(1024);
  // Rows, in the order they were added.
  #rows = 0;
  readonly #next = new Column();
  readonly #line = new Column();
  readonly #offset = new Column();
  readonly #pages: string[] = [];
  #page: string[] = [];

  /** @param coded - For each field, whether it takes few values (coded in one character). */
  constructor(coded: readonly boolean[]) {
    this.#coded = coded;
    this.#codes = coded.map(() => new Map());
    this.#values = coded.map(() => []);
  }

  get ticketCount(): number {
    return this.#tickets;
  }

  /** The number of the ticket `id`, or -1 when it has no row yet. */
  find(id: string): number {
    const hash = hash53(id);
    const mask = this.#slotHashes.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const ticket = (this.#slotTickets[slot] as number) - 1;
      if (ticket < 0) return -1;
      if (this.#slotHashes[slot] === hash && this.#isId(ticket, id)) return ticket;
    }
  }

  /** Starts a ticket with its first row; returns its number. */
  addTicket(id: string, line: number, fields: readonly string[]): number {
    const ticket = this.#tickets++;
    if (this.#tickets * 2 > this.#slotHashes.length) this.#grow();
    this.#place(hash53(id), ticket);
    const row = this.#addRow(line, `${id}${SEPARATOR}${this.#encode(fields)}`);
    this.#firstRow.set(ticket, row);
    this.#lastRow.set(ticket, row);
    this.#rejected.set(ticket, 0);
    return ticket;
  }

  addRow(ticket: number, line: number, fields: readonly string[]): void {
    const row = this.#addRow(line, this.#encode(fields));
    this.#next.set(this.#lastRow.get(ticket), row + 1);
    this.#lastRow.set(ticket, row);
  }

  reject(ticket: number): void {
    this.#rejected.set(ticket, 1);
  }

  isRejected(ticket: number): boolean {
    return this.#rejected.get(ticket) === 1;
  }

  firstLine(ticket: number): number {
    return this.#line.get(this.#firstRow.get(ticket));
  }

  idOf(ticket: number): string {
    const text = this.#textOf(this.#firstRow.get(ticket));
    return text.slice(0, text.indexOf(SEPARATOR));
  }

  /** The rows of a ticket, in the order they were added. */
  rowsOf(ticket: number): HeldRow[] {
    const rows: HeldRow[] = [];
    let row = this.#firstRow.get(ticket);
    let text = this.#textOf(row);
    text = text.slice(text.indexOf(SEPARATOR) + 1);
    for (;;) {
      rows.push({ line: this.#line.get(row), fields: this.#decode(text) });
      const next = this.#next.get(row);
      if (next === 0) return rows;
      row = next - 1;
      text = this.#textOf(row);
    }
  }

  /** Whether the first row of `ticket` begins with `id` (compared in place, no copy). */
  #isId(ticket: number, id: string): boolean {
    const row = this.#firstRow.get(ticket);
    const page = Math.floor(row / PAGE_ROWS);
    const [text, offset] =
      page === this.#pages.length
        ? [this.#page[row % PAGE_ROWS] as string, 0]
        : [this.#pages[page] as string, this.#offset.get(row)];
    return text.startsWith(id, offset) && text.charCodeAt(offset + id.length) === 0;
  }

  #addRow(line: number, text: string): number {
    const row = this.#rows++;
    this.#line.set(row, line);
    this.#next.set(row, 0);
    this.#page.push(text);
    if (this.#page.length === PAGE_ROWS) {
      let offset = 0;
      const first = row + 1 - PAGE_ROWS;
      this.#page.forEach((part, index) => {
        this.#offset.set(first + index, offset);
        offset += part.length;
      });
      this.#pages.push(this.#page.join(''));
      this.#page = [];
    }
    return row;
  }

  #textOf(row: number): string {
    const page = Math.floor(row / PAGE_ROWS);
    if (page === this.#pages.length) return this.#page[row % PAGE_ROWS] as string;
    const text = this.#pages[page] as string;
    const end = row % PAGE_ROWS === PAGE_ROWS - 1 ? text.length : this.#offset.get(row + 1);
    return text.slice(this.#offset.get(row), end);
  }

  #encode(fields: readonly string[]): string {
    let text = '';
    fields.forEach((field, index) => {
      if (index > 0) text += SEPARATOR;
      text += this.#coded[index] ? this.#code(index, field) : field;
    });
    return text;
  }

  #code(index: number, value: string): string {
    if (value === '') return value;
    const codes = this.#codes[index] as Map<string, string>;
    let code = codes.get(value);
    if (code === undefined && codes.size < LITERAL.charCodeAt(0) - FIRST_CODE) {
      code = String.fromCharCode(FIRST_CODE + codes.size);
      codes.set(value, code);
      (this.#values[index] as string[]).push(value);
    }
    if (code !== undefined) return code;
    return value.length === 1 && value < LITERAL ? `${LITERAL}${value}` : value;
  }

  #decode(text: string): string[] {
    return text.split(SEPARATOR).map((field, index) => {
      if (!this.#coded[index] || field === '') return field;
      if (field.length === 1 && field <= LITERAL) {
        return (this.#values[index] as string[])[field.charCodeAt(0) - FIRST_CODE] as string;
      }
      return field.charCodeAt(0) === LITERAL.charCodeAt(0) ? field.slice(1) : field;
    });
  }

  #place(hash: number, ticket: number): void {
    const mask = this.#slotHashes.length - 1;
    let slot = hash & mask;
    while (this.#slotTickets[slot] !== 0) slot = (slot + 1) & mask;
    this.#slotHashes[slot] = hash;
    this.#slotTickets[slot] = ticket + 1;
  }

  #grow(): void {
    const hashes = this.#slotHashes;
    const tickets = this.#slotTickets;
    this.#slotHashes = new Float64Array(hashes.length * 2);
    this.#slotTickets = new Int32Array(tickets.length * 2);
    tickets.forEach((ticket, slot) => {
      if (ticket !== 0) this.#place(hashes[slot] as number, ticket - 1);
    });
  }
}

/** A column of whole numbers below 2³², in pieces: it grows without copying what it holds. */
class Column {
  readonly #pieces: Uint32Array[] = [];

  get(index: number): number {
    return (this.#pieces[index >>> PIECE_BITS] as Uint32Array)[index & PIECE_MASK] as number;
  }

  set(index: number, value: number): void {
    const piece = index >>> PIECE_BITS;
    while (this.#pieces.length <= piece) this.#pieces.push(new Uint32Array(1 << PIECE_BITS));
    (this.#pieces[piece] as Uint32Array)[index & PIECE_MASK] = value;
  }
}
