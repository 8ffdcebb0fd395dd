import { DateTime } from 'luxon';
import type {
  ClockEvent,
  ClockExplanation,
  CycleReport,
  Plan,
  Ticket,
  TicketExplanation,
} from '../../index';
import { businessTime } from './business-time';
import { eventText } from './event-text';
import { WORDS, type Words } from './explanation-words';
import { isDefaultMetric, type Language, metricTitle } from './metric-names';
import { printable } from './printable';
import { why } from './segment-why';

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
