import { dictionaryFor, type Locale } from '../../i18n/index.ts';
import type { KeyDate } from '../api/project-timeline.ts';
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
}

/**
 * @example
 * keyDateView(keyDate, 'nl').kindLabel // => 'Bewonersavond'
 */
export function keyDateView(keyDate: KeyDate, locale: Locale): KeyDateView {
  return {
    id: keyDate.id,
    kindLabel: dictionaryFor(locale).keyDateKind[keyDate.kind],
    title: keyDate.title,
    when: formatMomentRange(keyDate.starts_at, keyDate.ends_at, locale),
    startsAt: formatDateTime(keyDate.starts_at, locale).datetime,
    location: keyDate.location,
    onlineUrl: keyDate.online_url,
    howToJoin: keyDate.how_to_join,
  };
}
