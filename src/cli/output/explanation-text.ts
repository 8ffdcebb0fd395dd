import { DateTime } from 'luxon';
import type {
  ClockEvent,
  ClockExplanation,
  CycleReport,
  ExplainedSegment,
  Plan,
  Ticket,
  TicketExplanation,
} from '../../index';
import { isDefaultMetric, type Language, metricTitle } from './metric-names';
import { printable } from './printable';

const WORDS = {
  en: {
    target: 'target',
    noTarget: 'no target at this priority',
    used: 'used',
    due: 'due',
    noDeadline: 'no deadline while paused',
    cycle: 'cycle',
    kinds: {
      counted: 'counted',
      closed: 'closed',
      paused: 'paused',
      stopped: 'stopped',
      projected: 'to come',
      discarded: 'discarded',
      idle: 'idle',
    },
    why: {
      'outside-hours': "outside the desk's hours",
      holiday: 'holiday',
      override: 'special hours on',
      resolved: 'resolved, until reopened',
      paused: 'waiting on the customer',
      discarded: 'counted before the clock restarted',
      waiting: 'waiting on the customer',
      status: 'status',
      event: 'stopped by',
    },
    events: {
      opened: 'opened',
      paused: 'paused: waiting on the customer',
      resumed: 'resumed',
      responded: 'first contact: the clock stops',
      resolved: 'resolved: the clock stops',
      reopened: 'reopened: the clock runs again',
      'priority-changed': 'priority',
      breached: 'breached: past the target from here',
      started: 'a cycle starts',
      stopped: 'the cycle stops',
      cancelled: 'the cycle is cancelled',
      reset: 'the cycle starts again from zero',
    },
    /** The words of GTI's and GTR's stories that other metrics say otherwise. */
    metric: {
      paused: 'paused',
      responded: 'responded: the cycle stops',
      resolved: 'resolved: the cycle stops',
      reopened: 'the cycle runs again',
      resolvedWhy: 'resolved',
      noCycle: 'no cycle has started',
      by: 'by',
    },
    restarted: 'the clock restarts from zero',
    noTime: 'nothing to explain yet: the ticket was opened at this instant',
  },
  fr: {
    target: 'objectif',
    noTarget: 'pas d’objectif à cette priorité',
    used: 'consommé',
    due: 'échéance',
    noDeadline: 'pas d’échéance pendant la suspension',
    cycle: 'cycle',
    kinds: {
      counted: 'compté',
      closed: 'fermé',
      paused: 'suspendu',
      stopped: 'arrêté',
      projected: 'à venir',
      discarded: 'écarté',
      idle: 'inactif',
    },
    why: {
      'outside-hours': 'hors des heures du service',
      holiday: 'jour férié',
      override: 'horaires particuliers le',
      resolved: 'résolu, jusqu’à la réouverture',
      paused: 'en attente du client',
      discarded: 'compté avant le redémarrage du compteur',
      waiting: 'en attente du client',
      status: 'statut',
      event: 'arrêté par',
    },
    events: {
      opened: 'ouverture',
      paused: 'suspension : en attente du client',
      resumed: 'reprise',
      responded: 'première intervention : le compteur s’arrête',
      resolved: 'résolution : le compteur s’arrête',
      reopened: 'réouverture : le compteur repart',
      'priority-changed': 'priorité',
      breached: 'dépassement : au-delà de l’objectif à partir d’ici',
      started: 'un cycle commence',
      stopped: 'le cycle s’arrête',
      cancelled: 'le cycle est annulé',
      reset: 'le cycle repart de zéro',
    },
    metric: {
      paused: 'suspension',
      responded: 'réponse : le cycle s’arrête',
      resolved: 'résolution : le cycle s’arrête',
      reopened: 'le cycle repart',
      resolvedWhy: 'résolu',
      noCycle: 'aucun cycle n’a commencé',
      by: 'par',
    },
    restarted: 'le compteur repart de zéro',
    noTime: 'rien à expliquer : le ticket vient d’être ouvert',
  },
} as const;

type Words = (typeof WORDS)[Language];

/** What an event or a segment may tell beyond its type (read as text, whatever its type says). */
interface Details {
  readonly reason?: { readonly type: string; readonly status?: string; readonly event?: string };
  readonly outcome?: string;
  readonly trigger?: { readonly type: string };
}

/** Business milliseconds as `h:mm`, with `:ss` or `.mmm` when they are not whole minutes. */
export function businessTime(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  const total = Math.abs(ms);
  const hours = Math.floor(total / 3_600_000);
  const minutes = Math.floor((total % 3_600_000) / 60_000);
  const rest = total % 60_000;
  let text = `${sign}${hours}:${String(minutes).padStart(2, '0')}`;
  if (rest !== 0) {
    text += `:${String(Math.floor(rest / 1000)).padStart(2, '0')}`;
    if (rest % 1000 !== 0) text += `.${String(rest % 1000).padStart(3, '0')}`;
  }
  return text;
}

/**
 * The explanation as text: per metric of the plan, in its order, a heading (its title in the
 * language used, its current cycle's target, time used, status and deadline), its cycles when it
 * ran more than one, then one line per segment with the running total of the cycle and why.
 * GTI's and GTR's stories keep the words desks know them by (first contact, waiting on the
 * customer, reopened); other metrics' say what the plan's conditions did, and by which event.
 */
export function explanationText(
  explanation: TicketExplanation,
  ticket: Ticket,
  plan: Plan,
  now: number,
  language: Language,
): string {
  const zone = plan.schedule.timezone;
  const words = WORDS[language];
  const at = (date: Date) =>
    DateTime.fromJSDate(date, { zone }).setLocale(language).toFormat('ccc d LLL yyyy HH:mm');
  const id = (ticket as { id?: unknown }).id;
  const lines = [
    // The id and the plan come from the input and reach a terminal: their controls are escaped.
    `${id === undefined ? '' : `${printable(String(id))} · `}${printable(explanation.priority)} · plan ${printable(plan.id)} · ${zone}`,
    `now ${at(new Date(now))}`,
  ];
  const metrics = explanation.metrics as Readonly<Record<string, ClockExplanation>>;
  for (const { id: metric } of plan.metrics) {
    const story = metrics[metric];
    if (story === undefined) continue;
    const title = printable(metricTitle(plan, metric, language));
    lines.push('', ...clockLines(story, title, words, at, isDefaultMetric(metric)));
  }
  return `${lines.join('\n')}\n`;
}

function clockLines(
  clock: ClockExplanation,
  title: string,
  words: Words,
  at: (date: Date) => string,
  known: boolean,
): string[] {
  const { report } = clock;
  const due = report.deadline === null ? words.noDeadline : `${words.due} ${at(report.deadline)}`;
  const target =
    report.target === null ? words.noTarget : `${words.target} ${businessTime(report.target)}`;
  const lines = [
    report.state === 'idle'
      ? `${title} · ${target} · ${report.status}`
      : `${title} · ${target} · ${words.used} ${businessTime(report.elapsed)} · ${report.status} · ${due}`,
  ];
  if (report.cycles.length > 1) {
    report.cycles.forEach((cycle, index) => {
      lines.push(`  ${words.cycle} ${index + 1}  ${cycleText(cycle, at)}`);
    });
  }
  if (clock.segments.length === 0) {
    lines.push(`  ${report.state === 'idle' && !known ? words.metric.noCycle : words.noTime}`);
  }
  const pending = [...clock.events];
  let total = 0;
  const width = Math.max(...clock.segments.map((s) => at(s.from).length), 0);
  const flushEvents = (until: number) => {
    while (pending.length > 0 && (pending[0] as ClockEvent).at.getTime() <= until) {
      const event = pending.shift() as ClockEvent;
      // A new cycle counts from zero.
      if (event.type === 'started') total = 0;
      lines.push(`  * ${at(event.at)}  ${eventText(event, words, known)}`);
    }
  };
  for (const segment of clock.segments) {
    flushEvents(segment.from.getTime());
    if (segment.kind === 'counted') total += segment.business;
    const amount = segment.business > 0 ? `+${businessTime(segment.business)}` : '';
    const running = segment.kind === 'counted' ? `= ${businessTime(total)}` : '';
    const kind = (words.kinds as Readonly<Record<string, string>>)[segment.kind] ?? segment.kind;
    lines.push(
      `  ${at(segment.from).padEnd(width)} → ${at(segment.to).padEnd(width)}  ${kind.padEnd(9)} ${amount.padStart(8)} ${running.padEnd(9)} ${why(segment, words, known)}`.trimEnd(),
    );
  }
  flushEvents(Number.POSITIVE_INFINITY);
  return lines;
}

/** One cycle of a metric that ran several: its span, status and time against its target. */
function cycleText(cycle: CycleReport, at: (date: Date) => string): string {
  const span = `${at(cycle.startedAt)} → ${cycle.endedAt === null ? '…' : at(cycle.endedAt)}`;
  return `${span}  ${cycle.status}  ${businessTime(cycle.elapsed)} / ${businessTime(cycle.target)}`;
}

function why(segment: ExplainedSegment, words: Words, known: boolean): string {
  const reason = (segment as Details).reason;
  if (segment.kind === 'discarded') return words.why.discarded;
  if (segment.kind === 'paused') {
    if (reason?.type === 'status') return `${words.why.status} ${printable(reason.status ?? '')}`;
    return known || reason?.type === 'waiting' ? words.why.paused : '';
  }
  if (reason === undefined) return '';
  const full = segment.reason as NonNullable<ExplainedSegment['reason']>;
  if (reason.type === 'holiday')
    return `${words.why.holiday}${full.name ? `: ${printable(full.name)}` : ''} (${full.date})`;
  if (reason.type === 'override') return `${words.why.override} ${full.date}`;
  if (reason.type === 'outside-hours') return words.why['outside-hours'];
  if (reason.type === 'resolved') return known ? words.why.resolved : words.metric.resolvedWhy;
  if (reason.type === 'status') return `${words.why.status} ${printable(reason.status ?? '')}`;
  if (reason.type === 'event') return `${words.why.event} ${reason.event ?? ''}`.trimEnd();
  return '';
}

function eventText(event: ClockEvent, words: Words, known: boolean): string {
  const { reason, outcome, trigger } = event as Details;
  if (event.type === 'priority-changed') {
    const text = words.events['priority-changed'];
    if (event.priority === undefined) return text;
    const target = event.target;
    return `${text} ${printable(event.priority.from)} → ${printable(event.priority.to)}${
      target === undefined
        ? ''
        : `, ${words.target} ${businessTime(target.from)} → ${businessTime(target.to)}`
    }${event.restarted ? `: ${words.restarted}` : ''}`;
  }
  if (known) {
    // GTI's and GTR's stories, in the words they have always had.
    return (words.events as Readonly<Record<string, string>>)[event.type] ?? event.type;
  }
  let text: string;
  switch (event.type) {
    case 'paused':
      text =
        reason?.type === 'status'
          ? `${words.metric.paused}: ${words.why.status} ${printable(reason.status ?? '')}`
          : reason?.type === 'waiting'
            ? words.events.paused
            : words.metric.paused;
      break;
    case 'responded':
    case 'resolved':
    case 'reopened':
      text = words.metric[event.type];
      break;
    default:
      text = (words.events as Readonly<Record<string, string>>)[event.type] ?? event.type;
  }
  if (event.type === 'cancelled' && event.priority !== undefined) {
    text += ` (${words.events['priority-changed']} ${printable(event.priority.from)} → ${printable(event.priority.to)})`;
  } else if (trigger !== undefined && trigger.type !== event.type && event.type !== 'opened') {
    text += ` (${words.metric.by} ${trigger.type})`;
  }
  return outcome === undefined ? text : `${text}: ${outcome}`;
}
