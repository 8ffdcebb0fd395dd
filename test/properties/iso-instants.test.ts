// ISO-8601 instant strings: every spelling the library accepts (T, t or a space; with or without
// seconds; 1 to 9 fractional digits after a dot or a comma; Z, z, ±HH, ±HHmm, ±HH:mm; an RFC 9557
// annotation) reads as the instant its fields name, computed here from the fields alone, and every
// impossible date, time or offset is refused with `invalid_instant` — never a wrong instant. A
// spelling broken anywhere (a character inserted, replaced or deleted) reads as a reference reader
// of the grammar says.
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { alwaysOpen, nextOpen, SlaError } from '../../src/index';
import { itHolds } from '../support/fast-check-settings';

interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number | undefined;
  fraction: string | undefined;
  offset: { sign: 1 | -1; hours: number; minutes: number } | 'Z';
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

const fieldsArb: fc.Arbitrary<Fields> = fc.record({
  year: fc.oneof(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 0, max: 9999 })),
  month: fc.oneof(
    { weight: 9, arbitrary: fc.integer({ min: 1, max: 12 }) },
    fc.constantFrom(0, 13, 99),
  ),
  day: fc.oneof(
    { weight: 9, arbitrary: fc.integer({ min: 1, max: 31 }) },
    fc.constantFrom(0, 32, 99),
  ),
  hour: fc.oneof(
    { weight: 9, arbitrary: fc.integer({ min: 0, max: 23 }) },
    fc.constantFrom(24, 99),
  ),
  minute: fc.oneof(
    { weight: 9, arbitrary: fc.integer({ min: 0, max: 59 }) },
    fc.constantFrom(60, 99),
  ),
  second: fc.option(
    fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 0, max: 59 }) }, fc.constantFrom(60, 99)),
    { nil: undefined },
  ),
  fraction: fc.option(fc.stringMatching(/^\d{1,9}$/), { nil: undefined }),
  offset: fc.oneof(
    fc.constant<'Z'>('Z'),
    fc.record({
      sign: fc.constantFrom<1 | -1>(1, -1),
      hours: fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 0, max: 23 }) }, fc.constant(24)),
      minutes: fc.oneof(
        { weight: 9, arbitrary: fc.constantFrom(0, 30, 45) },
        fc.integer({ min: 0, max: 59 }),
        fc.constant(60),
      ),
    }),
  ),
});

const spellingArb = fc.record({
  separator: fc.constantFrom('T', 't', ' '),
  fractionMark: fc.constantFrom('.', ','),
  zulu: fc.constantFrom('Z', 'z'),
  offsetForm: fc.constantFrom('HH:mm', 'HHmm', 'HH'),
  annotation: fc.constantFrom('', '', '', '[Europe/Paris]', '[u-ca=iso8601]'),
  padding: fc.constantFrom('', '', ' '),
});

type Spelling = typeof spellingArb extends fc.Arbitrary<infer S> ? S : never;

function spell(f: Fields, s: Spelling): string {
  let text = `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)}${s.separator}${pad(f.hour)}:${pad(f.minute)}`;
  if (f.second !== undefined) {
    text += `:${pad(f.second)}`;
    if (f.fraction !== undefined) text += `${s.fractionMark}${f.fraction}`;
  }
  if (f.offset === 'Z') text += s.zulu;
  else {
    const { sign, hours, minutes } = f.offset;
    text += sign < 0 ? '-' : '+';
    // ±HH alone names whole hours only.
    if (s.offsetForm === 'HH' && minutes === 0) text += pad(hours);
    else if (s.offsetForm === 'HHmm') text += `${pad(hours)}${pad(minutes)}`;
    else text += `${pad(hours)}:${pad(minutes)}`;
  }
  return `${s.padding}${text}${s.annotation}${s.padding}`;
}

/** The instant the fields name, or `undefined` when they name none. */
function expected(f: Fields): number | undefined {
  const leap = f.year % 4 === 0 && (f.year % 100 !== 0 || f.year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][f.month - 1];
  const second = f.second ?? 0;
  const offsetValid = f.offset === 'Z' || (f.offset.hours <= 23 && f.offset.minutes <= 59);
  if (days === undefined || f.day < 1 || f.day > days || f.hour > 23 || f.minute > 59)
    return undefined;
  if (second > 59 || !offsetValid) return undefined;
  const date = new Date(0);
  date.setUTCFullYear(f.year, f.month - 1, f.day);
  // A fraction is written only after seconds.
  const fraction = f.second === undefined ? '' : (f.fraction ?? '');
  date.setUTCHours(f.hour, f.minute, second, Number(fraction.padEnd(3, '0').slice(0, 3)));
  const offset =
    f.offset === 'Z' ? 0 : f.offset.sign * (f.offset.hours * 60 + f.offset.minutes) * 60_000;
  return date.getTime() - offset;
}

/**
 * The reference reader: the accepted grammar written out as one regular expression (the library
 * reads the usual shape without one), then the instant of the fields it names.
 */
const GRAMMAR =
  /^([+-]\d{6}|\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:[Zz]|([+-])(\d{2})(?::?(\d{2}))?)(?:\[[^\]]*\])*$/;

function readByGrammar(text: string): number | string {
  const m = GRAMMAR.exec(text.trim());
  // Year −0 has no ISO spelling as −000000.
  if (!m || m[1] === '-000000') return 'invalid_instant';
  const [, year, month, day, hour, minute, second, fraction, sign, hours, minutes] = m;
  const instant = expected({
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour),
    minute: Number(minute),
    second: second === undefined ? undefined : Number(second),
    fraction,
    offset:
      sign === undefined
        ? 'Z'
        : { sign: sign === '-' ? -1 : 1, hours: Number(hours), minutes: Number(minutes ?? 0) },
  });
  return instant ?? 'invalid_instant';
}

/** What the library reads: the instant, or the refusal's code. */
function read(text: string): number | string {
  try {
    return nextOpen(alwaysOpen(), text).getTime();
  } catch (error) {
    if (error instanceof SlaError) return error.code;
    throw error;
  }
}

describe('ISO-8601 instant strings', () => {
  itHolds(
    'every accepted spelling reads as the instant of its fields; impossible fields are refused',
    fc.property(fieldsArb, spellingArb, (fields, spelling) => {
      const text = spell(fields, spelling);
      const instant = expected(fields);
      expect(read(text), text).toBe(instant ?? 'invalid_instant');
    }),
  );

  itHolds(
    'a spelling broken anywhere reads as the grammar says: its instant, or invalid_instant',
    fc.property(
      fieldsArb,
      spellingArb,
      fc.nat(),
      fc.constantFrom('insert', 'replace', 'delete'),
      fc.constantFrom('x', '-', ':', '1', '.', '+', 'Z', 'T', ' ', '[', ']'),
      (fields, spelling, at, edit, character) => {
        const text = spell(fields, spelling);
        const position = at % (text.length + 1);
        const kept = edit === 'insert' ? position : position + 1;
        const broken =
          text.slice(0, position) + (edit === 'delete' ? '' : character) + text.slice(kept);
        expect(read(broken), broken).toBe(readByGrammar(broken));
      },
    ),
  );
});
