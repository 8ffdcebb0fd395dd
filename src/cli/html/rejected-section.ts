import type { SlaSummaryResult } from '../../index';
import { printable } from '../output/printable';
import { bdi } from './bdi';
import { escapeHtml } from './escape-html';
import type { PageData } from './page-data';

/**
 * The rejected rows: the first ones, each with its line, ticket and reason as stderr said them,
 * and how many there are in all. Without the page's data (a page made from summaries alone), the
 * summary's own samples are listed instead, where and why.
 */
export function rejectedSection(result: SlaSummaryResult, data: PageData | undefined): string {
  const { count } = result.rejected;
  if (count === 0) return '';
  const rows =
    data === undefined
      ? result.rejected.samples.map(
          (sample) =>
            `<tr><td class="key">${escapeHtml(printable(sample.where))}</td><td class="key"></td><td class="reason">${escapeHtml(printable(sample.message))}</td></tr>`,
        )
      : data.rejected.rows.map(
          (row) =>
            `<tr><td class="key">${escapeHtml(printable(row.input))}line ${row.line}</td><td class="key">${row.ticketId === undefined ? '' : bdi(row.ticketId)}</td><td class="reason">${escapeHtml(printable(row.reason))}</td></tr>`,
        );
  const listed =
    rows.length >= count
      ? `${count} row${count === 1 ? '' : 's'} rejected, not counted in the figures above:`
      : `${count} rows rejected, not counted in the figures above; the first ${rows.length}:`;
  return `<section id="rejected">
<h2>Rejected rows</h2>
<p class="note">${listed}</p>
<table class="rejected"><colgroup><col class="where"><col class="ticket"><col></colgroup><thead><tr><th scope="col" class="key">where</th><th scope="col" class="key">ticket</th><th scope="col" class="key">why</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>
</section>`;
}
