import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parseRssFeed } from 'feedsmith';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, BuildSiteError } from '../../../scripts/lib/build-site.ts';
import { dictionaryFor, locales, pathFor } from '../../../src/i18n/index.ts';
import { openDataPaths } from '../../../src/lib/open-data/open-data-paths.ts';
import { startLocalSupabase, type LocalSupabase } from '../../../src/services/local-supabase/index.ts';
import { visibleText } from '../support/html.ts';
import { buildScratchSite, type ScratchSite } from '../support/scratch-site.ts';

// A municipality that has just started: its organisation exists, nothing is published yet. Its site must build,
// so that staff can sign in to the workspace (part of the same static site) and write the first project, and every
// page must say plainly that there is nothing yet. Real parts: PGlite with the migrations and the hostile fixture
// (whose other organisations must not show up), the stand-in, supabase-js in the loaders, astro build.

const org = 'nieuwdam';
const name = 'Gemeente Nieuwdam';
const website = 'https://www.nieuwdam.example/';
const site = 'https://meedoen.nieuwdam.example';

const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as typeof addFormatsModule;

let local: LocalSupabase | undefined;
let built: ScratchSite | undefined;
let outDir = '';
const lines: string[] = [];

beforeAll(async () => {
  local = await startLocalSupabase({ seedFiles: ['tests/fixtures/hostile-seed.sql'], port: 0, log: () => undefined });
  // As the owner, the way an operator creates a new organisation: one row, no staff content, no projects.
  await local.db.query(`insert into portal.organisations (slug, name, website_url, council_name) values ($1, $2, $3, $4)`, [
    org,
    name,
    website,
    'Gemeenteraad van Nieuwdam',
  ]);
  built = await buildScratchSite({ local, organisation: org, site, name: 'build-empty-organisation', log: (line) => lines.push(line) });
  outDir = built.outDir;
});

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

async function htmlPages(): Promise<Array<{ path: string; html: string }>> {
  const files = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith('.html'));
  return Promise.all(files.map(async (file) => ({ path: file, html: await readFile(join(outDir, file), 'utf8') })));
}

describe('the site of an organisation without published projects', () => {
  it('builds, and tells the operator that the list is empty', () => {
    expect(lines.some((line) => line.includes(`Organisation ${org} has no published projects yet`))).toBe(true);
    expect(lines.some((line) => line.startsWith('Site ready in'))).toBe(true);
    // No hint that something is wrong with the content configuration: an empty list is expected here.
    expect(lines.filter((line) => /does not exist or is empty/.test(line))).toEqual([]);
  });

  it('says on the home page, in both languages, that there are no projects yet and where to find the municipality', async () => {
    for (const locale of locales) {
      const t = dictionaryFor(locale).home.empty;
      const html = await read(pathFor({ page: 'home' }, locale));
      const text = visibleText(html).replace(/\s+/g, ' ');
      expect(text).toContain(t.text(name));
      expect(text).toContain(t.meanwhile(name));
      expect(html).toContain(`href="${website}"`);
      expect(text).toContain(t.websiteLink(name));
      // Nothing that only makes sense with projects: no filter over an empty list, no sort order, no empty list.
      expect(html).not.toContain(dictionaryFor(locale).home.sortedBy);
      expect(html).not.toMatch(/<ul[^>]*id="projects"/);
      // Residents can still follow everything that will come.
      expect(text).toContain(dictionaryFor(locale).follow.form.titleAll);
    }
  });

  it('says on the pages across projects that there is nothing yet, without empty sections', async () => {
    for (const locale of locales) {
      const t = dictionaryFor(locale);
      const promises = visibleText(await read(pathFor({ page: 'promises' }, locale)));
      expect(promises).toContain(t.promises.none);
      expect(promises).not.toContain(t.promises.keptRateTitle);
      expect(promises).not.toContain(t.promises.overall);
      const council = visibleText(await read(pathFor({ page: 'council' }, locale)));
      expect(council).toContain(t.council.none);
      expect(council).not.toContain(t.council.nonePast);
      const lessons = visibleText(await read(pathFor({ page: 'lessons' }, locale)));
      expect(lessons).toContain(t.lessons.none);
      const openData = await read(pathFor({ page: 'openData' }, locale));
      expect(visibleText(openData)).toContain(t.feeds.openData.noProjects);
      expect(visibleText(openData)).toContain(t.history.ledger.empty);
      // No advice to keep a ledger line that does not exist yet, and only the table that explains the fields.
      expect(visibleText(openData)).not.toContain(t.history.ledger.keep);
      expect(openData.match(/<table\b/g)).toHaveLength(1);
      // The monitor says there is nothing to check yet, and still points at its (empty) open data.
      const monitor = await read(pathFor({ page: 'monitor' }, locale));
      expect(visibleText(monitor)).toContain(t.monitor.none);
      expect(monitor).toContain(`href="${openDataPaths.monitor}"`);
    }
  });

  it('has exactly one h1 on every page, never "undefined" or "NaN", and nothing of another organisation', async () => {
    const pages = await htmlPages();
    // Every page that does not belong to a project, in both languages, and the 404 page: nothing more, nothing less.
    const pageTypes = [
      'home',
      'promises',
      'council',
      'lessons',
      'openData',
      'monitor',
      'accessibility',
      'privacy',
      'workspace',
      'followConfirm',
      'followManage',
      'followUnsubscribe',
    ] as const;
    const expected = [
      ...locales.flatMap((locale) => pageTypes.map((page) => fileFor(pathFor({ page }, locale)))),
      join(outDir, '404.html'),
    ];
    expect(pages.map(({ path }) => join(outDir, path)).sort()).toEqual(expected.sort());
    const workspaces = new Set(locales.map((locale) => fileFor(pathFor({ page: 'workspace' }, locale))));
    for (const { path, html } of pages) {
      // The workspace is an island that renders its own heading per view (sign-in, projects, one project).
      const h1s = html.match(/<h1[\s>]/g) ?? [];
      expect(h1s.length, path).toBe(workspaces.has(join(outDir, path)) ? 0 : 1);
      expect(html, path).not.toMatch(/\bundefined\b|\bNaN\b/);
      expect(html, path).not.toContain('testdam');
      expect(html, path).not.toContain('td-organisation-name');
    }
  });

  it('publishes feeds, open data and a sitemap that parse, with empty lists', async () => {
    for (const locale of locales) {
      const feed = parseRssFeed(await read(pathFor({ page: 'feed' }, locale)));
      expect(feed.title).toBe(dictionaryFor(locale).feeds.feed.siteTitle(name));
      expect(feed.items ?? []).toEqual([]);
    }

    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    const validatePortal = ajv.compile(JSON.parse(await read(openDataPaths.portalSchema)) as Record<string, unknown>);
    const validateLedger = ajv.compile(JSON.parse(await read(openDataPaths.ledgerSchema)) as Record<string, unknown>);
    ajv.compile(JSON.parse(await read(openDataPaths.projectSchema)) as Record<string, unknown>);
    const portal = JSON.parse(await read(openDataPaths.portal)) as {
      generated_at: string;
      organisation: { slug: string; website_url: string | null };
      projects: unknown[];
      withdrawn_projects: unknown[];
    };
    expect(validatePortal(portal), JSON.stringify(validatePortal.errors)).toBe(true);
    expect(portal.organisation).toMatchObject({ slug: org, website_url: website });
    expect(portal.projects).toEqual([]);
    expect(portal.withdrawn_projects).toEqual([]);
    // When the file was made, not the start of the Unix epoch.
    expect(Date.parse(portal.generated_at)).toBeGreaterThan(Date.parse('2020-01-01T00:00:00Z'));
    const ledger = JSON.parse(await read(openDataPaths.ledger)) as { organisation: string; pages: unknown[] };
    expect(validateLedger(ledger), JSON.stringify(validateLedger.errors)).toBe(true);
    expect(ledger).toMatchObject({ organisation: org, pages: [] });
    expect(existsSync(join(outDir, 'open-data', 'ledger'))).toBe(false);
    const validateMonitor = ajv.compile(JSON.parse(await read(openDataPaths.monitorSchema)) as Record<string, unknown>);
    const monitor = JSON.parse(await read(openDataPaths.monitor)) as { projects: unknown[]; as_of: string | null };
    expect(validateMonitor(monitor), JSON.stringify(validateMonitor.errors)).toBe(true);
    expect(monitor).toMatchObject({ organisation: org, as_of: null, projects: [], series: [] });
    expect(await read(openDataPaths.monitorCsv)).toBe('\uFEFFas_of,project,project_title,key,rule,state,facts,record_urls\r\n');

    const index = await readFile(join(outDir, 'sitemap-index.xml'), 'utf8');
    const sitemapFiles = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
    const listed: string[] = [];
    for (const file of sitemapFiles) {
      const xml = await readFile(join(outDir, file), 'utf8');
      listed.push(...[...xml.matchAll(/<url><loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname));
    }
    for (const locale of locales) {
      for (const page of ['home', 'promises', 'council', 'lessons', 'openData', 'monitor'] as const)
        expect(listed).toContain(pathFor({ page }, locale));
    }
    expect(listed.filter((path) => /\/(projecten|projects)\//.test(path))).toEqual([]);
    expect(existsSync(join(outDir, 'projecten'))).toBe(false);
  });

  it('still refuses an organisation that does not exist, with a plain message', async () => {
    if (!local) throw new Error('the stand-in did not start');
    const error = await buildSite({
      supabaseUrl: local.url,
      anonKey: local.anonKey,
      organisation: 'bestaat-niet',
      outDir: join(outDir, '..', 'unknown'),
    }).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(BuildSiteError);
    const { message } = error as BuildSiteError;
    expect(message).toMatch(/^The API refused (get_organisation|list_projects)\(org_slug="bestaat-niet"\)/);
    expect(message).toContain('HTTP 404');
    expect(message).toContain('Organisation "bestaat-niet" does not exist.');
    expect(message).not.toMatch(/\n\s+at /);
    expect(existsSync(join(outDir, '..', 'unknown'))).toBe(false);
  });
});
