import type { Plan } from '../../index';
import { metricPhrase } from '../output/metric-names';
import { figure } from './chart-figure';
import { escapeHtml } from './escape-html';
import { type PageData, SHARE_BUCKETS } from './page-data';
import { COLOURS } from './palette';

/** How a chart's title names the default metrics; others by their label and id. */
const CLOCK_NAMES: Readonly<Record<string, string>> = {
  gti: 'GTI (first contact)',
  gtr: 'GTR (resolution)',
};

const BUCKET_LABELS = SHARE_BUCKETS.map((limit, i) =>
  limit === Number.POSITIVE_INFINITY
    ? `>${100 * (SHARE_BUCKETS[i - 1] ?? 0)} %`
    : `≤${100 * limit} %`,
);
/** The buckets past the target start here. */
const FIRST_LATE_BUCKET = SHARE_BUCKETS.indexOf(1) + 1;

/** Per metric and priority, how the time taken by stopped cycles compared with the target. */
export function sharesChart(data: PageData, plan: Plan, clock: string, position: number): string {
  const priorities = plan.priorities
    .map((priority) => priority.id)
    .filter((priority) => data.shares.has(priority));
  const cellWidth = 150;
  const cellHeight = 96;
  const columns = Math.max(1, Math.min(4, priorities.length));
  const height = Math.ceil(priorities.length / columns) * (cellHeight + 28) + 6;
  const parts: string[] = [];
  priorities.forEach((priority, i) => {
    const counts = data.shares.get(priority)?.[clock] ?? [];
    const max = Math.max(1, ...counts);
    const left = (i % columns) * (cellWidth + 14) + 6;
    const top = Math.floor(i / columns) * (cellHeight + 28) + 18;
    const barWidth = (cellWidth - 6) / SHARE_BUCKETS.length;
    parts.push(`<text x="${left}" y="${top - 6}" class="label">${escapeHtml(priority)}</text>`);
    counts.forEach((count, b) => {
      const barHeight = (count / max) * (cellHeight - 24);
      const bx = left + b * barWidth;
      const late = b >= FIRST_LATE_BUCKET;
      parts.push(
        `<rect x="${bx}" y="${top + cellHeight - 18 - barHeight}" width="${barWidth - 2}" height="${barHeight}" fill="${late ? COLOURS.gtr : COLOURS.gti}"/>`,
        `<text x="${bx + barWidth / 2 - 1}" y="${top + cellHeight - 21 - barHeight}" text-anchor="middle" class="count">${count}</text>`,
      );
    });
    const target = left + FIRST_LATE_BUCKET * barWidth - 1;
    parts.push(
      `<line x1="${target}" y1="${top + 4}" x2="${target}" y2="${top + cellHeight - 14}" stroke="${COLOURS.ink}" stroke-dasharray="3 2"/>`,
      `<text x="${target}" y="${top + cellHeight - 4}" text-anchor="middle" class="tick">target</text>`,
    );
  });
  const svg = { width: columns * (cellWidth + 14) + 6, height, body: parts.join('') };
  const table = `<caption>stopped clocks per share of the target</caption><tr><th scope="col">priority</th>${BUCKET_LABELS.map((label) => `<th scope="col">${label}</th>`).join('')}</tr>${priorities
    .map(
      (priority) =>
        `<tr><th scope="row">${escapeHtml(priority)}</th>${(data.shares.get(priority)?.[clock] ?? []).map((count) => `<td>${count}</td>`).join('')}</tr>`,
    )
    .join('')}`;
  return figure(
    // Ids are a plan's text: the position names the figure, as the page's other ids do.
    clock === 'gti' || clock === 'gtr' ? `shares-${clock}` : `shares-${position}`,
    `${CLOCK_NAMES[clock] ?? metricPhrase(plan, clock)}: time taken against the target`,
    `For the stopped ${clock === 'gti' || clock === 'gtr' ? 'clocks' : 'cycles'} of each priority, how many took up to a quarter, half, three quarters or all of their target (blue), or more (vermillion, right of the dashed target line).`,
    svg,
    table,
  );
}
