import { dictionaryFor, type Locale } from '../../i18n/index.ts';
import type { KeyDate } from '../api/project-timeline.ts';
import { localizeFields, type LocalizedFields } from '../content-language/localize.ts';
import { formatDateTime, formatMomentRange } from '../format/dates.ts';

/** A moment to take part, in words of one language: the project page's list and the catch-up's next moments. */
export interface KeyDateView {
  id: string;
  kindLabel: string;
  title: string;
  /** The period in words, in the Netherlands' time. */
  when: string;
  /** Machine-readable start (ISO), for <time datetime>. */
  startsAt: string;
  location: string | null;
  onlineUrl: string | null;
  howToJoin: string;
  /** The lang attributes of its texts (src/lib/content-language). */
  lang: LocalizedFields<'title' | 'location' | 'how_to_join'>['lang'];
  /** True when an English reader gets some of its text in Dutch. */
  untranslated: boolean;
}

/**
 * @example
 * keyDateView(keyDate, 'nl').kindLabel // => 'Bewonersavond'
 */
export function keyDateView(keyDate: KeyDate, locale: Locale): KeyDateView {
  const c = localizeFields(keyDate, ['title', 'location', 'how_to_join'], locale);
  return {
    id: keyDate.id,
    kindLabel: dictionaryFor(locale).keyDateKind[keyDate.kind],
    title: c.text.title,
    lang: c.lang,
    untranslated: c.untranslated,
    when: formatMomentRange(keyDate.starts_at, keyDate.ends_at, locale),
    startsAt: formatDateTime(keyDate.starts_at, locale).datetime,
    location: c.text.location,
    onlineUrl: keyDate.online_url,
    howToJoin: c.text.how_to_join,
  };
}
