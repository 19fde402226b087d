import { describe, expect, it } from 'vitest';
import { buildPageFrame } from '../../../src/lib/layout/page-frame.ts';
import { organisationDocument } from '../support/documents.ts';

const organisation = organisationDocument();

describe('buildPageFrame', () => {
  it('links a Dutch project page to its English version and back', () => {
    const nl = buildPageFrame({ locale: 'nl', organisation, ref: { page: 'project', slug: 'park' }, pageTitle: 'Park' });
    expect(nl.lang).toBe('nl');
    expect(nl.languageSwitch).toMatchObject({ href: '/en/projects/park/', lang: 'en', label: 'English' });
    const en = buildPageFrame({ locale: 'en', organisation, ref: { page: 'project', slug: 'park' }, pageTitle: 'Park' });
    expect(en.languageSwitch).toMatchObject({ href: '/projecten/park/', lang: 'nl', label: 'Nederlands' });
    expect(en.homeHref).toBe('/en/');
  });

  it('lists hreflang alternates for both languages and Dutch as the default', () => {
    const frame = buildPageFrame({ locale: 'en', organisation, ref: { page: 'home' } });
    expect(frame.alternates).toEqual([
      { hreflang: 'nl', href: '/' },
      { hreflang: 'en', href: '/en/' },
      { hreflang: 'x-default', href: '/' },
    ]);
  });

  it('makes alternates absolute when the site origin is known', () => {
    const frame = buildPageFrame({ locale: 'nl', organisation, ref: { page: 'home' }, site: new URL('https://meedoen.example') });
    expect(frame.alternates[1]).toEqual({ hreflang: 'en', href: 'https://meedoen.example/en/' });
  });

  it('puts the page title before the site name and applies the theme', () => {
    const frame = buildPageFrame({ locale: 'nl', organisation, ref: null, pageTitle: 'Niet gevonden' });
    expect(frame.title).toBe(`Niet gevonden – Meedoen in ${organisation.name}`);
    expect(frame.themeStyle).toContain('--portal-color-primary: #1a5e8a');
    expect(frame.alternates).toEqual([]);
    expect(frame.languageSwitch).toBeNull();
  });
});

describe('buildPageFrame feeds and navigation', () => {
  it('announces the site feed in the page language', () => {
    const nl = buildPageFrame({ locale: 'nl', organisation, ref: { page: 'home' } });
    expect(nl.feeds).toEqual([{ href: '/feed.xml', title: `Nieuws over meedoen in ${organisation.name}`, type: 'application/rss+xml' }]);
    const en = buildPageFrame({ locale: 'en', organisation, ref: { page: 'home' } });
    expect(en.feeds.map((feed) => feed.href)).toEqual(['/en/feed.xml']);
  });

  it("puts a page's own feeds before the site feed, absolute when the site origin is known", () => {
    const frame = buildPageFrame({
      locale: 'nl',
      organisation,
      ref: { page: 'project', slug: 'park' },
      site: new URL('https://meedoen.example'),
      feeds: [{ href: '/projecten/park/feed.xml', title: 'Park', type: 'application/rss+xml' }],
    });
    expect(frame.feeds.map((feed) => feed.href)).toEqual([
      'https://meedoen.example/projecten/park/feed.xml',
      'https://meedoen.example/feed.xml',
    ]);
  });

  it('marks the current section in the main navigation and links the statements in the footer', () => {
    const frame = buildPageFrame({ locale: 'en', organisation, ref: { page: 'council' } });
    expect(frame.navigation.links.find((link) => link.current)).toEqual({ href: '/en/council/', label: 'Council', current: 'page' });
    expect(frame.footerNavigation.links.map((link) => link.href)).toEqual([
      '/en/accessibility/',
      '/en/privacy/',
      '/en/feed.xml',
      '/en/open-data/',
      '/en/monitor/',
    ]);
  });
});
