import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { dictionaryFor, type Locale } from '../../i18n/index.ts';
import type { Motion, TimelineCouncilMoment } from '../api/council-moment.ts';
import type { Organisation } from '../api/organisation.ts';
import type { KeyDate, ProjectTimeline } from '../api/project-timeline.ts';
import { localize, localizeFields, sectionNotice } from '../content-language/localize.ts';
import { buildCouncilMomentView } from '../council/council-moment-view.ts';
import { compareMeetings, gatherMeetings, meetingAnchor, meetingKindNote, type MeetingGroup } from '../council/meeting.ts';
import { groupBy, motionName } from '../council/motion-view.ts';
import { pageUrl, recordUrl } from './links.ts';
import { cleanText, oneLine, paragraphsOf } from './plain-text.ts';
import { foldIcsLines } from './ics-lines.ts';

// iCalendar through the `ics` package, which escapes TEXT values (backslash, semicolon, comma, newline). Text
// is cleaned first (cleanText), because the package leaves a lone carriage return as it is, and the result is
// folded again at 75 octets (foldIcsLines), because the package folds at 75 characters.

/** The package takes DTSTAMP as `timestamp`, which its schema accepts but its types do not list. */
type EventWithStamp = EventAttributes & { timestamp: number };

// Times are written in UTC (as 'Z'), which needs no VTIMEZONE and which every calendar shows in its reader's zone:
// a meeting at 19:30 in Amsterdam is 19:30 for a reader there, summer or winter. A meeting whose start is not
// known is an all-day event on its date, the day in the Netherlands that the API gives.

/**
 * The calendar of one project: its published key dates (moments with a time, in UTC) and council moments (at
 * their start where it is known, else all-day on the meeting date), each with a UID that stays the same across
 * builds.
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
  return writeCalendar(
    events,
    locale,
    t.name(localizeFields(timeline.project, ['title'], locale).text.title),
    `project "${timeline.project.slug}"`,
  );
}

/**
 * The calendar of the council page: every meeting of the council and its committees on the agenda of any project,
 * one event per meeting with its agenda items, past meetings included (a subscribed calendar removes an event
 * that leaves the file, and a resident keeps what the council did). The UID is the meeting's id, the same in both
 * languages and every build (src/lib/council/meeting.ts).
 *
 * @example
 * councilCalendar(organisation, timelines, 'nl', 'https://meedoen.example')
 * // => 'BEGIN:VCALENDAR\r\n…BEGIN:VEVENT\r\nUID:meeting-…@participatieportaal\r\n…'
 */
export function councilCalendar(
  organisation: Organisation,
  timelines: readonly ProjectTimeline[],
  locale: Locale,
  site: URL | string | undefined,
): string {
  const t = dictionaryFor(locale).feeds.calendar;
  const motionsByMoment = groupBy(
    timelines.flatMap((timeline) => timeline.motions),
    (motion) => motion.council_moment_id,
  );
  const events = gatherMeetings(timelines)
    .sort(compareMeetings)
    .map((meeting) => meetingEvent(meeting, motionsByMoment, locale, site));
  return writeCalendar(events, locale, t.councilName(organisation.council_name), `the council of "${organisation.slug}"`);
}

function writeCalendar(events: EventWithStamp[], locale: Locale, name: string, of: string): string {
  const { error, value } = createEvents(events, {
    productId: `-//Participatieportaal//${locale === 'nl' ? 'Agenda//NL' : 'Calendar//EN'}`,
    method: 'PUBLISH',
    // X-WR-CALNAME is an extension property that readers take verbatim up to the end of the line (ical.js does
    // too), so it is not TEXT-escaped; on one line it cannot end early.
    calName: oneLine(name),
  });
  if (error || value === null) throw new Error(`Could not write the calendar of ${of}: ${error?.message ?? 'no output'}`);
  return foldIcsLines(value);
}

/** When a meeting starts: at its time where known (UTC), else all day on its date (DTEND the day after, exclusive). */
function meetingStart(
  moment: Pick<TimelineCouncilMoment, 'meets_on' | 'starts_at'>,
): Pick<EventAttributes, 'start' | 'startInputType' | 'startOutputType'> & { end?: DateArray } {
  if (moment.starts_at !== null) return { start: Date.parse(moment.starts_at), startInputType: 'utc', startOutputType: 'utc' };
  return { start: dateArray(moment.meets_on, 0), end: dateArray(moment.meets_on, 1) };
}

/** One line per motion or amendment: its name, title and result. */
function motionLines(motions: readonly Motion[], locale: Locale): string | false {
  if (motions.length === 0) return false;
  const dictionary = dictionaryFor(locale);
  return [
    `${dictionary.feeds.calendar.motions}:`,
    ...motions.map(
      (motion) =>
        `- ${motionName(motion, locale)}: ${oneLine(localize(motion, 'title', locale).text)} (${dictionary.motionResult[motion.result]})`,
    ),
  ].join('\n');
}

function meetingEvent(
  meeting: MeetingGroup,
  motionsByMoment: ReadonlyMap<string, Motion[]>,
  locale: Locale,
  site: URL | string | undefined,
): EventWithStamp {
  const dictionary = dictionaryFor(locale);
  const t = dictionary.feeds.calendar;
  const body = localize(meeting.first, 'body', locale);
  const kindNote = meetingKindNote(body.text, meeting.first.meeting_kind, locale);
  const texts = meeting.agenda.map(({ timeline, moment }) => ({
    timeline,
    moment,
    project: localize(timeline.project, 'title', locale),
    c: localizeFields(moment, ['agenda_item'], locale),
    motions: motionsByMoment.get(moment.id) ?? [],
  }));
  // DTSTAMP: the moment the newest of the documents the event was made from was read.
  const stamp = Math.max(...meeting.agenda.map(({ timeline }) => Date.parse(timeline.generated_at)));
  const url = `${pageUrl({ page: 'council' }, locale, site)}#${meetingAnchor(meeting.id)}`;
  return {
    uid: `meeting-${meeting.id}@participatieportaal`,
    timestamp: stamp,
    title: oneLine(kindNote === null ? body.text : `${body.text} (${kindNote})`),
    ...meetingStart(meeting.first),
    // A meeting of the council does not fill the resident's own day.
    transp: 'TRANSPARENT',
    description: paragraphsOf([
      sectionNotice(locale, [
        body,
        ...texts.flatMap((text) => [text.project, text.c]),
        ...texts.flatMap((text) => text.motions.map((motion) => localize(motion, 'title', locale))),
      ]),
      `${t.agenda}:`,
      ...texts.map(({ timeline, moment, project, c, motions }) =>
        [
          oneLine(c.text.agenda_item),
          `${t.project}: ${oneLine(project.text)} (${pageUrl({ page: 'project', slug: timeline.project.slug }, locale, site)})`,
          moment.outcome !== 'pending' && `${t.outcome}: ${dictionary.councilOutcome[moment.outcome]}`,
          motionLines(motions, locale),
        ]
          .filter((line): line is string => typeof line === 'string')
          .join('\n'),
      ),
      `${t.moreInformation}: ${url}`,
    ]),
    url,
  } as EventWithStamp;
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
  const view = buildCouncilMomentView(moment, locale);
  const motions = timeline.motions.filter((motion) => motion.council_moment_id === moment.id);
  return {
    uid: `council-${moment.id}@participatieportaal`,
    timestamp: stamp,
    title: cleanText(`${view.body}: ${view.agendaItem}`),
    ...meetingStart(moment),
    // A meeting of the council does not fill the resident's own day.
    transp: 'TRANSPARENT',
    description: paragraphsOf([
      sectionNotice(locale, [view, ...motions.map((motion) => localize(motion, 'title', locale))]),
      `${t.proposal}: ${view.proposal ?? ''}`,
      view.outcome !== 'pending' && `${t.outcome}: ${view.outcomeLabel}`,
      view.outcomeSummary,
      view.differsFromParticipation && feed.differs,
      view.differsFromParticipation && view.councilReasons && `${feed.councilReasons}: ${view.councilReasons}`,
      view.effectOnPromises && `${feed.effectOnPromises}: ${view.effectOnPromises}`,
      motionLines(motions, locale),
      view.sourceUrl && `${feed.source}: ${view.sourceUrl}`,
      `${t.moreInformation}: ${pageUrl({ page: 'project', slug: timeline.project.slug }, locale, site)}`,
    ]),
    url: recordUrl(timeline.project.slug, 'council-moment', moment.id, locale, site),
  } as EventWithStamp;
}

/** A calendar date ('YYYY-MM-DD') plus some days, as the [year, month, day] the package writes as VALUE=DATE. */
function dateArray(isoDate: string, plusDays: number): DateArray {
  const [year, month, day] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, (day ?? 1) + plusDays));
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}
