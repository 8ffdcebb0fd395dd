import type { ClockExplanation, MetricReport, Plan, Ticket, TicketExplanation } from '../../index';
import { businessTime } from '../output/business-time';
import { explanationText } from '../output/explanation-text';
import { listed, metricPhrase, metricShortName } from '../output/metric-names';
import { printable } from '../output/printable';
import { bdi } from './bdi';
import { escapeHtml } from './escape-html';
import { COLOURS, fillOf, SWATCHES } from './palette';

const WIDTH = 640;
const LEFT = 40;
const ROW = 18;

/**
 * A late or at-risk ticket: each metric of the plan as a bar of coloured stretches (one row per
 * metric, in the plan's order), then the explanation.
 */
export function ticketFigure(
  index: number,
  ticket: Ticket & { id: string },
  explanation: TicketExplanation,
  plan: Plan,
  now: number,
): string {
  const stories = explanation.metrics as Readonly<Record<string, ClockExplanation>>;
  const clocks = plan.metrics.map((metric) => metric.id).filter((id) => id in stories);
  const metrics = (id: string) => stories[id] as ClockExplanation;
  // Every story begins at the opening, its first event.
  const start = Math.min(
    ...clocks.map((clock) => metrics(clock).events[0]?.at.getTime() ?? now),
    now,
  );
  const ends = clocks.flatMap((clock) => [
    now,
    ...metrics(clock).segments.map((segment) => segment.to.getTime()),
  ]);
  const end = Math.max(start + 1, ...ends);
  // Room on the left for the longest name (GTI and GTR fit in the 40 units they always had).
  const left = Math.max(LEFT, ...clocks.map((clock) => 6 + 6 * metricShortName(clock).length));
  const x = (t: number) => left + ((t - start) / (end - start)) * (WIDTH - left - 10);
  const parts: string[] = [];
  clocks.forEach((clock, row) => {
    const top = 6 + row * (ROW + 10);
    parts.push(
      `<text x="0" y="${top + 13}" class="label">${escapeHtml(metricShortName(clock))}</text>`,
    );
    for (const segment of metrics(clock).segments) {
      const from = x(segment.from.getTime());
      const to = x(segment.to.getTime());
      parts.push(
        `<rect x="${from}" y="${top}" width="${Math.max(0.5, to - from)}" height="${ROW}" fill="${fillOf(segment)}"/>`,
      );
    }
    const { deadline, breachedAt } = metrics(clock);
    if (deadline !== null) {
      const dx = x(deadline.getTime());
      parts.push(
        `<line x1="${dx}" y1="${top - 3}" x2="${dx}" y2="${top + ROW + 3}" stroke="${COLOURS.ink}" stroke-width="2"/>`,
      );
    }
    if (breachedAt !== null) {
      const bx = x(breachedAt.getTime());
      parts.push(
        `<path d="M${bx - 5} ${top - 7} L${bx + 5} ${top - 7} L${bx} ${top - 1} Z" fill="${COLOURS.gtr}" stroke="${COLOURS.ink}" stroke-width="0.5"/>`,
      );
    }
  });
  const nx = x(now);
  const bottom = 6 + clocks.length * (ROW + 10);
  parts.push(
    `<line x1="${nx}" y1="0" x2="${nx}" y2="${bottom}" stroke="${COLOURS.ink}" stroke-dasharray="2 2"/>`,
    `<text x="${nx}" y="${bottom + 10}" text-anchor="middle" class="tick">now</text>`,
  );
  const id = `ticket-${index}`;
  // A <title> holds text only, no <bdi>: the id's controls are shown as escapes there.
  const title = `Ticket ${printable(ticket.id)}: ${listed(clocks.map((clock) => metricPhrase(plan, clock)))}, stretch by stretch`;
  const statuses = clocks.map((clock) => statusOf(metricShortName(clock), metrics(clock).report));
  const description =
    `${printable(statuses.join(', '))}. Bars run from the opening to the end of ` +
    'each clock’s story; a thick line marks a deadline, a triangle the start of a breach, the ' +
    'dotted line now. The explanation below gives every stretch and why it counted or not.';
  // The description is the figure's text equivalent; on screen, the section says it once for all.
  return `<article class="ticket" id="${id}">
<h3>${bdi(ticket.id)} · ${escapeHtml(explanation.priority)}${ticket.kind === undefined ? '' : ` · ${escapeHtml(ticket.kind)}`}${statuses.map((status) => ` · ${escapeHtml(status)}`).join('')}</h3>
<figure class="chart timeline">
<svg role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${WIDTH} ${bottom + 14}" width="100%"><title id="${id}-title">${escapeHtml(title)}</title><desc id="${id}-desc">${escapeHtml(description)}</desc>${parts.join('')}</svg>
</figure>
<pre class="explanation">${escapeHtml(explanationText(explanation, ticket, plan, now, 'en', { fold: true }))}</pre>
</article>`;
}

/** A clock's status, with the business time (h:mm) left before its deadline or past it. */
function statusOf(name: string, report: MetricReport): string {
  const { status, remaining } = report;
  // In words, as the headings and the tables say them (`on track`, not `on-track`).
  if (remaining === null) return `${name} ${status.replace('-', ' ')}`;
  // To the minute: seconds are noise in a heading.
  const minutes = (ms: number) => businessTime(Math.round(ms / 60_000) * 60_000);
  if (status === 'at-risk') return `${name} at risk, ${minutes(remaining)} left`;
  if (status === 'breached') return `${name} breached, ${minutes(-remaining)} over`;
  return `${name} ${status.replace('-', ' ')}`;
}

/** The legend of the timelines: a swatch and the words of each kind of stretch. */
export function timelineLegend(): string {
  return `<ul class="legend">${SWATCHES.map(
    ([words, fill]) =>
      `<li><svg width="22" height="12" aria-hidden="true"><rect width="22" height="12" fill="${fill}" stroke="#777777" stroke-width="0.5"/></svg> ${escapeHtml(words)}</li>`,
  ).join(
    '',
  )}<li><svg width="22" height="12" aria-hidden="true"><line x1="11" y1="0" x2="11" y2="12" stroke="${COLOURS.ink}" stroke-width="2"/></svg> deadline</li><li><svg width="22" height="12" aria-hidden="true"><path d="M6 1 L16 1 L11 8 Z" fill="${COLOURS.gtr}"/></svg> breach</li></ul>`;
}
