import {
  type ClockSummary,
  type Plan,
  type SlaSummaryResult,
  SUMMARY_DIMENSIONS,
  type SummaryGroup,
} from '../../index';
import { hoursMinutes, localIso, percent } from './format';
import { printable } from './printable';

/** The title of each clock's table, in the text report and the HTML page alike. */
export const CLOCK_TITLES = {
  gti: 'GTI · time to first contact',
  gtr: 'GTR · time to resolution',
} as const;

/**
 * The statistics columns of a summary table, in the text report and the HTML page alike: their
 * headings, and the field that names each cell in the page.
 */
export const STAT_COLUMNS = [
  { heading: 'tickets', field: 'tickets' },
  { heading: 'met', field: 'met' },
  { heading: 'missed', field: 'missed' },
  { heading: 'breached', field: 'breached' },
  { heading: 'at risk', field: 'atRisk' },
  { heading: 'on track', field: 'onTrack' },
  { heading: 'compliance', field: 'compliance' },
  { heading: 'median', field: 'median' },
  { heading: 'p90', field: 'p90' },
  { heading: 'max', field: 'max' },
] as const;

/** The summary as the text tables printed on stdout: a heading, then one table per clock. */
export function summaryTable(result: SlaSummaryResult, plan: Plan, now: number): string {
  const zone = plan.schedule.timezone;
  const lines = [
    // A plan file is input: its id and name reach the terminal with their controls escaped.
    `SLA report · plan ${printable(plan.id)}${plan.name === undefined ? '' : ` (${printable(plan.name)})`} · ${zone}`,
    `now ${localIso(now, zone)}`,
    `${result.total.tickets} ticket${result.total.tickets === 1 ? '' : 's'} evaluated · ${result.rejected.count} rejected` +
      (result.skippedEvents > 0 ? ` · ${result.skippedEvents} events skipped` : '') +
      (result.groupBy.includes('month') ? ` · months in ${result.timezone}` : ''),
    'compliance = met / (met + missed + breached) · median, p90, max: business time taken (h:mm)',
  ];
  for (const clock of ['gti', 'gtr'] as const) {
    lines.push('', CLOCK_TITLES[clock], ...table(result, clock));
  }
  return `${lines.join('\n')}\n`;
}

function table(result: SlaSummaryResult, clock: 'gti' | 'gtr'): string[] {
  // Columns in the order the groups are sorted by, whatever the order of --group-by.
  const dimensions = SUMMARY_DIMENSIONS.filter((dimension) => result.groupBy.includes(dimension));
  const labels: string[] = dimensions.length === 0 ? ['group'] : [...dimensions];
  const rows: string[][] = result.groups.map((group) => [
    ...dimensions.map((dimension) =>
      String(group.key[dimension as keyof SummaryGroup['key']] ?? ''),
    ),
    ...statCells(group, metricSummary(group, clock)),
  ]);
  rows.push([
    'total',
    ...labels.slice(1).map(() => ''),
    ...statCells(result.total, metricSummary(result.total, clock)),
  ]);
  const header = [...labels, ...STAT_COLUMNS.map((column) => column.heading)];
  const widths = header.map((heading, column) =>
    Math.max(heading.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  const render = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        column < dimensions.length
          ? cell.padEnd(widths[column] ?? 0)
          : cell.padStart(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return [render(header), ...rows.map(render)];
}

/** The cells of a group's statistics, in the order of `STAT_COLUMNS`. */
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

export function statCells(group: SummaryGroup, summary: ClockSummary): string[] {
  const { taken } = summary;
  return [
    String(group.tickets),
    String(summary.met),
    String(summary.missed),
    String(summary.breached),
    String(summary.atRisk),
    String(summary.onTrack),
    percent(summary.compliance),
    hoursMinutes(taken.median),
    hoursMinutes(taken.p90),
    hoursMinutes(taken.max),
  ];
}
