import { parseRssFeed } from 'feedsmith';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dictionaryFor, locales, pathFor } from '../../../src/i18n/index.ts';
import type { ProjectTimeline } from '../../../src/lib/api/index.ts';
import { localize } from '../../../src/lib/content-language/localize.ts';
import { recordUrl } from '../../../src/lib/feeds/links.ts';
import { pageForPath } from '../../../src/lib/feeds/sitemap-alternates.ts';
import { motionName } from '../../../src/lib/council/motion-view.ts';
import { projectFeedOptions, renderFeed, siteFeedOptions } from '../../../src/lib/feeds/rss-feed.ts';
import type { LocalSupabase } from '../../../src/services/local-supabase/index.ts';
import { decodeHtml, loadPortals, type PortalDocuments } from './portal-documents.ts';

// The feeds are built from the real API documents (PGlite, migrations, demo seed and hostile fixture, through
// the stand-in and supabase-js) and read back with a real RSS parser. What each feed must hold is derived from
// the same documents.

const site = 'https://meedoen.example.nl';
let local: LocalSupabase | undefined;
let portals: Record<string, PortalDocuments> = {};

beforeAll(async () => {
  ({ local, portals } = await loadPortals(['demodam', 'testdam']));
});
afterAll(async () => {
  await local?.close();
});

/** The elements renderMarkdown may produce (an update's headings start at h2 in a feed). */
const markdownElements = new Set([
  'p',
  'br',
  'strong',
  'em',
  'del',
  'a',
  'ul',
  'ol',
  'li',
  'blockquote',
  'code',
  'pre',
  'hr',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
]);

type ParsedItem = NonNullable<ReturnType<typeof parseRssFeed>['items']>[number];

async function parsedProjectFeed(timeline: ProjectTimeline, locale: 'nl' | 'en') {
  const xml = await renderFeed(projectFeedOptions(timeline, locale, site));
  return { xml, feed: parseRssFeed(xml) };
}

function itemsLinkingTo(items: readonly ParsedItem[], link: string): ParsedItem[] {
  return items.filter((item) => item.link === link);
}

function seconds(moment: string | undefined): number {
  return Math.floor(Date.parse(moment ?? '') / 1000);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

describe.each(['demodam', 'testdam'])('the RSS feed of each project of %s', (org) => {
  it.each(locales)(
    'holds every published update, decision, promise status change, council outcome and council information letter (%s)',
    async (locale) => {
      const t = dictionaryFor(locale);
      for (const { timeline } of portals[org]?.projects ?? []) {
        const { feed } = await parsedProjectFeed(timeline, locale);
        const items = feed.items ?? [];
        const url = (kind: Parameters<typeof recordUrl>[1], id: string) => recordUrl(timeline.project.slug, kind, id, locale, site);

        for (const update of timeline.updates) {
          const [item, ...more] = itemsLinkingTo(items, url('update', update.id));
          expect(more).toEqual([]);
          expect(item?.title).toBe(`${t.feeds.feed.update}: ${oneLine(localize(update, 'title', locale).text)}`);
          expect(seconds(item?.pubDate)).toBe(seconds(update.published_at));
        }
        for (const decision of timeline.decisions) {
          const [item, ...more] = itemsLinkingTo(items, url('decision', decision.id));
          expect(more).toEqual([]);
          expect(item?.title).toBe(`${t.feeds.feed.decision}: ${oneLine(localize(decision, 'title', locale).text)}`);
          const description = decodeHtml(item?.description ?? '');
          for (const field of ['decision', 'rationale', 'input_used', 'decided_by'] as const) {
            expect(description).toContain(localize(decision, field, locale).text);
          }
          expect(seconds(item?.pubDate)).toBe(seconds(decision.published_at));
        }
        for (const promise of timeline.promises) {
          const found = itemsLinkingTo(items, url('promise', promise.id));
          expect(found).toHaveLength(promise.history.length);
          for (const change of promise.history) {
            const item = found.find(
              (candidate) =>
                seconds(candidate.pubDate) === seconds(change.changed_at) &&
                candidate.title?.includes(t.promiseStatus[change.status].toLowerCase()),
            );
            expect(item, `${promise.id} ${change.status}`).toBeDefined();
            const description = decodeHtml(item?.description ?? '');
            expect(description).toContain(localize(promise, 'body', locale).text);
            expect(description).toContain(`${t.feeds.feed.newStatus}: ${t.promiseStatus[change.status]}`);
            if (change.explanation) expect(description).toContain(localize(change, 'explanation', locale).text);
          }
        }
        for (const moment of timeline.council_moments) {
          const found = itemsLinkingTo(items, url('council-moment', moment.id));
          if (moment.outcome === 'pending') {
            expect(found).toEqual([]);
            continue;
          }
          expect(found).toHaveLength(1);
          const description = decodeHtml(found[0]?.description ?? '');
          expect(description).toContain(`${t.feeds.feed.outcome}: ${t.councilOutcome[moment.outcome]}`);
          if (moment.outcome_summary) expect(description).toContain(localize(moment, 'outcome_summary', locale).text);
          if (moment.differs_from_participation) {
            expect(description).toContain(t.feeds.feed.differs);
            expect(description).toContain(
              moment.council_reasons ? localize(moment, 'council_reasons', locale).text : 'reasons are required',
            );
          }
          // What the council voted on at this moment, with the results.
          for (const motion of timeline.motions.filter((candidate) => candidate.council_moment_id === moment.id)) {
            expect(description).toContain(
              `${motionName(motion, locale)}: ${oneLine(localize(motion, 'title', locale).text)} (${t.motionResult[motion.result]})`,
            );
          }
        }
        for (const letter of timeline.council_letters) {
          const [item, ...more] = itemsLinkingTo(items, url('council-letter', letter.id));
          expect(more).toEqual([]);
          // The letter is told in full on the project's council page.
          expect(item?.link).toBe(
            `${site}${pathFor({ page: 'projectCouncil', slug: timeline.project.slug }, locale)}#council-letter-${letter.id}`,
          );
          const name =
            letter.reference === null ? t.feeds.feed.councilLetter : `${t.feeds.feed.councilLetter} ${oneLine(letter.reference)}`;
          expect(item?.title).toBe(`${name}: ${oneLine(localize(letter, 'title', locale).text)}`);
          expect(decodeHtml(item?.description ?? '')).toContain(localize(letter, 'summary', locale).text);
          const line = timeline.timeline.find((entry) => entry.kind === 'council_letter' && entry.ref_id === letter.id);
          expect(line, 'the API places every letter on the timeline').toBeDefined();
          expect(seconds(item?.pubDate)).toBe(seconds(line?.at));
        }
        const expectedCount =
          timeline.updates.length +
          timeline.decisions.length +
          timeline.promises.reduce((sum, promise) => sum + promise.history.length, 0) +
          timeline.council_moments.filter((moment) => moment.outcome !== 'pending').length +
          timeline.council_letters.length;
        expect(items).toHaveLength(expectedCount);
      }
    },
  );

  it('lists items newest first, with unique guids that are the same in both languages and every build', async () => {
    for (const { timeline } of portals[org]?.projects ?? []) {
      const nl = (await parsedProjectFeed(timeline, 'nl')).feed.items ?? [];
      const en = (await parsedProjectFeed(timeline, 'en')).feed.items ?? [];
      const again = (await parsedProjectFeed(timeline, 'nl')).feed.items ?? [];
      const times = nl.map((item) => Date.parse(item.pubDate ?? ''));
      expect(times).toEqual([...times].sort((a, b) => b - a));
      const guids = nl.map((item) => item.guid?.value);
      expect(new Set(guids).size).toBe(nl.length);
      for (const guid of guids) expect(guid).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(nl.every((item) => item.guid?.isPermaLink === false)).toBe(true);
      expect(en.map((item) => item.guid?.value).sort()).toEqual([...guids].sort());
      expect(again.map((item) => item.guid?.value)).toEqual(guids);
    }
  });

  it('speaks the language of its chrome and links to itself and the project page', async () => {
    for (const { timeline } of portals[org]?.projects ?? []) {
      for (const locale of locales) {
        const { xml, feed } = await parsedProjectFeed(timeline, locale);
        expect(feed.title).toBe(dictionaryFor(locale).feeds.feed.projectTitle(localize(timeline.project, 'title', locale).text));
        expect(feed.link).toBe(new URL(pathFor({ page: 'project', slug: timeline.project.slug }, locale), site).href);
        expect(feed.language).toBe(locale === 'nl' ? 'nl-NL' : 'en');
        expect(xml).toContain(
          `href="${new URL(pathFor({ page: 'projectFeed', slug: timeline.project.slug }, locale), site).href}" rel="self"`,
        );
      }
    }
  });
});

describe('the site-wide RSS feed', () => {
  it.each(locales)('holds the newest items of all projects, newest first (%s)', async (locale) => {
    const portal = portals['demodam'];
    if (!portal) throw new Error('demodam not loaded');
    const timelines = portal.projects.map((project) => project.timeline);
    const xml = await renderFeed(siteFeedOptions(portal.organisation, timelines, null, locale, site));
    const feed = parseRssFeed(xml);
    const items = feed.items ?? [];
    expect(feed.title).toBe(dictionaryFor(locale).feeds.feed.siteTitle(portal.organisation.name));

    const perProject = await Promise.all(timelines.map(async (timeline) => (await parsedProjectFeed(timeline, locale)).feed.items ?? []));
    const all = perProject.flat();
    expect(items).toHaveLength(Math.min(100, all.length));
    const newest = [...all].sort((a, b) => Date.parse(b.pubDate ?? '') - Date.parse(a.pubDate ?? ''));
    const cutOff = Date.parse(newest[items.length - 1]?.pubDate ?? '');
    const byGuid = new Map(all.map((item) => [item.guid?.value, item]));
    for (const item of items) {
      const own = byGuid.get(item.guid?.value);
      expect(own, item.title).toBeDefined();
      expect(item.link).toBe(own?.link);
      expect(Date.parse(item.pubDate ?? '')).toBeGreaterThanOrEqual(cutOff);
      // Mixed projects: the project's title leads each item's title.
      // The item links to a page of its project: the project page, or its council page for a letter.
      const ref = pageForPath(new URL(item.link ?? '', site).pathname)?.ref;
      const project = timelines.find((timeline) => ref !== undefined && 'slug' in ref && ref.slug === timeline.project.slug);
      expect(item.title).toBe(`${oneLine(project ? localize(project.project, 'title', locale).text : 'no project')} – ${own?.title}`);
    }
  });
});

describe('the site-wide RSS feed of an organisation without projects', () => {
  it.each(locales)('is a valid feed with its title and no items (%s)', async (locale) => {
    const organisation = portals['demodam']?.organisation;
    if (!organisation) throw new Error('demodam not loaded');
    const xml = await renderFeed(siteFeedOptions(organisation, [], null, locale, site));
    const feed = parseRssFeed(xml);
    expect(feed.title).toBe(dictionaryFor(locale).feeds.feed.siteTitle(organisation.name));
    expect(feed.link).toBe(new URL(pathFor({ page: 'home' }, locale), site).href);
    expect(feed.items ?? []).toEqual([]);
    // No ledger yet, so no head to carry.
    expect(xml).not.toContain('<ledger:head');
  });
});

describe('hostile text in a feed', () => {
  it('is text to the XML parser and, once more decoded, text to a feed reader', async () => {
    const project = portals['testdam']?.projects[0];
    if (!project) throw new Error('testdam not loaded');
    const { timeline } = project;
    expect(timeline.decisions.length).toBeGreaterThan(0);
    for (const locale of locales) {
      const { xml, feed } = await parsedProjectFeed(timeline, locale);
      // No markup from the database survives as markup, in any element or attribute of the raw XML.
      expect(xml).not.toMatch(/<(script|img|iframe|svg|a|div|style|details)[\s>/]/i);
      expect(xml).not.toMatch(/-draft|-awaiting|-withdrawn|td-concept/);
      expect(feed.title).toContain(timeline.project.title);
      const updateLinks = new Set(timeline.updates.map((update) => recordUrl(timeline.project.slug, 'update', update.id, locale, site)));
      for (const item of feed.items ?? []) {
        if (updateLinks.has(item.link ?? '')) continue;
        // The description a reader renders as HTML holds no tag: every < from the database is &lt; after XML decoding.
        expect(item.description).not.toMatch(/<[a-z!/]/i);
      }
      const decision = timeline.decisions[0];
      const item = (feed.items ?? []).find((candidate) => candidate.link?.endsWith(`#decision-${decision?.id}`));
      expect(item?.title).toBe(`${dictionaryFor(locale).feeds.feed.decision}: ${oneLine(decision?.title ?? '')}`);
      expect(decodeHtml(item?.description ?? '')).toContain(decision?.rationale);
    }
  });
});

describe('hostile Markdown in a feed', () => {
  it('reaches a feed reader as sanitised HTML: the marker heading shows, nothing runs or loads', async () => {
    const project = portals['testdam']?.projects.find(({ timeline }) => timeline.updates.length > 0);
    if (!project) throw new Error('testdam has no project with updates');
    const { timeline } = project;
    for (const locale of locales) {
      const { feed } = await parsedProjectFeed(timeline, locale);
      for (const update of timeline.updates) {
        const [item] = itemsLinkingTo(feed.items ?? [], recordUrl(timeline.project.slug, 'update', update.id, locale, site));
        // After XML decoding the description is the HTML a reader renders; parse it as a reader would.
        const body = JSDOM.fragment(item?.description ?? '');
        const marker = /^## (\S+-body) kop/.exec(update.body_md)?.[1];
        expect(marker, 'the fixture puts a marker in a heading').toBeDefined();
        expect(body.querySelector('h2')?.textContent).toContain(`${marker} kop`);
        expect(body.textContent).toContain(`${marker} alinea met`);
        const elements = Array.from(body.querySelectorAll('*'));
        expect(elements.map((element) => element.localName).filter((name) => !markdownElements.has(name))).toEqual([]);
        for (const element of elements) {
          for (const { name, value } of Array.from(element.attributes)) {
            expect(['href', 'rel'], `${element.localName} ${name}`).toContain(name);
            if (name === 'href') expect(value).toMatch(/^https:\/\//);
          }
        }
        expect(item?.description).not.toMatch(/javascript:alert\(1\)"|data:text\/html|<(script|iframe|img|svg|style)\b|\son\w+=/i);
      }
    }
  });
});
