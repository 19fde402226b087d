import type { Locale } from './locales.ts';

/** The pages of the site, independent of language. */
export type PageRef = { page: 'home' } | { page: 'project'; slug: string };

/**
 * The path of a page in a language. Dutch pages have Dutch path segments and no prefix.
 *
 * @example
 * pathFor({ page: 'project', slug: 'schoolzone' }, 'nl') // => '/projecten/schoolzone/'
 * pathFor({ page: 'project', slug: 'schoolzone' }, 'en') // => '/en/projects/schoolzone/'
 */
export function pathFor(ref: PageRef, locale: Locale): string {
  const prefix = locale === 'nl' ? '/' : '/en/';
  switch (ref.page) {
    case 'home':
      return prefix;
    case 'project':
      return `${prefix}${locale === 'nl' ? 'projecten' : 'projects'}/${encodeURIComponent(ref.slug)}/`;
  }
}
