import { dictionaryFor, pathFor, type Locale, type PageRef } from '../../i18n/index.ts';

/** The sections of the main navigation. A project page belongs to the projects section (home). */
export const navigationSections = ['home', 'promises', 'council', 'lessons'] as const;
export type NavigationSection = (typeof navigationSections)[number];

/** The pages the footer links to: statements about the site and its public data. */
export const footerPages = ['accessibility', 'privacy', 'feed', 'openData', 'monitor'] as const;
export type FooterPage = (typeof footerPages)[number];

/**
 * aria-current of a link: 'page' when the link is the page itself, 'true' when the page lies inside the
 * link's section (a project page inside "Projecten"), absent otherwise. Screen readers announce both.
 */
export type AriaCurrent = 'page' | 'true' | undefined;

export interface NavigationLink {
  href: string;
  label: string;
  current: AriaCurrent;
}

export interface LinkGroup {
  /** The accessible name of the <nav> that holds the links. */
  label: string;
  links: NavigationLink[];
}

/** The section a page belongs to, or null for pages outside the main navigation (statements, open data). */
export function sectionOf(ref: PageRef | null): NavigationSection | null {
  if (!ref) return null;
  switch (ref.page) {
    case 'home':
    case 'project':
    case 'projectFeed':
    case 'projectCalendar':
      return 'home';
    case 'promises':
    case 'council':
    case 'lessons':
      return ref.page;
    default:
      return null;
  }
}

/**
 * The main navigation of a page, with the current section marked.
 *
 * @example
 * mainNavigation('nl', { page: 'project', slug: 'schoolzone' }).links[0]
 * // => { href: '/', label: 'Projecten', current: 'true' }
 */
export function mainNavigation(locale: Locale, ref: PageRef | null): LinkGroup {
  const t = dictionaryFor(locale).navigation;
  const section = sectionOf(ref);
  return {
    label: t.label,
    links: navigationSections.map((candidate) => ({
      href: pathFor({ page: candidate }, locale),
      label: t[candidate],
      current: candidate === section ? (ref?.page === candidate ? 'page' : 'true') : undefined,
    })),
  };
}

/**
 * The footer's links about the site: accessibility and privacy statements, the site feed and open data.
 *
 * @example
 * footerNavigation('en', { page: 'privacy' }).links[1] // => { href: '/en/privacy/', label: 'Privacy', current: 'page' }
 */
export function footerNavigation(locale: Locale, ref: PageRef | null): LinkGroup {
  const t = dictionaryFor(locale).aboutSite;
  return {
    label: t.label,
    links: footerPages.map((candidate) => ({
      href: pathFor({ page: candidate }, locale),
      label: t[candidate],
      current: ref?.page === candidate ? 'page' : undefined,
    })),
  };
}
