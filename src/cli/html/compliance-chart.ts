import { percent } from '../output/format';
import { listed, metricPhrase, metricShortName } from '../output/metric-names';
import { figure } from './chart-figure';
import type { ChartMetrics } from './chart-metrics';
import type { ClockCompliance } from './compliance-of';
import { escapeHtml } from './escape-html';
import { metricColour } from './palette';

/** Compliance of each metric, per priority group and in total, as horizontal bars. */
export function complianceChart(
  rows: readonly { label: string; compliance: ClockCompliance }[],
  metrics: ChartMetrics,
): string {
  const { ids } = metrics;
  const barHeight = 14;
  const rowHeight = ids.length * barHeight + 12;
  const left = 150;
  const width = 330;
  const height = rows.length * rowHeight + 30;
  const x = (value: number) => left + (value / 100) * width;
  const parts: string[] = [];
  for (const tick of [0, 25, 50, 75, 100]) {
    parts.push(
      `<line x1="${x(tick)}" y1="4" x2="${x(tick)}" y2="${height - 22}" stroke="#CCCCCC"/>`,
      `<text x="${x(tick)}" y="${height - 8}" text-anchor="middle" class="tick">${tick} %</text>`,
    );
  }
  rows.forEach(({ label, compliance }, i) => {
    const top = 6 + i * rowHeight;
    parts.push(
      `<text x="${left - 8}" y="${top + barHeight + 4}" text-anchor="end">${escapeHtml(label)}</text>`,
    );
    ids.forEach((metric, j) => {
      const value = compliance[metric] ?? null;
      const y = top + j * barHeight;
      if (value !== null) {
        parts.push(
          `<rect x="${left}" y="${y}" width="${x(value) - left}" height="${barHeight - 2}" fill="${metricColour(j)}"/>`,
        );
      }
      parts.push(
        `<text x="${value === null ? left + 4 : x(value) + 4}" y="${y + barHeight - 4}" class="value">${escapeHtml(metricShortName(metric))} ${percent(value)}</text>`,
      );
    });
  });
  const svg = { width: left + width + 110, height, body: parts.join('') };
  const table = `<tr><th scope="col">group</th>${complianceHeadings(ids)}</tr>${rows
    .map(
      ({ label, compliance }) =>
        `<tr><th scope="row">${escapeHtml(label)}</th>${ids.map((metric) => `<td>${percent(compliance[metric] ?? null)}</td>`).join('')}</tr>`,
    )
    .join('')}`;
  return figure(
    'compliance',
    'Compliance per priority',
    `Share of the ${metrics.unit} judged (met, missed, or breached while open) that met their target, for ${phrases(metrics)}.`,
    svg,
    table,
  );
}

/** The table headings of the compliance of each metric in `ids`, one column each. */
export const complianceHeadings = (ids: readonly string[]) =>
  ids
    .map((metric) => `<th scope="col">${escapeHtml(metricShortName(metric))} compliance</th>`)
    .join('');

// Plain text: `figure` escapes its title and description.
const phrases = ({ plan, ids }: ChartMetrics) =>
  listed(ids.map((metric) => metricPhrase(plan, metric)));
