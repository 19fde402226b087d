import { dictionaryFor, type Locale } from '../../i18n/index.ts';
import type { KeyDate } from '../api/project-timeline.ts';
import { localizeFields, type LocalizedFields, type Translatable } from '../content-language/localize.ts';
import { formatDateTime, formatMomentRange } from '../format/dates.ts';
import { recordAnchor } from '../records/anchors.ts';

/** A moment to take part, in words of one language: the project page's list, the catch-up's next moments and the notice mails. */
export interface KeyDateView {
  id: string;
  /** Its element id on the project page (src/lib/records/anchors.ts). */
  anchor: string;
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

/** What a key date needs to be told: a notice mail's key date carries no phase and no version. */
type KeyDateFields = Pick<KeyDate, 'id' | 'kind' | 'title' | 'starts_at' | 'ends_at' | 'location' | 'online_url' | 'how_to_join'> &
  Translatable;

/**
 * A key date in words of the chosen language.
 *
 * @example
 * buildKeyDateView(keyDate, 'nl').kindLabel // => 'Bewonersavond'
 */
export function buildKeyDateView(keyDate: KeyDateFields, locale: Locale): KeyDateView {
  const c = localizeFields(keyDate, ['title', 'location', 'how_to_join'], locale);
  return {
    id: keyDate.id,
    anchor: recordAnchor('key-date', keyDate.id),
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
