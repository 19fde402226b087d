import { dictionaryFor, pathFor, type Locale } from '../../i18n/index.ts';
import type { ProjectCard } from '../api/project-card.ts';
import { formatDateTime, type FormattedTime } from '../format/dates.ts';

/** One project as the home page lists it. */
export interface ProjectListItem {
  slug: string;
  href: string;
  title: string;
  summary: string;
  theme: string;
  area: string;
  statusLabel: string;
  currentPhase: { kindLabel: string; title: string; levelLabel: string; levelPromise: string } | null;
  nextMoment: { kindLabel: string; title: string; when: FormattedTime } | null;
  openForInput: boolean;
}

/**
 * The project cards of the home page, in the order the API gave them (by the next moment to take part).
 *
 * @example
 * buildProjectList([card], 'en')[0].href // => '/en/projects/schoolzone/'
 */
export function buildProjectList(cards: readonly ProjectCard[], locale: Locale): ProjectListItem[] {
  const t = dictionaryFor(locale);
  return cards.map((card) => ({
    slug: card.slug,
    href: pathFor({ page: 'project', slug: card.slug }, locale),
    title: card.title,
    summary: card.summary,
    theme: card.theme,
    area: card.area,
    statusLabel: t.projectStatus[card.status],
    currentPhase: card.current_phase && {
      kindLabel: t.phaseKind[card.current_phase.kind],
      title: card.current_phase.title,
      levelLabel: t.participationLevel[card.current_phase.participation_level],
      levelPromise: t.participationPromise[card.current_phase.participation_level],
    },
    nextMoment: card.next_moment && {
      kindLabel: t.keyDateKind[card.next_moment.kind],
      title: card.next_moment.title,
      when: formatDateTime(card.next_moment.starts_at, locale),
    },
    openForInput: card.open_for_input,
  }));
}
