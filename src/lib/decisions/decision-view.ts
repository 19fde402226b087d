import type { Locale } from '../../i18n/index.ts';
import type { Decision } from '../api/project-timeline.ts';
import { localizeFields, type LocalizedFields, type Translatable } from '../content-language/localize.ts';
import { formatDate, type FormattedTime } from '../format/dates.ts';
import { recordAnchor } from '../records/anchors.ts';

// A decision in words of the reader's language: what was decided, by whom and when, why, and what was done with
// residents' input. The one view of a decision that the project page, the catch-up (join page and welcome mail),
// the feeds and the notice mails read; each adds what only it shows (a marker, a byline) around it. A decision's
// answers per input theme are told from the theme's side (src/lib/projects/you-said-we-did.ts).

export interface DecisionView {
  id: string;
  /** Its element id on the project page (src/lib/records/anchors.ts). */
  anchor: string;
  title: string;
  lang: LocalizedFields<'title' | 'decided_by' | 'decision' | 'rationale' | 'input_used'>['lang'];
  decidedOn: FormattedTime;
  decidedBy: string;
  decision: string;
  rationale: string;
  inputUsed: string;
  sourceUrl: string | null;
  /** True when an English reader gets some of it in Dutch. */
  untranslated: boolean;
}

/** What a decision needs to be told: a notice mail's decision carries no source link. */
type DecisionFields = Pick<Decision, 'id' | 'title' | 'decided_on' | 'decided_by' | 'decision' | 'rationale' | 'input_used'> &
  Partial<Pick<Decision, 'source_url'>> &
  Translatable;

/**
 * A decision in words of the chosen language.
 *
 * @example
 * buildDecisionView(decision, 'nl').decidedOn.text // => '12 maart 2026'
 */
export function buildDecisionView(decision: DecisionFields, locale: Locale): DecisionView {
  const c = localizeFields(decision, ['title', 'decided_by', 'decision', 'rationale', 'input_used'], locale);
  return {
    id: decision.id,
    anchor: recordAnchor('decision', decision.id),
    title: c.text.title,
    lang: c.lang,
    decidedOn: formatDate(decision.decided_on, locale),
    decidedBy: c.text.decided_by,
    decision: c.text.decision,
    rationale: c.text.rationale,
    inputUsed: c.text.input_used,
    sourceUrl: decision.source_url ?? null,
    untranslated: c.untranslated,
  };
}
