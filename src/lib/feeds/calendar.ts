import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { dictionaryFor, type Locale } from '../../i18n/index.ts';
import type { TimelineCouncilMoment } from '../api/council-moment.ts';
import type { KeyDate, ProjectTimeline } from '../api/project-timeline.ts';
import { localizeFields, sectionNotice } from '../content-language/localize.ts';
import { pageUrl, recordUrl } from './links.ts';
import { cleanText, oneLine, paragraphsOf } from './plain-text.ts';
import { foldIcsLines } from './ics-lines.ts';

// iCalendar through the `ics` package, which escapes TEXT values (backslash, semicolon, comma, newline). Text
// is cleaned first (cleanText), because the package leaves a lone carriage return as it is, and the result is
// folded again at 75 octets (foldIcsLines), because the package folds at 75 characters.

/** The package takes DTSTAMP as `timestamp`, which its schema accepts but its types do not list. */
type EventWithStamp = EventAttributes & { timestamp: number };

/**
 * The calendar of one project: its published key dates (moments with a time, in UTC) and council moments
 * (all-day events on the meeting date), each with a UID that stays the same across builds.
 *
 * @example
 * projectCalendar(timeline, 'nl', 'https://meedoen.example')
 * // => 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\n…BEGIN:VEVENT\r\nUID:key-date-…@participatieportaal\r\n…'
 */
export function projectCalendar(timeline: ProjectTimeline, locale: Locale, site: URL | string | undefined): string {
  const t = dictionaryFor(locale).feeds.calendar;
  // DTSTAMP is when the calendar was made: the moment the API produced the data it was made from.
  const stamp = Date.parse(timeline.generated_at);
  const events: EventWithStamp[] = [
    ...timeline.key_dates.map((keyDate) => keyDateEvent(timeline, keyDate, locale, site, stamp)),
    ...timeline.council_moments.map((moment) => councilEvent(timeline, moment, locale, site, stamp)),
  ];
  const { error, value } = createEvents(events, {
    productId: `-//Participatieportaal//${locale === 'nl' ? 'Agenda//NL' : 'Calendar//EN'}`,
    method: 'PUBLISH',
    // X-WR-CALNAME is an extension property that readers take verbatim up to the end of the line (ical.js does
    // too), so it is not TEXT-escaped; on one line it cannot end early.
    calName: oneLine(t.name(localizeFields(timeline.project, ['title'], locale).text.title)),
  });
  if (error || value === null) {
    throw new Error(`Could not write the calendar of project "${timeline.project.slug}": ${error?.message ?? 'no output'}`);
  }
  return foldIcsLines(value);
}

function keyDateEvent(
  timeline: ProjectTimeline,
  keyDate: KeyDate,
  locale: Locale,
  site: URL | string | undefined,
  stamp: number,
): EventWithStamp {
  const dictionary = dictionaryFor(locale);
  const t = dictionary.feeds.calendar;
  const c = localizeFields(keyDate, ['title', 'how_to_join', 'location'], locale);
  const moment = {
    uid: `key-date-${keyDate.id}@participatieportaal`,
    timestamp: stamp,
    title: cleanText(`${dictionary.keyDateKind[keyDate.kind]}: ${c.text.title}`),
    start: Date.parse(keyDate.starts_at),
    startInputType: 'utc',
    startOutputType: 'utc',
    description: paragraphsOf([
      // Where a text has no version in the reader's language, the Dutch one stands in and the event says so once.
      sectionNotice(locale, [c]),
      `${t.howToJoin}: ${c.text.how_to_join}`,
      keyDate.online_url && `${t.joinOnline}: ${keyDate.online_url}`,
      `${t.moreInformation}: ${pageUrl({ page: 'project', slug: timeline.project.slug }, locale, site)}`,
    ]),
    url: recordUrl(timeline.project.slug, 'key-date', keyDate.id, locale, site),
    ...(c.text.location ? { location: cleanText(c.text.location) } : keyDate.online_url ? { location: t.online } : {}),
  } as const;
  if (keyDate.ends_at) return { ...moment, end: Date.parse(keyDate.ends_at), endInputType: 'utc', endOutputType: 'utc' };
  // A moment without an end (a deadline) is an event of no duration, which RFC 5545 and the package's runtime
  // allow; only its types insist on an end or a duration.
  return moment as EventWithStamp;
}

function councilEvent(
  timeline: ProjectTimeline,
  moment: TimelineCouncilMoment,
  locale: Locale,
  site: URL | string | undefined,
  stamp: number,
): EventWithStamp {
  const dictionary = dictionaryFor(locale);
  const t = dictionary.feeds.calendar;
  const feed = dictionary.feeds.feed;
  const c = localizeFields(moment, ['body', 'agenda_item', 'proposal', 'outcome_summary', 'council_reasons', 'effect_on_promises'], locale);
  return {
    uid: `council-${moment.id}@participatieportaal`,
    timestamp: stamp,
    title: cleanText(`${c.text.body}: ${c.text.agenda_item}`),
    start: dateArray(moment.meets_on, 0),
    // DTEND of an all-day event is the day after (exclusive).
    end: dateArray(moment.meets_on, 1),
    // A meeting of the council does not fill the resident's own day.
    transp: 'TRANSPARENT',
    description: paragraphsOf([
      sectionNotice(locale, [c]),
      `${t.proposal}: ${c.text.proposal}`,
      moment.outcome !== 'pending' && `${t.outcome}: ${dictionary.councilOutcome[moment.outcome]}`,
      c.text.outcome_summary,
      moment.differs_from_participation && feed.differs,
      moment.differs_from_participation && c.text.council_reasons && `${feed.councilReasons}: ${c.text.council_reasons}`,
      c.text.effect_on_promises && `${feed.effectOnPromises}: ${c.text.effect_on_promises}`,
      moment.source_url && `${feed.source}: ${moment.source_url}`,
      `${t.moreInformation}: ${pageUrl({ page: 'project', slug: timeline.project.slug }, locale, site)}`,
    ]),
    url: recordUrl(timeline.project.slug, 'council-moment', moment.id, locale, site),
  };
}

/** A calendar date ('YYYY-MM-DD') plus some days, as the [year, month, day] the package writes as VALUE=DATE. */
function dateArray(isoDate: string, plusDays: number): DateArray {
  const [year, month, day] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, (day ?? 1) + plusDays));
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}
