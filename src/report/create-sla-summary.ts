import * as z from 'zod/mini';
import { lazy, parseOrThrow } from '../errors/from-zod-issue';
import { SlaError } from '../errors/sla-error';
import type { SlaSummary, SlaSummaryOptions } from './sla-summary';
import { SummaryBuilder } from './summary-builder';
import { partsOfState } from './summary-state';
import { summaryVocabulary } from './summary-vocabulary';

const optionsSchema = /* @__PURE__ */ lazy(() =>
  z.optional(
    z.strictObject({
      groupBy: z.optional(
        z.array(z.string().check(z.minLength(1))).check(
          z.refine((dimensions) => new Set(dimensions).size === dimensions.length, {
            message: 'names a dimension twice',
          }),
        ),
      ),
      timezone: z.optional(z.string()),
      plan: z.optional(z.unknown()),
      state: z.optional(z.unknown()),
    }),
  ),
);

/**
 * Starts a summary of SLA results for a service review. Add tickets one at a time with their
 * evaluation (`add`), count the ones that could not be evaluated (`reject`), combine summaries
 * built apart (`merge`), and read per-group counts, compliance and exact percentiles (`result`).
 * It keeps constant memory per group, plus 8 bytes per stopped clock.
 *
 * @param options - `groupBy` (default `['priority']`: any of `priority`, `kind`, `month`,
 * `policy`, and field names), `timezone` for months (default `UTC`), and the `plan` or policies
 * the tickets are held to (orders priorities and policies, lists metrics, checks kinds); or,
 * alone, the `state` of a summary (`summary.toJSON()`, from this process or another) to restore.
 * @returns An empty summary.
 * @throws {SlaError} `invalid_argument` for an empty or repeated dimension, a malformed state or
 * one of another version (naming the path in it), a state given with other options;
 * `unknown_timezone`;
 * `invalid_policies` for policies whose plans do not name the same metrics.
 *
 * @example
 * const plan = standardPlan();
 * const now = '2026-11-30T12:00:00-04:00';
 * const summary = createSlaSummary({ groupBy: ['priority'] });
 * for (const ticket of [
 *   { openedAt: '2026-11-30T08:00:00-04:00', priority: 'high',
 *     events: [{ type: 'responded', at: '2026-11-30T08:20:00-04:00' }] },
 *   { openedAt: '2026-11-30T09:00:00-04:00', priority: 'high' },
 * ]) summary.add(ticket, evaluateTicket(plan, ticket, { now }));
 * const { gti } = summary.result().groups[0].metrics;
 * [gti.met, gti.breached, gti.compliance, gti.taken.median];
 * //=> [1, 1, 50, 1200000]
 */
export function createSlaSummary(options: SlaSummaryOptions = {}): SlaSummary {
  // The checked copy, not the caller's object again: a getter may answer otherwise the second time.
  const checked = parseOrThrow(optionsSchema, options, 'invalid_argument', 'options') ?? {};
  const { groupBy = ['priority'], timezone = 'UTC', plan, state } = checked;
  if (state !== undefined) return restored(state, checked);
  return new SummaryBuilder([...groupBy], timezone, summaryVocabulary(plan as never));
}

/** A summary from its state, which says alone how it groups. */
function restored(state: unknown, options: object): SummaryBuilder {
  const other = Object.keys(options).find((key) => key !== 'state');
  if (other !== undefined) {
    throw new SlaError(
      'invalid_argument',
      `options.${other}`,
      (options as Record<string, unknown>)[other],
      'is given with a state, which says how the summary groups: give the state alone',
    );
  }
  const parts = partsOfState(state, 'options.state');
  const summary = new SummaryBuilder([...parts.groupBy], parts.timezone, {
    priorities: parts.priorities,
    metrics: [],
    kinds: parts.kinds,
    policies: parts.policies,
  });
  summary.absorb(parts);
  return summary;
}
