import type { Locale } from './locales.ts';

/** The pages and files of the site, independent of language. */
export type PageRef =
  | { page: 'home' }
  | { page: 'project'; slug: string }
  | { page: 'promises' }
  | { page: 'council' }
  /** Every meeting of the council and its committees on the council page, as a calendar to subscribe to. */
  | { page: 'councilCalendar' }
  | { page: 'lessons' }
  | { page: 'accessibility' }
  | { page: 'privacy' }
  | { page: 'feed' }
  | { page: 'projectFeed'; slug: string }
  | { page: 'projectCalendar'; slug: string }
  | { page: 'openData' }
  /** The eight-keys monitor: per project which keys its public record meets, for the council and the rekenkamer. */
  | { page: 'monitor' }
  /** Joining a project that is under way: the catch-up and the sign-up to follow and take part. */
  | { page: 'projectJoin'; slug: string }
  /** A project's participation report (participatieverslag): a page that prints, and the same as a Word document. */
  | { page: 'projectReport'; slug: string }
  | { page: 'projectReportDocx'; slug: string }
  /** A project's public version history: every publication, revision (with a word-level diff) and withdrawal. */
  | { page: 'projectChanges'; slug: string }
  /**
   * The council's part in one project, in full: its role per phase, every meeting with its motions and amendments
   * and the votes per party, the council information letters and the promises made to the council.
   */
  | { page: 'projectCouncil'; slug: string }
  /** The pages a subscription mail links to; the token travels in the hash, so it never reaches a server log. */
  | { page: 'followConfirm' }
  | { page: 'followManage' }
  | { page: 'followUnsubscribe' }
  /** The staff workspace: one static page, its views in the hash; kept out of the sitemap and robots. */
  | { page: 'workspace' };

/** Path segments per language; Dutch pages have Dutch segments and no prefix. */
type Segment =
  | 'project'
  | 'join'
  | 'changes'
  | 'report'
  | 'reportDocx'
  | 'promises'
  | 'council'
  | 'councilCalendar'
  | 'lessons'
  | 'accessibility'
  | 'privacy'
  | 'calendar'
  | 'openData'
  | 'monitor'
  | 'workspace'
  | 'follow'
  | 'followConfirm'
  | 'followManage'
  | 'followUnsubscribe';
const SEGMENTS: Record<Locale, Record<Segment, string>> = {
  nl: {
    project: 'projecten',
    promises: 'toezeggingen',
    council: 'gemeenteraad',
    councilCalendar: 'vergaderingen.ics',
    lessons: 'lessen',
    accessibility: 'toegankelijkheid',
    privacy: 'privacy',
    calendar: 'agenda.ics',
    openData: 'open-data',
    monitor: 'monitor',
    workspace: 'beheer',
    join: 'meedoen',
    changes: 'wijzigingen',
    report: 'verslag',
    reportDocx: 'participatieverslag.docx',
    follow: 'volgen',
    followConfirm: 'bevestigen',
    followManage: 'beheren',
    followUnsubscribe: 'afmelden',
  },
  en: {
    project: 'projects',
    promises: 'promises',
    council: 'council',
    councilCalendar: 'meetings.ics',
    lessons: 'lessons',
    accessibility: 'accessibility',
    privacy: 'privacy',
    calendar: 'calendar.ics',
    openData: 'open-data',
    monitor: 'monitor',
    workspace: 'manage',
    join: 'join',
    changes: 'changes',
    report: 'report',
    reportDocx: 'participation-report.docx',
    follow: 'follow',
    followConfirm: 'confirm',
    followManage: 'manage',
    followUnsubscribe: 'unsubscribe',
  },
};

/**
 * The path of a page or file in a language.
 *
 * @example
 * pathFor({ page: 'project', slug: 'schoolzone' }, 'nl') // => '/projecten/schoolzone/'
 * pathFor({ page: 'project', slug: 'schoolzone' }, 'en') // => '/en/projects/schoolzone/'
 * pathFor({ page: 'projectCalendar', slug: 'schoolzone' }, 'nl') // => '/projecten/schoolzone/agenda.ics'
 * pathFor({ page: 'projectJoin', slug: 'schoolzone' }, 'en') // => '/en/projects/schoolzone/join/'
 * pathFor({ page: 'projectChanges', slug: 'schoolzone' }, 'nl') // => '/projecten/schoolzone/wijzigingen/'
 * pathFor({ page: 'projectCouncil', slug: 'schoolzone' }, 'nl') // => '/projecten/schoolzone/gemeenteraad/'
 * pathFor({ page: 'projectCouncil', slug: 'schoolzone' }, 'en') // => '/en/projects/schoolzone/council/'
 * pathFor({ page: 'projectReportDocx', slug: 'schoolzone' }, 'en') // => '/en/projects/schoolzone/participation-report.docx'
 * pathFor({ page: 'followManage' }, 'nl') // => '/volgen/beheren/'
 * pathFor({ page: 'councilCalendar' }, 'en') // => '/en/council/meetings.ics'
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
    case 'projectJoin':
      return `${prefix}${segment.project}/${encodeURIComponent(ref.slug)}/${segment.join}/`;
    case 'projectChanges':
      return `${prefix}${segment.project}/${encodeURIComponent(ref.slug)}/${segment.changes}/`;
    case 'projectCouncil':
      return `${prefix}${segment.project}/${encodeURIComponent(ref.slug)}/${segment.council}/`;
    case 'projectReport':
      return `${prefix}${segment.project}/${encodeURIComponent(ref.slug)}/${segment.report}/`;
    case 'projectReportDocx':
      return `${prefix}${segment.project}/${encodeURIComponent(ref.slug)}/${segment.reportDocx}`;
    case 'followConfirm':
    case 'followManage':
    case 'followUnsubscribe':
      return `${prefix}${segment.follow}/${segment[ref.page]}/`;
    case 'feed':
      return `${prefix}feed.xml`;
    case 'councilCalendar':
      return `${prefix}${segment.council}/${segment.councilCalendar}`;
    case 'promises':
    case 'council':
    case 'lessons':
    case 'accessibility':
    case 'privacy':
    case 'openData':
    case 'monitor':
    case 'workspace':
      return `${prefix}${segment[ref.page]}/`;
  }
}
