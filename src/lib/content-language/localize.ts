import type { Locale } from '../../i18n/index.ts';
import { untranslatedNotice } from '../../i18n/text/translation.ts';

// Staff write every public text in Dutch and may add an English version of each field (the record's
// `translations`, shaped {"en": {"<field>": "<English text>"}}). Every reader of the public record (pages,
// feeds, calendars, open data, mails) picks the text through this module, so the choice is made one way:
// the reader's language where there is a version in it, the Dutch text otherwise, marked as Dutch (WCAG 3.1.2,
// language of parts) and announced once per section with a notice.

/** The language staff write the public record in; other languages are optional translations of it. */
export const sourceLocale = 'nl' satisfies Locale;

/** The translations a record may carry; absent, null or empty means "Dutch only". */
export interface Translatable {
  readonly translations?: { readonly [locale: string]: { readonly [field: string]: string | null | undefined } | null | undefined } | null;
}

/** One text as a reader of `locale` gets it. */
export interface LocalizedText {
  text: string;
  /** The lang attribute to put on it: 'nl' when an English reader gets the Dutch text; undefined when it matches the page. */
  lang: Locale | undefined;
  /** False when the reader's language was not available and the Dutch text stands in for it. */
  translated: boolean;
}

/** The string fields of a record (nullable ones included) that can carry a translation. */
export type TextField<R> = {
  [K in keyof R]-?: K extends 'translations' ? never : R[K] extends string | null | undefined ? (K extends string ? K : never) : never;
}[keyof R];

/**
 * The text of one field for a reader of `locale`: the translation where there is one (a blank one does not
 * count), the Dutch text otherwise.
 *
 * @example
 * localize({ title: 'Schoolzone', translations: { en: { title: 'School zone' } } }, 'title', 'en')
 * // => { text: 'School zone', lang: undefined, translated: true }
 * localize({ title: 'Schoolzone' }, 'title', 'en') // => { text: 'Schoolzone', lang: 'nl', translated: false }
 */
export function localize<R extends object, F extends TextField<R>>(record: R, field: F, locale: Locale): LocalizedText {
  const dutch = (record[field] as string | null | undefined) ?? '';
  if (locale === sourceLocale) return { text: dutch, lang: undefined, translated: true };
  // Any record may carry translations; reading them through the one optional field keeps every API type usable here.
  const translation = (record as Translatable).translations?.[locale]?.[field];
  if (typeof translation === 'string' && translation.trim() !== '') return { text: translation, lang: undefined, translated: true };
  // An empty Dutch field has nothing to translate: it is not announced as untranslated.
  return { text: dutch, lang: dutch === '' ? undefined : sourceLocale, translated: dutch === '' };
}

/** As localize, for a field that may be empty: null stays null (nothing to show, nothing to announce). */
export function localizeOptional<R extends object, F extends TextField<R>>(record: R, field: F, locale: Locale): LocalizedText | null {
  return record[field] === null || record[field] === undefined ? null : localize(record, field, locale);
}

/** Several fields of one record at once: the texts to show, their lang attributes, and whether any stands in untranslated. */
export interface LocalizedFields<F extends string> {
  text: Record<F, string>;
  /** Keyed by the API's field name; a field is absent where the text is in the page's language. */
  lang: Partial<Record<F, Locale>>;
  untranslated: boolean;
}

/**
 * The given fields of a record for a reader of `locale`; null fields stay null in `text`.
 *
 * @example
 * localizeFields(decision, ['title', 'rationale'], 'en')
 * // => { text: { title: 'School zone…', rationale: 'Omdat…' }, lang: { rationale: 'nl' }, untranslated: true }
 */
export function localizeFields<R extends object, F extends TextField<R>>(
  record: R,
  fields: readonly F[],
  locale: Locale,
): { text: { [K in F]: R[K] extends string ? string : string | null }; lang: Partial<Record<F, Locale>>; untranslated: boolean } {
  const text = {} as Record<F, string | null>;
  const lang: Partial<Record<F, Locale>> = {};
  let untranslated = false;
  for (const field of fields) {
    const value = localizeOptional(record, field, locale);
    text[field] = value === null ? null : value.text;
    if (value?.lang !== undefined) lang[field] = value.lang;
    if (value !== null && !value.translated) untranslated = true;
  }
  return { text: text as { [K in F]: R[K] extends string ? string : string | null }, lang, untranslated };
}

/** Whether any of the texts stands in untranslated; accepts what localize and localizeFields return. */
export function anyUntranslated(items: Iterable<LocalizedText | { untranslated: boolean } | null | undefined>): boolean {
  for (const item of items) {
    if (item === null || item === undefined) continue;
    if ('untranslated' in item ? item.untranslated : !item.translated) return true;
  }
  return false;
}

/**
 * Whether any of the given fields stands in untranslated, read from the lang attributes localizeFields gave (a
 * field has one exactly when it does): for a page that shows some of the texts of a shared view model and
 * announces only those.
 *
 * @example
 * untranslatedAmong({ proposal: 'nl' }, ['body', 'agenda_item']) // => false
 */
export function untranslatedAmong<F extends string>(lang: Partial<Record<F, Locale>>, fields: readonly F[]): boolean {
  return fields.some((field) => lang[field] !== undefined);
}

/**
 * The notice a section shows once when some of its text is the Dutch text standing in for the reader's
 * language; null when there is nothing to say (a Dutch reader, or everything translated).
 *
 * @example
 * sectionNotice('en', [localize({ title: 'Schoolzone' }, 'title', 'en')])
 * // => 'This text has not been translated yet; it is shown in Dutch.'
 */
export function sectionNotice(
  locale: Locale,
  items: Iterable<LocalizedText | { untranslated: boolean } | null | undefined>,
): string | null {
  return anyUntranslated(items) ? untranslatedNotice[locale] : null;
}
