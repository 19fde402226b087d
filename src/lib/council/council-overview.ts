import { dictionaryFor, pathFor, type Locale } from '../../i18n/index.ts';
import type { CouncilMeetingKind } from '../api/enums.ts';
import type { ProjectTimeline } from '../api/project-timeline.ts';
import { localize, sectionNotice, untranslatedAmong } from '../content-language/localize.ts';
import type { FormattedTime } from '../format/dates.ts';
import { buildPromiseView, type PromiseView } from '../promises/promise-view.ts';
import { buildCouncilLetterView, type CouncilLetterView } from './council-letter-view.ts';
import { buildCouncilMomentView, type CouncilMomentView } from './council-moment-view.ts';
import { compareMeetings, gatherMeetings, meetingAnchor, meetingKindNote, meetingTime, type MeetingGroup } from './meeting.ts';
import { motionLink, type MotionLinkView } from './motion-view.ts';

/** The project an agenda item or a record belongs to, as a link. */
export interface CouncilProjectLink {
  slug: string;
  title: string;
  titleLang: Locale | undefined;
  href: string;
  councilRoleLabel: string;
}

/**
 * One agenda item (a council moment of one project) at a meeting: the one council moment view, with its project and
 * its motions. The meeting says the body and the time once for all its items; `untranslated` is of what the item
 * itself shows, its motions' titles included.
 */
export interface AgendaItemView extends CouncilMomentView {
  project: CouncilProjectLink;
  /** Its motions and amendments, each a link to it in full on the project's council page, with its result. */
  motions: MotionLinkView[];
}

/** The texts of a council moment an agenda item shows (the body is the meeting's). */
const agendaItemTexts = ['agenda_item', 'proposal', 'outcome_summary', 'council_reasons', 'effect_on_promises'] as const;

/** One meeting of the council or one of its committees, with its agenda items of every project. */
export interface MeetingView {
  /** Stable across builds and languages (meeting.ts, meetingId): the heading's id and the calendar event's UID. */
  id: string;
  anchor: string;
  kind: CouncilMeetingKind;
  kindLabel: string;
  /** The kind in lower case, to say after the body's name where that name does not say it ("Raadsvergadering (gemeenteraad)"). */
  kindNote: string | null;
  body: string;
  bodyLang: Locale | undefined;
  /** Its start: date and time where the time is known. */
  when: FormattedTime;
  items: AgendaItemView[];
}

/** The council's part in one project: its role, its moments, motions, letters and the promises made to the council. */
export interface ProjectCouncilView {
  project: CouncilProjectLink;
  /** The project's council page, where all of it is told in full. */
  councilHref: string;
  roleMeaning: string;
  moments: Array<{
    href: string;
    when: FormattedTime;
    kindLabel: string;
    agendaItem: string;
    agendaItemLang: Locale | undefined;
    outcomeLabel: string;
  }>;
  motions: MotionLinkView[];
  /** Each letter, a link to it in full on the project's council page; the page shows its day, reference and title. */
  letters: Array<CouncilLetterView & { href: string }>;
  /** Each promise made to the council, a link to it on the project page; the page shows its status and body. */
  promises: Array<PromiseView & { href: string }>;
}

export interface CouncilOverview {
  /** Meetings from today on, soonest first. */
  coming: MeetingView[];
  /** Meetings before today, most recent first: what a resident looks for first is the latest outcome. */
  past: MeetingView[];
  /** Every project in the order of the list, with what the council did in it. */
  projects: ProjectCouncilView[];
  /** Said once at the top when an English reader gets some of the texts in Dutch. */
  notice: string | null;
}

/**
 * The council's work across all projects: its meetings, each with the agenda items of every project, split at the
 * build date into coming and past; and per project its role and records. Every record is visited once (meetings
 * and motions are looked up in maps), so the page stays fast for thousands of projects.
 *
 * @param today the build date, 'YYYY-MM-DD'; a meeting on that day counts as coming
 * @example
 * buildCouncilOverview(timelines, 'nl', '2026-03-10').coming[0]?.items[0]?.project.title // => 'Betaald parkeren centrum'
 */
export function buildCouncilOverview(timelines: readonly ProjectTimeline[], locale: Locale, today: string): CouncilOverview {
  const t = dictionaryFor(locale);
  let untranslated = false;
  const links = new Map<string, CouncilProjectLink>();
  const projects: ProjectCouncilView[] = [];
  const motionsByMoment = new Map<string, MotionLinkView[]>();
  const meetings = gatherMeetings(timelines);
  const meetingOf = new Map<string, MeetingGroup>();
  for (const meeting of meetings) for (const { moment } of meeting.agenda) meetingOf.set(moment.id, meeting);

  for (const timeline of timelines) {
    const { project } = timeline;
    const title = localize(project, 'title', locale);
    untranslated ||= !title.translated;
    const href = pathFor({ page: 'project', slug: project.slug }, locale);
    const link: CouncilProjectLink = {
      slug: project.slug,
      title: title.text,
      titleLang: title.lang,
      href,
      councilRoleLabel: t.councilRole[project.council_role],
    };
    links.set(project.slug, link);
    // Motions and letters are told in full on the project's council page; promises on the project page.
    const councilHref = pathFor({ page: 'projectCouncil', slug: project.slug }, locale);
    const motions = timeline.motions.map((motion) => motionLink(motion, locale, councilHref));
    untranslated ||= motions.some((motion) => motion.titleLang !== undefined);
    timeline.motions.forEach((motion, index) => {
      const list = motionsByMoment.get(motion.council_moment_id);
      const view = motions[index] as MotionLinkView;
      if (list) list.push(view);
      else motionsByMoment.set(motion.council_moment_id, [view]);
    });
    const moments = timeline.council_moments.map((moment) => {
      const agendaItem = localize(moment, 'agenda_item', locale);
      return {
        href: `#${meetingAnchor(meetingOf.get(moment.id)?.id ?? '')}`,
        when: meetingTime(moment, locale),
        kindLabel: t.councilMeetingKind[moment.meeting_kind],
        agendaItem: agendaItem.text,
        agendaItemLang: agendaItem.lang,
        outcomeLabel: t.councilOutcome[moment.outcome],
      };
    });
    const letters = timeline.council_letters.map((letter) => {
      const view = buildCouncilLetterView(letter, locale);
      untranslated ||= untranslatedAmong(view.lang, ['title']);
      return { ...view, href: `${councilHref}#${view.anchor}` };
    });
    const promises = timeline.promises
      .filter((promise) => promise.made_to === 'council')
      .map((promise) => {
        const view = buildPromiseView(promise, locale);
        untranslated ||= untranslatedAmong(view.lang, ['body']);
        return { ...view, href: `${href}#${view.anchor}` };
      });
    projects.push({
      project: link,
      councilHref,
      roleMeaning: t.councilRoleMeaning[project.council_role],
      moments,
      motions,
      letters,
      promises,
    });
  }

  const views = meetings.map((meeting): { date: string; group: MeetingGroup; view: MeetingView } => {
    const body = localize(meeting.first, 'body', locale);
    const kindLabel = t.councilMeetingKind[meeting.first.meeting_kind];
    untranslated ||= !body.translated;
    const items = meeting.agenda.map(({ timeline, moment }): AgendaItemView => {
      const view = buildCouncilMomentView(moment, locale);
      const motions = motionsByMoment.get(moment.id) ?? [];
      const itemUntranslated = untranslatedAmong(view.lang, agendaItemTexts) || motions.some((motion) => motion.titleLang !== undefined);
      untranslated ||= itemUntranslated;
      return { ...view, project: links.get(timeline.project.slug) as CouncilProjectLink, untranslated: itemUntranslated, motions };
    });
    return {
      date: meeting.date,
      group: meeting,
      view: {
        id: meeting.id,
        anchor: meetingAnchor(meeting.id),
        kind: meeting.first.meeting_kind,
        kindLabel,
        kindNote: meetingKindNote(body.text, meeting.first.meeting_kind, locale),
        body: body.text,
        bodyLang: body.lang,
        when: meetingTime(meeting.first, locale),
        items,
      },
    };
  });
  const coming = views.filter((meeting) => meeting.date >= today).sort((a, b) => compareMeetings(a.group, b.group));
  const past = views.filter((meeting) => meeting.date < today).sort((a, b) => compareMeetings(b.group, a.group));
  return {
    coming: coming.map((meeting) => meeting.view),
    past: past.map((meeting) => meeting.view),
    projects,
    notice: sectionNotice(locale, [{ untranslated }]),
  };
}
