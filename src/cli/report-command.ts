import type { Readable } from 'node:stream';
import {
  createSlaSummary,
  type EvaluateTicketOptions,
  type GroupDimension,
  NO_KIND,
  SlaError,
  type SlaSummary,
  type SlaSummaryOptions,
  SUMMARY_DIMENSIONS,
} from '../index';
import { checkEvaluateOptions } from '../sla/cycles/evaluate-options';
import { evaluateChecked } from '../sla/evaluate-ticket';
import { REPORT_HELP } from './help';
import { PageData } from './html/page-data';
import { checkHtmlPath, writeHtmlReport } from './html/write-html-report';
import { RecordLimit } from './input/record-limit';
import { snapshotOption } from './input-option';
import { type Desk, loadPlan } from './load-plan';
import { nowOption } from './now-option';
import { printable, printableJson } from './output/printable';
import { summaryTable } from './output/summary-table';
import { TicketWriter } from './output/ticket-writer';
import { refuseOutputOverInput } from './output-over-input';
import { parseOptions } from './parse-options';
import { type Pass, readInput } from './report-pass';
import { EXIT, UsageError } from './usage-error';

/** The streams and clock of the process, passed in so that nothing else reads them. */
export interface ReportIo {
  readonly stdin: Readable;
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly currentTime: () => number;
}

/** The options of the commands that read a ticket export: report, and compare (which adds `with`). */
export const READING_OPTIONS = {
  plan: { type: 'string' },
  now: { type: 'string' },
  format: { type: 'string' },
  input: { type: 'string' },
  map: { type: 'string' },
  'group-by': { type: 'string' },
  timezone: { type: 'string' },
  tickets: { type: 'string' },
  html: { type: 'string' },
  json: { type: 'boolean' },
  strict: { type: 'boolean' },
  'lenient-events': { type: 'boolean' },
  'any-order': { type: 'boolean' },
  'max-record-size': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `sla-clock report`: the summary of a ticket export, streamed. */
export async function reportCommand(args: readonly string[], io: ReportIo): Promise<number> {
  const { values, positionals } = parseOptions(args, READING_OPTIONS);
  if (values.help) {
    io.stdout.write(REPORT_HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 1) {
    throw new UsageError('report takes one input: a file, or - for stdin');
  }
  const limit = RecordLimit.parse(values['max-record-size']);
  const desk = loadPlan(values.plan, limit);
  const { plan } = desk;
  const now = nowOption(values.now, io.currentTime);
  const groupBy = groupByOf(values['group-by']);
  const format = values.format;
  if (format !== undefined && format !== 'csv' && format !== 'jsonl') {
    throw new UsageError(`--format ${format}: csv or jsonl`);
  }
  const snapshots = snapshotOption(values, limit);
  // The plan orders the priority groups and lists its metrics even where no ticket has a cycle.
  const summaryOptions = {
    groupBy,
    timezone: values.timezone ?? plan.schedule.timezone,
    plan: desk.rules,
  };
  try {
    createSlaSummary(summaryOptions);
  } catch (error) {
    if (!(error instanceof SlaError)) throw error;
    if (error.code === 'invalid_policies') {
      throw new UsageError(`${values.plan} cannot make one report: ${error.message}`);
    }
    throw new UsageError(`--timezone ${values.timezone}: ${error.reason}`);
  }
  refuseOutputOverInput({
    input: positionals[0] as string,
    stdin: io.stdin,
    plan: values.plan,
    map: values.map,
    tickets: values.tickets,
    html: values.html,
  });
  if (values.html !== undefined) checkHtmlPath(values.html);
  const evaluateOptions: EvaluateTicketOptions = values['lenient-events']
    ? { now, lenient: true }
    : { now };
  const { tickets, html } = values;
  const {
    result: summary,
    stopped,
    pageData,
  } = await readInput(
    positionals[0] as string,
    values['any-order'] ? 'any' : 'auto',
    {
      start: () => summaryPass(desk, evaluateOptions, summaryOptions, { tickets, html }),
      strict: values.strict === true,
      format,
      limit,
      snapshots,
    },
    io,
  );
  if (stopped) {
    io.stderr.write('stopped at the first rejected ticket (--strict): no report\n');
    return EXIT.rejected;
  }
  const result = summary.result();
  for (const field of result.groupBy.filter((name) => !KNOWN_DIMENSIONS.has(name))) {
    // A misspelt dimension is a field no ticket has: said, so that one group of `none` is not
    // taken for the answer.
    if (result.total.tickets > 0 && result.groups.every((group) => group.key[field] === NO_KIND)) {
      io.stderr.write(
        `${printable(`--group-by ${field}: no ticket has a field ${field} (the dimensions are ${SUMMARY_DIMENSIONS.join(', ')}; any other name is a field of the tickets)`)}\n`,
      );
    }
  }
  if (values.html !== undefined && pageData !== undefined) {
    writeHtmlReport(values.html, {
      result,
      plan,
      rules: desk.rules,
      policies: desk.policies?.policies.map((policy) => policy.id),
      now,
      data: pageData,
      evaluateOptions,
    });
  }
  if (values.json) {
    const report = { now: new Date(now).toISOString(), ...desk.json, ...result };
    io.stdout.write(`${printableJson(report, 2)}\n`);
  } else {
    io.stdout.write(summaryTable(result, plan, now, desk.title));
  }
  return result.rejected.count > 0 ? EXIT.rejected : EXIT.ok;
}

/**
 * One reading of the report: a fresh summary, the per-ticket output and the HTML page's data;
 * each ticket evaluated with the desk's plan or policies.
 */
function summaryPass(
  desk: Desk,
  evaluateOptions: EvaluateTicketOptions,
  summaryOptions: SlaSummaryOptions,
  outputs: { readonly tickets: string | undefined; readonly html: string | undefined },
): Pass<SlaSummary> {
  const summary = createSlaSummary(summaryOptions);
  // Checked once for the whole input; a ticket opened after `now` is the ticket's fault.
  const options = checkEvaluateOptions(evaluateOptions, 'refuse-ticket');
  const writer =
    outputs.tickets === undefined
      ? undefined
      : TicketWriter.open(outputs.tickets, desk.plan, desk.policies !== undefined);
  return {
    counter: {
      add(ticket) {
        const evaluation = evaluateChecked(desk.rules, ticket, options);
        summary.add(ticket, evaluation);
        writer?.write(ticket.id, ticket.kind, evaluation);
        return evaluation;
      },
      reject: (where, error) => summary.reject(where, error),
    },
    output: writer,
    pageData: outputs.html === undefined ? undefined : new PageData(desk.plan),
    result: () => summary,
  };
}

const KNOWN_DIMENSIONS: ReadonlySet<string> = new Set(SUMMARY_DIMENSIONS);

/** `--group-by`: names separated by commas; any name but the known ones is a field. */
export function groupByOf(text: string | undefined): GroupDimension[] {
  if (text === undefined) return ['priority'];
  const names = text
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  if (new Set(names).size !== names.length)
    throw new UsageError(`--group-by ${text}: a dimension is named twice`);
  return names;
}
