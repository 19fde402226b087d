import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parseRssFeed } from 'feedsmith';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locales, pathFor, type Locale, type PageRef } from '../../../src/i18n/index.ts';
import { openDataPaths } from '../../../src/lib/open-data/open-data-paths.ts';
import type { LocalSupabase } from '../../../src/services/local-supabase/index.ts';
import { loadPortals, type PortalDocuments } from '../feeds/portal-documents.ts';
import { buildScratchSite, type ScratchSite } from '../support/scratch-site.ts';

// One real build (PGlite with the hostile fixture, the stand-in, supabase-js in the loader, astro build) with
// PUBLIC_SITE_URL set: the feeds, calendars, open data files and the sitemap must be where routes.ts says, and
// the sitemap must list every page with its twin in the other language.

const org = 'testdam';
const site = 'https://meedoen.testdam.example';
let local: LocalSupabase | undefined;
let portal: PortalDocuments | undefined;
let built: ScratchSite | undefined;
let outDir = '';

const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as typeof addFormatsModule;

beforeAll(async () => {
  let portals: Record<string, PortalDocuments>;
  ({ local, portals } = await loadPortals([org]));
  portal = portals[org];
  built = await buildScratchSite({ local, organisation: org, site, name: 'build-feeds-test' });
  outDir = built.outDir;
}, 300_000);

afterAll(async () => {
  await built?.remove();
  await local?.close();
});

function fileFor(path: string): string {
  if (!built) throw new Error('The site was not built');
  return built.fileFor(path);
}

function read(path: string): Promise<string> {
  return readFile(fileFor(path), 'utf8');
}

function slugs(): string[] {
  return (portal?.projects ?? []).map((project) => project.card.slug);
}

describe('a built site', () => {
  it('has the feeds, calendars, open data files and open data pages at the paths of routes.ts', async () => {
    expect(slugs().length).toBeGreaterThan(0);
    const paths = [
      openDataPaths.portal,
      openDataPaths.portalSchema,
      openDataPaths.projectSchema,
      ...slugs().map((slug) => openDataPaths.project(slug)),
      ...locales.flatMap((locale) => [
        pathFor({ page: 'feed' }, locale),
        pathFor({ page: 'openData' }, locale),
        ...slugs().flatMap((slug) => [pathFor({ page: 'projectFeed', slug }, locale), pathFor({ page: 'projectCalendar', slug }, locale)]),
      ]),
    ];
    for (const path of paths) expect(existsSync(fileFor(path)), path).toBe(true);

    for (const locale of locales) {
      const feed = parseRssFeed(await read(pathFor({ page: 'feed' }, locale)));
      expect(feed.link).toBe(new URL(pathFor({ page: 'home' }, locale), site).href);
      expect(feed.items?.length).toBeGreaterThan(0);
      for (const slug of slugs()) {
        const xml = await read(pathFor({ page: 'projectFeed', slug }, locale));
        expect(xml).not.toMatch(/<script/i);
        expect(parseRssFeed(xml).items?.every((item) => item.link?.startsWith(`${site}/`))).toBe(true);
        const ics = await read(pathFor({ page: 'projectCalendar', slug }, locale));
        const timeline = portal?.projects.find((project) => project.card.slug === slug)?.timeline;
        const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
        expect(events).toHaveLength((timeline?.key_dates.length ?? -1) + (timeline?.council_moments.length ?? 0));
      }
    }
  });

  it('links each feed item and calendar event to an element that exists on the project page or its council page', async () => {
    for (const locale of locales) {
      for (const slug of slugs()) {
        // The council information letters are told in full on the project's council page; everything else on the project page.
        const pages = new Map<string, string>();
        for (const page of ['project', 'projectCouncil'] as const) {
          pages.set(`${site}${pathFor({ page, slug }, locale)}`, await read(pathFor({ page, slug }, locale)));
        }
        const feed = parseRssFeed(await read(pathFor({ page: 'projectFeed', slug }, locale)));
        const calendar = new ICAL.Component(ICAL.parse(await read(pathFor({ page: 'projectCalendar', slug }, locale))));
        const links = [
          ...(feed.items ?? []).map((item) => item.link ?? ''),
          ...calendar.getAllSubcomponents('vevent').map((event) => String(event.getFirstPropertyValue('url'))),
        ];
        expect(links.length).toBeGreaterThan(0);
        for (const link of links) {
          const [url = '', fragment = ''] = link.split('#');
          expect([...pages.keys()], link).toContain(url);
          expect(pages.get(url), link).toContain(` id="${fragment}"`);
        }
      }
    }
  });

  it('publishes open data that validates against the schemas it publishes', async () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    const projectSchema = JSON.parse(await read(openDataPaths.projectSchema)) as Record<string, unknown>;
    const portalSchema = JSON.parse(await read(openDataPaths.portalSchema)) as Record<string, unknown>;
    expect(projectSchema['$id']).toBe(`${site}${openDataPaths.projectSchema}`);
    const validateProject = ajv.compile(projectSchema);
    const validatePortal = ajv.compile(portalSchema);
    const portalFile = JSON.parse(await read(openDataPaths.portal)) as { projects: Array<{ slug: string }> };
    expect(validatePortal(portalFile), JSON.stringify(validatePortal.errors)).toBe(true);
    expect(portalFile.projects.map((project) => project.slug)).toEqual(slugs());
    for (const slug of slugs()) {
      const file = JSON.parse(await read(openDataPaths.project(slug))) as { project: { slug: string } };
      expect(validateProject(file), JSON.stringify(validateProject.errors)).toBe(true);
      expect(file.project.slug).toBe(slug);
    }
  });

  it('has a sitemap that lists every page once, each with its twin in the other language', async () => {
    const index = await readFile(join(outDir, 'sitemap-index.xml'), 'utf8');
    const sitemapFiles = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
    expect(sitemapFiles.length).toBeGreaterThan(0);
    const entries: Array<{ loc: string; links: Array<{ lang: string; href: string }> }> = [];
    for (const file of sitemapFiles) {
      const xml = await readFile(join(outDir, file), 'utf8');
      for (const [, body = ''] of xml.matchAll(/<url>([\s\S]*?)<\/url>/g)) {
        entries.push({
          loc: /<loc>([^<]+)<\/loc>/.exec(body)?.[1] ?? '',
          links: [...body.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\s*\/>/g)].map((match) => ({
            lang: match[1] ?? '',
            href: match[2] ?? '',
          })),
        });
      }
    }

    const htmlFiles = (await readdir(outDir, { recursive: true }))
      .filter((file) => file.endsWith('index.html'))
      .map((file) => `/${file.replace(/index\.html$/, '')}`.replace(/^\/\.?\/?/, '/'))
      // The staff workspace is built but kept out of the sitemap (robots.txt disallows it too), and so are the
      // pages a subscription mail links to (noindex: without the token of a mail they say nothing).
      .filter(
        (path) =>
          !locales.some((locale) =>
            (['workspace', 'followConfirm', 'followManage', 'followUnsubscribe'] as const).some(
              (page) => path === pathFor({ page }, locale),
            ),
          ),
      );
    const listed = entries.map((entry) => new URL(entry.loc).pathname);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual([...htmlFiles].sort());
    for (const entry of entries) expect(entry.loc.startsWith(`${site}/`), entry.loc).toBe(true);

    // Every page routes.ts knows has alternates: nl, en and x-default (Dutch), all of which were built.
    const expectedPages: Array<{ ref: PageRef; locale: Locale }> = locales.flatMap((locale) => [
      { ref: { page: 'home' } as PageRef, locale },
      { ref: { page: 'openData' } as PageRef, locale },
      ...slugs().map((slug) => ({ ref: { page: 'project', slug } as PageRef, locale })),
      // The project's council page, a subpage like the join and changes pages.
      ...slugs().map((slug) => ({ ref: { page: 'projectCouncil', slug } as PageRef, locale })),
    ]);
    for (const { ref, locale } of expectedPages) {
      const entry = entries.find((candidate) => candidate.loc === `${site}${pathFor(ref, locale)}`);
      expect(entry, pathFor(ref, locale)).toBeDefined();
      expect(entry?.links).toEqual([
        { lang: 'nl', href: `${site}${pathFor(ref, 'nl')}` },
        { lang: 'en', href: `${site}${pathFor(ref, 'en')}` },
        { lang: 'x-default', href: `${site}${pathFor(ref, 'nl')}` },
      ]);
    }
    for (const entry of entries) {
      for (const link of entry.links) expect(existsSync(fileFor(new URL(link.href).pathname)), link.href).toBe(true);
    }
  });
});
