import type { Plan, Ticket, TicketExplanation } from '../../index';
import { SHOWN_PER_LIST } from './page-data';
import { ticketFigure, timelineLegend } from './ticket-figure';

/** A list of tickets for the page: how many there are in all, and the ones explained. */
export interface ExplainedList {
  readonly count: number;
  readonly explained: readonly {
    readonly ticket: Ticket & { readonly id: string };
    readonly explanation: TicketExplanation;
  }[];
}

/**
 * The section of the tickets to act on, in the order they can still be saved: those at risk,
 * least time left first, then those breached, most overdue first; each list bounded, with how
 * many there are in all. Without the lists (a page made from summaries alone), it says so.
 */
export function attentionSection(
  tickets: { readonly atRisk: ExplainedList; readonly breached: ExplainedList } | undefined,
  plan: Plan,
  now: number,
): string {
  const heading = '<h2>Tickets to act on</h2>';
  if (tickets === undefined) {
    return `<section id="attention">${heading}
<p class="note">This page was made from summaries alone: it lists no ticket. The counts of tickets at risk and breached are in the tables above.</p>
</section>`;
  }
  const { atRisk, breached } = tickets;
  if (atRisk.count + breached.count === 0) {
    return `<section id="attention">${heading}
<p class="note">No ticket is late or at risk at this instant.</p>
</section>`;
  }
  let index = 0;
  const list = (id: string, title: string, order: string, { count, explained }: ExplainedList) => {
    const shown =
      count === 0
        ? 'none.'
        : count <= explained.length
          ? `${count} ticket${count === 1 ? '' : 's'}${count === 1 ? '' : `, ${order}`}.`
          : `${count} tickets; ${explained.length} shown, ${order}.`;
    const figures = explained.map(({ ticket, explanation }) =>
      ticketFigure(index++, ticket, explanation, plan, now),
    );
    return `<section id="${id}">
<h3 class="list">${title}</h3>
<p class="note" data-field="${id}-count" data-count="${count}" data-shown="${explained.length}">${shown}</p>
${figures.join('\n')}
</section>`;
  };
  return `<section id="attention">${heading}
<p class="note">What can still be saved comes first. A ticket is at risk when a clock has used most of its target and is still running; breached when a clock is past its target. At most ${SHOWN_PER_LIST} of each are drawn: bars run from the opening to the end of each clock’s story (a thick line marks a deadline, a triangle the start of a breach, the dotted line now), and the story below gives every stretch and why it counted or not, a run of days alike in one line.</p>
${timelineLegend()}
${list('at-risk', 'At risk', 'least time left first', atRisk)}
${list('breached', 'Breached', 'most overdue first', breached)}
</section>`;
}
