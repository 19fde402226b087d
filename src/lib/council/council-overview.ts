import { dictionaryFor, pathFor, type Locale } from '../../i18n/index.ts';
import type { CouncilOutcome } from '../api/enums.ts';
import type { ProjectTimeline } from '../api/project-timeline.ts';
import { localize, localizeFields, sectionNotice, type LocalizedFields } from '../content-language/localize.ts';
import { formatDate, type FormattedTime } from '../format/dates.ts';

export interface CouncilMomentView {
  id: string;
  project: { slug: string; title: string; titleLang: Locale | undefined; href: string; councilRoleLabel: string };
  /** The lang attributes of its texts: 'nl' where an English page shows the Dutch text (src/lib/content-language). */
  lang: LocalizedFields<'body' | 'agenda_item' | 'proposal' | 'outcome_summary' | 'council_reasons' | 'effect_on_promises'>['lang'];
  /** True when an English reader gets some of its text in Dutch. */
  untranslated: boolean;
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
  /** Said once at the top when an English reader gets some of the moments' texts in Dutch. */
  notice: string | null;
}

/**
 * The council moments of all projects, split at the build date into coming and past.
 *
 * @param today the build date, 'YYYY-MM-DD'; a meeting on that day counts as coming
 */
export function buildCouncilOverview(timelines: readonly ProjectTimeline[], locale: Locale, today: string): CouncilOverview {
  const t = dictionaryFor(locale);
  const moments = timelines.flatMap(({ project, council_moments }) => {
    const title = localize(project, 'title', locale);
    return council_moments.map((moment) => {
      const c = localizeFields(moment, ['body', 'agenda_item', 'proposal', 'outcome_summary', 'council_reasons', 'effect_on_promises'], locale);
      return {
        date: moment.meets_on,
        view: {
          id: moment.id,
          lang: c.lang,
          untranslated: c.untranslated || !title.translated,
          project: {
            slug: project.slug,
            title: title.text,
            titleLang: title.lang,
            href: pathFor({ page: 'project', slug: project.slug }, locale),
            councilRoleLabel: t.councilRole[project.council_role],
          },
          meetsOn: formatDate(moment.meets_on, locale),
          body: c.text.body,
          agendaItem: c.text.agenda_item,
          proposal: c.text.proposal,
          outcome: moment.outcome,
          outcomeLabel: t.councilOutcome[moment.outcome],
          outcomeSummary: c.text.outcome_summary,
          differsFromParticipation: moment.differs_from_participation,
          councilReasons: c.text.council_reasons,
          effectOnPromises: c.text.effect_on_promises,
          sourceUrl: moment.source_url,
        } satisfies CouncilMomentView,
      };
    });
  });
  // ISO dates compare as strings; sort is stable, so moments on one day keep the order of the projects.
  const coming = moments.filter((moment) => moment.date >= today).sort((a, b) => a.date.localeCompare(b.date));
  const past = moments.filter((moment) => moment.date < today).sort((a, b) => b.date.localeCompare(a.date));
  return {
    coming: coming.map((moment) => moment.view),
    past: past.map((moment) => moment.view),
    notice: sectionNotice(locale, moments.map((moment) => moment.view)),
  };
}
