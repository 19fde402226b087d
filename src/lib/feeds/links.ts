import { pathFor, type Locale, type PageRef } from '../../i18n/index.ts';
import { recordAnchor, type AnchoredRecord } from '../records/anchors.ts';
import { recordPages, type PublishableKind } from '../records/kinds.ts';

/**
 * The origin the site is served from when PUBLIC_SITE_URL is not set: what `npm start` serves. astro.config.mjs
 * uses the same default, so feeds, calendars, open data and the sitemap always carry absolute links.
 */
export const defaultSiteUrl = 'http://localhost:4321';

/**
 * The kind of each anchored record in the public record (src/lib/records/kinds.ts), whose recordPages says which
 * page of its project tells it in full.
 */
const publishableKindOf = {
  phase: 'phase',
  decision: 'decision',
  promise: 'promise',
  'council-moment': 'council_moment',
  motion: 'motion',
  'council-letter': 'council_letter',
  'key-date': 'key_date',
  update: 'update',
} as const satisfies Record<AnchoredRecord, PublishableKind>;

/**
 * The page of a project a feed item or calendar event links to for a record: the page that tells it in full
 * (recordPages), but for a council moment the project page. The project page tells each council moment in a line
 * with its outcome, under the same element id as the council page (src/components/project/CouncilSection.astro), and
 * a resident following a feed or a calendar follows the project, not the council's work on it; from that line the
 * project page links on to the council page. Feed readers and calendars keep the links they got, so this stays.
 *
 * @example
 * recordPage('council-letter') // => 'projectCouncil'
 * recordPage('council-moment') // => 'project'
 */
export function recordPage(kind: AnchoredRecord): 'project' | 'projectCouncil' {
  if (kind === 'council-moment') return 'project';
  return recordPages[publishableKindOf[kind]];
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
