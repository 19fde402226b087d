import { describe, expect, it } from 'vitest';
import { locales, pathFor, type PageRef } from '../../../src/i18n/index.ts';
import { isSitemapPage, pageForPath, sitemapAlternates } from '../../../src/lib/feeds/sitemap-alternates.ts';

// Every path routes.ts produces must map back to its page, so the sitemap can pair it with its twin.

const site = 'https://meedoen.example.nl/';
const slugs = ['schoolzone', 'warmte-2030', 'a1'];
const refs: PageRef[] = [
  { page: 'home' },
  { page: 'promises' },
  { page: 'council' },
  { page: 'lessons' },
  { page: 'accessibility' },
  { page: 'privacy' },
  { page: 'feed' },
  { page: 'openData' },
  ...slugs.flatMap((slug): PageRef[] => [
    { page: 'project', slug },
    { page: 'projectFeed', slug },
    { page: 'projectCalendar', slug },
    { page: 'projectJoin', slug },
    { page: 'projectChanges', slug },
    { page: 'projectCouncil', slug },
  ]),
];

describe('pageForPath', () => {
  it('finds the page and language of every path routes.ts produces', () => {
    for (const ref of refs) {
      for (const locale of locales) {
        expect(pageForPath(pathFor(ref, locale))).toEqual({ ref, locale });
      }
    }
  });

  it('finds nothing for paths outside the routes', () => {
    for (const path of ['/nergens/', '/projecten/', '/projecten/a/b/', '/en/projecten/x/', '/projects/x/', '/projecten/%E0%A4%A/']) {
      expect(pageForPath(path), path).toBeUndefined();
    }
  });
});

describe('sitemapAlternates', () => {
  it('pairs a Dutch project page with its English twin, whose path differs beyond the prefix, and back', () => {
    const expected = [
      { lang: 'nl', url: `${site}projecten/schoolzone/` },
      { lang: 'en', url: `${site}en/projects/schoolzone/` },
      { lang: 'x-default', url: `${site}projecten/schoolzone/` },
    ];
    expect(sitemapAlternates(`${site}projecten/schoolzone/`, site)).toEqual(expected);
    expect(sitemapAlternates(`${site}en/projects/schoolzone/`, site)).toEqual(expected);
  });

  it('gives every page of both languages the same set of alternates', () => {
    for (const ref of refs) {
      const [nl, en] = locales.map((locale) => sitemapAlternates(new URL(pathFor(ref, locale), site).href, site));
      expect(nl).toHaveLength(3);
      expect(en).toEqual(nl);
    }
  });

  it('adds nothing to unknown pages or other origins', () => {
    expect(sitemapAlternates(`${site}onbekend/`, site)).toEqual([]);
    expect(sitemapAlternates('https://elders.example/projecten/schoolzone/', site)).toEqual([]);
  });
});

describe('isSitemapPage', () => {
  it('keeps pages and leaves out feeds, calendars and data files', () => {
    expect(isSitemapPage(`${site}projecten/schoolzone/`)).toBe(true);
    expect(isSitemapPage(`${site}open-data/`)).toBe(true);
    expect(isSitemapPage(`${site}projecten/schoolzone/feed.xml`)).toBe(false);
    expect(isSitemapPage(`${site}projecten/schoolzone/agenda.ics`)).toBe(false);
    expect(isSitemapPage(`${site}open-data/portal.json`)).toBe(false);
  });

  it('keeps the join page and leaves out the pages a subscription mail links to', () => {
    expect(isSitemapPage(`${site}projecten/schoolzone/meedoen/`)).toBe(true);
    expect(isSitemapPage(`${site}projecten/schoolzone/gemeenteraad/`)).toBe(true);
    expect(isSitemapPage(`${site}en/projects/schoolzone/council/`)).toBe(true);
    for (const path of [
      'volgen/bevestigen/',
      'volgen/beheren/',
      'volgen/afmelden/',
      'en/follow/confirm/',
      'en/follow/manage/',
      'en/follow/unsubscribe/',
    ]) {
      expect(isSitemapPage(`${site}${path}`), path).toBe(false);
    }
  });
});
