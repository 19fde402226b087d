import type { Locale } from '../../i18n/index.ts';
import type { ProjectTimeline } from '../api/project-timeline.ts';
import { localize, localizeFields, type LocalizedFields } from '../content-language/localize.ts';
import { recordAnchor } from '../records/anchors.ts';

export interface ThemeAnswerView {
  decisionId: string;
  decisionTitle: string;
  decisionHref: string;
  weDid: string;
  decisionTitleLang: Locale | undefined;
  weDidLang: Locale | undefined;
}

export interface InputThemeView {
  id: string;
  title: string;
  youSaid: string;
  timesRaised: number | null;
  /** Empty when no published decision has answered the theme yet; the page says so instead of hiding it. */
  answers: ThemeAnswerView[];
  lang: LocalizedFields<'title' | 'you_said'>['lang'];
  /** True when an English reader gets some of the theme or its answers in Dutch. */
  untranslated: boolean;
}

/**
 * "You said, we did": each theme of resident input with the published decisions that answered it.
 * A response whose decision is not in the document (not published) is left out rather than linked to nothing.
 *
 * @example
 * buildYouSaidWeDid(doc)[0]?.answers[0]?.decisionHref // => '#decision-3f2a...'
 */
export function buildYouSaidWeDid(timeline: ProjectTimeline, locale: Locale): InputThemeView[] {
  const decisions = new Map(timeline.decisions.map((decision) => [decision.id, decision]));
  return timeline.input_themes.map((theme) => {
    const c = localizeFields(theme, ['title', 'you_said'], locale);
    const answers = theme.responses.flatMap((response): ThemeAnswerView[] => {
      const decision = decisions.get(response.decision_id);
      if (!decision) return [];
      const title = localize(decision, 'title', locale);
      // The answer is part of the decision's words (see the API's decisionSchema), so its translation is the decision's.
      const weDid = localize({ we_did: response.we_did, translations: answerTranslations(decision, theme.id) }, 'we_did', locale);
      return [
        {
          decisionId: decision.id,
          decisionTitle: title.text,
          decisionTitleLang: title.lang,
          decisionHref: `#${recordAnchor('decision', decision.id)}`,
          weDid: weDid.text,
          weDidLang: weDid.lang,
        },
      ];
    });
    return {
      id: theme.id,
      title: c.text.title,
      youSaid: c.text.you_said,
      lang: c.lang,
      timesRaised: theme.times_raised,
      answers,
      untranslated: c.untranslated || answers.some((answer) => answer.weDidLang !== undefined || answer.decisionTitleLang !== undefined),
    };
  });
}

/**
 * A decision's answer to one theme, translated: kept in the decision's translations as `responses.<theme id>`
 * (its answers belong to its words and are approved with it).
 */
function answerTranslations(decision: ProjectTimeline['decisions'][number], themeId: string): { en: { we_did: string | undefined } } {
  const translations = (decision as { translations?: { en?: Record<string, string | null | undefined> } | null }).translations;
  return { en: { we_did: translations?.en?.[`responses.${themeId}`] ?? undefined } };
}
