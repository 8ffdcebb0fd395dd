// Loads test/fixtures/engine.json (a copy of shared/vectors/engine.json): ~3,100 worked cases of
// DESIGN §3–§5 from an independent reference.
import { readFileSync } from 'node:fs';

export type WeekdayKey = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

export interface FixtureSchedule {
  timezone: string;
  hours: Partial<Record<WeekdayKey, string[]>>;
  holidays?: string[];
  overrides?: Record<string, string[]>;
}

export type EngineCase =
  | { schedule: string; fn: 'isOpen'; at: string; expected: boolean }
  | { schedule: string; fn: 'nextOpen'; at: string; expected: string }
  | {
      schedule: string;
      fn: 'openIntervals';
      from: string;
      to: string;
      expected: { start: string; end: string }[];
    }
  | { schedule: string; fn: 'businessTimeBetween'; from: string; to: string; expected: number }
  | { schedule: string; fn: 'addBusinessTime'; start: string; duration: number; expected: string }
  | {
      schedule: string;
      fn: 'subtractBusinessTime';
      end: string;
      duration: number;
      expected: string;
    }
  | { schedule: string; fn: 'addBusinessDays'; start: string; n: number; expected: string };

export interface EngineFixture {
  schedules: Record<string, FixtureSchedule>;
  unions: Record<string, string[]>;
  cases: EngineCase[];
}

export const engineFixture: EngineFixture = JSON.parse(
  readFileSync(new URL('../fixtures/engine.json', import.meta.url), 'utf8'),
);
