import { expect } from '@open-wc/testing';
import { daysFromToday, isClosed, postedLabel, relativeDay } from '../src/feed/dates.js';

/** A moment in the reader's local time zone (month 1-12). */
const local = (year: number, month: number, day: number, hour = 12, minute = 0) => new Date(year, month - 1, day, hour, minute);

const NOW = local(2026, 11, 25, 9, 30);

describe('feed dates', () => {
  it('counts local calendar days, whatever the time of day', () => {
    expect(daysFromToday('2026-11-25', local(2026, 11, 25, 0, 0))).to.equal(0);
    expect(daysFromToday('2026-11-25', local(2026, 11, 25, 23, 59))).to.equal(0);
    expect(daysFromToday('2026-11-24', local(2026, 11, 25, 0, 1))).to.equal(-1);
    expect(daysFromToday('2026-11-26', local(2026, 11, 25, 23, 59))).to.equal(1);
    expect(daysFromToday('2026-12-31', NOW)).to.equal(36);
    expect(daysFromToday('2024-02-28', local(2024, 3, 1))).to.equal(-2); // leap year
  });

  // These only bite in a time zone with daylight saving: run with TZ=Europe/Berlin or TZ=America/New_York.
  it('is not thrown off by daylight-saving changes (Europe: 29 March / 25 October, US: 8 March / 1 November 2026)', () => {
    // Just after midnight, the day after a 23-hour day: 24-hour steps would count one day short.
    expect(daysFromToday('2026-03-27', local(2026, 3, 30, 0, 30))).to.equal(-3);
    expect(daysFromToday('2026-03-06', local(2026, 3, 9, 0, 30))).to.equal(-3);
    // Late on a 25-hour day: 24-hour steps would count one day too many.
    expect(daysFromToday('2026-10-24', local(2026, 10, 25, 23, 30))).to.equal(-1);
    expect(daysFromToday('2026-10-31', local(2026, 11, 1, 23, 30))).to.equal(-1);
    expect(postedLabel('2026-03-27', local(2026, 3, 30, 0, 30), 'en')).to.equal('3 days ago');
    expect(isClosed({ closes: '2026-03-29' }, local(2026, 3, 29, 23, 59))).to.be.false;
    expect(isClosed({ closes: '2026-03-29' }, local(2026, 3, 30, 0, 0))).to.be.true;
  });

  it('says how long ago a posting was published, in English', () => {
    const posted = (date: string) => postedLabel(date, NOW, 'en');
    expect(posted('2026-11-25')).to.equal('today');
    expect(posted('2026-11-24')).to.equal('yesterday');
    expect(posted('2026-11-22')).to.equal('3 days ago');
    expect(posted('2026-11-19')).to.equal('6 days ago');
    expect(posted('2026-11-18')).to.equal('last week');
    expect(posted('2026-11-12')).to.equal('last week');
    expect(posted('2026-11-11')).to.equal('2 weeks ago');
    expect(posted('2026-10-26')).to.equal('4 weeks ago');
    expect(posted('2026-10-25')).to.equal('last month');
    expect(posted('2026-09-26')).to.equal('last month');
    expect(posted('2026-09-25')).to.equal('2 months ago');
    expect(posted('2025-11-26')).to.equal('11 months ago');
    expect(posted('2025-11-25')).to.equal('last year');
    expect(posted('2023-11-25')).to.equal('3 years ago');
  });

  it('reads "today" for a posting dated after today (a feed written in a time zone ahead)', () => {
    expect(postedLabel('2026-11-26', NOW, 'en')).to.equal('today');
    expect(postedLabel('2027-01-01', NOW, 'de')).to.equal('heute');
  });

  it('says it in German too', () => {
    const posted = (date: string) => postedLabel(date, NOW, 'de');
    expect(posted('2026-11-25')).to.equal('heute');
    expect(posted('2026-11-24')).to.equal('gestern');
    expect(posted('2026-11-23')).to.equal('vorgestern');
    expect(posted('2026-11-22')).to.equal('vor 3 Tagen');
    expect(posted('2026-11-18')).to.equal('letzte Woche');
    expect(posted('2026-11-11')).to.equal('vor 2 Wochen');
    expect(posted('2026-10-25')).to.equal('letzten Monat');
    expect(posted('2026-09-25')).to.equal('vor 2 Monaten');
    expect(posted('2025-11-25')).to.equal('letztes Jahr');
    expect(posted('2023-11-25')).to.equal('vor 3 Jahren');
  });

  it('says when applications close, relative to today', () => {
    expect(relativeDay('2026-11-25', NOW, 'en')).to.equal('today');
    expect(relativeDay('2026-11-26', NOW, 'en')).to.equal('tomorrow');
    expect(relativeDay('2026-11-28', NOW, 'en')).to.equal('in 3 days');
    expect(relativeDay('2026-12-02', NOW, 'en')).to.equal('next week');
    expect(relativeDay('2026-12-24', NOW, 'en')).to.equal('in 4 weeks');
    expect(relativeDay('2026-12-25', NOW, 'en')).to.equal('next month');
    expect(relativeDay('2027-02-24', NOW, 'en')).to.equal('in 2 months');
    expect(relativeDay('2027-11-25', NOW, 'en')).to.equal('next year');
    expect(relativeDay('2026-11-27', NOW, 'de')).to.equal('übermorgen');
    expect(relativeDay('2026-12-05', NOW, 'de')).to.equal('nächste Woche');
    expect(relativeDay('2026-12-12', NOW, 'de')).to.equal('in 2 Wochen');
  });

  it('keeps a posting open through the whole of its closing day, in local time', () => {
    const posting = { closes: '2026-11-25' };
    expect(isClosed(posting, local(2026, 11, 24, 23, 59))).to.be.false;
    expect(isClosed(posting, local(2026, 11, 25, 0, 0))).to.be.false;
    expect(isClosed(posting, local(2026, 11, 25, 23, 59))).to.be.false;
    expect(isClosed(posting, local(2026, 11, 26, 0, 0))).to.be.true;
    expect(isClosed({ closes: '2026-12-31' }, local(2027, 1, 1, 0, 0))).to.be.true;
    expect(isClosed({}, local(2099, 1, 1))).to.be.false;
  });
});
