import type { HolidayRule } from './calendar-config';
import { compileRule } from './compiled-rule';
import { ALSACE_MOSELLE_RULES, FRANCE_RULES } from './france';
import { OVERSEAS_RULES } from './france-overseas';
import type { HolidayCalendar } from './holiday-calendar';
import { buildRuleCalendar } from './rule-calendar';

/** The codes of the built-in calendars, in the order the docs list them. */
export const BUILT_IN_CODES = [
  'FR',
  'FR-57',
  'FR-67',
  'FR-68',
  'FR-MQ',
  'FR-GP',
  'FR-GF',
  'FR-RE',
  'FR-YT',
  'FR-MF',
  'FR-BL',
] as const;

/** Other names of the built-in calendars: department numbers and ISO 3166-1 territory codes. */
export const BUILT_IN_ALIASES: Readonly<Record<string, (typeof BUILT_IN_CODES)[number]>> = {
  'FR-971': 'FR-GP',
  'FR-972': 'FR-MQ',
  'FR-973': 'FR-GF',
  'FR-974': 'FR-RE',
  'FR-976': 'FR-YT',
  GP: 'FR-GP',
  MQ: 'FR-MQ',
  GF: 'FR-GF',
  RE: 'FR-RE',
  YT: 'FR-YT',
  MF: 'FR-MF',
  BL: 'FR-BL',
};

/**
 * Each built-in calendar's own rules, on top of `FR` (for every code but `FR` itself).
 *
 * @param code - A canonical built-in code.
 * @returns Its rules.
 * @throws Nothing.
 *
 * @example
 * builtInRules('FR-GF').map((rule) => rule.key);
 * //=> ['abolition-of-slavery']
 */
export function builtInRules(code: (typeof BUILT_IN_CODES)[number]): readonly HolidayRule[] {
  if (code === 'FR') return FRANCE_RULES;
  if (code === 'FR-57' || code === 'FR-67' || code === 'FR-68') return ALSACE_MOSELLE_RULES;
  return OVERSEAS_RULES[code] ?? [];
}

const built = new Map<string, HolidayCalendar>();

/**
 * The built-in calendar with this code or alias (case-insensitive), built on first use and
 * shared afterwards; `undefined` for an unknown code.
 *
 * @param code - A code or alias.
 * @returns The calendar, or `undefined`.
 * @throws Nothing.
 *
 * @example
 * findBuiltInCalendar('MQ')?.id;
 * //=> 'FR-MQ'
 */
export function findBuiltInCalendar(code: string): HolidayCalendar | undefined {
  const upper = code.toUpperCase();
  const canonical = BUILT_IN_ALIASES[upper] ?? BUILT_IN_CODES.find((known) => known === upper);
  if (canonical === undefined) return undefined;
  let calendar = built.get(canonical);
  if (calendar === undefined) {
    const bases = canonical === 'FR' ? [] : [findBuiltInCalendar('FR') as HolidayCalendar];
    calendar = buildRuleCalendar({
      id: canonical,
      language: 'fr',
      bases,
      without: new Set(),
      rules: builtInRules(canonical).map((rule) => compileRule(rule, 'fr')),
    });
    built.set(canonical, calendar);
  }
  return calendar;
}
