import type { Readable } from 'node:stream';
import {
  createSlaSummary,
  type EvaluateTicketOptions,
  SlaError,
  SUMMARY_DIMENSIONS,
  type SummaryDimension,
} from '../index';
import { REPORT_HELP } from './help';
import { PageData } from './html/page-data';
import { checkHtmlPath, writeHtmlReport } from './html/write-html-report';
import { readCsvRecords } from './input/csv-records';
import { CsvTickets } from './input/csv-tickets';
import { readJsonLines } from './input/json-lines';
import { openInput, sniffForm } from './input/open-input';
import { SeenIds } from './input/seen-ids';
import { loadPlan } from './load-plan';
import { nowOption } from './now-option';
import { summaryTable } from './output/summary-table';
import { TicketWriter } from './output/ticket-writer';
import { parseOptions } from './parse-options';
import { Progress } from './progress';
import { ReportRun } from './report-run';
import { EXIT, UsageError } from './usage-error';

/** The streams and clock of the process, passed in so that nothing else reads them. */
export interface ReportIo {
  readonly stdin: Readable;
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly currentTime: () => number;
}

/** `sla-clock report`: the summary of a ticket export, streamed. */
export async function reportCommand(args: readonly string[], io: ReportIo): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    plan: { type: 'string' },
    now: { type: 'string' },
    format: { type: 'string' },
    'group-by': { type: 'string' },
    timezone: { type: 'string' },
    tickets: { type: 'string' },
    html: { type: 'string' },
    json: { type: 'boolean' },
    strict: { type: 'boolean' },
    'lenient-events': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout.write(REPORT_HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 1) {
    throw new UsageError('report takes one input: a file, or - for stdin');
  }
  const plan = loadPlan(values.plan);
  const now = nowOption(values.now, io.currentTime);
  const groupBy = groupByOf(values['group-by']);
  const format = values.format;
  if (format !== undefined && format !== 'csv' && format !== 'jsonl') {
    throw new UsageError(`--format ${format}: csv or jsonl`);
  }
  let summary: ReturnType<typeof createSlaSummary>;
  try {
    summary = createSlaSummary({ groupBy, timezone: values.timezone ?? plan.schedule.timezone });
  } catch (error) {
    if (!(error instanceof SlaError)) throw error;
    throw new UsageError(`--timezone ${values.timezone}: ${error.reason}`);
  }
  if (values.html !== undefined) checkHtmlPath(values.html);
  const input = await openInput(positionals[0] as string, io.stdin);
  const writer = values.tickets === undefined ? undefined : TicketWriter.open(values.tickets);
  const progress = new Progress(
    io.stderr.isTTY ? io.stderr : undefined,
    input.size,
    input.bytesRead,
  );
  const evaluateOptions: EvaluateTicketOptions = values['lenient-events']
    ? { now, lenient: true }
    : { now };
  const html = values.html === undefined ? undefined : { path: values.html, data: new PageData() };
  const run = new ReportRun(plan, evaluateOptions, summary, io.stderr, {
    strict: values.strict === true,
    writer,
    progress,
    pageData: html?.data,
  });
  // Sniffed even when the form is known: an empty input ends the stream before any parser sees it.
  const sniffed = await sniffForm(input.stream);
  const form = sniffed === 'empty' ? sniffed : (format ?? input.formByName ?? sniffed);
  try {
    await readTickets(form, input.stream, run);
  } finally {
    progress.clear();
    if (input.stream !== io.stdin) input.stream.destroy();
    await writer?.end();
  }
  if (run.stopped) {
    io.stderr.write('stopped at the first rejected ticket (--strict): no report\n');
    return EXIT.rejected;
  }
  const result = summary.result();
  if (html !== undefined) {
    writeHtmlReport(html.path, { result, plan, now, data: html.data, evaluateOptions });
  }
  if (values.json) {
    const report = { now: new Date(now).toISOString(), plan: plan.id, ...result };
    io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    io.stdout.write(summaryTable(result, plan, now));
  }
  return result.rejected.count > 0 ? EXIT.rejected : EXIT.ok;
}

/**
 * Hands every ticket of the input to the run. The ids seen (16 bytes a ticket) are dropped on
 * return, before the summary sorts its times.
 */
async function readTickets(
  form: 'csv' | 'jsonl' | 'empty',
  stream: Readable,
  run: ReportRun,
): Promise<void> {
  if (form === 'empty') {
    run.reject(1, undefined, 'the input is empty');
  } else if (form === 'jsonl') {
    await readJsonLines(stream, run, new SeenIds());
  } else {
    const csv = new CsvTickets(run, new SeenIds());
    await readCsvRecords(stream, csv);
    if (csv.headerProblem !== undefined) throw new UsageError(csv.headerProblem);
    if (!run.stopped) csv.end();
  }
}

function groupByOf(text: string | undefined): SummaryDimension[] {
  if (text === undefined) return ['priority'];
  const names = text
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  for (const name of names) {
    if (!(SUMMARY_DIMENSIONS as readonly string[]).includes(name)) {
      throw new UsageError(
        `--group-by ${text}: ${name} is not one of ${SUMMARY_DIMENSIONS.join(', ')}`,
      );
    }
  }
  if (new Set(names).size !== names.length)
    throw new UsageError(`--group-by ${text}: a dimension is named twice`);
  return names as SummaryDimension[];
}
