// Refusals and boundaries added after review: decimal at-risk thresholds, option typos, conflicting
// schedule options, frozen defaults, bounded targets.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TARGETS,
  definePlan,
  evaluateTicket,
  premiumPlan,
  standardPlan,
} from '../../src/index';
import { atRiskThresholdOf } from '../../src/sla/cycles/metric-report';
import { fcParams } from '../support/fast-check-settings';
import { refusal } from '../support/refusal';

const OPENED = Date.parse('2026-03-09T12:00:00.000Z'); // Monday 08:00 in Martinique
const MINUTE = 60_000;

describe('at-risk threshold with a decimal atRisk', () => {
  // Premium, medium: GTI 45 min = 2,700,000 ms. 0.35 × 2,700,000 = 945,000 ms = 15 min 45 s
  // exactly, although 0.35 × 2,700,000 in binary floating point is 944,999.9999999999.
  const plan = premiumPlan({ atRisk: 0.35 });
  const ticket = { openedAt: OPENED, priority: 'medium' as const };

  it('is on track at exactly 35 % of the target and at risk 1 ms later', () => {
    expect(evaluateTicket(plan, ticket, { now: OPENED + 945_000 }).metrics.gti.status).toBe(
      'on-track',
    );
    expect(evaluateTicket(plan, ticket, { now: OPENED + 945_001 }).metrics.gti.status).toBe(
      'at-risk',
    );
  });

  it('puts atRiskAt at 15 min 45 s', () => {
    expect(evaluateTicket(plan, ticket, { now: OPENED }).metrics.gti.atRiskAt?.getTime()).toBe(
      OPENED + 945_000,
    );
  });

  it('0.7 of a 45-minute GTI on the standard plan is 31 min 30 s', () => {
    const standard = standardPlan({ atRisk: 0.7 });
    const report = evaluateTicket(standard, ticket, { now: OPENED });
    expect(report.metrics.gti.atRiskAt?.getTime()).toBe(OPENED + 31 * MINUTE + 30_000);
  });
});

describe('options are checked, not ignored', () => {
  const plan = premiumPlan();
  const ticket = { openedAt: OPENED, priority: 'high' as const };

  it.each([
    [{ now: OPENED, onPriorityChanged: 'restart' }, 'options.onPriorityChanged'],
    [{ now: OPENED, pause: ['gti'] }, 'options.pause'],
    [{ now: OPENED, lenient: 'true' }, 'options.lenient'],
    [{ now: OPENED, onPriorityChange: 'reset' }, 'options.onPriorityChange'],
  ])('evaluateTicket refuses %j at %s', (options, path) => {
    const error = refusal(() => evaluateTicket(plan, ticket, options as never));
    expect(error.code).toBe('invalid_argument');
    expect(error.path).toBe(path);
  });

  it('a built-in plan refuses a schedule together with the parts it would replace', () => {
    const error = refusal(() => standardPlan({ schedule: '24/7', timezone: 'Europe/Paris' }));
    expect(error.code).toBe('invalid_plan');
    expect(error.path).toBe('options.timezone');
  });

  it('a built-in plan refuses holidays: null instead of falling back to FR-MQ', () => {
    const error = refusal(() => standardPlan({ holidays: null as never }));
    expect(error.code).toBe('invalid_plan');
    expect(error.path).toBe('options.holidays');
  });
});

describe('defaults and targets', () => {
  it('DEFAULT_TARGETS is frozen to its leaves', () => {
    expect(Object.isFrozen(DEFAULT_TARGETS.critical?.gtr)).toBe(true);
    expect(() => {
      (DEFAULT_TARGETS.critical?.gtr as { hours: number }).hours = 400;
    }).toThrow(TypeError);
    expect(standardPlan().targets.critical?.gtr).toEqual({
      unit: 'time',
      milliseconds: 4 * 3_600_000,
    });
  });

  it('time targets above 24,000 hours are refused where they are written', () => {
    const targets = {
      normal: { gti: { hours: 1 }, gtr: { hours: 1e9 } },
      medium: { gti: { hours: 1 }, gtr: { hours: 1 } },
      high: { gti: { hours: 1 }, gtr: { hours: 1 } },
      critical: { gti: { hours: 1 }, gtr: { hours: 1 } },
    };
    const error = refusal(() => definePlan({ id: 'huge', schedule: '24/7', targets }));
    expect(error.code).toBe('invalid_plan');
    expect(error.path).toBe('targets.normal.gtr');
  });
});

describe('atRiskThresholdOf', () => {
  it('is floor(decimal × target) exactly, for thresholds of 1 to 9 decimals and any target', () => {
    const maxTarget = 24_000 * 3_600_000;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }),
        fc.nat({ max: 999_999_999 }),
        fc.oneof(
          fc.nat({ max: maxTarget }),
          fc.nat({ max: 24_000 * 60 }).map((minutes) => minutes * MINUTE),
        ),
        (digits, digitsValue, target) => {
          const numerator = digitsValue % 10 ** digits;
          const atRisk = Number(`0.${String(numerator).padStart(digits, '0')}`);
          const exact = (BigInt(numerator) * BigInt(target)) / 10n ** BigInt(digits);
          expect(atRiskThresholdOf(atRisk, target)).toBe(Number(exact));
        },
      ),
      fcParams(),
    );
  });

  it.each([
    [1, 86_400_000_000, 86_400_000_000],
    [1, 0, 0],
    [0.75, 0, 0],
    [0.5, 1, 0],
    [0.000001, 999_999, 0],
    [0.000001, 1_000_000, 1],
    [1e-9, 1_000_000_000, 1],
  ])('atRisk %d of a target of %d ms is %d ms', (atRisk, target, threshold) => {
    expect(atRiskThresholdOf(atRisk, target)).toBe(threshold);
  });
});
