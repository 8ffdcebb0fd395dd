import type { Plan } from '../../index';

export type Language = 'fr' | 'en';

/**
 * The titles of the default plans' metrics, as desks name them (kept as they were before plans
 * had metrics of their own, so that the default plans' reports read the same).
 */
const DEFAULT_TITLES: Readonly<Record<string, Readonly<Record<Language, string>>>> = {
  gti: { en: 'GTI · time to first contact', fr: "GTI · délai d'intervention" },
  gtr: { en: 'GTR · time to resolution', fr: 'GTR · délai de rétablissement' },
};

/** How the charts' sentences name the default metrics. */
const DEFAULT_PHRASES: Readonly<Record<string, string>> = {
  gti: 'first contact (GTI)',
  gtr: 'resolution (GTR)',
};

/** Whether a metric is one of the default plans' two, whose words the command knows. */
export function isDefaultMetric(id: string): boolean {
  return id === 'gti' || id === 'gtr';
}

/** A metric's label in `language`, else in the other language, else `undefined`. */
export function metricLabel(plan: Plan, id: string, language: Language): string | undefined {
  const label = plan.metrics.find((metric) => metric.id === id)?.label;
  const other = language === 'en' ? 'fr' : 'en';
  return label?.[language] ?? label?.[other];
}

/**
 * The title of a metric's table or story: `GTI · time to first contact` for the default
 * metrics, else `<id> · <label>` (the label in the language used), else the id alone. Plan text:
 * callers escape it for their output.
 */
export function metricTitle(plan: Plan, id: string, language: Language = 'en'): string {
  const known = DEFAULT_TITLES[id];
  if (known !== undefined) return known[language];
  const label = metricLabel(plan, id, language);
  return label === undefined || label === id ? id : `${id} · ${label}`;
}

/** A metric's short name, on a chart's bar or line: `GTI`, `GTR`, else its id. */
export function metricShortName(id: string): string {
  return isDefaultMetric(id) ? id.toUpperCase() : id;
}

/** How a sentence names a metric: `first contact (GTI)`, else `<label> (<id>)`, else the id. */
export function metricPhrase(plan: Plan, id: string): string {
  const known = DEFAULT_PHRASES[id];
  if (known !== undefined) return known;
  const label = metricLabel(plan, id, 'en');
  return label === undefined || label === id ? id : `${label} (${id})`;
}

/** `a`, `a and b`, `a, b and c`. */
export function listed(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Whether a metric of the plan may run more than one cycle on a ticket (`cycles: "many"`). */
export function runsManyCycles(plan: Plan, id: string): boolean {
  return plan.metrics.some((metric) => metric.id === id && metric.cycles === 'many');
}
