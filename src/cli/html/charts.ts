import { type ClockName, PRIORITIES, type SlaSummaryResult, type SummaryGroup } from '../../index';
import { percent } from '../output/format';
import { type ClockCompliance, complianceOf } from './compliance-of';
import { escapeHtml } from './escape-html';
import type { PageData } from './page-data';
import { SHARE_BUCKETS } from './page-data';
import { COLOURS } from './palette';

const CLOCK_NAMES: Record<ClockName, string> = {
  gti: 'GTI (first contact)',
  gtr: 'GTR (resolution)',
};

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

/** Compliance of both clocks, per priority group and in total, as horizontal bars. */
export function complianceChart(
  rows: readonly { label: string; compliance: ClockCompliance }[],
): string {
  const barHeight = 14;
  const rowHeight = 2 * barHeight + 12;
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
    (['gti', 'gtr'] as const).forEach((clock, j) => {
      const value = compliance[clock];
      const y = top + j * barHeight;
      if (value !== null) {
        parts.push(
          `<rect x="${left}" y="${y}" width="${x(value) - left}" height="${barHeight - 2}" fill="${COLOURS[clock]}"/>`,
        );
      }
      parts.push(
        `<text x="${value === null ? left + 4 : x(value) + 4}" y="${y + barHeight - 4}" class="value">${clock.toUpperCase()} ${percent(value)}</text>`,
      );
    });
  });
  const svg = { width: left + width + 110, height, body: parts.join('') };
  const table = `<tr><th scope="col">group</th><th scope="col">GTI compliance</th><th scope="col">GTR compliance</th></tr>${rows
    .map(
      ({ label, compliance }) =>
        `<tr><th scope="row">${escapeHtml(label)}</th><td>${percent(compliance.gti)}</td><td>${percent(compliance.gtr)}</td></tr>`,
    )
    .join('')}`;
  return figure(
    'compliance',
    'Compliance per priority',
    'Share of the tickets judged (met, missed, or breached while open) that met their target, for first contact (GTI) and resolution (GTR).',
    svg,
    table,
  );
}

const BUCKET_LABELS = SHARE_BUCKETS.map((limit, i) =>
  limit === Number.POSITIVE_INFINITY
    ? `>${100 * (SHARE_BUCKETS[i - 1] ?? 0)} %`
    : `≤${100 * limit} %`,
);
/** The buckets past the target start here. */
const FIRST_LATE_BUCKET = SHARE_BUCKETS.indexOf(1) + 1;

/** Per clock and priority, how the time taken by stopped clocks compared with the target. */
export function sharesChart(data: PageData, clock: ClockName): string {
  const priorities = PRIORITIES.filter((priority) => data.shares.has(priority));
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
    `shares-${clock}`,
    `${CLOCK_NAMES[clock]}: time taken against the target`,
    'For the stopped clocks of each priority, how many took up to a quarter, half, three quarters or all of their target (blue), or more (vermillion, right of the dashed target line).',
    svg,
    table,
  );
}

/** Compliance of both clocks month by month, when the report is grouped by month. */
export function trendChart(result: SlaSummaryResult): string | undefined {
  if (!result.groupBy.includes('month')) return undefined;
  const groupsByMonth = new Map<string, SummaryGroup[]>();
  for (const group of result.groups) {
    const month = group.key.month ?? '';
    const groups = groupsByMonth.get(month);
    if (groups === undefined) groupsByMonth.set(month, [group]);
    else groups.push(group);
  }
  const months = new Map(
    [...groupsByMonth].map(([month, groups]) => [month, complianceOf(groups)] as const),
  );
  const labels = [...months.keys()].sort();
  const left = 64;
  const width = 400;
  const top = 10;
  const plot = 150;
  const step = labels.length > 1 ? width / (labels.length - 1) : 0;
  const x = (i: number) => left + (labels.length > 1 ? i * step : width / 2);
  const y = (value: number) => top + plot - (value / 100) * plot;
  const value = (clock: ClockName, month: string) => months.get(month)?.[clock] ?? null;
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
  (['gti', 'gtr'] as const).forEach((clock, c) => {
    const points = labels
      .map((month, i) => [i, value(clock, month)] as const)
      .filter((point): point is readonly [number, number] => point[1] !== null);
    parts.push(
      `<polyline fill="none" stroke="${COLOURS[clock]}" stroke-width="2" ${c === 1 ? 'stroke-dasharray="6 3"' : ''} points="${points.map(([i, v]) => `${x(i)},${y(v)}`).join(' ')}"/>`,
    );
    for (const [i, v] of points) {
      const marker =
        clock === 'gti'
          ? `<circle cx="${x(i)}" cy="${y(v)}" r="4" fill="${COLOURS.gti}"/>`
          : `<rect x="${x(i) - 4}" y="${y(v) - 4}" width="8" height="8" fill="${COLOURS.gtr}"/>`;
      parts.push(
        marker,
        // GTI's value to the left of its point, GTR's to the right: close values do not overlap.
        `<text x="${x(i) + (clock === 'gti' ? -7 : 7)}" y="${y(v) + 3}" text-anchor="${clock === 'gti' ? 'end' : 'start'}" class="count">${v.toFixed(0)}</text>`,
      );
    }
  });
  parts.push(
    `<circle cx="${left + 8}" cy="${top + plot + 36}" r="4" fill="${COLOURS.gti}"/><text x="${left + 16}" y="${top + plot + 40}">GTI</text>`,
    `<rect x="${left + 64}" y="${top + plot + 32}" width="8" height="8" fill="${COLOURS.gtr}"/><text x="${left + 76}" y="${top + plot + 40}">GTR (dashed)</text>`,
  );
  const svg = { width: left + width + 30, height: top + plot + 50, body: parts.join('') };
  const table = `<tr><th scope="col">month</th><th scope="col">GTI compliance</th><th scope="col">GTR compliance</th></tr>${labels
    .map(
      (month) =>
        `<tr><th scope="row">${escapeHtml(month)}</th><td>${percent(value('gti', month))}</td><td>${percent(value('gtr', month))}</td></tr>`,
    )
    .join('')}`;
  return figure(
    'trend',
    'Compliance month by month',
    'Compliance of first contact (GTI, solid line, circles) and resolution (GTR, dashed line, squares) for the tickets opened each month.',
    svg,
    table,
  );
}
