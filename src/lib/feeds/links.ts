import { pathFor, type Locale, type PageRef } from '../../i18n/index.ts';

/**
 * The origin the site is served from when PUBLIC_SITE_URL is not set: what `npm start` serves. astro.config.mjs
 * uses the same default, so feeds, calendars, open data and the sitemap always carry absolute links.
 */
export const defaultSiteUrl = 'http://localhost:4321';

/** The kinds of record a feed item or calendar event points at on the project page (or its council page). */
export type AnchoredRecord = 'decision' | 'promise' | 'council-moment' | 'council-letter' | 'motion' | 'update' | 'key-date';

/**
 * The page of a project that holds a record's element. Motions and amendments (with the votes per party) and the
 * council information letters are told in full on the project's council page only; the project page links there.
 *
 * @example
 * recordPage('council-letter') // => 'projectCouncil'
 * recordPage('council-moment') // => 'project'
 */
export function recordPage(kind: AnchoredRecord): 'project' | 'projectCouncil' {
  return kind === 'motion' || kind === 'council-letter' ? 'projectCouncil' : 'project';
}

/**
 * The id of a record's element on its page (recordPage), so links can jump to it. The page gives each record this
 * id; the pairs are listed in one place so the pages and the feeds cannot drift apart.
 *
 * @example
 * recordAnchor('council-moment', '0b5c…') // => 'council-moment-0b5c…'
 */
export function recordAnchor(kind: AnchoredRecord, id: string): string {
  return `${kind}-${id}`;
}

/**
 * An absolute URL of a page of the site.
 *
 * @example
 * pageUrl({ page: 'project', slug: 'schoolzone' }, 'en', new URL('https://meedoen.example'))
 * // => 'https://meedoen.example/en/projects/schoolzone/'
 */
export function pageUrl(ref: PageRef, locale: Locale, site: URL | string | undefined): string {
  return absoluteUrl(pathFor(ref, locale), site);
}

/**
 * An absolute URL for a path of the site; without a configured site the local default is used.
 *
 * @example
 * absoluteUrl('/open-data/portal.json', 'https://meedoen.example/') // => 'https://meedoen.example/open-data/portal.json'
 */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  return new URL(path, site ?? defaultSiteUrl).href;
}

/**
 * The URL of a record on its project's page (recordPage: the project page, or its council page), with its anchor.
 *
 * @example
 * recordUrl('schoolzone', 'decision', 'd1…', 'nl', 'https://meedoen.example') // => 'https://meedoen.example/projecten/schoolzone/#decision-d1…'
 * recordUrl('schoolzone', 'council-letter', 'l1…', 'en', 'https://meedoen.example') // => 'https://meedoen.example/en/projects/schoolzone/council/#council-letter-l1…'
 */
export function recordUrl(projectSlug: string, kind: AnchoredRecord, id: string, locale: Locale, site: URL | string | undefined): string {
  return `${pageUrl({ page: recordPage(kind), slug: projectSlug }, locale, site)}#${recordAnchor(kind, id)}`;
}
