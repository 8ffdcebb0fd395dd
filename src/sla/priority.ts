/** Ticket priorities, from least to most urgent. */
export const PRIORITIES = Object.freeze(['normal', 'medium', 'high', 'critical'] as const);

/** A ticket priority. */
export type Priority = (typeof PRIORITIES)[number];

/**
 * The French and English label of each priority, as a desk shows them.
 *
 * @example
 * PRIORITY_LABELS.medium.fr;
 * //=> 'Moyenne'
 */
export const PRIORITY_LABELS: Readonly<
  Record<Priority, { readonly fr: string; readonly en: string }>
> = Object.freeze({
  normal: Object.freeze({ fr: 'Normale', en: 'Normal' }),
  medium: Object.freeze({ fr: 'Moyenne', en: 'Medium' }),
  high: Object.freeze({ fr: 'Haute', en: 'High' }),
  critical: Object.freeze({ fr: 'Critique', en: 'Critical' }),
});

/** The kinds of request a ticket can be. */
export const REQUEST_KINDS = Object.freeze(['request', 'incident', 'information'] as const);

/** What a ticket asks for: a change or intervention, an incident, or information. */
export type RequestKind = (typeof REQUEST_KINDS)[number];

/** The two clocks of a ticket: time to intervention (first contact) and time to resolution. */
export const CLOCKS = Object.freeze(['gti', 'gtr'] as const);

/** `gti` (first contact) or `gtr` (resolution). */
export type ClockName = (typeof CLOCKS)[number];
