import type { Plan, SlaSummaryResult, SummaryGroup, Ticket, TicketExplanation } from '../../index';
import { localIso, localTime } from '../output/format';
import { metricTitle, runsManyCycles } from '../output/metric-names';
import { printable } from '../output/printable';
import {
  groupColumns,
  metricSummary,
  metricsOf,
  statCells,
  statColumns,
} from '../output/summary-table';
import { bdi } from './bdi';
import type { ChartMetrics } from './chart-metrics';
import { complianceChart } from './compliance-chart';
import { type ClockCompliance, complianceOf } from './compliance-of';
import { escapeHtml } from './escape-html';
import type { PageData } from './page-data';
import { PATTERN_DEFS } from './palette';
import { sharesChart } from './shares-chart';
import { ticketFigure, timelineLegend } from './ticket-figure';
import { trendChart } from './trend-chart';

/** What the page shows. */
export interface ReportPageInput {
  readonly result: SlaSummaryResult;
  /** The plan whose metrics and zone the page shows (the first of the policies under policies). */
  readonly plan: Plan;
  /** The policies' ids when the tickets were held to policies. */
  readonly policies: readonly string[] | undefined;
  readonly now: number;
  readonly data: PageData;
  readonly explained: readonly {
    readonly ticket: Ticket & { id: string };
    readonly explanation: TicketExplanation;
  }[];
}

export const STYLE = `
@page { size: A4; margin: 14mm; }
:root { color: #1A1A1A; font: 10.5pt/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
body { margin: 0 auto; max-width: 182mm; padding: 10mm 0; }
h1 { font-size: 20pt; margin: 0 0 2mm; }
h2 { font-size: 14pt; margin: 8mm 0 3mm; border-bottom: 1px solid #999; break-after: avoid; }
h3 { font-size: 11pt; margin: 4mm 0 1mm; }
.meta { color: #444; margin: 0; }
table { border-collapse: collapse; font-variant-numeric: tabular-nums; margin: 2mm 0; }
th, td { padding: 1px 5px; border-bottom: 1px solid #DDD; text-align: right; white-space: nowrap; }
#summary table { font-size: 8.5pt; }
th[scope="row"], td.key { text-align: left; }
tr.total th, tr.total td { border-top: 1.5px solid #333; font-weight: 600; }
caption { text-align: left; font-weight: 600; padding: 1mm 0; }
figure { margin: 3mm 0; break-inside: avoid; }
figcaption { font-size: 9pt; color: #333; }
svg text { font: 9px system-ui, sans-serif; fill: #1A1A1A; }
svg .tick { fill: #555; font-size: 8px; }
svg .count { font-size: 8px; }
svg .label { font-weight: 600; font-size: 9px; }
table.data { font-size: 8.5pt; }
.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 2mm 5mm; font-size: 9pt; }
.legend svg { vertical-align: -2px; }
article.ticket { break-inside: avoid; border-top: 1px solid #DDD; padding-top: 2mm; }
pre.explanation { font-size: 7.5pt; line-height: 1.3; white-space: pre-wrap; margin: 1mm 0 3mm; }
.note { color: #444; font-size: 9pt; }
`;

/** The whole report as one self-contained HTML page: no script, no network, printable on A4. */
export function reportPage(input: ReportPageInput): string {
  const { result, plan, now, data, explained, policies } = input;
  const zone = plan.schedule.timezone;
  const dimensions = groupColumns(result.groupBy);
  const ids = metricsOf(result, plan);
  const metrics: ChartMetrics = {
    plan,
    ids,
    unit: ids.some((id) => runsManyCycles(plan, id)) ? 'cycles' : 'tickets',
  };
  const byPriority = priorityRows(result, metrics);
  const trend = trendChart(result, metrics);
  const more = data.attentionCount - explained.length;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>SLA report · ${escapeHtml(policies === undefined ? `plan ${printable(plan.id)}` : `policies ${policies.map(printable).join(', ')}`)} · ${escapeHtml(localIso(now, zone))}</title>
<style>${STYLE}</style>
</head>
<body>
${PATTERN_DEFS}
<header>
<h1>SLA report</h1>
<p class="meta">${policies === undefined ? `Plan <strong>${bdi(plan.id)}</strong>${plan.name === undefined ? '' : ` (${bdi(plan.name)})`}` : `Policies ${policies.map((id) => `<strong>${bdi(id)}</strong>`).join(', ')}`} · ${escapeHtml(zone)} · now <time datetime="${new Date(now).toISOString()}">${escapeHtml(localTime(now, zone))}</time></p>
<p class="meta"><span data-field="tickets">${result.total.tickets}</span> tickets evaluated · <span data-field="rejected">${result.rejected.count}</span> rejected${result.skippedEvents > 0 ? ` · ${result.skippedEvents} events skipped` : ''}. Compliance = met / (met + missed + breached); times are business hours and minutes taken by the stopped clocks.</p>
</header>
<main>
<section id="summary">
<h2>Summary</h2>
${ids.map((metric, position) => summaryTable(result, plan, dimensions, metric, position)).join('\n')}
</section>
<section id="compliance-section">
<h2>Compliance</h2>
${complianceChart(byPriority, metrics)}
</section>
<section id="shares">
<h2>Time taken against the target</h2>
${ids.map((metric, position) => sharesChart(data, plan, metric, position)).join('\n')}
</section>
${trend === undefined ? '' : `<section id="trend-section">\n<h2>Trend</h2>\n${trend}\n</section>`}
<section id="attention">
<h2>Late and at-risk tickets</h2>
${
  data.attentionCount === 0
    ? '<p class="note">No ticket is late or at risk at this instant.</p>'
    : `<p class="note">${data.attentionCount} ticket${data.attentionCount === 1 ? '' : 's'} with a clock breached or at risk now${more > 0 ? `; the first ${explained.length} in the input are shown` : ''}.</p>
${timelineLegend()}
${explained.map(({ ticket, explanation }, i) => ticketFigure(i, ticket, explanation, plan, now)).join('\n')}`
}
</section>
</main>
</body>
</html>
`;
}

/** The compliance chart's rows: each priority (summed over the other dimensions) and the total. */
function priorityRows(
  result: SlaSummaryResult,
  { plan, ids }: ChartMetrics,
): { label: string; compliance: ClockCompliance }[] {
  const rows: { label: string; compliance: ClockCompliance }[] = [];
  if (result.groupBy.includes('priority')) {
    for (const { id: priority } of plan.priorities) {
      const groups = result.groups.filter((group) => group.key.priority === priority);
      if (groups.length > 0) rows.push({ label: priority, compliance: complianceOf(groups, ids) });
    }
  }
  rows.push({ label: 'all tickets', compliance: complianceOf([result.total], ids) });
  return rows;
}

/**
 * A metric's table. GTI's and GTR's are named `summary-gti` and `summary-gtr`; others, whose ids
 * are a plan's text, by their position (`summary-3`); `data-clock` holds the id in every case.
 */
function summaryTable(
  result: SlaSummaryResult,
  plan: Plan,
  dimensions: readonly string[],
  clock: string,
  position: number,
): string {
  const columns = statColumns(result, plan, clock);
  const labels = dimensions.length === 0 ? ['group'] : dimensions;
  const row = (keys: readonly string[], group: SummaryGroup, total: boolean) => {
    const id = total ? 'total' : dimensions.map((d, i) => `${d}=${keys[i]}`).join(',');
    const cells = statCells(group, metricSummary(group, clock), columns).map(
      (cell, i) => `<td data-field="${columns[i]?.field}">${cell}</td>`,
    );
    return `<tr${total ? ' class="total"' : ''} data-group="${escapeHtml(id)}">${keys.map((key) => `<th scope="row">${escapeHtml(printable(key))}</th>`).join('')}${cells.join('')}</tr>`;
  };
  const rows = result.groups.map((group) =>
    row(
      dimensions.map((d) => String(group.key[d as keyof SummaryGroup['key']] ?? '')),
      group,
      false,
    ),
  );
  rows.push(row(['total', ...labels.slice(1).map(() => '')], result.total, true));
  const id = clock === 'gti' || clock === 'gtr' ? clock : String(position);
  return `<table id="summary-${id}" data-clock="${escapeHtml(clock)}"><caption>${escapeHtml(printable(metricTitle(plan, clock)))}</caption>
<thead><tr>${labels.map((label) => `<th scope="col" class="key">${escapeHtml(printable(label))}</th>`).join('')}${columns.map(({ heading }) => `<th scope="col">${heading}</th>`).join('')}</tr></thead>
<tbody>${rows.join('\n')}</tbody></table>`;
}
