import { dictionaryFor, pathFor, type Locale } from '../../i18n/index.ts';
import type { CouncilOutcome } from '../api/enums.ts';
import type { ProjectTimeline } from '../api/project-timeline.ts';
import { formatDate, type FormattedTime } from '../format/dates.ts';

export interface CouncilMomentView {
  id: string;
  project: { slug: string; title: string; href: string; councilRoleLabel: string };
  meetsOn: FormattedTime;
  body: string;
  agendaItem: string;
  proposal: string;
  outcome: CouncilOutcome;
  outcomeLabel: string;
  outcomeSummary: string | null;
  differsFromParticipation: boolean;
  councilReasons: string | null;
  effectOnPromises: string | null;
  sourceUrl: string | null;
}

export interface CouncilOverview {
  /** From today on, soonest first. */
  coming: CouncilMomentView[];
  /** Before today, most recent first: what a resident looks for first is the latest outcome. */
  past: CouncilMomentView[];
}

/**
 * The council moments of all projects, split at the build date into coming and past.
 *
 * @param today the build date, 'YYYY-MM-DD'; a meeting on that day counts as coming
 */
export function buildCouncilOverview(timelines: readonly ProjectTimeline[], locale: Locale, today: string): CouncilOverview {
  const t = dictionaryFor(locale);
  const moments = timelines.flatMap(({ project, council_moments }) =>
    council_moments.map((moment) => ({
      date: moment.meets_on,
      view: {
        id: moment.id,
        project: {
          slug: project.slug,
          title: project.title,
          href: pathFor({ page: 'project', slug: project.slug }, locale),
          councilRoleLabel: t.councilRole[project.council_role],
        },
        meetsOn: formatDate(moment.meets_on, locale),
        body: moment.body,
        agendaItem: moment.agenda_item,
        proposal: moment.proposal,
        outcome: moment.outcome,
        outcomeLabel: t.councilOutcome[moment.outcome],
        outcomeSummary: moment.outcome_summary,
        differsFromParticipation: moment.differs_from_participation,
        councilReasons: moment.council_reasons,
        effectOnPromises: moment.effect_on_promises,
        sourceUrl: moment.source_url,
      } satisfies CouncilMomentView,
    })),
  );
  // ISO dates compare as strings; sort is stable, so moments on one day keep the order of the projects.
  const coming = moments.filter((moment) => moment.date >= today).sort((a, b) => a.date.localeCompare(b.date));
  const past = moments.filter((moment) => moment.date < today).sort((a, b) => b.date.localeCompare(a.date));
  return { coming: coming.map((moment) => moment.view), past: past.map((moment) => moment.view) };
}
