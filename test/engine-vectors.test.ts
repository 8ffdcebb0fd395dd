// Every worked case of the independent engine vectors, against the library itself.
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addBusinessTime,
  businessTimeBetween,
  defineSchedule,
  isOpen,
  nextOpen,
  openIntervals,
  type Schedule,
  subtractBusinessTime,
  unionSchedules,
} from '../src/index';
import { type EngineCase, engineFixture } from './support/engine-fixture';

const schedules = new Map<string, Schedule>();
for (const [name, config] of Object.entries(engineFixture.schedules))
  schedules.set(name, defineSchedule(config));
for (const [name, members] of Object.entries(engineFixture.unions)) {
  schedules.set(
    name,
    unionSchedules(...members.map((member) => schedules.get(member) as Schedule)),
  );
}

function evaluate(schedule: Schedule, c: EngineCase): unknown {
  switch (c.fn) {
    case 'isOpen':
      return isOpen(schedule, c.at);
    case 'nextOpen':
      return nextOpen(schedule, c.at).toISOString();
    case 'openIntervals':
      return openIntervals(schedule, c.from, c.to).map(({ start, end }) => ({
        start: start.toISOString(),
        end: end.toISOString(),
      }));
    case 'businessTimeBetween':
      return businessTimeBetween(schedule, c.from, c.to);
    case 'addBusinessTime':
      return addBusinessTime(schedule, c.start, c.duration).toISOString();
    case 'subtractBusinessTime':
      return subtractBusinessTime(schedule, c.end, c.duration).toISOString();
    case 'addBusinessDays':
      return addBusinessDays(schedule, c.start, c.n).toISOString();
  }
}

describe('engine vectors (test/fixtures/engine.json)', () => {
  it('holds more than 3,000 cases over every schedule', () => {
    expect(engineFixture.cases.length).toBeGreaterThan(3000);
  });

  const bySchedule = new Map<string, EngineCase[]>();
  for (const c of engineFixture.cases)
    bySchedule.set(c.schedule, [...(bySchedule.get(c.schedule) ?? []), c]);
  for (const [name, cases] of bySchedule) {
    it(`${name}: ${cases.length} cases`, () => {
      const schedule = schedules.get(name);
      expect(schedule, name).toBeDefined();
      const failures = cases
        .map((c) => ({ case: c, actual: evaluate(schedule as Schedule, c) }))
        .filter(
          ({ case: c, actual }) =>
            !Object.is(actual, c.expected) && JSON.stringify(actual) !== JSON.stringify(c.expected),
        );
      expect(failures.slice(0, 5)).toEqual([]);
    });
  }
});
