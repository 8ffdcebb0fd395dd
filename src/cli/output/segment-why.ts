import type { ExplainedSegment } from '../../index';
import type { Details } from './event-text';
import type { Words } from './explanation-words';
import { printable } from './printable';

/**
 * Why a segment did not count, or was discarded, in words; for GTI and GTR (`known`), in the
 * words desks know them by.
 */
export function why(segment: ExplainedSegment, words: Words, known: boolean): string {
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
