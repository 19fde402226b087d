import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dictionaryFor, locales } from '../../../src/i18n/index.ts';
import type { ProjectTimeline } from '../../../src/lib/api/index.ts';
import { projectCalendar } from '../../../src/lib/feeds/calendar.ts';
import { foldIcsLines } from '../../../src/lib/feeds/ics-lines.ts';
import { localize } from '../../../src/lib/content-language/localize.ts';
import { recordUrl } from '../../../src/lib/feeds/links.ts';
import type { LocalSupabase } from '../../../src/local-supabase/index.ts';
import { loadPortals, type PortalDocuments } from './portal-documents.ts';

// Each project's calendar is built from the real API documents and read back with ical.js; the expected
// events are the document's published key dates and council moments.

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
        expect(event.location).toBe((keyDate.location === null ? null : tx(keyDate, 'location')) ?? (keyDate.online_url ? t.feeds.calendar.online : null));
        expect(event.component.getFirstPropertyValue('url')).toBe(recordUrl(timeline.project.slug, 'key-date', keyDate.id, locale, site));
      }
      for (const moment of timeline.council_moments) {
        const event = byUid(list, `council-${moment.id}@participatieportaal`);
        expect(event.summary).toBe(`${tx(moment, 'body')}: ${tx(moment, 'agenda_item')}`);
        // A council moment is a date: an all-day event, ending (exclusively) the next day.
        expect(event.startDate.isDate).toBe(true);
        expect(event.startDate.toString()).toBe(moment.meets_on);
        expect(event.endDate.toString()).toBe(nextDay(moment.meets_on));
        expect(event.description).toContain(`${t.feeds.calendar.proposal}: ${tx(moment, 'proposal')}`);
        if (moment.outcome !== 'pending') expect(event.description).toContain(t.councilOutcome[moment.outcome]);
        if (moment.differs_from_participation) expect(event.description).toContain(moment.council_reasons ? tx(moment, 'council_reasons') : 'reasons are required');
        expect(event.component.getFirstPropertyValue('url')).toBe(recordUrl(timeline.project.slug, 'council-moment', moment.id, locale, site));
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
