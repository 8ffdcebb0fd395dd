import * as z from 'zod/mini';
import { lazy, parseOrThrow } from '../../errors/from-zod-issue';
import { type InstantInput, toEpochMs } from '../../instant/instant-input';
import type { ReplayOptions } from './ticket-replay';

/** The options of `evaluateTicket` (and of the functions that evaluate like it). */
export interface EvaluateTicketOptions {
  /** The instant of evaluation; events after it are ignored. Nothing reads the system clock. */
  readonly now: InstantInput;
  /** Skip impossible or malformed events and list them, instead of throwing. Default `false`. */
  readonly lenient?: boolean;
  /** For metrics that do not set theirs: keep the elapsed time and swap the target (default), or restart. */
  readonly onPriorityChange?: 'keep-elapsed' | 'restart';
  /**
   * The metrics that waiting on the customer (`paused` … `resumed`) pauses, replacing what their
   * definitions say. Default: their definitions (`gtr` only, of the default metrics).
   */
  readonly pausing?: readonly string[];
}

/**
 * `evaluateTicket`'s options once checked: a report checks them once for all its tickets.
 */
export interface CheckedEvaluateOptions extends ReplayOptions {
  readonly now: number;
  readonly lenient: boolean;
  /** `now` as given, for the message that refuses it. */
  readonly nowInput: unknown;
  /**
   * Whose fault a ticket opened after `now` is: the caller's `now` when one ticket is asked
   * about, the ticket's in a report of many, evaluated at one `now`.
   */
  readonly openedAfterNow: 'refuse-now' | 'refuse-ticket';
}

/**
 * Checks `evaluateTicket`'s options.
 *
 * @throws {SlaError} `invalid_instant` for `now`, `invalid_argument` for the others.
 */
export function checkEvaluateOptions(
  options: EvaluateTicketOptions,
  openedAfterNow: CheckedEvaluateOptions['openedAfterNow'] = 'refuse-now',
): CheckedEvaluateOptions {
  const nowInput = options?.now;
  const now = toEpochMs(nowInput, 'options.now');
  const {
    lenient = false,
    onPriorityChange = 'keep-elapsed',
    pausing,
  } = holdsNowAlone(options)
    ? {}
    : parseOrThrow(evaluateOptionsSchema, options, 'invalid_argument', 'options');
  return {
    now,
    nowInput,
    lenient,
    onPriorityChange,
    pausing: pausing === undefined ? null : new Set(pausing),
    openedAfterNow,
  };
}

const evaluateOptionsSchema = /* @__PURE__ */ lazy(() =>
  z.strictObject({
    now: z.unknown(),
    lenient: z.optional(z.boolean()),
    onPriorityChange: z.optional(z.enum(['keep-elapsed', 'restart'])),
    pausing: z.optional(z.array(z.string())),
  }),
);

/** `{ now }` and nothing else, the usual call: valid as it is, so zod need not look at it. */
function holdsNowAlone(options: object): boolean {
  const prototype = Object.getPrototypeOf(options);
  if (prototype !== Object.prototype && prototype !== null) return false;
  for (const key in options) if (key !== 'now') return false;
  return true;
}
