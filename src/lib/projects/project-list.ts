import { contentLangFor, dictionaryFor, pathFor, type Locale } from '../../i18n/index.ts';
import { phaseKinds, projectStatuses } from '../api/enums.ts';
import type { ProjectCard } from '../api/project-card.ts';
import { localizeFields, type LocalizedFields } from '../content-language/localize.ts';
import { formatDateTime, type FormattedTime } from '../format/dates.ts';
import { checkedValue, type FilterField, type FilterOption } from '../list-filter/list-filter.ts';

/** The URL query names of the home page filter; shared by both languages so a link works in either. */
export const projectFilterNames = {
  search: 'q',
  phase: 'phase',
  theme: 'theme',
  area: 'area',
  open: 'open',
  status: 'status',
} as const;

/** One project as the home page lists it. */
export interface ProjectListItem {
  slug: string;
  href: string;
  title: string;
  summary: string;
  theme: string;
  area: string;
  statusLabel: string;
  /** The lang attributes of the card's texts: 'nl' where an English page shows the Dutch text (src/lib/content-language). */
  lang: LocalizedFields<'title' | 'summary' | 'theme' | 'area'>['lang'];
  /** True when an English reader gets some of the card's text in Dutch; the list says so once. */
  untranslated: boolean;
  currentPhase: { kindLabel: string; title: string; titleLang: Locale | undefined; levelLabel: string; levelPromise: string } | null;
  nextMoment: { kindLabel: string; title: string; titleLang: Locale | undefined; when: FormattedTime } | null;
  openForInput: boolean;
  /** The values the list filter compares, keyed by the names in projectFilterNames. */
  filter: Record<string, string>;
}

/**
 * The project cards of the home page, sorted by the next moment to take part (projects without one last); the
 * order of the API is kept among equals.
 *
 * @example
 * buildProjectList([card], 'en')[0].href // => '/en/projects/schoolzone/'
 */
export function buildProjectList(cards: readonly ProjectCard[], locale: Locale): ProjectListItem[] {
  const t = dictionaryFor(locale);
  return sortByNextMoment(cards).map((card) => {
    const c = localizeFields(card, ['title', 'summary', 'theme', 'area'], locale);
    const phase = card.current_phase && localizeFields(card.current_phase, ['title'], locale);
    const moment = card.next_moment && localizeFields(card.next_moment, ['title'], locale);
    return {
      slug: card.slug,
      href: pathFor({ page: 'project', slug: card.slug }, locale),
      title: c.text.title,
      summary: c.text.summary,
      theme: c.text.theme,
      area: c.text.area,
      lang: c.lang,
      untranslated: c.untranslated || phase?.untranslated === true || moment?.untranslated === true,
      statusLabel: t.projectStatus[card.status],
      currentPhase: card.current_phase && {
        kindLabel: t.phaseKind[card.current_phase.kind],
        title: phase?.text.title ?? card.current_phase.title,
        titleLang: phase?.lang.title,
        levelLabel: t.participationLevel[card.current_phase.participation_level],
        levelPromise: t.participationPromise[card.current_phase.participation_level],
      },
      nextMoment: card.next_moment && {
        kindLabel: t.keyDateKind[card.next_moment.kind],
        title: moment?.text.title ?? card.next_moment.title,
        titleLang: moment?.lang.title,
        when: formatDateTime(card.next_moment.starts_at, locale),
      },
      openForInput: card.open_for_input,
      filter: {
        [projectFilterNames.phase]: card.current_phase?.kind ?? '',
        [projectFilterNames.theme]: card.theme,
        [projectFilterNames.area]: card.area,
        [projectFilterNames.open]: card.open_for_input ? checkedValue : '',
        [projectFilterNames.status]: card.status,
      },
    };
  });
}

/**
 * Soonest next moment first, projects without a next moment last; a stable sort, so equal projects keep the
 * order they came in (the API's, which breaks ties by title).
 */
export function sortByNextMoment(cards: readonly ProjectCard[]): ProjectCard[] {
  const at = (card: ProjectCard) => (card.next_moment ? Date.parse(card.next_moment.starts_at) : Number.POSITIVE_INFINITY);
  return [...cards].sort((a, b) => {
    const difference = at(a) - at(b);
    return Number.isNaN(difference) ? 0 : difference;
  });
}

/**
 * The controls of the home page filter, offering only values that occur among the projects: phases and
 * statuses in their natural order, themes and areas alphabetically.
 */
export function buildProjectFilterFields(cards: readonly ProjectCard[], locale: Locale): FilterField[] {
  const t = dictionaryFor(locale).home.filter;
  const labels = dictionaryFor(locale);
  const lang = contentLangFor(locale);
  const present = <T extends string>(order: readonly T[], values: ReadonlyArray<T | undefined>): T[] =>
    order.filter((value) => values.includes(value));
  const textOptions = (values: string[]): FilterOption[] =>
    [...new Set(values)].sort((a, b) => a.localeCompare(b, 'nl')).map((value) => ({ value, label: value, lang }));
  return [
    { kind: 'search', name: projectFilterNames.search, label: t.search },
    {
      kind: 'select',
      name: projectFilterNames.phase,
      label: t.phase,
      anyLabel: t.anyPhase,
      options: present(
        phaseKinds,
        cards.map((card) => card.current_phase?.kind),
      ).map((kind) => ({
        value: kind,
        label: labels.phaseKind[kind],
      })),
    },
    {
      kind: 'select',
      name: projectFilterNames.theme,
      label: t.theme,
      anyLabel: t.anyTheme,
      options: textOptions(cards.map((card) => card.theme)),
    },
    {
      kind: 'select',
      name: projectFilterNames.area,
      label: t.area,
      anyLabel: t.anyArea,
      options: textOptions(cards.map((card) => card.area)),
    },
    {
      kind: 'select',
      name: projectFilterNames.status,
      label: t.status,
      anyLabel: t.anyStatus,
      options: present(
        projectStatuses,
        cards.map((card) => card.status),
      ).map((status) => ({
        value: status,
        label: labels.projectStatus[status],
      })),
    },
    { kind: 'checkbox', name: projectFilterNames.open, label: t.openNow },
  ];
}
