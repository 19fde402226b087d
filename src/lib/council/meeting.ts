import { dictionaryFor, type Locale } from '../../i18n/index.ts';
import type { TimelineCouncilMoment } from '../api/council-moment.ts';
import type { CouncilMeetingKind } from '../api/enums.ts';
import type { ProjectTimeline } from '../api/project-timeline.ts';
import { formatDate, formatDateTime, type FormattedTime } from '../format/dates.ts';
import { nameBasedUuid } from '../feeds/stable-id.ts';

// A council moment is one agenda item; the council meets on many at once, across projects. These helpers say
// which moments are one meeting, and when it starts, for the council page and its calendar alike.

/** The fields of a council moment that say which meeting it is on and when. */
export type MeetingFields = Pick<TimelineCouncilMoment, 'meets_on' | 'starts_at' | 'body' | 'meeting_source_id'>;

/**
 * The meeting an agenda item belongs to: its meeting in Open Raadsinformatie when it was linked or imported from
 * there, else the body that meets and the day (two committees can meet on one evening; one committee does not
 * meet twice a day). The Dutch name of the body is used, so both languages group alike.
 *
 * @example
 * meetingKey({ meeting_source_id: 'ori-123', meets_on: '2026-05-12', body: 'Gemeenteraad', starts_at: null }) // => 'ori:ori-123'
 * meetingKey({ meeting_source_id: null, meets_on: '2026-05-12', body: 'Gemeenteraad', starts_at: null }) // => 'day:2026-05-12:Gemeenteraad'
 */
export function meetingKey(moment: MeetingFields): string {
  return moment.meeting_source_id === null ? `day:${moment.meets_on}:${moment.body}` : `ori:${moment.meeting_source_id}`;
}

// The namespace of the meetings' name-based UUIDs; any fixed UUID will do, as long as it never changes.
const meetingNamespace = '5b1f0c3e-8d2a-4c47-9a61-0f3e2d7c9b10';

/**
 * A meeting's id, the same in every build and language: the anchor on the council page and the UID of its event
 * in the council's calendar. The organisation is part of the name, so two portals never share a UID.
 *
 * @example
 * meetingId('demodam', 'day:2026-05-12:Gemeenteraad') // => '89b1155a-3f93-5899-b3a4-6fb1ed04dc4c'
 */
export function meetingId(organisation: string, key: string): string {
  return nameBasedUuid(meetingNamespace, `${organisation}\n${key}`);
}

/**
 * The element id of a meeting on the council page, where the calendar's events and the view by project link to.
 *
 * @example
 * meetingAnchor('0b5c…') // => 'meeting-0b5c…'
 */
export function meetingAnchor(id: string): string {
  return `meeting-${id}`;
}

/**
 * When a meeting starts in words: the date and time in the Netherlands where the start is known, the date otherwise.
 *
 * @example
 * meetingTime({ meets_on: '2026-05-12', starts_at: '2026-05-12T17:30:00Z' }, 'nl') // => { datetime: '2026-05-12T17:30:00.000Z', text: '12 mei 2026, 19:30' }
 * meetingTime({ meets_on: '2026-05-12', starts_at: null }, 'en') // => { datetime: '2026-05-12', text: '12 May 2026' }
 */
export function meetingTime(moment: Pick<MeetingFields, 'meets_on' | 'starts_at'>, locale: Locale): FormattedTime {
  return moment.starts_at === null ? formatDate(moment.meets_on, locale) : formatDateTime(moment.starts_at, locale);
}

/** One meeting: its agenda items of every project, in the order of the projects. */
export interface MeetingGroup {
  key: string;
  /** meetingId of the key: the anchor on the council page and the calendar event's UID. */
  id: string;
  /** The day in the Netherlands, 'YYYY-MM-DD'. */
  date: string;
  /** The first agenda item: the meeting's body, kind and start are read from it. */
  first: TimelineCouncilMoment;
  agenda: Array<{ timeline: ProjectTimeline; moment: TimelineCouncilMoment }>;
}

/**
 * The meetings of all projects' council moments, in one pass (a Map by key): the council page and the council's
 * calendar list the same meetings.
 *
 * @example
 * gatherMeetings(timelines).map((meeting) => meeting.agenda.length) // => [2, 1, …]: two projects on the first meeting's agenda
 */
export function gatherMeetings(timelines: readonly ProjectTimeline[]): MeetingGroup[] {
  const meetings = new Map<string, MeetingGroup>();
  for (const timeline of timelines) {
    for (const moment of timeline.council_moments) {
      const key = meetingKey(moment);
      let meeting = meetings.get(key);
      if (!meeting) {
        meeting = { key, id: meetingId(timeline.organisation.slug, key), date: moment.meets_on, first: moment, agenda: [] };
        meetings.set(key, meeting);
      }
      meeting.agenda.push({ timeline, moment });
    }
  }
  return [...meetings.values()];
}

/**
 * Meetings in time order: by day, then by start time (a meeting without one first on its day), then by key, so
 * that two builds of the same data list them alike.
 */
export function compareMeetings(a: MeetingGroup, b: MeetingGroup): number {
  return a.date.localeCompare(b.date) || startOf(a) - startOf(b) || a.key.localeCompare(b.key);
}

// Compared as moments, not as text: the API writes a timestamp with the offset of its session's time zone.
const startOf = (meeting: MeetingGroup) => (meeting.first.starts_at === null ? -Infinity : Date.parse(meeting.first.starts_at));

/**
 * The kind of meeting, in lower case, to say after the body's name where that name does not already say it: a
 * "Commissie Ruimte" is clearly a committee, a "Raadsvergadering" is not clearly the council to everyone.
 *
 * @example
 * meetingKindNote('Commissie Ruimte', 'committee', 'nl') // => null
 * meetingKindNote('Raadsvergadering', 'council', 'nl') // => 'gemeenteraad'
 */
export function meetingKindNote(body: string, kind: CouncilMeetingKind, locale: Locale): string | null {
  const label = dictionaryFor(locale).councilMeetingKind[kind].toLocaleLowerCase(locale);
  return body.toLocaleLowerCase(locale).includes(label) ? null : label;
}
