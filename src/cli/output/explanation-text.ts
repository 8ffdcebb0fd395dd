import { DateTime } from 'luxon';
import type {
  ClockEvent,
  ClockExplanation,
  ExplainedSegment,
  Plan,
  Ticket,
  TicketExplanation,
} from '../../index';
import { printable } from './printable';

type Language = 'fr' | 'en';

const WORDS = {
  en: {
    gti: 'GTI · time to first contact',
    gtr: 'GTR · time to resolution',
    target: 'target',
    used: 'used',
    due: 'due',
    noDeadline: 'no deadline while paused',
    kinds: {
      counted: 'counted',
      closed: 'closed',
      paused: 'paused',
      stopped: 'stopped',
      projected: 'to come',
      discarded: 'discarded',
    },
    why: {
      'outside-hours': "outside the desk's hours",
      holiday: 'holiday',
      override: 'special hours on',
      resolved: 'resolved, until reopened',
      paused: 'waiting on the customer',
      discarded: 'counted before the clock restarted',
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
    },
    restarted: 'the clock restarts from zero',
    noTime: 'nothing to explain yet: the ticket was opened at this instant',
  },
  fr: {
    gti: "GTI · délai d'intervention",
    gtr: 'GTR · délai de rétablissement',
    target: 'objectif',
    used: 'consommé',
    due: 'échéance',
    noDeadline: 'pas d’échéance pendant la suspension',
    kinds: {
      counted: 'compté',
      closed: 'fermé',
      paused: 'suspendu',
      stopped: 'arrêté',
      projected: 'à venir',
      discarded: 'écarté',
    },
    why: {
      'outside-hours': 'hors des heures du service',
      holiday: 'jour férié',
      override: 'horaires particuliers le',
      resolved: 'résolu, jusqu’à la réouverture',
      paused: 'en attente du client',
      discarded: 'compté avant le redémarrage du compteur',
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
    },
    restarted: 'le compteur repart de zéro',
    noTime: 'rien à expliquer : le ticket vient d’être ouvert',
  },
} as const;

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

/** The explanation as text: per clock, one line per segment with the running total and why. */
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
    `${id === undefined ? '' : `${printable(String(id))} · `}${explanation.priority} · plan ${printable(plan.id)} · ${zone}`,
    `now ${at(new Date(now))}`,
  ];
  for (const name of ['gti', 'gtr'] as const) {
    const metric = explanation.metrics[name];
    if (metric !== undefined) lines.push('', ...clockLines(metric, words[name], words, at));
  }
  return `${lines.join('\n')}\n`;
}

function clockLines(
  clock: ClockExplanation,
  title: string,
  words: (typeof WORDS)[Language],
  at: (date: Date) => string,
): string[] {
  const { report } = clock;
  const due = report.deadline === null ? words.noDeadline : `${words.due} ${at(report.deadline)}`;
  const lines = [
    `${title} · ${words.target} ${businessTime(report.target ?? 0)} · ${words.used} ${businessTime(report.elapsed)} · ${report.status} · ${due}`,
  ];
  if (clock.segments.length === 0) lines.push(`  ${words.noTime}`);
  const pending = [...clock.events];
  let total = 0;
  const width = Math.max(...clock.segments.map((s) => at(s.from).length), 0);
  const flushEvents = (until: number) => {
    while (pending.length > 0 && (pending[0] as ClockEvent).at.getTime() <= until) {
      const event = pending.shift() as ClockEvent;
      lines.push(`  * ${at(event.at)}  ${eventText(event, words)}`);
    }
  };
  for (const segment of clock.segments) {
    flushEvents(segment.from.getTime());
    if (segment.kind === 'counted') total += segment.business;
    const amount = segment.business > 0 ? `+${businessTime(segment.business)}` : '';
    const running = segment.kind === 'counted' ? `= ${businessTime(total)}` : '';
    lines.push(
      `  ${at(segment.from).padEnd(width)} → ${at(segment.to).padEnd(width)}  ${words.kinds[segment.kind].padEnd(9)} ${amount.padStart(8)} ${running.padEnd(9)} ${why(segment, words)}`.trimEnd(),
    );
  }
  flushEvents(Number.POSITIVE_INFINITY);
  return lines;
}

function why(segment: ExplainedSegment, words: (typeof WORDS)[Language]): string {
  const { reason } = segment;
  if (segment.kind === 'paused') return words.why.paused;
  if (segment.kind === 'discarded') return words.why.discarded;
  if (reason === undefined) return '';
  if (reason.type === 'holiday')
    return `${words.why.holiday}${reason.name ? `: ${printable(reason.name)}` : ''} (${reason.date})`;
  if (reason.type === 'override') return `${words.why.override} ${reason.date}`;
  return words.why[reason.type];
}

function eventText(event: ClockEvent, words: (typeof WORDS)[Language]): string {
  const text = words.events[event.type];
  if (event.type !== 'priority-changed' || event.priority === undefined) return text;
  const target = event.target;
  return `${text} ${event.priority.from} → ${event.priority.to}${
    target === undefined
      ? ''
      : `, ${words.target} ${businessTime(target.from)} → ${businessTime(target.to)}`
  }${event.restarted ? `: ${words.restarted}` : ''}`;
}
