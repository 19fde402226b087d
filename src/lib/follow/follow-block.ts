import { dictionaryFor, pathFor, type Locale } from '../../i18n/index.ts';

// What the follow block says on each of the three pages that offer following by e-mail
// (src/components/follow/FollowBlock.astro): the home page (every project), the join page (one project, the form
// with taking part) and the project page, which links to the join page's form instead of carrying it, so that it
// stays one round trip. Every page also offers the feed, and a project its calendar, for those who
// would rather not give an address.

export interface LinkView {
  href: string;
  label: string;
}

export interface FollowBlockView {
  /** The heading's id, which names the section; the project page links to the join page's (#sign-up). */
  id: string;
  heading: string;
  intro: string;
  /** Where the form is on the page: what to say to a reader without JavaScript. Null where the form is elsewhere. */
  noScript: string | null;
  /** Where the form is elsewhere: the way to it. */
  signUp: LinkView | null;
  /** A sentence before the other ways to keep up, where the page says one. */
  alsoIntro: string | null;
  also: LinkView[];
}

/** The pages with a follow block. */
export type FollowBlockPlace = { page: 'home' } | { page: 'projectJoin' | 'project'; slug: string };

/**
 * The follow block of a page in the chosen language.
 *
 * @example
 * buildFollowBlock({ page: 'project', slug: 'schoolzone' }, 'nl').signUp?.href // => '/projecten/schoolzone/meedoen/#sign-up'
 */
export function buildFollowBlock(place: FollowBlockPlace, locale: Locale): FollowBlockView {
  const t = dictionaryFor(locale);
  const { form } = t.follow;
  const link = (href: string, label: string): LinkView => ({ href, label });
  if (place.page === 'home') {
    const also = [link(pathFor({ page: 'feed' }, locale), form.feed)];
    return { id: 'follow-all', heading: form.titleAll, intro: form.introAll, noScript: form.noScript, signUp: null, alsoIntro: null, also };
  }
  const { slug } = place;
  const feed = pathFor({ page: 'projectFeed', slug }, locale);
  const calendar = pathFor({ page: 'projectCalendar', slug }, locale);
  if (place.page === 'projectJoin') {
    const also = [link(feed, form.feed), link(calendar, form.calendar)];
    return {
      id: 'sign-up',
      heading: t.follow.join.formTitle,
      intro: t.follow.join.signUpIntro,
      noScript: form.noScript,
      signUp: null,
      alsoIntro: null,
      also,
    };
  }
  const signUp = link(`${pathFor({ page: 'projectJoin', slug }, locale)}#sign-up`, t.follow.project.signUp);
  const also = [link(feed, t.project.feed), link(calendar, t.project.calendar)];
  return {
    id: 'follow',
    heading: form.titleProject,
    intro: form.introProject,
    noScript: null,
    signUp,
    alsoIntro: t.follow.project.alsoFeed,
    also,
  };
}
