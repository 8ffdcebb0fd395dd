import type { Plan, SlaSummaryResult, SummaryGroup } from '../../index';
import { metricTitle } from '../output/metric-names';
import { printable } from '../output/printable';
import { metricSummary, statCells, statColumns } from '../output/summary-table';
import { escapeHtml } from './escape-html';

/**
 * A metric's table: a row per group, then the total. When the groups are by priority and more
 * (month, kind…) and `subtotals` (the summary regrouped by priority) is given, each priority's
 * rows end with its subtotal. GTI's and GTR's tables are named `summary-gti` and `summary-gtr`;
 * others, whose ids are a plan's text, by their position (`summary-3`); `data-clock` holds the
 * id in every case.
 */
export function summaryHtmlTable(
  result: SlaSummaryResult,
  subtotals: SlaSummaryResult | undefined,
  plan: Plan,
  dimensions: readonly string[],
  clock: string,
  position: number,
): string {
  const columns = statColumns(result, plan, clock);
  const labels = dimensions.length === 0 ? ['group'] : dimensions;
  const row = (keys: readonly string[], group: SummaryGroup, kind: 'group' | 'sub' | 'total') => {
    const id =
      kind === 'total'
        ? 'total'
        : kind === 'sub'
          ? `priority=${keys[0]}`
          : dimensions.map((d, i) => `${d}=${keys[i]}`).join(',');
    const cells = statCells(group, metricSummary(group, clock), columns).map(
      (cell, i) => `<td data-field="${columns[i]?.field}">${cell}</td>`,
    );
    const attribute =
      kind === 'group' ? 'data-group' : kind === 'sub' ? 'data-subtotal' : 'data-group';
    const className = kind === 'group' ? '' : ` class="${kind === 'sub' ? 'subtotal' : 'total'}"`;
    // A key that repeats the row above's (and so do the keys before it) is greyed: the blocks read.
    const same = (i: number) =>
      kind === 'group' &&
      previous !== undefined &&
      keys.slice(0, i + 1).every((key, j) => key === previous?.[j]);
    const heads = keys.map(
      (key, i) =>
        `<th scope="row"${same(i) ? ' class="same"' : ''}>${escapeHtml(printable(key))}</th>`,
    );
    previous = kind === 'group' ? keys : undefined;
    return `<tr${className} ${attribute}="${escapeHtml(id)}">${heads.join('')}${cells.join('')}</tr>`;
  };
  let previous: readonly string[] | undefined;
  const keysOf = (group: SummaryGroup) =>
    dimensions.map((d) => String(group.key[d as keyof SummaryGroup['key']] ?? ''));
  const subtotal = (priority: string) =>
    subtotals?.groups.find((group) => String(group.key.priority) === priority);
  const rows: string[] = [];
  result.groups.forEach((group, index) => {
    const keys = keysOf(group);
    rows.push(row(keys, group, 'group'));
    if (subtotals === undefined || dimensions[0] !== 'priority') return;
    const priority = keys[0] as string;
    const next = result.groups[index + 1];
    if (next !== undefined && String(next.key.priority) === priority) return;
    const sub = subtotal(priority);
    if (sub !== undefined) {
      rows.push(
        row(
          [priority, `all ${printable(labels[1] ?? '')}s`, ...labels.slice(2).map(() => '')],
          sub,
          'sub',
        ),
      );
    }
  });
  rows.push(row(['total', ...labels.slice(1).map(() => '')], result.total, 'total'));
  const id = clock === 'gti' || clock === 'gtr' ? clock : String(position);
  return `<table id="summary-${id}" data-clock="${escapeHtml(clock)}"><caption>${escapeHtml(printable(metricTitle(plan, clock)))}</caption>
<thead><tr>${labels.map((label) => `<th scope="col" class="key">${escapeHtml(printable(label))}</th>`).join('')}${columns.map(({ heading }) => `<th scope="col">${heading}</th>`).join('')}</tr></thead>
<tbody>${rows.join('\n')}</tbody></table>`;
}
