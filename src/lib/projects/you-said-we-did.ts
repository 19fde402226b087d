import type { ProjectTimeline } from '../api/project-timeline.ts';
import { anchorId } from '../timeline/timeline-view.ts';

export interface ThemeAnswerView {
  decisionId: string;
  decisionTitle: string;
  decisionHref: string;
  weDid: string;
}

export interface InputThemeView {
  id: string;
  title: string;
  youSaid: string;
  timesRaised: number | null;
  /** Empty when no published decision has answered the theme yet; the page says so instead of hiding it. */
  answers: ThemeAnswerView[];
}

/**
 * "You said, we did": each theme of resident input with the published decisions that answered it.
 * A response whose decision is not in the document (not published) is left out rather than linked to nothing.
 *
 * @example
 * buildYouSaidWeDid(doc)[0]?.answers[0]?.decisionHref // => '#decision-3f2a...'
 */
export function buildYouSaidWeDid(timeline: ProjectTimeline): InputThemeView[] {
  const decisions = new Map(timeline.decisions.map((decision) => [decision.id, decision]));
  return timeline.input_themes.map((theme) => ({
    id: theme.id,
    title: theme.title,
    youSaid: theme.you_said,
    timesRaised: theme.times_raised,
    answers: theme.responses.flatMap((response) => {
      const decision = decisions.get(response.decision_id);
      if (!decision) return [];
      return [
        {
          decisionId: decision.id,
          decisionTitle: decision.title,
          decisionHref: `#${anchorId('decision', decision.id)}`,
          weDid: response.we_did,
        },
      ];
    }),
  }));
}
