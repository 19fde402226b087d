import type { Locale } from './locales.ts';

/** The pages and files of the site, independent of language. */
export type PageRef =
  | { page: 'home' }
  | { page: 'project'; slug: string }
  | { page: 'promises' }
  | { page: 'council' }
  | { page: 'lessons' }
  | { page: 'accessibility' }
  | { page: 'privacy' }
  | { page: 'feed' }
  | { page: 'projectFeed'; slug: string }
  | { page: 'projectCalendar'; slug: string }
  | { page: 'openData' }
  /** The staff workspace: one static page, its views in the hash; kept out of the sitemap and robots. */
  | { page: 'workspace' };

/** Path segments per language; Dutch pages have Dutch segments and no prefix. */
const SEGMENTS: Record<Locale, Record<'project' | 'promises' | 'council' | 'lessons' | 'accessibility' | 'privacy' | 'calendar' | 'openData' | 'workspace', string>> = {
  nl: {
    project: 'projecten',
    promises: 'toezeggingen',
    council: 'gemeenteraad',
    lessons: 'lessen',
    accessibility: 'toegankelijkheid',
    privacy: 'privacy',
    calendar: 'agenda.ics',
    openData: 'open-data',
    workspace: 'beheer',
  },
  en: {
    project: 'projects',
    promises: 'promises',
    council: 'council',
    lessons: 'lessons',
    accessibility: 'accessibility',
    privacy: 'privacy',
    calendar: 'calendar.ics',
    openData: 'open-data',
    workspace: 'manage',
  },
};

/**
 * The path of a page or file in a language.
 *
 * @example
 * pathFor({ page: 'project', slug: 'schoolzone' }, 'nl') // => '/projecten/schoolzone/'
 * pathFor({ page: 'project', slug: 'schoolzone' }, 'en') // => '/en/projects/schoolzone/'
 * pathFor({ page: 'projectCalendar', slug: 'schoolzone' }, 'nl') // => '/projecten/schoolzone/agenda.ics'
 */
export function pathFor(ref: PageRef, locale: Locale): string {
  const prefix = locale === 'nl' ? '/' : '/en/';
  const segment = SEGMENTS[locale];
  switch (ref.page) {
    case 'home':
      return prefix;
    case 'project':
      return `${prefix}${segment.project}/${encodeURIComponent(ref.slug)}/`;
    case 'projectFeed':
      return `${prefix}${segment.project}/${encodeURIComponent(ref.slug)}/feed.xml`;
    case 'projectCalendar':
      return `${prefix}${segment.project}/${encodeURIComponent(ref.slug)}/${segment.calendar}`;
    case 'feed':
      return `${prefix}feed.xml`;
    case 'promises':
    case 'council':
    case 'lessons':
    case 'accessibility':
    case 'privacy':
    case 'openData':
    case 'workspace':
      return `${prefix}${segment[ref.page]}/`;
  }
}
