import type { Plan, SlaSummaryResult, SummaryGroup } from '../../index';
import { percent } from '../output/format';
import { listed, metricLabel, metricPhrase, metricShortName } from '../output/metric-names';
import { type ClockCompliance, complianceOf } from './compliance-of';
import { escapeHtml } from './escape-html';
import type { PageData } from './page-data';
import { SHARE_BUCKETS } from './page-data';
import { COLOURS, metricColour } from './palette';

/** How a chart's title names the default metrics; others by their label and id. */
const CLOCK_NAMES: Readonly<Record<string, string>> = {
  gti: 'GTI (first contact)',
  gtr: 'GTR (resolution)',
};

/** The metrics a chart shows, in the plan's order, and the words for them. */
export interface ChartMetrics {
  readonly plan: Plan;
  readonly ids: readonly string[];
  /** `tickets` when every metric runs one cycle a ticket, else `cycles`: what compliance counts. */
  readonly unit: 'tickets' | 'cycles';
}

/** A drawing: its view box and its SVG elements. */
interface Drawing {
  readonly width: number;
  readonly height: number;
  readonly body: string;
}

/** A figure: an SVG with a title and a description, then the same numbers as a table. */
function figure(
  id: string,
  title: string,
  description: string,
  drawing: Drawing,
  table: string,
): string {
  return `<figure id="${id}" class="chart">
<svg role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${drawing.width} ${drawing.height}" width="100%"><title id="${id}-title">${escapeHtml(title)}</title><desc id="${id}-desc">${escapeHtml(description)}</desc>${drawing.body}</svg>
<figcaption><strong>${escapeHtml(title)}.</strong> ${escapeHtml(description)}</figcaption>
<table class="data" aria-label="${escapeHtml(title)}, as numbers">${table}</table>
</figure>`;
}

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

const complianceHeadings = (ids: readonly string[]) =>
  ids
    .map((metric) => `<th scope="col">${escapeHtml(metricShortName(metric))} compliance</th>`)
    .join('');

// Plain text: `figure` escapes its title and description.
const phrases = ({ plan, ids }: ChartMetrics) =>
  listed(ids.map((metric) => metricPhrase(plan, metric)));

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

/** How the trend draws a metric's line, by its position: told apart without colour. */
interface LineStyle {
  readonly dash: string;
  readonly name: string;
  readonly markers: string;
  marker(x: number, y: number, fill: string): string;
}

const LINE_STYLES: readonly LineStyle[] = [
  {
    dash: '',
    name: '',
    markers: 'circles',
    marker: (x, y, fill) => `<circle cx="${x}" cy="${y}" r="4" fill="${fill}"/>`,
  },
  {
    dash: '6 3',
    name: 'dashed',
    markers: 'squares',
    marker: (x, y, fill) => `<rect x="${x - 4}" y="${y - 4}" width="8" height="8" fill="${fill}"/>`,
  },
  {
    dash: '2 2',
    name: 'dotted',
    markers: 'diamonds',
    marker: (x, y, fill) =>
      `<path d="M${x} ${y - 5} L${x + 5} ${y} L${x} ${y + 5} L${x - 5} ${y} Z" fill="${fill}"/>`,
  },
  {
    dash: '8 3 2 3',
    name: 'dash-dotted',
    markers: 'triangles',
    marker: (x, y, fill) =>
      `<path d="M${x} ${y - 5} L${x + 5} ${y + 4} L${x - 5} ${y + 4} Z" fill="${fill}"/>`,
  },
];

function lineStyle(position: number): LineStyle {
  return LINE_STYLES[position % LINE_STYLES.length] as LineStyle;
}
