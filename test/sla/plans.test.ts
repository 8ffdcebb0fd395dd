// DESIGN §7 and issue 4 items 2–3: plans as data (definePlan, validated with zod, errors naming
// the path), targets in business time or business days, standardPlan and premiumPlan with every
// default overridable.
import { describe, expect, it } from 'vitest';
import {
  type Plan as AnyPlan,
  alwaysOpen,
  type BuiltinPlanOptions,
  DEFAULT_AT_RISK,
  DEFAULT_TARGETS,
  definePlan,
  defineSchedule,
  evaluateTicket,
  isOpen,
  type PlanConfig,
  premiumPlan,
  SlaError,
  slaDeadlines,
  standardPlan,
} from '../../src/index';

/** The default plans' metrics: every plan of this file runs them. */
type Plan = AnyPlan<'gti' | 'gtr'>;

import { FR_MQ_2026, HOUR, local, MINUTE, mq, STANDARD_PLANS } from '../support/sla-fixtures';

const T = { gti: 'PT1H', gtr: 'P1D' } as const;
const BASE: PlanConfig = {
  id: 'p',
  schedule: '24/7',
  targets: { normal: T, medium: T, high: T, critical: T },
};

/** BASE with `normal.gti` replaced. */
const withTarget = (target: unknown): PlanConfig =>
  ({ ...BASE, targets: { ...BASE.targets, normal: { gti: target, gtr: 'P1D' } } }) as PlanConfig;

function planError(config: unknown): SlaError {
  try {
    definePlan(config as PlanConfig);
  } catch (error) {
    if (error instanceof SlaError) return error;
    throw new Error(`expected a SlaError, got ${String(error)}`);
  }
  throw new Error('expected definePlan to throw');
}

describe('definePlan: targets', () => {
  it.each([
    [{ minutes: 45 }, { unit: 'time', milliseconds: 45 * MINUTE }],
    [{ hours: 4 }, { unit: 'time', milliseconds: 4 * HOUR }],
    [
      { hours: 1, minutes: 30 },
      { unit: 'time', milliseconds: 90 * MINUTE },
    ],
    [{ hours: 1.5 }, { unit: 'time', milliseconds: 90 * MINUTE }],
    [{ seconds: 90 }, { unit: 'time', milliseconds: 90_000 }],
    ['PT4H', { unit: 'time', milliseconds: 4 * HOUR }],
    ['PT4H30M', { unit: 'time', milliseconds: 270 * MINUTE }],
    ['PT0.5S', { unit: 'time', milliseconds: 500 }],
    [{ businessDays: 3 }, { unit: 'businessDays', days: 3 }],
    ['P7D', { unit: 'businessDays', days: 7 }],
  ])('reads %j as %j', (input, target) => {
    expect(definePlan(withTarget(input)).targets.normal?.gti).toEqual(target);
  });

  it.each([
    [{ hours: 0 }],
    [{ minutes: -5 }],
    [{}],
    ['PT0S'],
    ['P0D'],
    ['P1W'],
    ['P1M'],
    ['P1DT2H'],
    [{ days: 1 }],
    [{ businessDays: 0 }],
    [{ businessDays: 1.5 }],
    [{ businessDays: -1 }],
    [{ businessDays: true }],
    [{ businessDays: 2, hours: 1 }],
    [{ businessDays: '2' }],
    [{ businessDays: [3] }],
    [{ hours: Number.NaN }],
    [{ hours: Number.POSITIVE_INFINITY }],
    [{ hours: '1' }],
    [{ weeks: 1 }],
    [3_600_000],
    ['soon'],
    [''],
    [undefined],
  ])('refuses %j with invalid_plan at targets.normal.gti', (input) => {
    expect(planError(withTarget(input))).toMatchObject({
      code: 'invalid_plan',
      path: 'targets.normal.gti',
    });
  });
});

describe('definePlan: a null target', () => {
  it('means the metric is not measured at that priority', () => {
    expect(definePlan(withTarget(null)).targets.normal?.gti).toBeNull();
  });
});

describe('definePlan: refusals name the path', () => {
  const targets = BASE.targets;
  it.each([
    [
      'a bad high GTR',
      { ...BASE, targets: { ...targets, high: { gti: 'PT1H', gtr: 'x' } } },
      'invalid_plan',
      'targets.high.gtr',
    ],
    [
      'a missing high GTR',
      { ...BASE, targets: { ...targets, high: { gti: 'PT1H' } } },
      'invalid_plan',
      'targets.high.gtr',
    ],
    [
      'a missing priority',
      { ...BASE, targets: { normal: T, medium: T, critical: T } },
      'invalid_plan',
      'targets.high',
    ],
    [
      'an unknown priority',
      { ...BASE, targets: { ...targets, urgent: T } },
      'invalid_plan',
      'targets.urgent',
    ],
    [
      'an unknown clock',
      { ...BASE, targets: { ...targets, high: { ...T, gtx: 'PT1H' } } },
      'invalid_plan',
      'targets.high.gtx',
    ],
    ['missing targets', { id: 'p', schedule: '24/7' }, 'invalid_plan', 'targets'],
    ['an unknown top-level key', { ...BASE, sla: 1 }, 'invalid_plan', 'sla'],
    ['an empty id', { ...BASE, id: '' }, 'invalid_plan', 'id'],
    ['a missing id', { schedule: '24/7', targets }, 'invalid_plan', 'id'],
    ['a numeric name', { ...BASE, name: 3 }, 'invalid_plan', 'name'],
    ['atRisk 0', { ...BASE, atRisk: 0 }, 'invalid_plan', 'atRisk'],
    ['atRisk above 1', { ...BASE, atRisk: 1.01 }, 'invalid_plan', 'atRisk'],
    ['atRisk NaN', { ...BASE, atRisk: Number.NaN }, 'invalid_plan', 'atRisk'],
    ['atRisk as a string', { ...BASE, atRisk: '0.5' }, 'invalid_plan', 'atRisk'],
    ['an unknown kind', { ...BASE, kinds: { bug: {} } }, 'invalid_plan', 'kinds.bug'],
    [
      'an unknown priority in a kind',
      { ...BASE, kinds: { incident: { urgent: {} } } },
      'invalid_plan',
      'kinds.incident.urgent',
    ],
    [
      'a bad kind target',
      { ...BASE, kinds: { incident: { high: { gtr: 'x' } } } },
      'invalid_plan',
      'kinds.incident.high.gtr',
    ],
    ['a schedule typo', { ...BASE, schedule: '24x7' }, 'invalid_plan', 'schedule'],
    ['a null schedule', { ...BASE, schedule: null }, 'invalid_plan', 'schedule'],
    [
      'a bad range',
      { ...BASE, schedule: { timezone: 'America/Martinique', hours: { mon: ['8-16'] } } },
      'invalid_range',
      'schedule.hours.mon[0]',
    ],
    [
      'an empty range',
      { ...BASE, schedule: { timezone: 'UTC', hours: { tue: ['08:00-16:00', '09:00-09:00'] } } },
      'empty_range',
      'schedule.hours.tue[1]',
    ],
    [
      'an unknown zone',
      { ...BASE, schedule: { timezone: 'Mars/Olympus', hours: {} } },
      'unknown_timezone',
      'schedule.timezone',
    ],
    [
      'an unknown schedule key',
      { ...BASE, schedule: { timezone: 'UTC', hours: {}, days: {} } },
      'invalid_schedule',
      'schedule.days',
    ],
    [
      'an unknown calendar',
      { ...BASE, schedule: { timezone: 'UTC', hours: {}, holidays: 'XX-YY' } },
      'invalid_calendar',
      'schedule.holidays',
    ],
    [
      'a bad holiday date',
      { ...BASE, schedule: { timezone: 'UTC', hours: {}, holidays: ['2026-02-30'] } },
      'invalid_date',
      'schedule.holidays[0]',
    ],
  ])('%s: %s at %s', (_name, config, code, path) => {
    expect(planError(config)).toMatchObject({ code: expect.any(String), path });
    expect(planError(config).code).toBe(code);
  });

  it.each([[null], [undefined], ['standard'], [42], [[]]])(
    'refuses %j with a SlaError',
    (config) => {
      expect(planError(config).code).toBe('invalid_plan');
    },
  );
});

describe('definePlan: the compiled plan', () => {
  it('defaults atRisk to 0.75, has no name unless given, and is frozen all the way', () => {
    const plan = definePlan(BASE);
    expect(DEFAULT_AT_RISK).toBe(0.75);
    expect(plan.atRisk).toBe(0.75);
    expect(plan.id).toBe('p');
    expect('name' in plan).toBe(false);
    expect(Object.isFrozen(plan)).toBe(true);
    expect(Object.isFrozen(plan.targets)).toBe(true);
    expect(Object.isFrozen(plan.targets.high)).toBe(true);
    expect(Object.isFrozen(plan.targets.high?.gtr)).toBe(true);
    expect(Object.isFrozen(plan.kinds)).toBe(true);
  });

  it('takes "24/7", a schedule configuration or a compiled schedule', () => {
    expect(definePlan(BASE).schedule).toBe(alwaysOpen());
    const schedule = defineSchedule({ timezone: 'Europe/Paris', hours: { mon: ['09:00-17:00'] } });
    expect(definePlan({ ...BASE, schedule }).schedule).toBe(schedule);
    const fromConfig = definePlan({
      ...BASE,
      schedule: { timezone: 'Europe/Paris', hours: { mon: ['09:00-17:00'] } },
    });
    expect(fromConfig.schedule.timezone).toBe('Europe/Paris');
    expect(isOpen(fromConfig.schedule, '2026-03-09T09:00:00+01:00')).toBe(true);
    expect(isOpen(fromConfig.schedule, '2026-03-10T09:00:00+01:00')).toBe(false);
  });

  it('does not keep references to the configuration', () => {
    const config = structuredClone({ ...BASE, kinds: { incident: { high: { gtr: 'PT2H' } } } });
    const plan = definePlan(config);
    (config.targets.high as { gti: string }).gti = 'PT9H';
    config.kinds.incident.high.gtr = 'PT9H';
    expect(plan.targets.high?.gti).toEqual({ unit: 'time', milliseconds: HOUR });
    expect(plan.kinds.incident?.high?.gtr).toEqual({ unit: 'time', milliseconds: 2 * HOUR });
  });

  it('a copy of a plan is not a plan', () => {
    const copy = { ...definePlan(BASE) } as Plan;
    expect(() => slaDeadlines(copy, { openedAt: 0, priority: 'high' })).toThrow(
      expect.objectContaining({ code: 'invalid_plan', path: 'plan' }),
    );
  });
});

describe.each(STANDARD_PLANS)('the standard plan: %s', (_name, makePlan) => {
  it('is "standard", with the target table of DESIGN §1 and atRisk 0.75', () => {
    const plan = makePlan();
    expect([plan.id, plan.name, plan.atRisk]).toEqual(['standard', 'Standard', 0.75]);
    expect(plan.targets).toEqual({
      normal: { gti: { unit: 'time', milliseconds: HOUR }, gtr: { unit: 'businessDays', days: 7 } },
      medium: {
        gti: { unit: 'time', milliseconds: 45 * MINUTE },
        gtr: { unit: 'businessDays', days: 3 },
      },
      high: {
        gti: { unit: 'time', milliseconds: 30 * MINUTE },
        gtr: { unit: 'businessDays', days: 1 },
      },
      critical: {
        gti: { unit: 'time', milliseconds: 15 * MINUTE },
        gtr: { unit: 'time', milliseconds: 4 * HOUR },
      },
    });
    expect(plan.kinds).toEqual({});
  });

  it('is open Monday to Friday 08:00–16:00 in America/Martinique, closed on FR-MQ 2026 holidays', () => {
    const { schedule } = makePlan();
    expect(schedule.timezone).toBe('America/Martinique');
    const open = (t: string) => isOpen(schedule, mq(t));
    expect(open('2026-03-09 08:00')).toBe(true); // Monday
    expect(open('2026-03-09 07:59:59.999')).toBe(false);
    expect(open('2026-03-09 15:59:59.999')).toBe(true);
    expect(open('2026-03-09 16:00')).toBe(false);
    expect(open('2026-03-13 12:00')).toBe(true); // Friday
    expect(open('2026-03-14 12:00')).toBe(false); // Saturday
    expect(open('2026-03-15 12:00')).toBe(false); // Sunday
    for (const date of FR_MQ_2026) {
      const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
      if (weekday !== 0 && weekday !== 6) expect(open(`${date} 12:00`), date).toBe(false);
    }
    expect(open('2026-05-21 12:00')).toBe(true); // the day before 22 May
  });
});

describe('the premium plan', () => {
  it('is "premium", 24/7, with the target table of DESIGN §1', () => {
    const plan = premiumPlan();
    expect([plan.id, plan.name, plan.atRisk]).toEqual(['premium', 'Premium', 0.75]);
    expect(plan.targets).toEqual(standardPlan({ holidays: [] }).targets);
    for (const t of ['2026-05-22 03:00', '2026-12-25 23:59', '2026-03-14 12:00']) {
      expect(isOpen(plan.schedule, mq(t))).toBe(true);
    }
  });

  it('a business day is 24 h: a high ticket opened Monday 23:00 is due Tuesday 23:00', () => {
    const { gtr } = slaDeadlines(premiumPlan(), {
      openedAt: mq('2026-03-09 23:00'),
      priority: 'high',
    });
    expect(local(gtr)).toBe('2026-03-10 23:00');
  });

  it('with holidays, runs 24 h a day in Martinique except on them', () => {
    // Opened Mon 23:00 before a closed Tuesday: the 1 h GTI runs out at midnight, a closing,
    // so it is due at the next opening, Wednesday 00:00.
    const plan = premiumPlan({ holidays: ['2026-03-10'] });
    expect(plan.schedule.timezone).toBe('America/Martinique');
    const { gti } = slaDeadlines(plan, { openedAt: mq('2026-03-09 23:00'), priority: 'normal' });
    expect(local(gti)).toBe('2026-03-11 00:00');
  });
});

describe('built-in plan options override every default', () => {
  const opened = mq('2026-03-09 08:00'); // a Monday

  it('timezone: the same hours in Paris', () => {
    const plan = standardPlan({ timezone: 'Europe/Paris', holidays: [] });
    expect(plan.schedule.timezone).toBe('Europe/Paris');
    const { gti } = slaDeadlines(plan, {
      openedAt: '2026-03-09T08:00:00+01:00',
      priority: 'critical',
    });
    expect(gti).toEqual(new Date('2026-03-09T08:15:00+01:00'));
  });

  it('holidays: a calendar code, explicit dates, or none', () => {
    const friday = { openedAt: mq('2026-05-22 09:00'), priority: 'critical' } as const;
    expect(local(slaDeadlines(standardPlan({ holidays: [] }), friday).gti)).toBe(
      '2026-05-22 09:15',
    );
    expect(local(slaDeadlines(standardPlan({ holidays: ['2026-05-22'] }), friday).gti)).toBe(
      '2026-05-25 08:15',
    );
    expect(local(slaDeadlines(standardPlan({ holidays: 'FR' }), friday).gti)).toBe(
      '2026-05-22 09:15',
    );
  });

  it('hours replace the weekly hours; overrides replace one date', () => {
    const saturdays = standardPlan({ holidays: [], hours: { sat: ['09:00-12:00'] } });
    expect(local(slaDeadlines(saturdays, { openedAt: opened, priority: 'critical' }).gti)).toBe(
      '2026-03-14 09:15',
    );
    const late = standardPlan({ holidays: [], overrides: { '2026-03-09': ['12:00-13:00'] } });
    expect(local(slaDeadlines(late, { openedAt: opened, priority: 'critical' }).gti)).toBe(
      '2026-03-09 12:15',
    );
  });

  it('schedule replaces the whole schedule', () => {
    const plan = standardPlan({ schedule: '24/7' });
    expect(plan.schedule).toBe(alwaysOpen());
    const { gtr } = slaDeadlines(plan, { openedAt: mq('2026-03-09 23:00'), priority: 'medium' });
    expect(local(gtr)).toBe('2026-03-12 23:00');
  });

  it('targets replace single clocks and keep the rest of the table', () => {
    const plan = standardPlan({ holidays: [], targets: { critical: { gtr: { hours: 2 } } } });
    expect(plan.targets.critical).toEqual({
      gti: { unit: 'time', milliseconds: 15 * MINUTE },
      gtr: { unit: 'time', milliseconds: 2 * HOUR },
    });
    expect(plan.targets.high).toEqual(standardPlan({ holidays: [] }).targets.high);
  });

  it('id, name, atRisk and kinds', () => {
    const plan = premiumPlan({
      id: 'gold',
      name: 'Gold',
      atRisk: 0.5,
      kinds: { information: { normal: { gtr: 'P10D' } } },
    });
    expect([plan.id, plan.name, plan.atRisk]).toEqual(['gold', 'Gold', 0.5]);
    expect(plan.kinds.information?.normal?.gtr).toEqual({ unit: 'businessDays', days: 10 });
    const report = evaluateTicket(
      plan,
      { openedAt: opened, priority: 'critical' },
      { now: opened.getTime() + 2 * HOUR + 1 },
    );
    expect(report.metrics.gtr.status).toBe('at-risk'); // past 0.5 × 4 h
  });

  it.each([
    [{ atRisk: 2 }, 'invalid_plan', 'atRisk'],
    [{ timezone: 'Nowhere/Nothing' }, 'unknown_timezone', 'schedule.timezone'],
    [{ targets: { high: { gtr: 'soon' } } }, 'invalid_plan', 'targets.high.gtr'],
    [{ hours: { mon: ['08:00-12:00', '11:00-13:00'] } }, 'overlapping_ranges', undefined],
    [{ holidays: 'ZZ' }, 'invalid_calendar', 'schedule.holidays'],
  ] as [BuiltinPlanOptions, string, string | undefined][])(
    'refuses %j with %s',
    (options, code, path) => {
      for (const make of [standardPlan, premiumPlan]) {
        const call = () => make(options);
        expect(call).toThrow(SlaError);
        expect(call).toThrow(
          expect.objectContaining(path === undefined ? { code } : { code, path }),
        );
      }
    },
  );

  // Options are configuration like definePlan's: a misspelt key must be refused, not ignored
  // (DESIGN §9: an error, never a guess).
  it.each<[unknown, string]>([
    [{ targets: { Critical: { gtr: { hours: 2 } } } }, 'an unknown priority in targets'],
    [{ targets: { critical: { gtx: { hours: 2 } } } }, 'an unknown clock in targets'],
    [{ timeZone: 'Europe/Paris' }, 'a misspelt option (timeZone)'],
  ])('refuses %j (%s) with a SlaError', (options) => {
    for (const make of [standardPlan, premiumPlan]) {
      const call = () => make(options as BuiltinPlanOptions);
      expect(call).toThrow(SlaError);
      expect(call).toThrow(expect.objectContaining({ code: 'invalid_plan' }));
    }
  });

  it('DEFAULT_TARGETS is the DESIGN §1 table, frozen', () => {
    expect(DEFAULT_TARGETS).toEqual({
      normal: { gti: { hours: 1 }, gtr: { businessDays: 7 } },
      medium: { gti: { minutes: 45 }, gtr: { businessDays: 3 } },
      high: { gti: { minutes: 30 }, gtr: { businessDays: 1 } },
      critical: { gti: { minutes: 15 }, gtr: { hours: 4 } },
    });
    expect(Object.isFrozen(DEFAULT_TARGETS)).toBe(true);
  });
});
