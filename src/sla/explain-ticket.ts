import type { HolidayLanguage } from '../calendar/holiday-calendar';
import { SlaError } from '../errors/sla-error';
import { reportClock } from './clock-report';
import { ClockStory } from './clock-story';
import type { EvaluateTicketOptions } from './evaluate-ticket';
import type { ClockExplanation, TicketExplanation } from './explanation';
import type { Plan } from './plan';
import { CLOCKS, type ClockName } from './priority';
import { checkEvaluateOptions, replayTicket } from './replay-ticket';
import type { Ticket } from './ticket';

/** Options of `explainTicket`: those of `evaluateTicket`, and the language of holiday names. */
export interface ExplainTicketOptions extends EvaluateTicketOptions {
  /** The language of holiday names. Default: each calendar's own. */
  readonly language?: HolidayLanguage;
}

/**
 * Explains both clocks of a ticket: their reports as `evaluateTicket` gives them, and their
 * stories from the opening, stretch by stretch and without gaps — business time that counted,
 * time that did not and why (outside the desk's hours, a named holiday, a date whose hours an
 * override replaces, waiting on the customer, resolved until a reopening), the priority changes
 * that swapped a target, the instant of the breach and, for a running clock, the open time still
 * to come up to its deadline. For showing a customer why a deadline is where it is; it costs
 * more than `evaluateTicket`, which never does any of this.
 *
 * @param plan - A plan from `definePlan`, `standardPlan` or `premiumPlan`.
 * @param ticket - As `evaluateTicket` takes it.
 * @param options - The options of `evaluateTicket`, and `language` (`'fr'` or `'en'`) for
 * holiday names.
 * @returns Fresh data: per clock its `report`, `segments`, `events`, `deadline` and `breachedAt`.
 * @throws {SlaError} as `evaluateTicket`; `invalid_argument` for an unknown `language`.
 *
 * @example
 * // A critical ticket opened on Friday 27 November 2026 at 15:50 in Fort-de-France.
 * const { gtr } = explainTicket(
 *   standardPlan(),
 *   { openedAt: '2026-11-27T15:50:00-04:00', priority: 'critical' },
 *   { now: '2026-11-30T09:00:00-04:00' },
 * );
 * gtr.segments.map((s) => `${s.kind} ${s.business / 60_000} min ${s.reason?.type ?? ''}`.trim());
 * //=> ['counted 10 min', 'closed 0 min outside-hours', 'counted 60 min', 'projected 170 min']
 */
export function explainTicket(
  plan: Plan,
  ticket: Ticket,
  options: ExplainTicketOptions,
): TicketExplanation {
  const { language, ...evaluateOptions } = options ?? ({} as ExplainTicketOptions);
  if (language !== undefined && language !== 'fr' && language !== 'en') {
    throw new SlaError('invalid_argument', 'options.language', language, 'is not fr or en');
  }
  const stories: Partial<Record<ClockName, ClockStory>> = {};
  const checkedOptions = checkEvaluateOptions(evaluateOptions);
  const { now, lenient } = checkedOptions;
  const {
    replay,
    skipped,
    plan: checkedPlan,
    schedule,
  } = replayTicket(
    plan,
    ticket,
    checkedOptions,
    (event, state) => {
      for (const name of CLOCKS) stories[name]?.observe(event, state);
    },
    (state, openedAt) => {
      for (const name of CLOCKS) stories[name] = new ClockStory(name, state, openedAt);
    },
  );
  const explain = (name: ClockName): ClockExplanation => {
    const report = reportClock(replay.clocks[name], now, checkedPlan.atRisk);
    const story = stories[name] as ClockStory;
    const { segments, events } = story.tell(
      schedule,
      now,
      report.deadline?.getTime() ?? null,
      report.breachedAt?.getTime() ?? null,
      language,
    );
    return { report, segments, events, deadline: report.deadline, breachedAt: report.breachedAt };
  };
  const explanation = { priority: replay.priority, gti: explain('gti'), gtr: explain('gtr') };
  return lenient ? { ...explanation, skipped } : explanation;
}
