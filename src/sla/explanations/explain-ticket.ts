import type { HolidayLanguage } from '../../calendar/holiday-calendar';
import { SlaError } from '../../errors/sla-error';
import { checkEvaluateOptions, type EvaluateTicketOptions } from '../cycles/evaluate-options';
import { replayTicket } from '../cycles/replay-ticket';
import { reportMetric } from '../cycles/report-metric';
import { compiledPlanOf, type Plan } from '../plan/plan';
import { policyOf } from '../policies/choose-plan';
import type { Policies } from '../policies/policies';
import type { Ticket } from '../ticket-log/ticket';
import { ClockStory } from './clock-story';
import type { ClockExplanation, TicketExplanation } from './explanation';

/** Options of `explainTicket`: those of `evaluateTicket`, and the language of holiday names. */
export interface ExplainTicketOptions extends EvaluateTicketOptions {
  /** The language of holiday names. Default: each calendar's own. */
  readonly language?: HolidayLanguage;
}

/**
 * Explains every metric of a ticket: their reports as `evaluateTicket` gives them, and their
 * stories from the opening, stretch by stretch and without gaps — business time that counted,
 * time that did not and why (outside the desk's hours, a named holiday, a date whose hours an
 * override replaces, waiting on the customer, a status that pauses the metric, a cycle stopped
 * until it resumed, no cycle running), each cycle's start, pauses, resumes, resets, stops (met or
 * missed) and cancels with the event that caused them, the priority changes that swapped a
 * target, the instant of each breach and, for a counting cycle, the open time still to come up
 * to its deadline. For showing a customer why a deadline is where it is; it costs more than
 * `evaluateTicket`, which never does any of this.
 *
 * @param plan - A plan from `definePlan`, `standardPlan` or `premiumPlan`, or policies from
 * `definePolicies` (the explanation then names the `policy` and version the ticket was held to).
 * @param ticket - As `evaluateTicket` takes it.
 * @param options - The options of `evaluateTicket`, and `language` (`'fr'` or `'en'`) for
 * holiday names.
 * @returns Fresh data: the `priority` and, under `metrics`, per metric id its `report`,
 * `segments`, `events`, `deadline` and `breachedAt`.
 * @throws {SlaError} as `evaluateTicket`; `invalid_argument` for an unknown `language`.
 *
 * @example
 * // A critical ticket opened on Friday 27 November 2026 at 15:50 in Fort-de-France.
 * const { gtr } = explainTicket(
 *   standardPlan(),
 *   { openedAt: '2026-11-27T15:50:00-04:00', priority: 'critical' },
 *   { now: '2026-11-30T09:00:00-04:00' },
 * ).metrics;
 * gtr.segments.map((s) => `${s.kind} ${s.business / 60_000} min ${s.reason?.type ?? ''}`.trim());
 * //=> ['counted 10 min', 'closed 0 min outside-hours', 'counted 60 min', 'projected 170 min']
 */
export function explainTicket<M extends string>(
  plan: Plan<M> | Policies,
  ticket: Ticket,
  options: ExplainTicketOptions,
): TicketExplanation<M> {
  const { language, ...evaluateOptions } = options ?? ({} as ExplainTicketOptions);
  if (language !== undefined && language !== 'fr' && language !== 'en') {
    throw new SlaError('invalid_argument', 'options.language', language, 'is not fr or en');
  }
  let stories: ClockStory[] = [];
  const checkedOptions = checkEvaluateOptions(evaluateOptions);
  const { now, lenient } = checkedOptions;
  const choice = policyOf(plan, ticket);
  const {
    replay,
    skipped,
    plan: compiled,
  } = replayTicket(
    compiledPlanOf(choice?.plan ?? plan),
    choice?.ticket ?? ticket,
    checkedOptions,
    (event, replayed) => {
      for (const story of stories) story.observe(event, replayed);
    },
    (replayed) => {
      stories = replayed.runs.map((run, index) => {
        const { metric } = run;
        const { pausing } = checkedOptions;
        const rules = {
          index,
          pausesWaiting: pausing === null ? metric.pauseWaiting : pausing.has(metric.id),
          restarts: (metric.onPriorityChange ?? checkedOptions.onPriorityChange) === 'restart',
        };
        return new ClockStory(run, rules, replayed);
      });
    },
  );
  const metrics = {} as Record<M, ClockExplanation>;
  replay.runs.forEach((run, index) => {
    const idleTarget = run.current === null ? replay.idleTarget(index, now) : null;
    const report = reportMetric(run, now, compiled.plan.atRisk, idleTarget);
    const story = stories[index] as ClockStory;
    const { segments, events } = story.tell(replay.scheduleOf(index), now, report, language);
    metrics[run.metric.id as M] = {
      report,
      segments,
      events,
      deadline: report.deadline,
      breachedAt: report.breachedAt,
    };
  });
  const explanation =
    choice === null
      ? { priority: replay.priority, metrics }
      : { priority: replay.priority, metrics, policy: choice.policy };
  return lenient ? { ...explanation, skipped } : explanation;
}
