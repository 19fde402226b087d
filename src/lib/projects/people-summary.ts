import { sectionNotice } from '../content-language/localize.ts';
import { dictionaryFor, type Locale } from '../../i18n/index.ts';
import type { Handover, ProjectPerson, ProjectTimeline } from '../api/project-timeline.ts';
import { formatDate, type FormattedTime } from '../format/dates.ts';
import { recordMarker, type RecordMarkerView } from '../history/record-marker.ts';
import { buildPersonView, type PersonView } from './person-view.ts';

export interface ContactView {
  person: PersonView;
  /** The role assignment on the page: changed since, published without a second check. */
  marker: RecordMarkerView;
  since: FormattedTime;
  /** The handover that made this person the contact, when one is recorded. */
  handover: { on: FormattedTime; fromDepartment: string; toDepartment: string } | null;
}

export interface CurrentHolderView {
  marker: RecordMarkerView;
  roleLabel: string;
  person: PersonView;
  since: FormattedTime;
}

export interface WhoView {
  /** The one contact person today; null when none is current (the page says so rather than hiding it). */
  contact: ContactView | null;
  projectLead: CurrentHolderView | null;
  alderman: CurrentHolderView | null;
  /** Said once when an English reader gets some of the cards' texts (job title, department) in Dutch. */
  notice: string | null;
}

/**
 * The handover that brought `contact` in: the latest one handing over to this person, else one on the day the
 * contact started.
 *
 * @example
 * handoverFor(contact, handovers)?.to_department // => 'Uitvoering Openbare Ruimte'
 */
export function handoverFor(contact: ProjectPerson, handovers: readonly Handover[]): Handover | null {
  const toThisPerson = handovers.filter((handover) => handover.to_person?.name === contact.name);
  return toThisPerson.at(-1) ?? handovers.find((handover) => handover.handed_over_on === contact.since) ?? null;
}

/**
 * Who a resident deals with: the one current contact person (since when, after which handover), the project
 * lead and the alderman. A role's current holder is the one without an end date who started last.
 *
 * @example
 * buildWho(doc, 'nl').contact?.since.text // => '5 januari 2026'
 */
export function buildWho(timeline: ProjectTimeline, locale: Locale): WhoView {
  const t = dictionaryFor(locale);
  const date = (value: string) => formatDate(value, locale);
  const marker = (person: ProjectPerson) => recordMarker('assignment', person, timeline.project.slug, locale);
  const current = (role: ProjectPerson['role']) =>
    timeline.people
      .filter((person) => person.role === role && person.until === null)
      .sort((a, b) => (a.since < b.since ? 1 : a.since > b.since ? -1 : 0))[0] ?? null;
  const holder = (role: ProjectPerson['role']): CurrentHolderView | null => {
    const person = current(role);
    return person === null
      ? null
      : { marker: marker(person), roleLabel: t.personRole[role], person: buildPersonView(person, locale), since: date(person.since) };
  };
  const contact = current('contact');
  const handover = contact === null ? null : handoverFor(contact, timeline.handovers);
  const contactView = contact === null ? null : buildPersonView(contact, locale);
  const projectLead = holder('project_lead');
  const alderman = holder('alderman');
  const cards = [contactView, projectLead?.person, alderman?.person].filter((card) => card !== null && card !== undefined);
  return {
    notice: sectionNotice(
      locale,
      cards.map((card) => ({ untranslated: Object.keys(card.lang).length > 0 })),
    ),
    contact:
      contact === null || contactView === null
        ? null
        : {
            person: contactView,
            marker: marker(contact),
            since: date(contact.since),
            handover:
              handover === null
                ? null
                : { on: date(handover.handed_over_on), fromDepartment: handover.from_department, toDepartment: handover.to_department },
          },
    projectLead,
    alderman,
  };
}
