// Hand-checked cases around daylight-saving transitions and Pacific/Apia's skipped day (DESIGN §3
// "Local times and DST"). Every expected instant is a literal derived by hand in the comment next
// to it; the zone facts used are (2026 unless said otherwise):
//   Europe/Paris         29 Mar 02:00 CET(+01) -> 03:00 CEST(+02) at 01:00Z (gap 02:00-03:00)
//                        25 Oct 03:00 CEST(+02) -> 02:00 CET(+01) at 01:00Z (02:00-03:00 twice)
//   America/New_York      8 Mar 02:00 EST(-05) -> 03:00 EDT(-04) at 07:00Z (gap 02:00-03:00)
//                         1 Nov 02:00 EDT(-04) -> 01:00 EST(-05) at 06:00Z (01:00-02:00 twice)
//   Australia/Lord_Howe   5 Apr 02:00 (+11) -> 01:30 (+10:30) at 15:00Z on 4 Apr (01:30-02:00 twice)
//                         4 Oct 02:00 (+10:30) -> 02:30 (+11) at 15:30Z on 3 Oct (gap 02:00-02:30)
//   Pacific/Apia         2011-12-29 24:00 (-10) is followed by 2011-12-31 00:00 (+14), both at
//                        2011-12-30T10:00Z: the local date 2011-12-30 (a Friday) never happens.
// All four transition days above are Sundays.
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addBusinessTime,
  businessTimeBetween,
  defineSchedule,
  isOpen,
  nextOpen,
  type Schedule,
  subtractBusinessTime,
} from '../src/index';
import { iso, spans } from './support/readable';

const MIN = 60_000;
const H = 60 * MIN;

const sundays = (timezone: string, ...ranges: string[]): Schedule =>
  defineSchedule({ timezone, hours: { sun: ranges } });
const saturdayNights = (timezone: string): Schedule =>
  defineSchedule({ timezone, hours: { sat: ['22:00-06:00'] } });

describe('Europe/Paris', () => {
  it('a 00:00-24:00 Sunday lasts 23 h in spring and 25 h in autumn', () => {
    const s = sundays('Europe/Paris', '00:00-24:00');
    // spring: 00:00 CET = 28 Mar 23:00Z; 24:00 = Mon 00:00 CEST = 29 Mar 22:00Z -> 23 h
    expect(businessTimeBetween(s, '2026-03-28T00:00:00Z', '2026-03-31T00:00:00Z')).toBe(23 * H);
    expect(spans(s, '2026-03-28T00:00:00Z', '2026-03-31T00:00:00Z')).toEqual([
      ['2026-03-28T23:00:00.000Z', '2026-03-29T22:00:00.000Z'],
    ]);
    // autumn: 00:00 CEST = 24 Oct 22:00Z; 24:00 = Mon 00:00 CET = 25 Oct 23:00Z -> 25 h
    expect(businessTimeBetween(s, '2026-10-24T00:00:00Z', '2026-10-27T00:00:00Z')).toBe(25 * H);
    expect(spans(s, '2026-10-24T00:00:00Z', '2026-10-27T00:00:00Z')).toEqual([
      ['2026-10-24T22:00:00.000Z', '2026-10-25T23:00:00.000Z'],
    ]);
  });

  it('isOpen and nextOpen at the instants around the spring transition', () => {
    const s = sundays('Europe/Paris', '00:00-24:00');
    expect(isOpen(s, '2026-03-28T22:59:59.999Z')).toBe(false); // Sat 23:59:59.999 CET
    expect(isOpen(s, '2026-03-28T23:00:00Z')).toBe(true); // Sun 00:00 CET
    expect(isOpen(s, '2026-03-29T00:59:59.999Z')).toBe(true); // 01:59:59.999 CET
    expect(isOpen(s, '2026-03-29T01:00:00Z')).toBe(true); // 03:00 CEST
    expect(isOpen(s, '2026-03-29T21:59:59.999Z')).toBe(true); // 23:59:59.999 CEST
    expect(isOpen(s, '2026-03-29T22:00:00Z')).toBe(false); // Mon 00:00 CEST
    expect(iso(nextOpen(s, '2026-03-28T12:00:00Z'))).toBe('2026-03-28T23:00:00.000Z');
    // Mon 00:00 CEST -> next Sunday 5 Apr 00:00 CEST = 4 Apr 22:00Z
    expect(iso(nextOpen(s, '2026-03-29T22:00:00Z'))).toBe('2026-04-04T22:00:00.000Z');
  });

  it('a range starting in the spring gap starts one hour later (02:30 -> 03:30 CEST)', () => {
    const s = sundays('Europe/Paris', '02:30-05:00');
    // 02:30 does not exist: 03:30 CEST = 01:30Z; 05:00 CEST = 03:00Z -> 1.5 h
    expect(spans(s, '2026-03-29T00:00:00Z', '2026-03-30T00:00:00Z')).toEqual([
      ['2026-03-29T01:30:00.000Z', '2026-03-29T03:00:00.000Z'],
    ]);
    expect(businessTimeBetween(s, '2026-03-29T00:00:00Z', '2026-03-30T00:00:00Z')).toBe(1.5 * H);
    expect(isOpen(s, '2026-03-29T01:29:59.999Z')).toBe(false);
    expect(isOpen(s, '2026-03-29T01:30:00Z')).toBe(true);
    expect(iso(nextOpen(s, '2026-03-29T00:00:00Z'))).toBe('2026-03-29T01:30:00.000Z');
  });

  it('a range ending in the repeated hour ends at its earlier occurrence', () => {
    const s = sundays('Europe/Paris', '00:00-02:30');
    // 00:00 CEST = 24 Oct 22:00Z; 02:30 happens at 00:30Z (CEST) and 01:30Z (CET): earlier -> 2.5 h
    expect(spans(s, '2026-10-24T12:00:00Z', '2026-10-25T12:00:00Z')).toEqual([
      ['2026-10-24T22:00:00.000Z', '2026-10-25T00:30:00.000Z'],
    ]);
    expect(isOpen(s, '2026-10-25T00:29:59.999Z')).toBe(true);
    expect(isOpen(s, '2026-10-25T01:30:00Z')).toBe(false); // 02:30 CET, the second 02:30
  });

  it('a range starting in the repeated hour starts at its earlier occurrence and lasts 2.5 h', () => {
    const s = sundays('Europe/Paris', '02:30-04:00');
    // 02:30 CEST (earlier) = 00:30Z; 04:00 CET = 03:00Z -> 2.5 h of real time for 1.5 h of wall time
    expect(spans(s, '2026-10-24T12:00:00Z', '2026-10-25T12:00:00Z')).toEqual([
      ['2026-10-25T00:30:00.000Z', '2026-10-25T03:00:00.000Z'],
    ]);
    expect(isOpen(s, '2026-10-25T00:29:59.999Z')).toBe(false);
    expect(isOpen(s, '2026-10-25T01:30:00Z')).toBe(true); // the second 02:30 (CET) is inside
    expect(isOpen(s, '2026-10-25T03:00:00Z')).toBe(false);
  });

  it('a 02:00-03:00 range vanishes on the spring day but not on other Sundays', () => {
    const s = sundays('Europe/Paris', '02:00-03:00');
    // 02:00 -> 03:00 CEST = 01:00Z and 03:00 CEST = 01:00Z: empty
    expect(spans(s, '2026-03-28T00:00:00Z', '2026-03-30T00:00:00Z')).toEqual([]);
    expect(businessTimeBetween(s, '2026-03-28T00:00:00Z', '2026-03-30T00:00:00Z')).toBe(0);
    expect(isOpen(s, '2026-03-29T01:00:00Z')).toBe(false);
    // previous Sunday 22 Mar 02:00 CET = 01:00Z; next 5 Apr 02:00 CEST = 00:00Z
    expect(iso(nextOpen(s, '2026-03-28T00:00:00Z'))).toBe('2026-04-05T00:00:00.000Z');
    expect(businessTimeBetween(s, '2026-03-21T00:00:00Z', '2026-04-06T00:00:00Z')).toBe(2 * H);
    // a vanished range leaves no open date: Sun 22 Mar 02:00 + 1 business day skips 29 Mar
    expect(iso(addBusinessDays(s, '2026-03-22T01:00:00Z', 1))).toBe('2026-04-05T00:00:00.000Z');
  });

  it('a range wholly inside the spring gap has no open time', () => {
    // 02:10-02:50 never shows on Paris clocks on 29 Mar; on 22 Mar it is 01:10Z-01:50Z (CET)
    const s = sundays('Europe/Paris', '02:10-02:50');
    expect(spans(s, '2026-03-22T00:00:00Z', '2026-03-30T00:00:00Z')).toEqual([
      ['2026-03-22T01:10:00.000Z', '2026-03-22T01:50:00.000Z'],
    ]);
    // next: 5 Apr 02:10 CEST = 00:10Z
    expect(iso(nextOpen(s, '2026-03-28T00:00:00Z'))).toBe('2026-04-05T00:10:00.000Z');
  });

  it('business time across the transition night (Saturday 22:00-06:00)', () => {
    const s = saturdayNights('Europe/Paris');
    // spring: Sat 22:00 CET = 21:00Z, Sun 06:00 CEST = 04:00Z -> 7 h
    expect(businessTimeBetween(s, '2026-03-28T12:00:00Z', '2026-03-29T12:00:00Z')).toBe(7 * H);
    // 6 h from 21:00Z = 03:00Z = 05:00 CEST (the wall clock shows 7 h)
    expect(iso(addBusinessTime(s, '2026-03-28T21:00:00Z', 'PT6H'))).toBe(
      '2026-03-29T03:00:00.000Z',
    );
    // 1 h before the 06:00 CEST closing (04:00Z) = 03:00Z
    expect(iso(subtractBusinessTime(s, '2026-03-29T04:00:00Z', 'PT1H'))).toBe(
      '2026-03-29T03:00:00.000Z',
    );
    // autumn: Sat 22:00 CEST = 20:00Z, Sun 06:00 CET = 05:00Z -> 9 h
    expect(businessTimeBetween(s, '2026-10-24T12:00:00Z', '2026-10-25T12:00:00Z')).toBe(9 * H);
    // 6 h from 20:00Z = 02:00Z = 03:00 CET
    expect(iso(addBusinessTime(s, '2026-10-24T20:00:00Z', 'PT6H'))).toBe(
      '2026-10-25T02:00:00.000Z',
    );
  });

  it('business days keep the wall time across the spring transition', () => {
    const s = defineSchedule({
      timezone: 'Europe/Paris',
      hours: { mon: ['09:00-17:00'], fri: ['09:00-17:00'] },
    });
    // Fri 27 Mar 10:00 CET = 09:00Z + 1 -> Mon 30 Mar 10:00 CEST = 08:00Z
    expect(iso(addBusinessDays(s, '2026-03-27T09:00:00Z', 1))).toBe('2026-03-30T08:00:00.000Z');
    // and back: Mon 10:00 CEST - 1 -> Fri 10:00 CET
    expect(iso(addBusinessDays(s, '2026-03-30T08:00:00Z', -1))).toBe('2026-03-27T09:00:00.000Z');
  });
});

describe('America/New_York', () => {
  it('a 00:00-24:00 Sunday lasts 23 h in spring and 25 h in autumn', () => {
    const s = sundays('America/New_York', '00:00-24:00');
    // spring: 00:00 EST = 05:00Z; Mon 00:00 EDT = 9 Mar 04:00Z -> 23 h
    expect(spans(s, '2026-03-07T12:00:00Z', '2026-03-09T12:00:00Z')).toEqual([
      ['2026-03-08T05:00:00.000Z', '2026-03-09T04:00:00.000Z'],
    ]);
    // autumn: 00:00 EDT = 04:00Z; Mon 00:00 EST = 2 Nov 05:00Z -> 25 h
    expect(businessTimeBetween(s, '2026-10-31T12:00:00Z', '2026-11-02T12:00:00Z')).toBe(25 * H);
  });

  it('spring gap: 02:30-04:00 becomes 03:30-04:00 EDT; 01:00-02:00 stays one hour', () => {
    // 02:30 -> 03:30 EDT = 07:30Z; 04:00 EDT = 08:00Z
    expect(
      spans(sundays('America/New_York', '02:30-04:00'), '2026-03-08T00:00Z', '2026-03-09T00:00Z'),
    ).toEqual([['2026-03-08T07:30:00.000Z', '2026-03-08T08:00:00.000Z']]);
    // 01:00 EST = 06:00Z; 02:00 -> 03:00 EDT = 07:00Z
    expect(
      spans(sundays('America/New_York', '01:00-02:00'), '2026-03-08T00:00Z', '2026-03-09T00:00Z'),
    ).toEqual([['2026-03-08T06:00:00.000Z', '2026-03-08T07:00:00.000Z']]);
    expect(iso(nextOpen(sundays('America/New_York', '02:30-04:00'), '2026-03-08T07:00:00Z'))).toBe(
      '2026-03-08T07:30:00.000Z',
    );
  });

  it('autumn overlap: 00:00-01:30 ends at the earlier 01:30; 01:00-02:00 lasts two hours', () => {
    // 00:00 EDT = 04:00Z; 01:30 happens at 05:30Z (EDT) and 06:30Z (EST): earlier
    const early = sundays('America/New_York', '00:00-01:30');
    expect(spans(early, '2026-11-01T00:00Z', '2026-11-02T00:00Z')).toEqual([
      ['2026-11-01T04:00:00.000Z', '2026-11-01T05:30:00.000Z'],
    ]);
    expect(isOpen(early, '2026-11-01T06:30:00Z')).toBe(false); // the second 01:30
    // 01:00 EDT (earlier) = 05:00Z; 02:00 happens once, EST = 07:00Z
    const hour = sundays('America/New_York', '01:00-02:00');
    expect(businessTimeBetween(hour, '2026-11-01T00:00Z', '2026-11-02T00:00Z')).toBe(2 * H);
    expect(isOpen(hour, '2026-11-01T06:59:59.999Z')).toBe(true); // 01:59:59.999 EST
    expect(isOpen(hour, '2026-11-01T07:00:00Z')).toBe(false);
  });

  it('business time across the transition night (Saturday 22:00-06:00)', () => {
    const s = saturdayNights('America/New_York');
    // spring: Sat 22:00 EST = 8 Mar 03:00Z; Sun 06:00 EDT = 10:00Z -> 7 h
    expect(businessTimeBetween(s, '2026-03-07T12:00:00Z', '2026-03-08T12:00:00Z')).toBe(7 * H);
    // 7 h from 03:00Z runs out at the 10:00Z closing -> next opening Sat 14 Mar 22:00 EDT = 15 Mar 02:00Z
    expect(iso(addBusinessTime(s, '2026-03-08T03:00:00Z', 'PT7H'))).toBe(
      '2026-03-15T02:00:00.000Z',
    );
    // autumn: Sat 22:00 EDT = 1 Nov 02:00Z; Sun 06:00 EST = 11:00Z -> 9 h
    expect(spans(s, '2026-10-31T12:00:00Z', '2026-11-01T12:00:00Z')).toEqual([
      ['2026-11-01T02:00:00.000Z', '2026-11-01T11:00:00.000Z'],
    ]);
    // the repeated hour counts twice: 4 h from 02:00Z = 06:00Z = 01:00 EST (wall clock shows 3 h)
    expect(iso(addBusinessTime(s, '2026-11-01T02:00:00Z', { hours: 4 }))).toBe(
      '2026-11-01T06:00:00.000Z',
    );
  });
});

describe('Australia/Lord_Howe (30-minute shift)', () => {
  it('a 00:00-24:00 Sunday lasts 24.5 h in April and 23.5 h in October', () => {
    const s = sundays('Australia/Lord_Howe', '00:00-24:00');
    // 5 Apr 00:00 (+11) = 4 Apr 13:00Z; 6 Apr 00:00 (+10:30) = 5 Apr 13:30Z -> 24.5 h
    expect(spans(s, '2026-04-04T00:00:00Z', '2026-04-06T00:00:00Z')).toEqual([
      ['2026-04-04T13:00:00.000Z', '2026-04-05T13:30:00.000Z'],
    ]);
    // 4 Oct 00:00 (+10:30) = 3 Oct 13:30Z; 5 Oct 00:00 (+11) = 4 Oct 13:00Z -> 23.5 h
    expect(businessTimeBetween(s, '2026-10-03T00:00:00Z', '2026-10-05T00:00:00Z')).toBe(23.5 * H);
  });

  it('a range starting in the October gap moves 30 minutes later; 02:00-02:30 vanishes', () => {
    // 02:15 -> 02:45 (+11) = 3 Oct 15:45Z; 03:00 (+11) = 16:00Z
    const s = sundays('Australia/Lord_Howe', '02:15-03:00');
    expect(spans(s, '2026-10-03T00:00:00Z', '2026-10-05T00:00:00Z')).toEqual([
      ['2026-10-03T15:45:00.000Z', '2026-10-03T16:00:00.000Z'],
    ]);
    expect(iso(nextOpen(s, '2026-10-03T15:30:00Z'))).toBe('2026-10-03T15:45:00.000Z');
    // 02:00 -> 02:30 (+11) = 15:30Z; 02:30 (+11) = 15:30Z: empty
    const gone = sundays('Australia/Lord_Howe', '02:00-02:30');
    expect(businessTimeBetween(gone, '2026-10-03T00:00:00Z', '2026-10-05T00:00:00Z')).toBe(0);
    expect(isOpen(gone, '2026-10-03T15:30:00Z')).toBe(false);
  });

  it('a range ending in the repeated half hour ends at its earlier occurrence', () => {
    // 00:00 (+11) = 4 Apr 13:00Z; 01:45 at 14:45Z (+11) and 15:15Z (+10:30): earlier
    const s = sundays('Australia/Lord_Howe', '00:00-01:45');
    expect(spans(s, '2026-04-04T00:00:00Z', '2026-04-06T00:00:00Z')).toEqual([
      ['2026-04-04T13:00:00.000Z', '2026-04-04T14:45:00.000Z'],
    ]);
    expect(isOpen(s, '2026-04-04T14:44:59.999Z')).toBe(true);
    expect(isOpen(s, '2026-04-04T15:15:00Z')).toBe(false); // the second 01:45
    // 01:00-03:00: 01:00 (+11) = 14:00Z; 03:00 (+10:30) = 16:30Z -> 2.5 h; in October 1.5 h
    const night = sundays('Australia/Lord_Howe', '01:00-03:00');
    expect(businessTimeBetween(night, '2026-04-04T00:00:00Z', '2026-04-06T00:00:00Z')).toBe(
      2.5 * H,
    );
    expect(businessTimeBetween(night, '2026-10-03T00:00:00Z', '2026-10-05T00:00:00Z')).toBe(
      1.5 * H,
    );
  });

  it('business time across the transition nights (Saturday 22:00-06:00)', () => {
    const s = saturdayNights('Australia/Lord_Howe');
    // April: Sat 22:00 (+11) = 11:00Z; Sun 06:00 (+10:30) = 19:30Z -> 8.5 h
    expect(businessTimeBetween(s, '2026-04-04T00:00:00Z', '2026-04-05T00:00:00Z')).toBe(8.5 * H);
    // October: Sat 22:00 (+10:30) = 11:30Z; Sun 06:00 (+11) = 19:00Z -> 7.5 h
    expect(businessTimeBetween(s, '2026-10-03T00:00:00Z', '2026-10-04T00:00:00Z')).toBe(7.5 * H);
    // 8 h from 11:30Z = 19:30Z is past the 19:00Z closing: 30 min into the next Saturday,
    // 10 Oct 22:00 (+11) = 11:00Z -> 11:30Z
    expect(iso(addBusinessTime(s, '2026-10-03T11:30:00Z', 8 * H))).toBe('2026-10-10T11:30:00.000Z');
  });
});

describe('Pacific/Apia: the skipped Friday 2011-12-30', () => {
  const daily = defineSchedule({
    timezone: 'Pacific/Apia',
    hours: Object.fromEntries(
      ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => [day, ['00:00-24:00']]),
    ),
  });
  const weekdaysFullDay = defineSchedule({
    timezone: 'Pacific/Apia',
    hours: Object.fromEntries(
      ['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => [day, ['00:00-24:00']]),
    ),
  });

  it('a 00:00-24:00 daily schedule counts 48 h from 29 Dec 00:00 to 1 Jan 00:00', () => {
    // 29 Dec 00:00 (-10) = 29 Dec 10:00Z; 30 Dec is empty (00:00 and 24:00 both map to 30 Dec
    // 10:00Z); 1 Jan 00:00 (+14) = 31 Dec 10:00Z -> 48 h, one merged interval
    expect(
      businessTimeBetween(daily, '2011-12-29T00:00:00-10:00', '2012-01-01T00:00:00+14:00'),
    ).toBe(48 * H);
    expect(spans(daily, '2011-12-29T00:00:00-10:00', '2012-01-01T00:00:00+14:00')).toEqual([
      ['2011-12-29T10:00:00.000Z', '2011-12-31T10:00:00.000Z'],
    ]);
  });

  it('a schedule open all day on Fridays has no open time on 30 Dec', () => {
    const s = defineSchedule({
      timezone: 'Pacific/Apia',
      hours: { thu: ['09:00-17:00'], fri: ['00:00-24:00'] },
    });
    // Fri 23 Dec 00:00 (-10) = 23 Dec 10:00Z ... 24 Dec 10:00Z; Thu 29 Dec 09:00-17:00 (-10) =
    // 19:00Z-30 Dec 03:00Z; Fri 30 Dec: empty; next: Thu 5 Jan 2012 09:00 (+14) = 4 Jan 19:00Z
    expect(spans(s, '2011-12-24T10:00:00Z', '2012-01-04T12:00:00Z')).toEqual([
      ['2011-12-29T19:00:00.000Z', '2011-12-30T03:00:00.000Z'],
    ]);
    expect(iso(nextOpen(s, '2011-12-30T03:00:00Z'))).toBe('2012-01-04T19:00:00.000Z');
    // Thu 29 Dec 10:00 (-10) = 20:00Z + 1 business day: 30 Dec is not an open date -> Thu 5 Jan
    // 10:00 (+14) = 4 Jan 20:00Z
    expect(iso(addBusinessDays(s, '2011-12-29T20:00:00Z', 1))).toBe('2012-01-04T20:00:00.000Z');
  });

  it('addBusinessDays over the skipped date (Mon-Fri 00:00-24:00)', () => {
    // Thu 29 Dec 10:00 (-10) = 20:00Z, open. +1: 30 Dec is empty, 31 Dec and 1 Jan are closed
    // -> Mon 2 Jan 10:00 (+14) = 1 Jan 20:00Z
    expect(iso(addBusinessDays(weekdaysFullDay, '2011-12-29T20:00:00Z', 1))).toBe(
      '2012-01-01T20:00:00.000Z',
    );
    // and back: Mon 2 Jan 10:00 - 1 -> Thu 29 Dec 10:00
    expect(iso(addBusinessDays(weekdaysFullDay, '2012-01-01T20:00:00Z', -1))).toBe(
      '2011-12-29T20:00:00.000Z',
    );
    // 4 business hours from Thu 29 Dec 22:00 (-10) = 30 Dec 08:00Z: 2 h to the 10:00Z closing
    // (24:00), then Mon 2 Jan 00:00 (+14) = 1 Jan 10:00Z + 2 h = 12:00Z
    expect(iso(addBusinessTime(weekdaysFullDay, '2011-12-30T08:00:00Z', 'PT4H'))).toBe(
      '2012-01-01T12:00:00.000Z',
    );
  });

  it('a Friday 09:00-17:00 range on the skipped date has no open time', () => {
    // Every wall time of 30 Dec lies in the 24-hour gap, so the range "vanishes in the gap"
    // (DESIGN §3). (Moving each end later by the gap's length would instead invent Saturday
    // 31 Dec 09:00-17:00 (+14) = 30 Dec 19:00Z-31 Dec 03:00Z.)
    const s = defineSchedule({ timezone: 'Pacific/Apia', hours: { fri: ['09:00-17:00'] } });
    // Fri 23 Dec 09:00-17:00 (-10) = 23 Dec 19:00Z-24 Dec 03:00Z; next: Fri 6 Jan 2012 09:00 (+14)
    // = 5 Jan 19:00Z
    expect(spans(s, '2011-12-24T10:00:00Z', '2012-01-05T10:00:00Z')).toEqual([]);
    expect(iso(nextOpen(s, '2011-12-24T10:00:00Z'))).toBe('2012-01-05T19:00:00.000Z');
  });
});

describe('ranges ending at 24:00 touch the next date’s 00:00', () => {
  it('openIntervals merges Monday 18:00-24:00 and Tuesday 00:00-06:00 into one interval', () => {
    const s = defineSchedule({
      timezone: 'Europe/Paris',
      hours: { mon: ['18:00-24:00'], tue: ['00:00-06:00'] },
    });
    // Mon 23 Nov 18:00 CET = 17:00Z; Tue 06:00 CET = 05:00Z
    expect(spans(s, '2026-11-23T00:00:00Z', '2026-11-25T00:00:00Z')).toEqual([
      ['2026-11-23T17:00:00.000Z', '2026-11-24T05:00:00.000Z'],
    ]);
    expect(isOpen(s, '2026-11-23T23:00:00Z')).toBe(true); // Tue 00:00 CET
  });

  it('across the spring night: Saturday 20:00-24:00 + Sunday 00:00-03:00 lasts 6 h', () => {
    const s = defineSchedule({
      timezone: 'Europe/Paris',
      hours: { sat: ['20:00-24:00'], sun: ['00:00-03:00'] },
    });
    // Sat 28 Mar 20:00 CET = 19:00Z; 24:00 = Sun 00:00 CET = 23:00Z; Sun 03:00 CEST = 01:00Z
    expect(spans(s, '2026-03-28T00:00:00Z', '2026-03-30T00:00:00Z')).toEqual([
      ['2026-03-28T19:00:00.000Z', '2026-03-29T01:00:00.000Z'],
    ]);
  });
});
