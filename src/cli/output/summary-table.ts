import {
  type ClockSummary,
  type Plan,
  type SlaSummaryResult,
  SUMMARY_DIMENSIONS,
  type SummaryGroup,
} from '../../index';
import { alignedRows } from './aligned-rows';
import { hoursMinutes, localIso, percent } from './format';
import { metricTitle, runsManyCycles } from './metric-names';
import { printable } from './printable';

/** A column of a metric's table: its heading, and the field that names each cell in the page. */
export interface StatColumn {
  readonly heading: string;
  readonly field: string;
  cell(group: SummaryGroup, summary: ClockSummary): string;
}

const column = (
  heading: string,
  field: string,
  cell: (group: SummaryGroup, summary: ClockSummary) => string,
): StatColumn => ({ heading, field, cell });

const TICKETS = column('tickets', 'tickets', (group) => String(group.tickets));
/** Shown when, in some row, the metric's cycles are not one a ticket. */
const CYCLES = column('cycles', 'cycles', (_, summary) => String(summary.cycles));
const COUNTS = [
  column('met', 'met', (_, summary) => String(summary.met)),
  column('missed', 'missed', (_, summary) => String(summary.missed)),
  column('breached', 'breached', (_, summary) => String(summary.breached)),
  column('at risk', 'atRisk', (_, summary) => String(summary.atRisk)),
  column('on track', 'onTrack', (_, summary) => String(summary.onTrack)),
];
/** Shown when some cycle was cancelled. */
const CANCELLED = column('cancelled', 'cancelled', (_, summary) => String(summary.cancelled));
const FIGURES = [
  column('compliance', 'compliance', (_, summary) => percent(summary.compliance)),
  column('median', 'median', (_, summary) => hoursMinutes(summary.taken.median)),
  column('p90', 'p90', (_, summary) => hoursMinutes(summary.taken.p90)),
  column('max', 'max', (_, summary) => hoursMinutes(summary.taken.max)),
];

/**
 * The statistics columns of a metric's table, in the text report and the HTML page alike. A
 * metric counts cycles: `cycles` is shown for a metric that runs many (`cycles: "many"`), and for
 * any other when some row has other than one a ticket (some tickets never started it);
 * `cancelled` when some cycle was cancelled. The other counts then add up to the cycles. A metric
 * that runs one cycle a ticket, never cancelled (GTI and GTR), shows neither, as before plans had
 * metrics of their own.
 */
export function statColumns(
  result: SlaSummaryResult,
  plan: Plan,
  metric: string,
): readonly StatColumn[] {
  const rows = [result.total, ...result.groups];
  const cycles =
    runsManyCycles(plan, metric) ||
    rows.some((group) => metricSummary(group, metric).cycles !== group.tickets);
  const cancelled = rows.some((group) => metricSummary(group, metric).cancelled > 0);
  return [
    TICKETS,
    ...(cycles ? [CYCLES] : []),
    ...COUNTS,
    ...(cancelled ? [CANCELLED] : []),
    ...FIGURES,
  ];
}

/**
 * The summary as the text tables printed on stdout: a heading, then one table per metric of the
 * plan, in its order.
 */
export function summaryTable(
  result: SlaSummaryResult,
  plan: Plan,
  now: number,
  title = planTitle(plan),
): string {
  const zone = plan.schedule.timezone;
  const lines = [
    `SLA report · ${title} · ${zone}`,
    `now ${localIso(now, zone)}`,
    `${result.total.tickets} ticket${result.total.tickets === 1 ? '' : 's'} evaluated · ${result.rejected.count} rejected` +
      (result.skippedEvents > 0 ? ` · ${result.skippedEvents} events skipped` : '') +
      (result.groupBy.includes('month') ? ` · months in ${result.timezone}` : ''),
    'compliance = met / (met + missed + breached) · median, p90, max: business time taken (h:mm)',
  ];
  for (const metric of metricsOf(result, plan)) {
    // A plan file's metric ids and labels are input: shown with their controls escaped.
    lines.push('', printable(metricTitle(plan, metric)), ...table(result, plan, metric));
  }
  return `${lines.join('\n')}\n`;
}

/** `plan standard (Standard)`: a plan file is input, its id and name shown with controls escaped. */
export function planTitle(plan: Plan): string {
  return `plan ${printable(plan.id)}${plan.name === undefined ? '' : ` (${printable(plan.name)})`}`;
}

/**
 * The columns that name a group, in the order groups are sorted by whatever the order of
 * --group-by: the known dimensions, then the fields in the order they were named.
 */
export function groupColumns(groupBy: readonly string[]): string[] {
  const known: readonly string[] = SUMMARY_DIMENSIONS;
  return [
    ...SUMMARY_DIMENSIONS.filter((dimension) => groupBy.includes(dimension)),
    ...groupBy.filter((dimension) => !known.includes(dimension)),
  ];
}

/** The plan's metrics, in its order, then any other the summary counted. */
export function metricsOf(result: SlaSummaryResult, plan: Plan): string[] {
  const ids = plan.metrics.map((metric) => metric.id);
  return [...ids, ...result.metrics.filter((id) => !ids.includes(id))];
}

function table(result: SlaSummaryResult, plan: Plan, metric: string): string[] {
  const columns = statColumns(result, plan, metric);
  const dimensions = groupColumns(result.groupBy);
  const labels: string[] = dimensions.length === 0 ? ['group'] : [...dimensions];
  const rows: string[][] = result.groups.map((group) => [
    ...dimensions.map((dimension) =>
      // A field's value is input: shown with its controls escaped.
      printable(String(group.key[dimension as keyof SummaryGroup['key']] ?? '')),
    ),
    ...statCells(group, metricSummary(group, metric), columns),
  ]);
  rows.push([
    'total',
    ...labels.slice(1).map(() => ''),
    ...statCells(result.total, metricSummary(result.total, metric), columns),
  ]);
  const header = [...labels.map(printable), ...columns.map((column) => column.heading)];
  return alignedRows(header, rows, dimensions.length);
}

/** A group's summary of one metric: zero cycles where the group has none. */
export function metricSummary(group: SummaryGroup, metric: string): ClockSummary {
  return group.metrics[metric] ?? NO_CYCLES;
}

const NO_CYCLES: ClockSummary = Object.freeze({
  cycles: 0,
  met: 0,
  missed: 0,
  breached: 0,
  atRisk: 0,
  onTrack: 0,
  cancelled: 0,
  compliance: null,
  taken: Object.freeze({ count: 0, min: null, median: null, p90: null, max: null, mean: null }),
});

/** The cells of a group's statistics, in the order of `columns`. */
export function statCells(
  group: SummaryGroup,
  summary: ClockSummary,
  columns: readonly StatColumn[],
): string[] {
  return columns.map((column) => column.cell(group, summary));
}
