// Answers in a form a reader can check by hand against the comments of the fixed cases.
import { type InstantInput, openIntervals, type Schedule } from '../../src/index';

/** An instant as its ISO string in UTC. */
export const iso = (date: Date): string => date.toISOString();

/** The open intervals within `[from, to)` as `[start, end]` ISO string pairs. */
export const spans = (schedule: Schedule, from: InstantInput, to: InstantInput): string[][] =>
  openIntervals(schedule, from, to).map(({ start, end }) => [iso(start), iso(end)]);
