import { dictionaryFor, locales, otherLocale, pathFor, type Locale, type PageRef } from '../../i18n/index.ts';
import type { Organisation } from '../api/organisation.ts';
import { themeStyle } from '../theme/theme-style.ts';
import { footerNavigation, mainNavigation, type LinkGroup } from './navigation.ts';

export interface AlternateLink {
  hreflang: string;
  href: string;
}

/** A feed (or other machine-readable version) of a page, announced in the head with rel="alternate". */
export interface FeedLink {
  href: string;
  title: string;
  type: 'application/rss+xml' | 'application/atom+xml' | 'text/calendar' | 'application/json';
}

/** Everything the page layout shows around a page's own content. */
export interface PageFrame {
  lang: Locale;
  /** The document title: the page, then the site. */
  title: string;
  siteName: string;
  homeHref: string;
  skipLink: string;
  footer: string;
  themeStyle: string | undefined;
  /** hreflang alternates of this page, including itself and an x-default (Dutch). Empty for pages in one language. */
  alternates: AlternateLink[];
  /** Feeds announced in the head: the page's own first (a project's feed), then the site feed. */
  feeds: FeedLink[];
  /** The same page in the other language; null for pages that exist once (the 404 page). */
  languageSwitch: { href: string; label: string; lang: Locale; navigationLabel: string } | null;
  /** The main navigation with the current section marked. */
  navigation: LinkGroup;
  /** The footer's links: accessibility and privacy statements, site feed, open data. */
  footerNavigation: LinkGroup;
}

export interface PageFrameInput {
  locale: Locale;
  organisation: Organisation;
  /** The page, so the frame can link to it in the other language; null for a page without translations. */
  ref: PageRef | null;
  /** The page's own title; omitted on the home page, whose title is the site name. */
  pageTitle?: string;
  /** The site's origin (Astro.site) when it is configured, to make hreflang links absolute as search engines want. */
  site?: URL | undefined;
  /**
   * Feeds of this page besides the site feed, for example a project's RSS feed and calendar:
   * `[{ href: pathFor({ page: 'projectFeed', slug }, locale), title, type: 'application/rss+xml' }]`.
   */
  feeds?: FeedLink[];
}

/**
 * Builds the frame of a page: title, navigation, language links, feeds and theme.
 *
 * @example
 * buildPageFrame({ locale: 'nl', organisation, ref: { page: 'project', slug: 'schoolzone' }, pageTitle: 'Schoolzone' })
 * // => { lang: 'nl', title: 'Schoolzone – Meedoen in Gemeente Demodam', languageSwitch: { href: '/en/projects/schoolzone/', label: 'English', lang: 'en' }, ... }
 */
export function buildPageFrame(input: PageFrameInput): PageFrame {
  const { locale, organisation, ref, site } = input;
  const t = dictionaryFor(locale);
  const siteName = t.siteName(organisation.name);
  const href = (path: string) => (site ? new URL(path, site).href : path);
  const other = otherLocale(locale);
  const siteFeed: FeedLink = {
    href: href(pathFor({ page: 'feed' }, locale)),
    title: t.feedTitle(organisation.name),
    type: 'application/rss+xml',
  };
  return {
    lang: locale,
    title: input.pageTitle ? `${input.pageTitle} – ${siteName}` : siteName,
    siteName,
    homeHref: pathFor({ page: 'home' }, locale),
    skipLink: t.skipLink,
    footer: t.footer(organisation.name),
    themeStyle: themeStyle(organisation.theme),
    alternates: ref
      ? [
          ...locales.map((candidate) => ({ hreflang: candidate, href: href(pathFor(ref, candidate)) })),
          { hreflang: 'x-default', href: href(pathFor(ref, 'nl')) },
        ]
      : [],
    feeds: [...(input.feeds ?? []).map((feed) => ({ ...feed, href: href(feed.href) })), siteFeed],
    languageSwitch: ref
      ? {
          href: pathFor(ref, other),
          label: dictionaryFor(other).languageName,
          lang: other,
          navigationLabel: t.languageNavigation,
        }
      : null,
    navigation: mainNavigation(locale, ref),
    footerNavigation: footerNavigation(locale, ref),
  };
}
