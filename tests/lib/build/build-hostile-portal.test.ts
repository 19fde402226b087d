import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentLangFor, pathFor } from '../../../src/i18n/index.ts';
import { callApi, projectListSchema, projectTimelineSchema, type ProjectCard, type ProjectTimeline } from '../../../src/lib/api/index.ts';
import { buildHostilePortal, HOSTILE_ORG, type HostilePortal } from '../support/hostile-portal.ts';
import { elementTags, visibleText, foreignScripts } from '../support/html.ts';
import { firstPaintWeight, projectPageBudget } from '../../e2e/support/page-weight.ts';

// The whole path with real parts: PGlite with the migrations and the hostile fixture, the stand-in's HTTP API,
// supabase-js in the content loader, astro build. What the pages must show is read from the same API.
let portal: HostilePortal | undefined;
let outDir = '';
let cards: ProjectCard[] = [];
let timelines: ProjectTimeline[] = [];

beforeAll(async () => {
  portal = await buildHostilePortal('build-hostile-test');
  outDir = portal.outDir;
  const { api } = portal;
  cards = await callApi(api, 'list_projects', { org_slug: HOSTILE_ORG }, projectListSchema);
  timelines = await Promise.all(
    cards.map((card) => callApi(api, 'project_timeline', { org_slug: HOSTILE_ORG, project_slug: card.slug }, projectTimelineSchema)),
  );
}, 300_000);

afterAll(async () => {
  await portal?.close();
});

async function pages(): Promise<Array<{ path: string; html: string }>> {
  const files = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith('.html'));
  return Promise.all(files.map(async (file) => ({ path: file, html: await readFile(join(outDir, file), 'utf8') })));
}

describe('a portal built from hostile data', () => {
  it('publishes exactly the published projects, in both languages', () => {
    expect(cards.map((card) => card.slug)).toContain('testproject');
    for (const card of cards) {
      for (const locale of ['nl', 'en'] as const) {
        expect(existsSync(join(outDir, pathFor({ page: 'project', slug: card.slug }, locale), 'index.html'))).toBe(true);
      }
    }
    expect(existsSync(join(outDir, 'projecten', 'conceptproject'))).toBe(false);
  });

  it('shows the hostile text of published records as text', async () => {
    for (const timeline of timelines) {
      const html = await readFile(join(outDir, pathFor({ page: 'project', slug: timeline.project.slug }, 'nl'), 'index.html'), 'utf8');
      const text = visibleText(html);
      const expected = [
        timeline.project.title,
        timeline.project.summary,
        ...timeline.phases.flatMap((phase) => [phase.title, phase.open_for_input, phase.fixed_frames]),
        ...timeline.decisions.flatMap((decision) => [decision.title]),
        ...timeline.promises.map((promise) => promise.body),
        ...timeline.council_moments.map((moment) => moment.agenda_item),
        ...timeline.updates.map((update) => update.title),
        ...timeline.key_dates.map((keyDate) => keyDate.how_to_join),
        ...timeline.people.map((person) => person.name),
        // The council's part in short: its role per phase, each motion and each letter in one line.
        ...timeline.phases.flatMap((phase) => (phase.council_role_explanation ? [phase.council_role_explanation] : [])),
        ...timeline.motions.map((motion) => motion.title),
        ...timeline.council_letters.map((letter) => letter.title),
      ];
      for (const value of expected) expect(text).toContain(value);
    }
  });

  it('shows the hostile text of the council’s records as text on the project’s council page, in both languages', async () => {
    const withMotions = timelines.filter(
      (timeline) => timeline.motions.some((motion) => motion.votes.length > 0) && timeline.council_letters.length > 0,
    );
    expect(withMotions.length).toBeGreaterThan(0);
    for (const timeline of timelines) {
      for (const locale of ['nl', 'en'] as const) {
        const html = await readFile(
          join(outDir, pathFor({ page: 'projectCouncil', slug: timeline.project.slug }, locale), 'index.html'),
          'utf8',
        );
        const text = visibleText(html);
        const expected = [
          timeline.project.title,
          ...(timeline.project.council_role_explanation ? [timeline.project.council_role_explanation] : []),
          ...timeline.phases.flatMap((phase) => [phase.title, ...(phase.council_role_explanation ? [phase.council_role_explanation] : [])]),
          ...timeline.council_moments.flatMap((moment) => [
            moment.body,
            moment.agenda_item,
            moment.proposal,
            ...[moment.outcome_summary, moment.council_reasons, moment.effect_on_promises].filter((value) => value !== null),
          ]),
          ...timeline.motions.flatMap((motion) => [motion.title, motion.submitted_by, motion.asks, motion.result_summary ?? motion.title]),
          ...timeline.motions.flatMap((motion) => motion.votes.map((vote) => vote.party)),
          ...timeline.council_letters.flatMap((letter) => [letter.title, letter.summary]),
          ...timeline.promises
            .filter((promise) => promise.made_to === 'council')
            .flatMap((promise) => [promise.body, promise.made_by, promise.context]),
        ];
        // Paragraph splitting joins lines with a space; compare the first line, which is always kept whole.
        const missing = expected.filter((value) => !text.includes(value.split('\n')[0] ?? value));
        expect(missing, `${locale}: ${timeline.project.slug}`).toEqual([]);
        // The motions are told here in full: each with its votes per party as a table.
        const { document } = new JSDOM(html).window;
        for (const motion of timeline.motions) {
          const entry = document.getElementById(`motion-${motion.id}`);
          expect(entry?.getAttribute('data-record')).toBe(`motion:${motion.id}`);
          expect(entry?.querySelectorAll('tbody tr')).toHaveLength(motion.votes.length);
        }
      }
    }
  });

  it('renders the hostile Markdown of updates: the marker as a heading under the title, nothing that runs or loads', async () => {
    const withUpdates = timelines.filter((timeline) => timeline.updates.length > 0);
    expect(withUpdates.length).toBeGreaterThan(0);
    for (const timeline of withUpdates) {
      for (const locale of ['nl', 'en'] as const) {
        const html = await readFile(join(outDir, pathFor({ page: 'project', slug: timeline.project.slug }, locale), 'index.html'), 'utf8');
        const { document } = new JSDOM(html).window;
        for (const update of timeline.updates) {
          const article = document.querySelector(`article[aria-labelledby="update-${update.id}"]`);
          expect(article, update.id).not.toBeNull();
          const marker = /^## (\S+-body) kop/.exec(update.body_md)?.[1];
          expect(marker, 'the fixture puts a marker in a heading').toBeDefined();
          // The update's title is an h3; the body's first heading is the next level, in the content's language.
          const heading = article?.querySelector('.markdown-body h4');
          expect(heading?.textContent).toContain(`${marker} kop`);
          const body = article?.querySelector('.markdown-body');
          expect(body?.getAttribute('lang')).toBe(contentLangFor(locale) ?? null);
          expect(body?.textContent).toContain(`${marker} alinea met vet`);
          expect(body?.querySelector('strong')?.textContent).toBe('vet');
          expect(
            body?.querySelector('script, iframe, img, svg, style, details, div, form, object, embed, [style], [class], [id]'),
          ).toBeNull();
          for (const link of Array.from(body?.querySelectorAll('a') ?? [])) {
            expect(link.getAttribute('href')).toMatch(/^https:\/\/testdam\.example\//);
            expect(link.getAttribute('rel')).toBe('noopener noreferrer nofollow');
          }
          expect(body?.innerHTML).not.toMatch(/javascript:alert\(1\)"|data:text\/html|\son\w+=/i);
        }
      }
    }
  });

  it('never renders markup, event handlers, script URLs, drafts or e-mail addresses', async () => {
    const built = await pages();
    expect(built.length).toBeGreaterThan(2);
    for (const { path, html } of built) {
      const tags = elementTags(html);
      // Our own templates draw inline SVG (icons, the promises chart) and load their own module scripts; what
      // the hostile text must never become is any other element that loads or runs something.
      expect(
        tags.filter((tag) => /^<(img|iframe|object|embed|math|foreignobject)\b/i.test(tag)),
        path,
      ).toEqual([]);
      expect(foreignScripts(html), path).toEqual([]);
      expect(
        tags.filter((tag) => /\son[a-z]+=/i.test(tag)),
        path,
      ).toEqual([]);
      for (const [, href] of html.matchAll(/\shref="([^"]*)"/g)) {
        expect(href, path).toMatch(/^(\/|#|https?:\/\/|tel:\+?[0-9]+$)/);
      }
      // A withdrawn record leaves a notice (what it was, when, why) and stays in the changes page: only there. A
      // withdrawn project's address keeps its title and the reason, and nothing else of it.
      const isChanges = /\/(wijzigingen|changes)\/index\.html$/.test(path);
      const isProjectNotice = html.includes('data-withdrawn-project=');
      const text = visibleText(html.replace(/<section aria-labelledby="withdrawn">[\s\S]*?<\/section>/, ''));
      if (isProjectNotice) {
        expect(text, path).toMatch(/td-withdrawn-project-title[\s\S]*td-withdrawn-project-reason/);
        expect(text.replace(/td-withdrawn-project-(title|reason)/g, ''), path).not.toMatch(/-draft|-awaiting|-withdrawn|td-concept|od-/);
      } else {
        expect(text, path).not.toMatch(isChanges ? /-draft|-awaiting|td-concept|od-/ : /-draft|-awaiting|-withdrawn|td-concept|od-/);
      }
      expect(html, path).not.toMatch(/[a-z0-9._-]+@[a-z0-9-]+\.[a-z]{2,}/i);
    }
    const project = built.find(({ path }) => path.endsWith('projecten/testproject/index.html'));
    const notice = /<section aria-labelledby="withdrawn">[\s\S]*?<\/section>/.exec(project?.html ?? '')?.[0] ?? '';
    expect(visibleText(notice)).toMatch(/td-update-withdrawn/);
    expect(
      built
        .filter(({ html }) => html.includes('data-withdrawn-project='))
        .map(({ path }) => path)
        .sort(),
    ).toEqual([
      expect.stringMatching(/en\/projects\/ingetrokkenproject\/index\.html$/),
      expect.stringMatching(/projecten\/ingetrokkenproject\/index\.html$/),
    ]);
  });

  // Hostile text is long and full of characters that need escaping; the page still fits one round trip.
  it('keeps every project page within one round trip: HTML and the CSS it needs before the first paint', () => {
    const weights = cards.flatMap((card) =>
      (['nl', 'en'] as const).map((locale) => {
        const page = join(pathFor({ page: 'project', slug: card.slug }, locale), 'index.html');
        return { page, bytes: firstPaintWeight(outDir, page) };
      }),
    );
    expect(weights.length).toBeGreaterThan(0);
    console.log(
      `Hostile fixture, project pages (gzip -9, budget ${projectPageBudget} bytes): ${weights.map(({ page, bytes }) => `${page} ${bytes}`).join(', ')}`,
    );
    expect(weights.filter(({ bytes }) => bytes > projectPageBudget)).toEqual([]);
  });
});
