import type { Plan, SlaSummaryResult } from '../../index';
import { localIso, localTime } from '../output/format';
import { runsManyCycles } from '../output/metric-names';
import { printable } from '../output/printable';
import { groupColumns, metricsOf } from '../output/summary-table';
import { attentionSection, type ExplainedList } from './attention-section';
import { bdi } from './bdi';
import type { ChartMetrics } from './chart-metrics';
import { complianceChart } from './compliance-chart';
import { type ClockCompliance, complianceOf } from './compliance-of';
import { escapeHtml } from './escape-html';
import type { PageData } from './page-data';
import { PATTERN_DEFS } from './palette';
import { rejectedSection } from './rejected-section';
import { sharesChart } from './shares-chart';
import { summaryHtmlTable } from './summary-html-table';
import { trendChart } from './trend-chart';

/** What the page shows. */
export interface ReportPageInput {
  readonly result: SlaSummaryResult;
  /** The plan whose metrics and zone the page shows (the first of the policies under policies). */
  readonly plan: Plan;
  /** The policies' ids when the tickets were held to policies. */
  readonly policies: readonly string[] | undefined;
  readonly now: number;
  /** What was gathered while the tickets streamed; none for a page made from summaries alone. */
  readonly data?: PageData | undefined;
  /** The tickets at risk and breached, explained; none without `data`. */
  readonly tickets?:
    | { readonly atRisk: ExplainedList; readonly breached: ExplainedList }
    | undefined;
  /** The summary regrouped by priority, for the subtotals of tables grouped by more. */
  readonly subtotals?: SlaSummaryResult | undefined;
}

export const STYLE = `
@page { size: A4; margin: 14mm; }
:root { color: #1A1A1A; font: 10.5pt/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
body { margin: 0 auto; max-width: 182mm; padding: 10mm 0; }
svg { max-width: 100%; }
h1 { font-size: 20pt; margin: 0 0 2mm; }
h2 { font-size: 14pt; margin: 8mm 0 3mm; border-bottom: 1px solid #999; break-after: avoid; }
h3 { font-size: 11pt; margin: 4mm 0 1mm; }
.meta { color: #444; margin: 0; }
table { border-collapse: collapse; font-variant-numeric: tabular-nums; margin: 2mm 0; }
th, td { padding: 1px 5px; border-bottom: 1px solid #DDD; text-align: right; white-space: nowrap; }
#summary table { font-size: 8pt; width: 100%; }
th[scope="row"], th.key, td.key, table.data th:first-child { text-align: left; }
tr.subtotal th, tr.subtotal td { background: #EFEFEF; font-weight: 600; border-bottom: 1px solid #888; }
tr.total th, tr.total td { border-top: 1.5px solid #333; font-weight: 600; }
table.rejected { font-size: 8pt; width: 100%; table-layout: fixed; }
table.rejected col.where { width: 18%; }
table.rejected col.ticket { width: 14%; }
table.rejected td { text-align: left; vertical-align: top; white-space: normal; overflow-wrap: anywhere; }
#summary th, #summary td { padding: 1px 3px; }
#summary thead th { white-space: normal; vertical-align: bottom; }
#summary th.same { color: #8A8A8A; font-weight: normal; }
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
pre.explanation { font-size: 7pt; line-height: 1.3; white-space: pre-wrap; overflow-wrap: anywhere; margin: 1mm 0 3mm; }
h3.list { font-size: 12pt; margin-top: 6mm; }
.note { color: #444; font-size: 9pt; }
`;

/** The whole report as one self-contained HTML page: no script, no network, printable on A4. */
export function reportPage(input: ReportPageInput): string {
  const { result, plan, now, data, tickets, subtotals, policies } = input;
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
<p class="meta"><span data-field="tickets">${result.total.tickets}</span> tickets evaluated · ${result.rejected.count > 0 ? '<a href="#rejected">' : ''}<span data-field="rejected">${result.rejected.count}</span> rejected${result.rejected.count > 0 ? '</a>' : ''}${result.skippedEvents > 0 ? ` · ${result.skippedEvents} events skipped` : ''}. Compliance = met / (met + missed + breached); times are business hours and minutes taken by the stopped clocks.</p>
</header>
<main>
<section id="summary">
<h2>Summary</h2>
${ids.map((metric, position) => summaryHtmlTable(result, subtotals, plan, dimensions, metric, position)).join('\n')}
</section>
<section id="compliance-section">
<h2>Compliance</h2>
${complianceChart(byPriority, metrics)}
</section>
<section id="shares">
<h2>Time taken against the target</h2>
${data === undefined ? '<p class="note">This page was made from summaries alone: the shares of the target need the tickets.</p>' : ids.map((metric, position) => sharesChart(data, plan, metric, position)).join('\n')}
</section>
${trend === undefined ? '' : `<section id="trend-section">\n<h2>Trend</h2>\n${trend}\n</section>`}
${attentionSection(tickets, plan, now)}
${rejectedSection(result, data)}
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
