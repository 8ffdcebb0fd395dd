import type { ComparisonGroup, Plan, PlanComparison } from '../../index';
import { flipTotal } from '../../report/comparison-result';
import { FLIPS_LISTED } from '../output/comparison-table';
import { localIso, localTime, percent } from '../output/format';
import { metricTitle } from '../output/metric-names';
import { printable } from '../output/printable';
import { groupColumns } from '../output/summary-table';
import { bdi } from './bdi';
import { escapeHtml } from './escape-html';
import { STYLE } from './report-page';

/**
 * A comparison as one self-contained HTML page (no script, no network, printable on A4): per
 * metric, each group's compliance before and after and the change, the flips each way, then the
 * first flipped tickets.
 */
export function comparisonPage(
  comparison: PlanComparison,
  sides: { readonly before: string; readonly after: string },
  plan: Plan,
  now: number,
): string {
  const zone = plan.schedule.timezone;
  const flipped = comparison.flipped.slice(0, FLIPS_LISTED);
  const count = flipTotal(comparison);
  const due = (date: Date | null) =>
    date === null ? '–' : escapeHtml(localTime(date.getTime(), zone));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>SLA comparison · ${escapeHtml(printable(sides.before))} → ${escapeHtml(printable(sides.after))}</title>
<style>${STYLE}
th.key { text-align: left; } td.better { color: #1B5E20; } td.worse { color: #B71C1C; }</style>
</head>
<body>
<header>
<h1>SLA comparison</h1>
<p class="meta">Before: ${bdi(sides.before)} · after: ${bdi(sides.after)} · ${escapeHtml(zone)} · now <time datetime="${new Date(now).toISOString()}">${escapeHtml(localIso(now, zone))}</time></p>
<p class="meta"><span data-field="tickets">${comparison.total.tickets.before}</span> tickets compared · <span data-field="rejected">${comparison.rejected.count}</span> rejected. Compliance = met / (met + missed + breached); the change is in percentage points.</p>
</header>
<main>
${comparison.metrics.map((metric) => metricSection(comparison, plan, metric)).join('\n')}
<h2>Flipped tickets</h2>
<p class="note">${count === 0 ? 'No ticket flips.' : `${count} flips${count > flipped.length ? `, the first ${flipped.length} listed` : ''}.`}</p>
${
  flipped.length === 0
    ? ''
    : `<table class="data" id="flipped"><thead><tr><th scope="col" class="key">ticket</th><th scope="col" class="key">metric</th><th scope="col" class="key">status before → after</th><th scope="col">due before</th><th scope="col">due after</th></tr></thead>
<tbody>${flipped
        .map(
          (flip) =>
            `<tr data-direction="${flip.direction}"><th scope="row">${bdi(String(flip.id ?? ''))}</th><td class="key">${escapeHtml(printable(flip.metric))}</td><td class="key ${flip.direction}">${escapeHtml(`${flip.statusBefore} → ${flip.statusAfter}`)}</td><td>${due(flip.deadlineBefore)}</td><td>${due(flip.deadlineAfter)}</td></tr>`,
        )
        .join('\n')}</tbody></table>`
}
</main>
</body>
</html>
`;
}

function metricSection(comparison: PlanComparison, plan: Plan, metric: string): string {
  const dimensions = groupColumns(comparison.groupBy);
  const row = (group: ComparisonGroup, total: boolean) => {
    const compared = group.metrics[metric];
    const change = compared?.difference ?? null;
    const keys = total
      ? ['total', ...dimensions.slice(1).map(() => '')]
      : dimensions.map((dimension) => String(group.key[dimension] ?? ''));
    const direction = change === null || change === 0 ? '' : change > 0 ? 'better' : 'worse';
    return `<tr${total ? ' class="total"' : ''}>${keys.map((key) => `<th scope="row">${escapeHtml(printable(key))}</th>`).join('')}<td>${group.tickets.before}</td><td>${percent(compared?.before ?? null)}</td><td>${percent(compared?.after ?? null)}</td><td class="${direction}">${change === null ? '–' : `${change > 0 ? '+' : ''}${change.toFixed(1)}`}</td></tr>`;
  };
  const flips = comparison.flips[metric];
  const labels = dimensions.length === 0 ? ['group'] : dimensions;
  return `<h2>${escapeHtml(printable(metricTitle(plan, metric)))}</h2>
<table data-clock="${escapeHtml(metric)}"><thead><tr>${labels.map((label) => `<th scope="col" class="key">${escapeHtml(printable(label))}</th>`).join('')}<th scope="col">tickets</th><th scope="col">before</th><th scope="col">after</th><th scope="col">change</th></tr></thead>
<tbody>${[...comparison.groups.map((group) => row(group, false)), row(comparison.total, true)].join('\n')}</tbody></table>
<p class="note">Flipped: ${flips?.worse ?? 0} worse, ${flips?.better ?? 0} better, ${flips?.other ?? 0} other.</p>`;
}
