import type { ComparisonGroup, Plan, PlanComparison } from '../../index';
import { flipTotal } from '../../report/comparison-result';
import { alignedRows } from './aligned-rows';
import { localIso, localTime, percent } from './format';
import { metricTitle } from './metric-names';
import { printable } from './printable';
import { groupColumns } from './summary-table';

/** How many flipped tickets the text lists (`--tickets` writes them all). */
export const FLIPS_SHOWN = 20;

/** How many flipped tickets the page and `--json` list. */
export const FLIPS_LISTED = 100;

/**
 * The comparison as text: a heading, then per metric the compliance of each group before and
 * after and the change in points, the tickets that flipped each way, and the first flipped
 * tickets with their statuses and deadlines.
 */
export function comparisonTable(
  comparison: PlanComparison,
  sides: { readonly before: string; readonly after: string },
  plan: Plan,
  now: number,
): string {
  const zone = plan.schedule.timezone;
  const { total, rejected } = comparison;
  const lines = [
    `SLA comparison · before: ${sides.before} · after: ${sides.after} · ${zone}`,
    `now ${localIso(now, zone)}`,
    `${total.tickets.before} ticket${total.tickets.before === 1 ? '' : 's'} compared · ${rejected.count} rejected`,
    'compliance = met / (met + missed + breached) · change in percentage points',
  ];
  for (const metric of comparison.metrics) {
    lines.push('', printable(metricTitle(plan, metric)), ...table(comparison, metric));
    const flips = comparison.flips[metric];
    if (flips === undefined) continue;
    const pairs = Object.entries(flips.byStatus)
      .map(([pair, count]) => `${pair} ${count}`)
      .join(', ');
    lines.push(
      `flipped: ${flips.worse} worse, ${flips.better} better, ${flips.other} other${pairs === '' ? '' : ` (${pairs})`}`,
    );
  }
  const flipped = comparison.flipped.slice(0, FLIPS_SHOWN);
  const count = flipTotal(comparison);
  lines.push(
    '',
    count === 0
      ? 'No ticket flips.'
      : `Flipped tickets: ${count}${count > flipped.length ? ` (the first ${flipped.length}; --tickets writes them all)` : ''}`,
  );
  for (const flip of flipped) {
    const due = (date: Date | null) =>
      date === null ? 'no deadline' : localTime(date.getTime(), zone);
    lines.push(
      printable(
        `  ${flip.id ?? '(no id)'}  ${flip.metric}  ${flip.statusBefore} → ${flip.statusAfter}  due ${due(flip.deadlineBefore)} → ${due(flip.deadlineAfter)}`,
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}

function table(comparison: PlanComparison, metric: string): string[] {
  const dimensions = groupColumns(comparison.groupBy);
  const labels = dimensions.length === 0 ? ['group'] : dimensions;
  const cells = (group: ComparisonGroup) => {
    const compared = group.metrics[metric];
    const change = compared?.difference ?? null;
    return [
      String(group.tickets.before),
      percent(compared?.before ?? null),
      percent(compared?.after ?? null),
      change === null ? '–' : `${change > 0 ? '+' : ''}${change.toFixed(1)}`,
    ];
  };
  const rows = comparison.groups.map((group) => [
    ...dimensions.map((dimension) => printable(String(group.key[dimension] ?? ''))),
    ...cells(group),
  ]);
  rows.push(['total', ...labels.slice(1).map(() => ''), ...cells(comparison.total)]);
  const header = [...labels.map(printable), 'tickets', 'before', 'after', 'change'];
  return alignedRows(header, rows, labels.length);
}
