// The languages of the portal. Dutch is the default and lives at the root without a prefix; English lives
// under /en/ (the same settings as `i18n` in astro.config.mjs).
export const locales = ['nl', 'en'] as const;
export type Locale = (typeof locales)[number];

/** The other language, for the language switch. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'nl' ? 'en' : 'nl';
}

/** The language an organisation writes its content in (titles, decisions, promises): Dutch. */
export const contentLocale: Locale = 'nl';

/**
 * The lang attribute for database text on a page: none where it matches the page, 'nl' on English pages,
 * so screen readers pronounce the Dutch content as Dutch (WCAG 3.1.2, language of parts).
 */
export function contentLangFor(pageLocale: Locale): Locale | undefined {
  return pageLocale === contentLocale ? undefined : contentLocale;
}
