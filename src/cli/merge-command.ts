import { createSlaSummary, SlaError } from '../index';
import { MERGE_HELP } from './help';
import { checkHtmlPath } from './html/write-html-report';
import { deskOfSource } from './load-plan';
import { refuseOutputOverInput } from './output-over-input';
import { parseOptions } from './parse-options';
import { printReport, type ReportIo } from './report-command';
import {
  checkSameReport,
  type ReportStateFile,
  readReportState,
  writeReportState,
} from './state/report-state-file';
import { EXIT, UsageError } from './usage-error';

/**
 * Runs `read` on a state file's summary, a malformed summary being a usage error naming the file.
 * The first state is restored (`options.state`), the others merged into it (`other`): both are
 * called `summary`, as the file names it.
 */
function fromFile<T>(path: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof SlaError)) throw error;
    const message = error.message.replace(/^(options\.state|other)\b/, 'summary');
    throw new UsageError(`${path}: ${message}`);
  }
}

/**
 * `sla-clock merge`: the report of several state files (`report --state`), as one report over all
 * their tickets would print it.
 */
export function mergeCommand(args: readonly string[], io: ReportIo): number {
  const { values, positionals } = parseOptions(args, {
    json: { type: 'boolean' },
    html: { type: 'string' },
    state: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout.write(MERGE_HELP);
    return EXIT.ok;
  }
  if (positionals.length === 0) {
    throw new UsageError('no state file: name the files that report --state wrote');
  }
  refuseOutputOverInput({
    inputs: positionals.filter((path) => path !== '-'),
    stdin: io.stdin,
    plan: undefined,
    tickets: undefined,
    html: values.html,
    state: values.state,
  });
  if (values.html !== undefined) checkHtmlPath(values.html);
  const files = positionals.map((path) => [path, readReportState(path)] as const);
  checkSameReport(files);
  const [firstPath, first] = files[0] as readonly [string, ReportStateFile];
  const desk = deskOfSource(first.plan, firstPath);
  const now = Date.parse(first.now);
  const summary = fromFile(firstPath, () => createSlaSummary({ state: first.summary }));
  for (const [path, file] of files.slice(1)) fromFile(path, () => summary.merge(file.summary));
  if (values.state !== undefined) writeReportState(values.state, now, desk, summary);
  return printReport(summary, desk, now, {
    json: values.json === true,
    html: values.html,
    pageData: undefined,
    evaluateOptions: { now },
    io,
  });
}
