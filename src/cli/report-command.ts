import type { Readable } from 'node:stream';
import {
  createSlaSummary,
  type EvaluateTicketOptions,
  type GroupDimension,
  NO_KIND,
  SlaError,
  type SlaSummary,
  SUMMARY_DIMENSIONS,
} from '../index';
import { REPORT_HELP } from './help';
import type { PageData } from './html/page-data';
import { checkHtmlPath, writeHtmlReport } from './html/write-html-report';
import { RecordLimit } from './input/record-limit';
import { snapshotOption } from './input-option';
import { readWithJobs } from './jobs/read-with-jobs';
import { type Desk, loadPlan } from './load-plan';
import { nowOption } from './now-option';
import { printable, printableJson } from './output/printable';
import { summaryTable } from './output/summary-table';
import { refuseOutputOverInput } from './output-over-input';
import { parseOptions } from './parse-options';
import { readInputs } from './report-pass';
import { writeReportState } from './state/report-state-file';
import { summaryPass } from './summary-pass';
import { EXIT, UsageError } from './usage-error';

/** The streams and clock of the process, passed in so that nothing else reads them. */
export interface ReportIo {
  readonly stdin: Readable;
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly currentTime: () => number;
  /** The command's own file, run again as worker threads by `--jobs` (none: parts read in turn). */
  readonly workerScript?: string | URL | undefined;
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

/** `report`'s own options besides the reading ones. */
const REPORT_OPTIONS = {
  ...READING_OPTIONS,
  state: { type: 'string' },
  jobs: { type: 'string' },
} as const;

/** `sla-clock report`: the summary of a ticket export, streamed. */
export async function reportCommand(args: readonly string[], io: ReportIo): Promise<number> {
  const { values, positionals } = parseOptions(args, REPORT_OPTIONS);
  if (values.help) {
    io.stdout.write(REPORT_HELP);
    return EXIT.ok;
  }
  checkInputs(positionals);
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
    inputs: positionals,
    stdin: io.stdin,
    plan: values.plan,
    map: values.map,
    tickets: values.tickets,
    html: values.html,
    state: values.state,
  });
  if (values.html !== undefined) checkHtmlPath(values.html);
  const evaluateOptions: EvaluateTicketOptions = values['lenient-events']
    ? { now, lenient: true }
    : { now };
  const { tickets, html } = values;
  const jobs = jobsOf(values.jobs);
  const strict = values.strict === true;
  // A snapshot export holds every row until its end, and --any-order every ticket's rows: both
  // are read in one piece.
  const withJobs =
    jobs > 1 && snapshots === undefined && !values['any-order']
      ? await readWithJobs(
          positionals,
          { jobs, desk, limit, tickets, workerScript: io.workerScript },
          {
            plan: values.plan as string,
            maxRecordSize: values['max-record-size'],
            evaluateOptions,
            summaryOptions: { groupBy, timezone: summaryOptions.timezone },
            strict,
            format,
            pageData: html !== undefined,
          },
          io,
        )
      : undefined;
  const {
    result: summary,
    stopped,
    pageData,
  } = withJobs ??
  (await readInputs(
    positionals,
    values['any-order'] ? 'any' : 'auto',
    {
      start: () =>
        summaryPass(desk, evaluateOptions, summaryOptions, {
          tickets,
          pageData: html !== undefined,
        }),
      strict,
      format,
      limit,
      snapshots,
    },
    io,
  ));
  if (stopped) {
    io.stderr.write('stopped at the first rejected ticket (--strict): no report\n');
    return EXIT.rejected;
  }
  if (values.state !== undefined) writeReportState(values.state, now, desk, summary);
  return printReport(summary, desk, now, {
    json: values.json === true,
    html: values.html,
    pageData,
    evaluateOptions,
    io,
  });
}

/**
 * Prints a summary's report (tables or JSON) and writes its HTML page: the end of `report`, and
 * all of `merge`.
 *
 * @returns The exit code: `rejected` when the summary counts rejected tickets.
 */
export function printReport(
  summary: SlaSummary,
  desk: Desk,
  now: number,
  outputs: {
    readonly json: boolean;
    readonly html: string | undefined;
    readonly pageData: PageData | undefined;
    readonly evaluateOptions: EvaluateTicketOptions;
    readonly io: Pick<ReportIo, 'stdout' | 'stderr'>;
  },
): number {
  const { io, evaluateOptions, pageData } = outputs;
  const { plan } = desk;
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
  if (outputs.html !== undefined) {
    writeHtmlReport(outputs.html, {
      result,
      plan,
      rules: desk.rules,
      policies: desk.policies?.policies.map((policy) => policy.id),
      now,
      // A merge of states has no tickets to show: only the counts, the charts and the tables.
      data: pageData,
      evaluateOptions,
      summary,
    });
  }
  if (outputs.json) {
    const report = { now: new Date(now).toISOString(), ...desk.json, ...result };
    io.stdout.write(`${printableJson(report, 2)}\n`);
  } else {
    io.stdout.write(summaryTable(result, plan, now, desk.title));
  }
  return result.rejected.count > 0 ? EXIT.rejected : EXIT.ok;
}

const KNOWN_DIMENSIONS: ReadonlySet<string> = new Set(SUMMARY_DIMENSIONS);

/**
 * `--jobs`: how many worker threads read the inputs.
 *
 * @throws {UsageError} for anything but a whole number from 1 to 64.
 */
function jobsOf(text: string | undefined): number {
  if (text === undefined) return 1;
  const jobs = /^\d{1,2}$/.test(text.trim()) ? Number(text) : Number.NaN;
  if (!(jobs >= 1 && jobs <= 64))
    throw new UsageError(`--jobs ${text}: a whole number from 1 to 64`);
  return jobs;
}

/**
 * The inputs of a reading command: at least one, and stdin (`-`) at most once.
 *
 * @throws {UsageError} otherwise.
 */
export function checkInputs(inputs: readonly string[]): void {
  if (inputs.length === 0) throw new UsageError('no input: name one or more files, or - for stdin');
  if (inputs.filter((input) => input === '-').length > 1) {
    throw new UsageError('- (stdin) is named twice: stdin can be read once');
  }
}

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
