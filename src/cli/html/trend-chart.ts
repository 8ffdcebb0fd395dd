import type { SlaSummaryResult, SummaryGroup } from '../../index';
import { percent } from '../output/format';
import { listed, metricLabel, metricShortName } from '../output/metric-names';
import { figure } from './chart-figure';
import type { ChartMetrics } from './chart-metrics';
import { complianceHeadings } from './compliance-chart';
import { complianceOf } from './compliance-of';
import { escapeHtml } from './escape-html';
import { lineStyle } from './line-style';
import { metricColour } from './palette';

/** Compliance of each metric month by month, when the report is grouped by month. */
export function trendChart(result: SlaSummaryResult, metrics: ChartMetrics): string | undefined {
  const { ids } = metrics;
  if (!result.groupBy.includes('month')) return undefined;
  const groupsByMonth = new Map<string, SummaryGroup[]>();
  for (const group of result.groups) {
    const month = group.key.month ?? '';
    const groups = groupsByMonth.get(month);
    if (groups === undefined) groupsByMonth.set(month, [group]);
    else groups.push(group);
  }
  const months = new Map(
    [...groupsByMonth].map(([month, groups]) => [month, complianceOf(groups, ids)] as const),
  );
  const labels = [...months.keys()].sort();
  const left = 64;
  const width = 400;
  const top = 10;
  const plot = 150;
  const step = labels.length > 1 ? width / (labels.length - 1) : 0;
  const x = (i: number) => left + (labels.length > 1 ? i * step : width / 2);
  const y = (value: number) => top + plot - (value / 100) * plot;
  const value = (clock: string, month: string) => months.get(month)?.[clock] ?? null;
  const parts: string[] = [];
  for (const tick of [0, 25, 50, 75, 100]) {
    parts.push(
      `<line x1="${left}" y1="${y(tick)}" x2="${left + width}" y2="${y(tick)}" stroke="#DDDDDD"/>`,
      `<text x="${left - 6}" y="${y(tick) + 4}" text-anchor="end" class="tick">${tick} %</text>`,
    );
  }
  labels.forEach((month, i) => {
    parts.push(
      `<text x="${x(i)}" y="${top + plot + 18}" text-anchor="middle" class="tick">${escapeHtml(month)}</text>`,
    );
  });
  ids.forEach((clock, c) => {
    const style = lineStyle(c);
    const points = labels
      .map((month, i) => [i, value(clock, month)] as const)
      .filter((point): point is readonly [number, number] => point[1] !== null);
    parts.push(
      `<polyline fill="none" stroke="${metricColour(c)}" stroke-width="2" ${style.dash === '' ? '' : `stroke-dasharray="${style.dash}"`} points="${points.map(([i, v]) => `${x(i)},${y(v)}`).join(' ')}"/>`,
    );
    for (const [i, v] of points) {
      parts.push(
        style.marker(x(i), y(v), metricColour(c)),
        // The first metric's value to the left of its point, the next one's to the right, and so
        // on: close values do not overlap.
        `<text x="${x(i) + (c % 2 === 0 ? -7 : 7)}" y="${y(v) + 3}" text-anchor="${c % 2 === 0 ? 'end' : 'start'}" class="count">${v.toFixed(0)}</text>`,
      );
    }
  });
  // The legend, one entry after another, on as many lines as it takes.
  let legendX = left;
  let legendY = top + plot + 36;
  ids.forEach((clock, c) => {
    const name = `${metricShortName(clock)}${c === 0 ? '' : ` (${lineStyle(c).name})`}`;
    const advance = Math.max(60, 30 + 6 * name.length);
    if (c > 0 && legendX + advance > left + width) {
      legendX = left;
      legendY += 16;
    }
    parts.push(
      lineStyle(c).marker(legendX + 8, legendY, metricColour(c)),
      `<text x="${legendX + 16}" y="${legendY + 4}">${escapeHtml(name)}</text>`,
    );
    legendX += advance;
  });
  const height = legendY + 14;
  const svg = { width: left + width + 30, height, body: parts.join('') };
  const table = `<tr><th scope="col">month</th>${complianceHeadings(ids)}</tr>${labels
    .map(
      (month) =>
        `<tr><th scope="row">${escapeHtml(month)}</th>${ids.map((clock) => `<td>${percent(value(clock, month))}</td>`).join('')}</tr>`,
    )
    .join('')}`;
  const described = ids.map((clock, c) => {
    const style = lineStyle(c);
    const words = `${style.name === '' ? 'solid' : style.name} line, ${style.markers}`;
    const known = TREND_WORDS[clock];
    if (known !== undefined) return `${known} (${metricShortName(clock)}, ${words})`;
    const label = metricLabel(metrics.plan, clock, 'en');
    return label === undefined ? `${clock} (${words})` : `${label} (${clock}, ${words})`;
  });
  return figure(
    'trend',
    'Compliance month by month',
    `Compliance of ${listed(described)} for the tickets opened each month.`,
    svg,
    table,
  );
}

/** How the trend names the default metrics. */
const TREND_WORDS: Readonly<Record<string, string>> = {
  gti: 'first contact',
  gtr: 'resolution',
};
