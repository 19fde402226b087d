import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dictionaryFor, locales } from '../../../src/i18n/index.ts';
import type { ProjectTimeline } from '../../../src/lib/api/index.ts';
import { councilCalendar, projectCalendar } from '../../../src/lib/feeds/calendar.ts';
import { gatherMeetings, meetingAnchor } from '../../../src/lib/council/meeting.ts';
import { motionName } from '../../../src/lib/council/motion-view.ts';
import { foldIcsLines } from '../../../src/lib/feeds/ics-lines.ts';
import { localize } from '../../../src/lib/content-language/localize.ts';
import { recordUrl } from '../../../src/lib/feeds/links.ts';
import type { LocalSupabase } from '../../../src/services/local-supabase/index.ts';
import { loadPortals, type PortalDocuments } from './portal-documents.ts';

// Each project's calendar and the council's are built from the real API documents and read back with ical.js; the
// expected events are the documents' published key dates and council moments.

const site = 'https://meedoen.example.nl';
let local: LocalSupabase | undefined;
let portals: Record<string, PortalDocuments> = {};

beforeAll(async () => {
  ({ local, portals } = await loadPortals(['demodam', 'testdam']));
});
afterAll(async () => {
  await local?.close();
});

function events(ics: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
}

function byUid(list: ICAL.Event[], uid: string): ICAL.Event {
  const found = list.filter((event) => event.uid === uid);
  expect(found, uid).toHaveLength(1);
  return found[0] as ICAL.Event;
}

function nextDay(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/**
 * A meeting whose start is known begins then (UTC, as the API's moment); one without is an all-day event on its
 * date, ending (exclusively) the next day.
 */
function expectMeetingStart(event: ICAL.Event, moment: { meets_on: string; starts_at: string | null }): void {
  if (moment.starts_at === null) {
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe(moment.meets_on);
    expect(event.endDate.toString()).toBe(nextDay(moment.meets_on));
  } else {
    expect(event.startDate.isDate).toBe(false);
    expect(event.startDate.zone.tzid).toBe('UTC');
    expect(event.startDate.toJSDate().getTime()).toBe(Math.floor(Date.parse(moment.starts_at) / 1000) * 1000);
  }
}

function projects(org: string): ProjectTimeline[] {
  return (portals[org]?.projects ?? []).map((project) => project.timeline);
}

describe.each(['demodam', 'testdam'])('the calendar of each project of %s', (org) => {
  it.each(locales)('has every published key date and council moment as an event (%s)', (locale) => {
    const t = dictionaryFor(locale);
    // Each text as the reader gets it: English where staff wrote a version, Dutch otherwise.
    const tx = (record: object, field: string): string => localize(record as Record<string, string | null>, field, locale).text;
    for (const timeline of projects(org)) {
      const ics = projectCalendar(timeline, locale, site);
      const list = events(ics);
      expect(list).toHaveLength(timeline.key_dates.length + timeline.council_moments.length);

      for (const keyDate of timeline.key_dates) {
        const event = byUid(list, `key-date-${keyDate.id}@participatieportaal`);
        expect(event.summary).toBe(`${t.keyDateKind[keyDate.kind]}: ${tx(keyDate, 'title')}`);
        expect(event.startDate.isDate).toBe(false);
        expect(event.startDate.toJSDate().getTime()).toBe(Math.floor(Date.parse(keyDate.starts_at) / 1000) * 1000);
        if (keyDate.ends_at) expect(event.endDate.toJSDate().getTime()).toBe(Math.floor(Date.parse(keyDate.ends_at) / 1000) * 1000);
        expect(event.description).toContain(`${t.feeds.calendar.howToJoin}: ${tx(keyDate, 'how_to_join')}`);
        if (keyDate.online_url) expect(event.description).toContain(keyDate.online_url);
        expect(event.location).toBe(
          (keyDate.location === null ? null : tx(keyDate, 'location')) ?? (keyDate.online_url ? t.feeds.calendar.online : null),
        );
        expect(event.component.getFirstPropertyValue('url')).toBe(recordUrl(timeline.project.slug, 'key-date', keyDate.id, locale, site));
      }
      for (const moment of timeline.council_moments) {
        const event = byUid(list, `council-${moment.id}@participatieportaal`);
        expect(event.summary).toBe(`${tx(moment, 'body')}: ${tx(moment, 'agenda_item')}`);
        expectMeetingStart(event, moment);
        expect(event.description).toContain(`${t.feeds.calendar.proposal}: ${tx(moment, 'proposal')}`);
        if (moment.outcome !== 'pending') expect(event.description).toContain(t.councilOutcome[moment.outcome]);
        if (moment.differs_from_participation)
          expect(event.description).toContain(moment.council_reasons ? tx(moment, 'council_reasons') : 'reasons are required');
        for (const motion of timeline.motions.filter((candidate) => candidate.council_moment_id === moment.id)) {
          expect(event.description).toContain(
            `${motionName(motion, locale)}: ${tx(motion, 'title').replace(/\s+/g, ' ').trim()} (${t.motionResult[motion.result]})`,
          );
        }
        expect(event.component.getFirstPropertyValue('url')).toBe(
          recordUrl(timeline.project.slug, 'council-moment', moment.id, locale, site),
        );
      }
    }
  });

  it('stamps every event with the moment the data was read, and keeps the same UIDs in both languages', () => {
    for (const timeline of projects(org)) {
      const nl = events(projectCalendar(timeline, 'nl', site));
      const en = events(projectCalendar(timeline, 'en', site));
      expect(en.map((event) => event.uid).sort()).toEqual(nl.map((event) => event.uid).sort());
      for (const event of nl) {
        const stamp = event.component.getFirstPropertyValue('dtstamp') as ICAL.Time;
        expect(stamp.toJSDate().getTime()).toBe(Math.floor(Date.parse(timeline.generated_at) / 1000) * 1000);
      }
    }
  });
});

describe('hostile text in a calendar', () => {
  it('comes back from the parser exactly as the database holds it, in lines of at most 75 octets', () => {
    const [timeline] = projects('testdam');
    if (!timeline) throw new Error('testdam not loaded');
    expect(timeline.key_dates.length).toBeGreaterThan(0);
    for (const locale of locales) {
      const ics = projectCalendar(timeline, locale, site);
      const lines = ics.split('\r\n');
      for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      // Every line ends in CRLF; no bare CR or LF from the database can start a line of its own.
      expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      // iCalendar TEXT has no markup: the text is a property value, never a property or an HTML alternative.
      const unfolded = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
      for (const line of unfolded.filter((candidate) => candidate !== '')) expect(line).toMatch(/^[A-Z-]+[;:]/);
      expect(ics).not.toContain('X-ALT-DESC');
      const calendar = new ICAL.Component(ICAL.parse(ics));
      expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(dictionaryFor(locale).feeds.calendar.name(timeline.project.title));
      const list = events(ics);
      for (const keyDate of timeline.key_dates) {
        const event = byUid(list, `key-date-${keyDate.id}@participatieportaal`);
        expect(event.location).toBe(keyDate.location);
        expect(event.description).toContain(keyDate.how_to_join);
      }
      for (const moment of timeline.council_moments) {
        expect(byUid(list, `council-${moment.id}@participatieportaal`).summary).toBe(`${moment.body}: ${moment.agenda_item}`);
      }
      expect(ics).not.toMatch(/-draft|-awaiting|-withdrawn|td-concept/);
    }
  });
});

describe('folding iCalendar lines', () => {
  it('folds at 75 octets without splitting a character, and unfolds to the same text', () => {
    const value = `${'é'.repeat(50)}🎉‮שלום${'x'.repeat(100)}`;
    const folded = foldIcsLines(`SUMMARY:${value}\r\nEND:VEVENT\r\n`);
    for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${value}\r\nEND:VEVENT\r\n`);
    expect(folded).not.toContain('\uFFFD');
  });
});

describe.each(['demodam', 'testdam'])('the calendar of the council of %s', (org) => {
  it.each(locales)('has one event per meeting, with every agenda item of every project on it (%s)', (locale) => {
    const t = dictionaryFor(locale);
    const portal = portals[org];
    if (!portal) throw new Error(`${org} not loaded`);
    const timelines = projects(org);
    const meetings = gatherMeetings(timelines);
    expect(meetings.length).toBeGreaterThan(0);
    const ics = councilCalendar(portal.organisation, timelines, locale, site);
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(t.feeds.calendar.councilName(portal.organisation.council_name));
    const list = events(ics);
    expect(list).toHaveLength(meetings.length);
    const page = `${site}${locale === 'nl' ? '/gemeenteraad/' : '/en/council/'}`;
    for (const meeting of meetings) {
      const event = byUid(list, `meeting-${meeting.id}@participatieportaal`);
      expect(event.summary.startsWith(localize(meeting.first, 'body', locale).text.replace(/\s+/g, ' ').trim())).toBe(true);
      expectMeetingStart(event, meeting.first);
      expect(event.component.getFirstPropertyValue('url')).toBe(`${page}#${meetingAnchor(meeting.id)}`);
      for (const { timeline, moment } of meeting.agenda) {
        expect(event.description).toContain(localize(moment, 'agenda_item', locale).text.replace(/\s+/g, ' ').trim());
        expect(event.description).toContain(
          `${t.feeds.calendar.project}: ${localize(timeline.project, 'title', locale).text.replace(/\s+/g, ' ').trim()}`,
        );
        if (moment.outcome !== 'pending')
          expect(event.description).toContain(`${t.feeds.calendar.outcome}: ${t.councilOutcome[moment.outcome]}`);
      }
      const stamp = event.component.getFirstPropertyValue('dtstamp') as ICAL.Time;
      const newest = Math.max(...meeting.agenda.map(({ timeline }) => Date.parse(timeline.generated_at)));
      expect(stamp.toJSDate().getTime()).toBe(Math.floor(newest / 1000) * 1000);
    }
  });

  it('keeps the same UIDs in both languages and in every build of the same data', () => {
    const portal = portals[org];
    if (!portal) throw new Error(`${org} not loaded`);
    const uids = (locale: 'nl' | 'en') =>
      events(councilCalendar(portal.organisation, projects(org), locale, site))
        .map((event) => event.uid)
        .sort();
    expect(uids('en')).toEqual(uids('nl'));
    expect(councilCalendar(portal.organisation, projects(org), 'nl', site)).toBe(
      councilCalendar(portal.organisation, projects(org), 'nl', site),
    );
  });
});

describe('the demo council calendar', () => {
  it('puts a meeting with a known start at that time: 19:30 in Amsterdam, summer or winter', () => {
    const portal = portals['demodam'];
    if (!portal) throw new Error('demodam not loaded');
    const list = events(councilCalendar(portal.organisation, projects('demodam'), 'nl', site));
    expect(list.length).toBeGreaterThan(0);
    const clock = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' });
    for (const event of list) expect(clock.format(event.startDate.toJSDate())).toBe('19:30');
  });

  it('lists the motions and amendments of the parking decision with their results', () => {
    const portal = portals['demodam'];
    if (!portal) throw new Error('demodam not loaded');
    const parking = projects('demodam').find((timeline) => timeline.project.slug === 'betaald-parkeren-centrum');
    expect(parking?.motions.length).toBeGreaterThan(0);
    const ics = councilCalendar(portal.organisation, projects('demodam'), 'nl', site);
    const description = events(ics)
      .map((event) => event.description)
      .join('\n');
    for (const motion of parking?.motions ?? []) {
      expect(description).toContain(`${motionName(motion, 'nl')}: ${motion.title} (${dictionaryFor('nl').motionResult[motion.result]})`);
    }
  });
});

describe('hostile text in the council calendar', () => {
  it('comes back from the parser as the database holds it, in lines of at most 75 octets, as values only', () => {
    const portal = portals['testdam'];
    if (!portal) throw new Error('testdam not loaded');
    const timelines = projects('testdam');
    const meetings = gatherMeetings(timelines);
    expect(timelines.some((timeline) => timeline.motions.length > 0)).toBe(true);
    for (const locale of locales) {
      const ics = councilCalendar(portal.organisation, timelines, locale, site);
      for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      const unfolded = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
      for (const line of unfolded.filter((candidate) => candidate !== '')) expect(line).toMatch(/^[A-Z-]+[;:]/);
      expect(ics).not.toContain('X-ALT-DESC');
      const list = events(ics);
      for (const meeting of meetings) {
        const event = byUid(list, `meeting-${meeting.id}@participatieportaal`);
        expect(event.summary.startsWith(meeting.first.body.replace(/\s+/g, ' ').trim())).toBe(true);
        for (const { moment } of meeting.agenda) expect(event.description).toContain(moment.agenda_item.replace(/\s+/g, ' ').trim());
      }
      for (const motion of timelines.flatMap((timeline) => timeline.motions)) {
        expect(list.some((event) => event.description.includes(motion.title.replace(/\s+/g, ' ').trim()))).toBe(true);
      }
      expect(ics).not.toMatch(/-draft|-awaiting|-withdrawn|td-concept/);
    }
  });
});
