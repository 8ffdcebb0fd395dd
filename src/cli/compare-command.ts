import { writeFileSync } from 'node:fs';
import { type EvaluateTicketOptions, SlaError } from '../index';
import { PlanComparisonBuilder } from '../report/create-plan-comparison';
import { COMPARE_HELP } from './help';
import { comparisonPage } from './html/comparison-page';
import { checkHtmlPath } from './html/write-html-report';
import { RecordLimit } from './input/record-limit';
import { snapshotOption } from './input-option';
import { cannotWrite } from './io-failure';
import { loadPlan } from './load-plan';
import { nowOption } from './now-option';
import { comparisonTable, FLIPS_LISTED } from './output/comparison-table';
import { FlipWriter } from './output/flip-writer';
import { printableJson } from './output/printable';
import { refuseOutputOverInput } from './output-over-input';
import { parseOptions } from './parse-options';
import type { ReportIo } from './report-command';
import { checkInputs, groupByOf, READING_OPTIONS } from './report-command';
import { readInputs } from './report-pass';
import { EXIT, UsageError } from './usage-error';

/**
 * `sla-clock compare`: the tickets of an export evaluated under two plans (or policies), the
 * change in compliance per group and metric, and the tickets that flip, streamed.
 */
export async function compareCommand(args: readonly string[], io: ReportIo): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    ...READING_OPTIONS,
    with: { type: 'string' },
  });
  if (values.help) {
    io.stdout.write(COMPARE_HELP);
    return EXIT.ok;
  }
  checkInputs(positionals);
  if (values.with === undefined) {
    throw new UsageError('--with is required: the plan or policies file to compare with --plan');
  }
  const limit = RecordLimit.parse(values['max-record-size']);
  const before = loadPlan(values.plan, limit);
  const after = loadPlan(values.with, limit);
  const now = nowOption(values.now, io.currentTime);
  const format = values.format;
  if (format !== undefined && format !== 'csv' && format !== 'jsonl') {
    throw new UsageError(`--format ${format}: csv or jsonl`);
  }
  const snapshots = snapshotOption(values, limit);
  const evaluateOptions: EvaluateTicketOptions = values['lenient-events']
    ? { now, lenient: true }
    : { now };
  const options = {
    ...evaluateOptions,
    groupBy: groupByOf(values['group-by']),
    timezone: values.timezone ?? before.plan.schedule.timezone,
    // The page and --json list the first 100, the text the first FLIPS_SHOWN; --tickets all.
    maxFlips: FLIPS_LISTED,
  };
  try {
    new PlanComparisonBuilder(before.rules, after.rules, options);
  } catch (error) {
    if (!(error instanceof SlaError)) throw error;
    throw new UsageError(`cannot compare ${values.plan} with ${values.with}: ${error.message}`);
  }
  refuseOutputOverInput({
    inputs: positionals,
    stdin: io.stdin,
    plan: values.plan,
    map: values.map,
    with: values.with,
    tickets: values.tickets,
    html: values.html,
  });
  if (values.html !== undefined) checkHtmlPath(values.html);
  const { tickets } = values;
  const { result: comparer, stopped } = await readInputs(
    positionals,
    values['any-order'] ? 'any' : 'auto',
    {
      start: () => {
        const builder = new PlanComparisonBuilder(before.rules, after.rules, options);
        const writer = tickets === undefined ? undefined : FlipWriter.open(tickets);
        return {
          counter: {
            add(ticket) {
              const evaluated = builder.evaluate(ticket);
              writer?.write(evaluated.flips);
              return evaluated.before;
            },
            reject: (where, error) => builder.reject(where, error),
          },
          output: writer,
          result: () => builder,
        };
      },
      strict: values.strict === true,
      format,
      limit,
      snapshots,
    },
    io,
  );
  if (stopped) {
    io.stderr.write('stopped at the first rejected ticket (--strict): no comparison\n');
    return EXIT.rejected;
  }
  const comparison = comparer.result();
  const sides = {
    before: sideName(values.plan, before.title),
    after: sideName(values.with, after.title),
  };
  if (values.html !== undefined) {
    try {
      writeFileSync(values.html, comparisonPage(comparison, sides, before.plan, now));
    } catch (error) {
      throw cannotWrite(`${values.html} (--html)`, error);
    }
  }
  if (values.json) {
    const { before: summaryBefore, after: summaryAfter, ...compared } = comparison;
    const report = {
      now: new Date(now).toISOString(),
      plans: { before: before.json, after: after.json },
      ...compared,
      summaries: { before: summaryBefore, after: summaryAfter },
    };
    io.stdout.write(`${printableJson(report, 2)}\n`);
  } else {
    io.stdout.write(comparisonTable(comparison, sides, before.plan, now));
  }
  return comparison.rejected.count > 0 ? EXIT.rejected : EXIT.ok;
}

/** `examples/policies.json (policies acme, globex)`, or `plan standard` for a built-in plan. */
function sideName(spec: string | undefined, title: string): string {
  return spec === 'standard' || spec === 'premium' || spec === undefined
    ? title
    : `${spec} (${title})`;
}
