/** The default plans' priorities, from least to most urgent. */
export const PRIORITIES = Object.freeze(['normal', 'medium', 'high', 'critical'] as const);

/** One of the default plans' priorities. */
export type DefaultPriority = (typeof PRIORITIES)[number];

/** A ticket priority: one of its plan's `priorities` (by default `normal` … `critical`). */
export type Priority = string;

/**
 * The French and English label of each priority, as a desk shows them.
 *
 * @example
 * PRIORITY_LABELS.medium.fr;
 * //=> 'Moyenne'
 */
export const PRIORITY_LABELS: Readonly<
  Record<DefaultPriority, { readonly fr: string; readonly en: string }>
> = Object.freeze({
  normal: Object.freeze({ fr: 'Normale', en: 'Normal' }),
  medium: Object.freeze({ fr: 'Moyenne', en: 'Medium' }),
  high: Object.freeze({ fr: 'Haute', en: 'High' }),
  critical: Object.freeze({ fr: 'Critique', en: 'Critical' }),
});

/** The default plans' kinds of request. */
export const REQUEST_KINDS = Object.freeze(['request', 'incident', 'information'] as const);

/** What a ticket asks for: one of its plan's `requestKinds` (by default `request`, `incident`, `information`). */
export type RequestKind = string;

/** The default plans' metrics: time to intervention (first contact) and time to resolution. */
export const CLOCKS = Object.freeze(['gti', 'gtr'] as const);

/** `gti` (first contact) or `gtr` (resolution). */
export type ClockName = (typeof CLOCKS)[number];

/** A label in the desk's languages, as reports and explanations show it. */
export interface Label {
  readonly fr?: string;
  readonly en?: string;
}
