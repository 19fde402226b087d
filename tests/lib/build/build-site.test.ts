import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, BuildCancelledError, BuildSiteError, projectRoot } from '../../../scripts/lib/build-site.ts';
import { pathFor } from '../../../src/i18n/index.ts';
import { organisationDocument, projectCardDocument, projectTimelineDocument } from '../support/documents.ts';
import { portalHandler, startFakeApi, type FakeApi } from '../support/fake-api.ts';
import { hostile } from '../support/hostile.ts';
import { elementTags, visibleText, foreignScripts } from '../support/html.ts';
import { closedPort } from '../support/ports.ts';
import { ANON_KEY } from './keys.ts';

// Every test here runs a real `astro build` in a child process; the fake API only decides what it reads.
const buildTimeout = 180_000;

const organisation = organisationDocument();
const slugs = ['eerste-project', 'tweede-project'];
const cards = slugs.map((slug) => projectCardDocument(slug));
const timelines = Object.fromEntries(slugs.map((slug) => [slug, projectTimelineDocument(slug, organisation)]));

let scratch = '';
let fake: FakeApi | undefined;

beforeAll(async () => {
  // Inside the project (ignored by git), so the regular path is exercised: build next to outDir, then rename.
  await mkdir(join(projectRoot, '.data'), { recursive: true });
  scratch = await mkdtemp(join(projectRoot, '.data', 'build-site-test-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function failureOf(promise: Promise<unknown>): Promise<BuildSiteError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(BuildSiteError);
  return error as BuildSiteError;
}

/** Directories a build leaves next to its outDir while working; none may survive it. */
async function leftovers(parent: string): Promise<string[]> {
  return (await readdir(parent)).filter((name) => /-(building|old)-[0-9a-f]+$/.test(name));
}

async function previousSite(parent: string): Promise<string> {
  const outDir = join(parent, 'site');
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, 'index.html'), '<p>previous site</p>');
  return outDir;
}

describe('buildSite', () => {
  it(
    'builds every project in both languages, escapes hostile text and replaces the previous site',
    async () => {
      fake = await startFakeApi(portalHandler({ organisation, cards, timelines }));
      const outDir = await previousSite(scratch);
      const lines: string[] = [];
      await buildSite({
        supabaseUrl: fake.url,
        anonKey: ANON_KEY,
        organisation: organisation.slug,
        outDir,
        log: (line) => lines.push(line),
      });

      expect(
        lines.some((line) => line.includes('Loaded 2 published projects')),
        lines.join('\n'),
      ).toBe(true);
      expect(await readFile(join(outDir, 'index.html'), 'utf8')).not.toContain('previous site');
      for (const locale of ['nl', 'en'] as const) {
        const home = await readFile(join(outDir, pathFor({ page: 'home' }, locale), 'index.html'), 'utf8');
        for (const card of cards) {
          expect(home).toContain(`href="${pathFor({ page: 'project', slug: card.slug }, locale)}"`);
          expect(visibleText(home)).toContain(card.title);
        }
        for (const slug of slugs) {
          const page = await readFile(join(outDir, pathFor({ page: 'project', slug }, locale), 'index.html'), 'utf8');
          expect(page).toContain(`<html lang="${locale}"`);
          const text = visibleText(page);
          for (const marker of ['plan-open-for-input', 'decision-rationale', 'decision-input-used', 'promise-body', 'person-name']) {
            expect(text).toContain(hostile(marker));
          }
          // An update's body is Markdown: raw HTML outside the allow-list (script, img, b) is sanitised away rather
          // than shown, its text stays, and the javascript: link keeps only its text.
          expect(text).toMatch(/update-body\s+"> & 'quote'/);
          expect(text).not.toContain('alert("update-body")');
          expect(text).toMatch(/\bklik\s+vet\b/);
          const tags = elementTags(page);
          expect(tags.filter((tag) => /^<(img|iframe|object|embed|b)\b/i.test(tag))).toEqual([]);
          expect(foreignScripts(page)).toEqual([]);
          expect(tags.filter((tag) => /\son[a-z]+=/i.test(tag))).toEqual([]);
          for (const [, href] of page.matchAll(/\shref="([^"]*)"/g)) expect(href).toMatch(/^(\/|#|https?:\/\/|tel:\+?[0-9]+$)/);
          expect(page).not.toMatch(/@[a-z0-9-]+\.[a-z]{2,}/i);
        }
      }
      expect(existsSync(join(outDir, '404.html'))).toBe(true);
      expect(await leftovers(scratch)).toEqual([]);
    },
    buildTimeout,
  );

  it(
    'stops when its signal is aborted, keeps the previous site and leaves nothing behind',
    async () => {
      fake = await startFakeApi(portalHandler({ organisation, cards, timelines }));
      const outDir = await previousSite(join(scratch, 'cancelled'));
      const controller = new AbortController();
      const lines: string[] = [];
      const build = buildSite({
        supabaseUrl: fake.url,
        anonKey: ANON_KEY,
        organisation: organisation.slug,
        outDir,
        signal: controller.signal,
        // Aborted once astro is under way, as the site rebuilder does when a newer change arrives.
        log: (line) => {
          lines.push(line);
          if (lines.length === 2) controller.abort();
        },
      });
      const error = await failureOf(build);
      expect(error).toBeInstanceOf(BuildCancelledError);
      expect(await readFile(join(outDir, 'index.html'), 'utf8')).toBe('<p>previous site</p>');
      expect(await leftovers(join(scratch, 'cancelled'))).toEqual([]);
      // An already aborted signal does not start a build at all.
      expect(await failureOf(buildSite({ supabaseUrl: fake.url, anonKey: ANON_KEY, outDir, signal: controller.signal }))).toBeInstanceOf(
        BuildCancelledError,
      );
    },
    buildTimeout,
  );

  it(
    'fails with a clear message and creates nothing when the API is unreachable',
    async () => {
      const supabaseUrl = `http://127.0.0.1:${await closedPort()}`;
      const outDir = join(scratch, 'never-built');
      const error = await failureOf(buildSite({ supabaseUrl, anonKey: ANON_KEY, outDir }));
      expect(error.message).toMatch(/^Could not reach the API for (get_organisation|list_projects)/);
      expect(error.message).toContain(supabaseUrl);
      expect(error.message).not.toMatch(/\n\s+at /);
      expect(existsSync(outDir)).toBe(false);
      expect(await leftovers(scratch)).toEqual([]);
    },
    buildTimeout,
  );

  it(
    'keeps the previous site when the API is unreachable, also outside the project',
    async () => {
      const outside = await mkdtemp(join(tmpdir(), 'portal-build-test-'));
      try {
        const outDir = await previousSite(outside);
        const supabaseUrl = `http://127.0.0.1:${await closedPort()}`;
        await failureOf(buildSite({ supabaseUrl, anonKey: ANON_KEY, outDir }));
        expect(await readFile(join(outDir, 'index.html'), 'utf8')).toBe('<p>previous site</p>');
        expect(await readdir(outDir)).toEqual(['index.html']);
        expect(await leftovers(outside)).toEqual([]);
      } finally {
        await rm(outside, { recursive: true, force: true });
      }
    },
    buildTimeout,
  );

  it(
    'fails naming the function, the row and the field of a malformed row, and leaves nothing partial',
    async () => {
      const [, second] = slugs;
      if (!second) throw new Error('fixture needs two projects');
      const broken = structuredClone(timelines[second]) as Record<string, unknown> & { phases: Array<Record<string, unknown>> };
      const phase = broken.phases[1];
      if (!phase) throw new Error('fixture needs two phases');
      phase['participation_level'] = 'alles-mag';
      fake = await startFakeApi(portalHandler({ organisation, cards, timelines: { ...timelines, [second]: broken } }));
      const outDir = await previousSite(join(scratch, 'malformed'));

      const error = await failureOf(buildSite({ supabaseUrl: fake.url, anonKey: ANON_KEY, organisation: organisation.slug, outDir }));
      // The build reads timelines in pages: the message names the page's call and the project's place in it.
      expect(error.message).toContain(`project_timelines(org_slug="${organisation.slug}", after_slug=null, page_size=100)`);
      expect(error.message).toContain(`${fake.url}/rest/v1/rpc/project_timelines`);
      expect(error.message).toContain(`field timelines[${slugs.indexOf(second)}].phases[1]`);
      expect(error.message).toContain('.participation_level');
      expect(error.message).toContain('"alles-mag"');
      expect(await readdir(outDir)).toEqual(['index.html']);
      expect(await leftovers(join(scratch, 'malformed'))).toEqual([]);
    },
    buildTimeout,
  );

  it('refuses an outDir that would replace the project itself', async () => {
    const error = await failureOf(buildSite({ supabaseUrl: 'http://127.0.0.1:1', anonKey: ANON_KEY, outDir: projectRoot }));
    expect(error.message).toContain('Refusing to build into');
  });
});
