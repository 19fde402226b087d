import { locales, pathFor, type Locale, type PageRef } from '../../i18n/index.ts';

// The sitemap pairs every Dutch page with its English twin. @astrojs/sitemap's own i18n option pairs pages by
// their path after the locale prefix, which fails here: /projecten/x/ and /en/projects/x/ differ beyond the
// prefix. So each URL is mapped back to its page (routes.ts is the one source of paths) and its alternates are
// derived from that page with pathFor.

type StaticPage = Exclude<PageRef, { slug: string }>['page'];
type SlugPage = Extract<PageRef, { slug: string }>['page'];

// Records rather than lists: a page added to PageRef without being added here is a type error.
const staticPages: Record<StaticPage, true> = {
  home: true,
  promises: true,
  council: true,
  councilCalendar: true,
  lessons: true,
  accessibility: true,
  privacy: true,
  feed: true,
  openData: true,
  monitor: true,
  workspace: true,
  followConfirm: true,
  followManage: true,
  followUnsubscribe: true,
};
const slugPages: Record<SlugPage, true> = {
  project: true,
  projectFeed: true,
  projectCalendar: true,
  projectJoin: true,
  projectChanges: true,
  projectCouncil: true,
  projectReport: true,
  projectReportDocx: true,
};

const placeholder = '__slug__';

/**
 * The page and language a path belongs to, or undefined for a path routes.ts does not produce.
 *
 * @example
 * pageForPath('/en/projects/schoolzone/') // => { ref: { page: 'project', slug: 'schoolzone' }, locale: 'en' }
 */
export function pageForPath(path: string): { ref: PageRef; locale: Locale } | undefined {
  for (const locale of locales) {
    for (const page of Object.keys(staticPages) as StaticPage[]) {
      if (pathFor({ page }, locale) === path) return { ref: { page }, locale };
    }
    for (const page of Object.keys(slugPages) as SlugPage[]) {
      const [before = '', after = ''] = pathFor({ page, slug: placeholder }, locale).split(placeholder);
      if (!path.startsWith(before) || !path.endsWith(after) || path.length <= before.length + after.length) continue;
      const encoded = path.slice(before.length, path.length - after.length);
      if (encoded.includes('/')) continue;
      let slug: string;
      try {
        slug = decodeURIComponent(encoded);
      } catch {
        continue;
      }
      if (pathFor({ page, slug }, locale) === path) return { ref: { page, slug }, locale };
    }
  }
  return undefined;
}

export interface SitemapLink {
  lang: string;
  url: string;
}

/**
 * The hreflang alternates of a page URL: every language and x-default (Dutch), the same set the page's own
 * <link rel="alternate"> elements carry (src/lib/layout/page-frame.ts). Empty for a URL outside the routes.
 *
 * @example
 * sitemapAlternates('https://meedoen.example/projecten/schoolzone/', 'https://meedoen.example/')
 * // => [{ lang: 'nl', url: '…/projecten/schoolzone/' }, { lang: 'en', url: '…/en/projects/schoolzone/' }, { lang: 'x-default', url: '…/projecten/schoolzone/' }]
 */
export function sitemapAlternates(url: string, site: URL | string): SitemapLink[] {
  const base = new URL(site);
  const target = new URL(url);
  if (target.origin !== base.origin) return [];
  const page = pageForPath(target.pathname);
  if (!page) return [];
  const absolute = (locale: Locale) => new URL(pathFor(page.ref, locale), base).href;
  return [...locales.map((locale) => ({ lang: locale, url: absolute(locale) })), { lang: 'x-default', url: absolute('nl') }];
}

/** Only HTML pages belong in the sitemap; feeds, calendars and data files are linked from the pages. */
export function isSitemapPage(url: string): boolean {
  const path = new URL(url).pathname;
  const page = pageForPath(path)?.ref.page;
  if (page === 'workspace') return false; // the staff workspace is no page for search engines
  // The pages a subscription mail links to say nothing without the token in the link (and carry noindex).
  if (page === 'followConfirm' || page === 'followManage' || page === 'followUnsubscribe') return false;
  return !/\.(xml|ics|json)$/i.test(path);
}
