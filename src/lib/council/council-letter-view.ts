import type { Locale } from '../../i18n/index.ts';
import type { CouncilLetter } from '../api/council-moment.ts';
import { localizeFields, type LocalizedFields } from '../content-language/localize.ts';
import { formatDate, type FormattedTime } from '../format/dates.ts';
import { recordAnchor } from '../records/anchors.ts';

/** A raadsinformatiebrief: what the college told the council, and when. */
export interface CouncilLetterView {
  id: string;
  /** The element id on the project's council page (recordAnchor('council-letter', id)), where the timeline and feeds link to. */
  anchor: string;
  sentOn: FormattedTime;
  reference: string | null;
  title: string;
  summary: string;
  lang: LocalizedFields<'title' | 'summary'>['lang'];
  untranslated: boolean;
  sourceUrl: string | null;
}

/**
 * A council information letter in words of the chosen language.
 *
 * @example
 * buildCouncilLetterView(letter, 'en').sentOn // => { datetime: '2026-05-20', text: '20 May 2026' }
 */
export function buildCouncilLetterView(letter: CouncilLetter, locale: Locale): CouncilLetterView {
  const c = localizeFields(letter, ['title', 'summary'], locale);
  return {
    id: letter.id,
    anchor: recordAnchor('council-letter', letter.id),
    sentOn: formatDate(letter.sent_on, locale),
    reference: letter.reference,
    title: c.text.title,
    summary: c.text.summary,
    lang: c.lang,
    untranslated: c.untranslated,
    sourceUrl: letter.source_url,
  };
}
