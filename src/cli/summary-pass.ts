import {
  createSlaSummary,
  type EvaluateTicketOptions,
  type SlaSummary,
  type SlaSummaryOptions,
} from '../index';
import { checkEvaluateOptions } from '../sla/cycles/evaluate-options';
import { evaluateChecked, evaluateForCount } from '../sla/evaluate-ticket';
import { PageData } from './html/page-data';
import type { Desk } from './load-plan';
import { TicketWriter } from './output/ticket-writer';
import type { Pass } from './report-pass';

/**
 * One reading of the report: a fresh summary, the per-ticket output and the HTML page's data;
 * each ticket evaluated with the desk's plan or policies.
 */
export function summaryPass(
  desk: Desk,
  evaluateOptions: EvaluateTicketOptions,
  summaryOptions: SlaSummaryOptions,
  outputs: {
    readonly tickets: string | undefined;
    /** Whether the HTML page's data is gathered (`--html`). */
    readonly pageData: boolean;
    /** `false` for a part of the input read apart: the rows are added to an output that has it. */
    readonly ticketsHeader?: boolean;
  },
): Pass<SlaSummary> {
  const summary = createSlaSummary(summaryOptions);
  // Checked once for the whole input; a ticket opened after `now` is the ticket's fault.
  const options = checkEvaluateOptions(evaluateOptions, 'refuse-ticket');
  const writer =
    outputs.tickets === undefined
      ? undefined
      : TicketWriter.open(
          outputs.tickets,
          desk.plan,
          desk.policies !== undefined,
          outputs.ticketsHeader,
        );
  // Only the per-ticket output and the page read instants: without them, evaluations make none.
  const evaluate = writer === undefined && !outputs.pageData ? evaluateForCount : evaluateChecked;
  return {
    counter: {
      add(ticket) {
        const evaluation = evaluate(desk.rules, ticket, options);
        summary.add(ticket, evaluation);
        writer?.write(ticket.id, ticket.kind, evaluation);
        return evaluation;
      },
      reject: (where, error) => summary.reject(where, error),
    },
    output: writer,
    pageData: outputs.pageData ? new PageData(desk.plan) : undefined,
    result: () => summary,
  };
}
