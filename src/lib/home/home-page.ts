import { dictionaryFor, type Locale } from '../../i18n/index.ts';
import type { Organisation } from '../api/organisation.ts';
import type { ProjectCard } from '../api/project-card.ts';
import { buildProjectFilterFields, buildProjectList, type ProjectListItem } from '../projects/project-list.ts';
import { sectionNotice } from '../content-language/localize.ts';
import type { FilterField } from '../list-filter/list-filter.ts';

/** What the home page says while the organisation has no published project yet (a municipality that just started). */
export interface EmptyHome {
  text: string;
  /** Where residents find the municipality meanwhile; null when the organisation has no website_url. */
  website: { text: string; href: string; label: string } | null;
}

/** Everything the home page shows; the .astro page only lays it out. */
export interface HomePageView {
  title: string;
  intro: string;
  /** The projects in the order of list_projects, with their filter fields; both empty when there are none. */
  items: ProjectListItem[];
  filterFields: FilterField[];
  /** Set instead of a list, a filter and a sort order when no project is published: nothing to filter or sort. */
  empty: EmptyHome | null;
  /** Said once above the list when an English reader gets some of the projects' texts in Dutch. */
  notice: string | null;
}

/**
 * The home page of a language: the list of projects, or, before the first project is published, a plain sentence
 * saying so and the link to the organisation's own website.
 *
 * @example
 * buildHomePage({ name: 'Gemeente Nieuwdam', website_url: 'https://nieuwdam.example/', … }, [], 'nl').empty
 * // => { text: 'Er staan nog geen projecten op deze site. …', website: { text: 'Tot die tijd …', href: 'https://nieuwdam.example/', label: 'Naar de website van Gemeente Nieuwdam' } }
 */
export function buildHomePage(organisation: Organisation, cards: readonly ProjectCard[], locale: Locale): HomePageView {
  const t = dictionaryFor(locale).home;
  const empty =
    cards.length > 0
      ? null
      : {
          text: t.empty.text(organisation.name),
          website: organisation.website_url
            ? { text: t.empty.meanwhile(organisation.name), href: organisation.website_url, label: t.empty.websiteLink(organisation.name) }
            : null,
        };
  const items = buildProjectList(cards, locale);
  return {
    title: t.title,
    intro: t.intro(organisation.name),
    items,
    notice: sectionNotice(locale, items),
    filterFields: cards.length > 0 ? buildProjectFilterFields(cards, locale) : [],
    empty,
  };
}
