import { describe, expect, it } from 'vitest';
import { dictionaryFor, locales, pathFor, type PageRef } from '../../../src/i18n/index.ts';
import { footerNavigation, mainNavigation, navigationSections, sectionOf } from '../../../src/lib/layout/navigation.ts';

describe('mainNavigation', () => {
  it.each(locales)('links every section in %s through the route table, in order', (locale) => {
    const navigation = mainNavigation(locale, { page: 'home' });
    expect(navigation.label).toBe(dictionaryFor(locale).navigation.label);
    expect(navigation.links.map((link) => link.href)).toEqual(navigationSections.map((page) => pathFor({ page }, locale)));
    for (const link of navigation.links) expect(link.label.trim()).not.toBe('');
  });

  it('marks the section page itself as the current page', () => {
    const links = mainNavigation('nl', { page: 'promises' }).links;
    expect(links.map((link) => link.current)).toEqual([undefined, 'page', undefined, undefined]);
  });

  it('puts a project page inside the projects section, not as the page itself', () => {
    const links = mainNavigation('en', { page: 'project', slug: 'schoolzone' }).links;
    expect(links[0]).toEqual({ href: '/en/', label: 'Projects', current: 'true' });
    expect(links.filter((link) => link.current)).toHaveLength(1);
  });

  it('marks nothing on pages outside the sections and on the 404 page', () => {
    const outside: Array<PageRef | null> = [{ page: 'privacy' }, { page: 'accessibility' }, { page: 'openData' }, null];
    for (const ref of outside) {
      expect(sectionOf(ref)).toBeNull();
      expect(mainNavigation('nl', ref).links.every((link) => link.current === undefined)).toBe(true);
    }
  });
});

describe('footerNavigation', () => {
  it.each(locales)('links the statements, the site feed, open data and the monitor in %s', (locale) => {
    const t = dictionaryFor(locale).aboutSite;
    expect(footerNavigation(locale, null)).toEqual({
      label: t.label,
      links: [
        { href: pathFor({ page: 'accessibility' }, locale), label: t.accessibility, current: undefined },
        { href: pathFor({ page: 'privacy' }, locale), label: t.privacy, current: undefined },
        { href: pathFor({ page: 'feed' }, locale), label: t.feed, current: undefined },
        { href: pathFor({ page: 'openData' }, locale), label: t.openData, current: undefined },
        { href: pathFor({ page: 'monitor' }, locale), label: t.monitor, current: undefined },
      ],
    });
  });

  it('marks the statement page the resident is on', () => {
    const links = footerNavigation('nl', { page: 'privacy' }).links;
    expect(links.map((link) => link.current)).toEqual([undefined, 'page', undefined, undefined, undefined]);
    expect(footerNavigation('en', { page: 'monitor' }).links.map((link) => link.current)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      'page',
    ]);
  });
});
