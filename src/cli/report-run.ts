import { describeValue } from '../errors/format-sla-error-message';
import { SlaError, type Ticket, type TicketEvaluation } from '../index';
import { lineOfError } from '../node/line-of-error';
import type { PageData } from './html/page-data';
import type { InputTicket, TicketSink } from './input/ticket-sink';
import { printable } from './output/printable';
import { Progress } from './progress';

/** What to say about a value on the stderr line of a rejected ticket. */
const FIELD_NAMES: Record<string, string> = {
  'ticket.openedAt': 'opened at',
  'ticket.priority': 'priority',
  'ticket.kind': 'kind',
  'ticket.status': 'status',
  'ticket.fields': 'fields',
  'ticket.events': 'events',
  'ticket.id': 'id',
};

/** What a reading of the input counts its tickets into: a summary, or a comparison of two. */
export interface PassCounter {
  /**
   * Evaluates a ticket and counts it.
   *
   * @returns The evaluation that the per-ticket outputs read (skipped events, the HTML page).
   * @throws {SlaError} to reject the ticket: nothing is counted then.
   */
  add(ticket: Ticket & { readonly id: string }): TicketEvaluation;
  /** Counts a ticket that could not be evaluated, with where and why. */
  reject(where: string, error: unknown): void;
}

/**
 * Evaluates the tickets the input readers hand over, counts them, writes them to the
 * per-ticket output, and reports every rejection as `line N: …` on stderr.
 */
export class ReportRun implements TicketSink {
  tickets = 0;
  /** Put before `line N` when the command reads several inputs: the input's name. */
  prefix = '';
  /** The progress line of the input being read. */
  progress: Progress = Progress.none;
  #stopped = false;
  #lines = 0;

  constructor(
    private readonly counter: PassCounter,
    private readonly errors: { write(text: string): unknown },
    private readonly options: {
      readonly strict: boolean;
      readonly output?: { drained(): Promise<void> | undefined } | undefined;
      readonly pageData?: PageData | undefined;
    },
  ) {}

  get stopped(): boolean {
    return this.#stopped;
  }

  lines(count: number): void {
    this.#lines = count;
    this.progress.update(count, this.tickets);
  }

  drained(): Promise<void> | undefined {
    return this.options.output?.drained();
  }

  ticket({ ticket, line, eventLines }: InputTicket): void {
    let evaluation: TicketEvaluation;
    try {
      evaluation = this.counter.add(ticket);
    } catch (error) {
      if (!(error instanceof SlaError)) throw error;
      this.#reject(lineOfError({ line, eventLines }, error), ticket.id, error);
      return;
    }
    this.tickets++;
    for (const skipped of evaluation.skipped ?? []) {
      const at = eventLines?.[skipped.index] ?? line;
      this.#say(at, ticket.id, `event skipped (--lenient-events): ${skipped.reason}`);
    }
    this.options.pageData?.add(ticket, evaluation);
  }

  reject(line: number, ticketId: string | undefined, reason: string): void {
    const error = new SlaError('invalid_ticket', `line ${line}`, ticketId, reason);
    this.#reject(line, ticketId, error, reason);
  }

  #reject(line: number, ticketId: string | undefined, error: SlaError, text = describe(error)) {
    if (this.#stopped) return;
    this.counter.reject(`${this.prefix}line ${line}`, error);
    this.options.pageData?.reject(line, ticketId, text, this.prefix);
    this.#say(line, ticketId, text);
    if (this.options.strict) this.#stopped = true;
  }

  #say(line: number, ticketId: string | undefined, text: string): void {
    this.progress.clear();
    // The id and the values quoted in the reason are input: one line, nothing a terminal acts on.
    const said = `${this.prefix}line ${line}: ${ticketId === undefined ? '' : `ticket ${ticketId}: `}${text}`;
    this.errors.write(`${printable(said)}\n`);
    this.progress.update(this.#lines, this.tickets);
  }
}

/** An error in the words of the input: the field, why, and the value found. */
function describe(error: SlaError): string {
  const event = /^ticket\.events\[\d+\](?:\.(\w+))?$/.exec(error.path);
  const value = ` (got ${describeValue(error.value)})`;
  if (event !== null) {
    // `(responded) is impossible: …` reads better without the parentheses.
    if (event[1] === undefined) return error.reason.replace(/^\(([\w-]+)\) /, '$1 ');
    return `event ${event[1]}: ${error.reason}${value}`;
  }
  return `${FIELD_NAMES[error.path] ?? error.path}: ${error.reason}${value}`;
}
