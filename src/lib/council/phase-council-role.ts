import { dictionaryFor, type Locale } from '../../i18n/index.ts';
import type { Motion } from '../api/council-moment.ts';
import type { Phase, TimelineProject } from '../api/project-timeline.ts';
import { localizeOptional } from '../content-language/localize.ts';
import { motionLink, type MotionLinkView } from './motion-view.ts';

/** What the council does in one phase, shown with the phase's expectations (the phase list and the card). */
export interface PhaseCouncilRoleView {
  roleLabel: string;
  roleMeaning: string;
  /** The phase's own explanation; null when it has none (the project's stands in the council section). */
  explanation: string | null;
  explanationLang: Locale | undefined;
  untranslated: boolean;
  /** The motions and amendments about this phase, as links to them in full on the project's council page. */
  motions: MotionLinkView[];
}

/**
 * The council's role in a phase: the phase's own role, or the project's where the phase has none.
 *
 * @param motions the motions whose phase is this phase (group them once per project: motion-view.ts, groupBy)
 * @param motionsPage the path of the project's council page, where the motions are in full; '' on that page itself
 * @example
 * phaseCouncilRole({ council_role: null, ... }, { council_role: 'besluitvormend', ... }, [], 'nl', '').roleLabel // => 'Besluitvormend'
 */
export function phaseCouncilRole(
  phase: Phase,
  project: Pick<TimelineProject, 'council_role'>,
  motions: readonly Motion[],
  locale: Locale,
  motionsPage: string,
): PhaseCouncilRoleView {
  const t = dictionaryFor(locale);
  const role = phase.council_role ?? project.council_role;
  const explanation = localizeOptional(phase, 'council_role_explanation', locale);
  return {
    roleLabel: t.councilRole[role],
    roleMeaning: t.councilRoleMeaning[role],
    explanation: explanation?.text ?? null,
    explanationLang: explanation?.lang,
    untranslated: explanation !== null && !explanation.translated,
    motions: motions.map((motion) => motionLink(motion, locale, motionsPage)),
  };
}
