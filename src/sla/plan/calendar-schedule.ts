import { alwaysOpen } from '../../schedule/always-open';
import { type CompiledSchedule, compiledOf } from '../../schedule/schedule';

/** Around the clock, for metrics that count calendar hours: compiled once, when first needed. */
let aroundTheClock: CompiledSchedule | undefined;

export function calendarSchedule(): CompiledSchedule {
  aroundTheClock ??= compiledOf(alwaysOpen(), 'plan.schedule');
  return aroundTheClock;
}
