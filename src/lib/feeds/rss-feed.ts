import { localize } from '../content-language/localize.ts';
import { getRssString, type RSSOptions } from '@astrojs/rss';
import { dictionaryFor, type Locale } from '../../i18n/index.ts';
import type { Organisation } from '../api/organisation.ts';
import type { ProjectTimeline } from '../api/project-timeline.ts';
import type { LedgerHead } from '../ledger/ledger-document.ts';
import { openDataPaths } from '../open-data/open-data-paths.ts';
import { projectFeedEntries, siteFeedEntries, type FeedEntry } from './feed-items.ts';
import { absoluteUrl, pageUrl } from './links.ts';
import { cleanText, escapeHtml } from './plain-text.ts';

// RSS 2.0 through @astrojs/rss, which escapes every value once for XML. Titles are plain text in RSS, so once
// is right for them. Descriptions are HTML to a feed reader, so plain-text ones are HTML-escaped here first (see
// escapeHtml); an update's description is already HTML, sanitised by renderMarkdown, and is escaped once only. The only raw XML handed to the library (customData) is built from constants and escaped URLs.

const atomNamespace = 'http://www.w3.org/2005/Atom';
// The head of the organisation's ledger rides along in every feed, so whoever archives a feed also keeps a
// fingerprint of the whole public record at that moment: <ledger:head seq="…" href="…/ledger.json">hash</ledger:head>.
const ledgerNamespace = 'urn:participatieportaal:ledger:1';

/** The RSS options of the feed of one project, ready for getRssString or @astrojs/rss's default export. */
export function projectFeedOptions(timeline: ProjectTimeline, locale: Locale, site: URL | string | undefined): RSSOptions {
  const t = dictionaryFor(locale).feeds.feed;
  const project = cleanText(localize(timeline.project, 'title', locale).text);
  return feedOptions({
    title: t.projectTitle(project),
    description: t.projectDescription(project),
    home: pageUrl({ page: 'project', slug: timeline.project.slug }, locale, site),
    self: pageUrl({ page: 'projectFeed', slug: timeline.project.slug }, locale, site),
    locale,
    entries: projectFeedEntries(timeline, { locale, site }),
    ledger: { head: timeline.ledger_head, url: absoluteUrl(openDataPaths.ledger, site) },
  });
}

/** The RSS options of the feed of all projects of the organisation (the newest items only). */
export function siteFeedOptions(
  organisation: Organisation,
  timelines: readonly ProjectTimeline[],
  ledgerHead: LedgerHead | null,
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
    ledger: { head: ledgerHead, url: absoluteUrl(openDataPaths.ledger, site) },
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
  ledger: { head: LedgerHead | null; url: string };
}

function feedOptions(parts: FeedParts): RSSOptions {
  return {
    title: parts.title,
    description: parts.description,
    site: parts.home,
    xmlns: { atom: atomNamespace, ledger: ledgerNamespace },
    customData:
      `<language>${parts.locale === 'nl' ? 'nl-NL' : 'en'}</language>` +
      `<atom:link href="${escapeHtml(parts.self)}" rel="self" type="application/rss+xml"/>` +
      (parts.ledger.head && parts.ledger.head.seq > 0
        ? `<ledger:head seq="${parts.ledger.head.seq}" href="${escapeHtml(parts.ledger.url)}">${parts.ledger.head.hash}</ledger:head>`
        : ''),
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
