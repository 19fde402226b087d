import { dictionaryFor, pathFor, type Locale } from '../../i18n/index.ts';
import type { ProjectTimeline } from '../api/project-timeline.ts';
import { localize, localizeOptional, sectionNotice } from '../content-language/localize.ts';
import { formatDate } from '../format/dates.ts';
import { recordMarker } from '../history/record-marker.ts';
import type { Marked, MarkedPromiseView } from '../projects/project-page.ts';
import { buildPromiseView } from '../promises/promise-view.ts';
import { recordAnchor } from '../records/anchors.ts';
import { buildCouncilLetterView, type CouncilLetterView } from './council-letter-view.ts';
import { buildCouncilMomentView, type CouncilMomentView } from './council-moment-view.ts';
import { buildMotionView, groupBy, type MotionView } from './motion-view.ts';
import { phaseCouncilRole, type PhaseCouncilRoleView } from './phase-council-role.ts';

// The council's part in one project, in full (/projecten/<slug>/gemeenteraad/): the project page shows it in
// short and links here. Every record has the same element id here as the links of the other pages expect
// (recordAnchor), and its data-record key, where verify-ledger finds it (src/lib/ledger/verify-site.ts).

/** A council moment in full, with its anchor and markers, and the motions and amendments submitted on it. */
export interface FullCouncilMomentView extends CouncilMomentView, Marked {
  /** The motions and amendments submitted on this agenda item, with the votes per party. */
  motions: Array<MotionView & Marked>;
}

/** A phase with the council's role in it. */
export interface CouncilPhaseView {
  id: string;
  anchor: string;
  title: string;
  titleLang: Locale | undefined;
  kindLabel: string;
  period: string;
  isCurrent: boolean;
  council: PhaseCouncilRoleView;
}

export interface ProjectCouncilPageView {
  slug: string;
  /** The project's title, for the heading "De gemeenteraad en <title>". */
  projectTitle: string;
  projectTitleLang: Locale | undefined;
  projectHref: string;
  /** The council page of all projects, with every meeting. */
  councilHref: string;
  /** The council's role in the project as a whole, with the project's explanation of it. */
  role: { label: string; meaning: string; explanation: string | null; explanationLang: Locale | undefined };
  phases: CouncilPhaseView[];
  /** In the order of the API: by the day of the meeting. */
  moments: FullCouncilMomentView[];
  letters: Array<CouncilLetterView & Marked>;
  /** The promises the college made to the council, with their status and history. */
  promises: MarkedPromiseView[];
  /** True when the council has no moment, motion, letter or promise in the project yet: the page says so plainly. */
  nothingYet: boolean;
  /** Per section, the notice that some of its text is shown in Dutch; null where there is nothing to say. */
  notices: { role: string | null; moments: string | null; letters: string | null; promises: string | null };
}

/**
 * Everything the council did and was told in one project, in words of the chosen language, from the project's
 * document. Made for every project, also one the council has not met on yet.
 *
 * @example
 * buildProjectCouncilPage(timeline, 'nl').moments[0]?.motions[0]?.votes?.summary // => 'Aangenomen met 19 stemmen voor en 12 tegen.'
 */
export function buildProjectCouncilPage(timeline: ProjectTimeline, locale: Locale): ProjectCouncilPageView {
  const t = dictionaryFor(locale);
  const { project } = timeline;
  const title = localize(project, 'title', locale);
  const explanation = localizeOptional(project, 'council_role_explanation', locale);
  const marker = (kind: Parameters<typeof recordMarker>[0], record: Parameters<typeof recordMarker>[1]) =>
    recordMarker(kind, record, project.slug, locale);
  const date = (value: string) => formatDate(value, locale).text;
  const motionsByPhase = groupBy(timeline.motions, (motion) => motion.phase_id);
  const motionsByMoment = groupBy(timeline.motions, (motion) => motion.council_moment_id);

  const phases = timeline.phases.map((phase) => {
    const phaseTitle = localize(phase, 'title', locale);
    // The motions are on this page: in-page links.
    const council = phaseCouncilRole(phase, project, motionsByPhase.get(phase.id) ?? [], locale, '');
    const view: CouncilPhaseView = {
      id: phase.id,
      anchor: recordAnchor('phase', phase.id),
      title: phaseTitle.text,
      titleLang: phaseTitle.lang,
      kindLabel: t.phaseKind[phase.kind],
      period: phase.ends_on === null ? `${t.project.from} ${date(phase.starts_on)}` : `${date(phase.starts_on)} – ${date(phase.ends_on)}`,
      isCurrent: phase.is_current === true,
      council,
    };
    return {
      view,
      untranslated: !phaseTitle.translated || council.untranslated || council.motions.some((motion) => motion.titleLang !== undefined),
    };
  });
  const moments = timeline.council_moments.map((moment) => {
    const motions = (motionsByMoment.get(moment.id) ?? []).map((motion) => ({
      ...buildMotionView(motion, locale),
      marker: marker('motion', motion),
    }));
    const view: FullCouncilMomentView = {
      ...buildCouncilMomentView(moment, locale),
      motions,
      marker: marker('council_moment', moment),
    };
    return { view, untranslated: view.untranslated || motions.some((motion) => motion.untranslated) };
  });
  const letters = timeline.council_letters.map((letter) => ({
    ...buildCouncilLetterView(letter, locale),
    marker: marker('council_letter', letter),
  }));
  const promises = timeline.promises
    .filter((promise) => promise.made_to === 'council')
    .map((promise): MarkedPromiseView => ({ ...buildPromiseView(promise, locale), marker: marker('promise', promise) }));
  const views = <V>(items: Array<{ view: V }>) => items.map((item) => item.view);

  return {
    slug: project.slug,
    projectTitle: title.text,
    projectTitleLang: title.lang,
    projectHref: pathFor({ page: 'project', slug: project.slug }, locale),
    councilHref: pathFor({ page: 'council' }, locale),
    role: {
      label: t.councilRole[project.council_role],
      meaning: t.councilRoleMeaning[project.council_role],
      explanation: explanation?.text ?? null,
      explanationLang: explanation?.lang,
    },
    phases: views(phases),
    moments: views(moments),
    letters,
    promises,
    nothingYet: moments.length === 0 && timeline.motions.length === 0 && letters.length === 0 && promises.length === 0,
    notices: {
      role: sectionNotice(locale, [explanation, ...phases]),
      moments: sectionNotice(locale, moments),
      letters: sectionNotice(locale, letters),
      promises: sectionNotice(locale, promises),
    },
  };
}
