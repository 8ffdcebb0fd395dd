import type { ClockEvent } from '../../index';
import { businessTime } from './business-time';
import type { Words } from './explanation-words';
import { printable } from './printable';

/** What an event or a segment may tell beyond its type (read as text, whatever its type says). */
export interface Details {
  readonly reason?: { readonly type: string; readonly status?: string; readonly event?: string };
  readonly outcome?: string;
  readonly trigger?: { readonly type: string };
}

/**
 * What an event of a metric's story says. GTI's and GTR's (`known`) keep the words desks know
 * them by; other metrics' name what the plan's conditions did, and by which event.
 */
export function eventText(event: ClockEvent, words: Words, known: boolean): string {
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
