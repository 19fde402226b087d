import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pathFor, type Locale, type PageRef } from '../../../src/i18n/index.ts';
import {
  callApi,
  councilMomentListSchema,
  lessonListSchema,
  projectListSchema,
  projectTimelineSchema,
  promiseListSchema,
  type CouncilMomentListItem,
  type LessonListItem,
  type ProjectCard,
  type ProjectTimeline,
  type PromiseListItem,
} from '../../../src/lib/api/index.ts';
import { buildHostilePortal, HOSTILE_ORG, type HostilePortal } from '../support/hostile-portal.ts';
import { elementTags, markupWithoutAttributeValues, visibleText } from '../support/html.ts';

// The pages across projects built from the hostile fixture (organisation testdam): every hostile text the API
// returns must appear on them as text, and none may become an element or an attribute. What to expect is read
// from the API's own list functions, a second source next to the project documents the pages are built from.
let portal: HostilePortal | undefined;
let outDir = '';
let cards: ProjectCard[] = [];
let promises: PromiseListItem[] = [];
let moments: CouncilMomentListItem[] = [];
let lessons: LessonListItem[] = [];
/** The motions and letters have no list function of their own: they are read from the project documents. */
let timelines: ProjectTimeline[] = [];

beforeAll(async () => {
  portal = await buildHostilePortal('build-hostile-pages');
  outDir = portal.outDir;
  const { api } = portal;
  cards = await callApi(api, 'list_projects', { org_slug: HOSTILE_ORG }, projectListSchema);
  promises = await callApi(api, 'list_promises', { org_slug: HOSTILE_ORG }, promiseListSchema);
  moments = await callApi(api, 'list_council_moments', { org_slug: HOSTILE_ORG }, councilMomentListSchema);
  lessons = await callApi(api, 'list_lessons', { org_slug: HOSTILE_ORG }, lessonListSchema);
  timelines = await Promise.all(
    cards.map((card) => callApi(api, 'project_timeline', { org_slug: HOSTILE_ORG, project_slug: card.slug }, projectTimelineSchema)),
  );
}, 300_000);

afterAll(async () => {
  await portal?.close();
});

async function page(ref: PageRef, locale: Locale): Promise<{ html: string; text: string }> {
  const html = await readFile(join(outDir, pathFor(ref, locale), 'index.html'), 'utf8');
  return { html, text: visibleText(html) };
}

const pages: Array<{ ref: PageRef; expected: () => string[] }> = [
  { ref: { page: 'home' }, expected: () => cards.flatMap((card) => [card.title, card.summary, card.theme, card.area]) },
  {
    ref: { page: 'promises' },
    expected: () =>
      promises.flatMap((promise) => [
        promise.body,
        promise.made_by,
        promise.project.title,
        ...promise.history.flatMap((entry) => [entry.changed_by, entry.explanation ?? promise.body]),
      ]),
  },
  {
    ref: { page: 'council' },
    expected: () => [
      ...moments.flatMap((moment) => [moment.agenda_item, moment.proposal, moment.body, moment.project.title]),
      // The view by project: the motions, the letters and the promises made to the council.
      ...timelines.flatMap((timeline) => [
        ...timeline.motions.map((motion) => motion.title),
        ...timeline.council_letters.map((letter) => letter.title),
      ]),
      ...promises.filter((promise) => promise.made_to === 'council').map((promise) => promise.body),
    ],
  },
  { ref: { page: 'lessons' }, expected: () => lessons.flatMap((lesson) => [lesson.title, lesson.project.title]) },
];

describe('the pages across projects, built from hostile data', () => {
  it('has hostile records to show', () => {
    expect(cards.length).toBeGreaterThan(0);
    expect(promises.length).toBeGreaterThan(0);
    expect(promises.some((promise) => promise.body.includes('<script>'))).toBe(true);
    expect(timelines.some((timeline) => timeline.motions.some((motion) => motion.title.includes('<script>')))).toBe(true);
    expect(timelines.some((timeline) => timeline.council_letters.length > 0)).toBe(true);
  });

  for (const { ref, expected } of pages) {
    for (const locale of ['nl', 'en'] as const) {
      it(`shows every hostile text as text on ${pathFor(ref, locale)}`, async () => {
        const { html, text } = await page(ref, locale);
        // Paragraph splitting joins lines with a space; compare the first line, which is always kept whole.
        const missing = expected().filter((value) => !text.includes(value.split('\n')[0] ?? value));
        expect(missing).toEqual([]);
        const tags = elementTags(html);
        expect(tags.filter((tag) => /^<(img|iframe|object|embed|math)\b/i.test(tag))).toEqual([]);
        expect(tags.filter((tag) => /\son[a-z]+=/i.test(tag))).toEqual([]);
        // The only scripts are the site's own modules, never a hostile one (attribute values hold escaped text).
        expect(markupWithoutAttributeValues(html)).not.toMatch(/<script>alert/);
      });
    }
  }
});
