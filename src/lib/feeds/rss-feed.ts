import { getRssString, type RSSOptions } from '@astrojs/rss';
import { dictionaryFor, type Locale } from '../../i18n/index.ts';
import type { Organisation } from '../api/organisation.ts';
import type { ProjectTimeline } from '../api/project-timeline.ts';
import { projectFeedEntries, siteFeedEntries, type FeedEntry } from './feed-items.ts';
import { pageUrl } from './links.ts';
import { cleanText, escapeHtml } from './plain-text.ts';

// RSS 2.0 through @astrojs/rss, which escapes every value once for XML. Titles are plain text in RSS, so once
// is right for them. Descriptions are HTML to a feed reader, so plain-text ones are HTML-escaped here first (see
// escapeHtml); an update's description is already HTML, sanitised by renderMarkdown, and is escaped once only. The only raw XML handed to the library (customData) is built from constants and escaped URLs.

const atomNamespace = 'http://www.w3.org/2005/Atom';

/** The RSS options of the feed of one project, ready for getRssString or @astrojs/rss's default export. */
export function projectFeedOptions(timeline: ProjectTimeline, locale: Locale, site: URL | string | undefined): RSSOptions {
  const t = dictionaryFor(locale).feeds.feed;
  const project = cleanText(timeline.project.title);
  return feedOptions({
    title: t.projectTitle(project),
    description: t.projectDescription(project),
    home: pageUrl({ page: 'project', slug: timeline.project.slug }, locale, site),
    self: pageUrl({ page: 'projectFeed', slug: timeline.project.slug }, locale, site),
    locale,
    entries: projectFeedEntries(timeline, { locale, site }),
  });
}

/** The RSS options of the feed of all projects of the organisation (the newest items only). */
export function siteFeedOptions(
  organisation: Organisation,
  timelines: readonly ProjectTimeline[],
  locale: Locale,
  site: URL | string | undefined,
): RSSOptions {
  const t = dictionaryFor(locale).feeds.feed;
  const name = cleanText(organisation.name);
  return feedOptions({
    title: t.siteTitle(name),
    description: t.siteDescription(name),
    home: pageUrl({ page: 'home' }, locale, site),
    self: pageUrl({ page: 'feed' }, locale, site),
    locale,
    entries: siteFeedEntries(timelines, { locale, site }),
  });
}

/** The feed as an RSS 2.0 string. */
export function renderFeed(options: RSSOptions): Promise<string> {
  return getRssString(options);
}

interface FeedParts {
  title: string;
  description: string;
  home: string;
  self: string;
  locale: Locale;
  entries: FeedEntry[];
}

function feedOptions(parts: FeedParts): RSSOptions {
  return {
    title: parts.title,
    description: parts.description,
    site: parts.home,
    xmlns: { atom: atomNamespace },
    customData:
      `<language>${parts.locale === 'nl' ? 'nl-NL' : 'en'}</language>` +
      `<atom:link href="${escapeHtml(parts.self)}" rel="self" type="application/rss+xml"/>`,
    trailingSlash: true,
    items: parts.entries.map((entry) => ({
      title: entry.title,
      link: entry.link,
      pubDate: entry.pubDate,
      description: entry.html ?? escapeHtml(entry.description),
      // Replaces the guid the library derives from the link: several items share a link (one promise, many
      // status changes). A urn:uuid contains only hex digits and dashes.
      customData: `<guid isPermaLink="false">${escapeHtml(entry.guid)}</guid>`,
    })),
  };
}
