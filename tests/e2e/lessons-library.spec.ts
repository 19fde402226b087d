import { expect, test, type Page } from '@playwright/test';
import { createClient } from '@supabase/supabase-js';
import { dictionaryFor } from '../../src/i18n/index.ts';
import { lessonListSchema, type LessonListItem } from '../../src/lib/api/index.ts';
import { localize } from '../../src/lib/content-language/localize.ts';
import { apiKeys, jwtSecretFromEnv } from '../../src/services/local-supabase/keys.ts';

// The expected lessons come from the API the site was built from (list_lessons), never from a list here.
const organisation = process.env['PUBLIC_ORGANISATION'] ?? 'demodam';

async function listLessons(baseURL: string, args: Record<string, unknown> = {}): Promise<LessonListItem[]> {
  const { anonKey } = await apiKeys(jwtSecretFromEnv());
  const supabase = createClient(baseURL, anonKey, { auth: { persistSession: false } });
  const { data, error } = await supabase.rpc('list_lessons', { org_slug: organisation, ...args });
  expect(error).toBeNull();
  return lessonListSchema.parse(data);
}

async function shownLessons(page: Page): Promise<string[]> {
  return (await page.locator('#lesson-groups li:visible article h3').allTextContents()).map((title) => title.trim()).sort();
}

for (const [locale, path] of [
  ['nl', '/lessen/'],
  ['en', '/en/lessons/'],
] as const) {
  const categories = dictionaryFor(locale).lessonCategory;
  test(`every lesson is in the library under its category (${locale})`, async ({ page, baseURL }) => {
    const lessons = await listLessons(baseURL ?? '');
    expect(lessons.length).toBeGreaterThan(0);
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.locator('#lesson-groups article')).toHaveCount(lessons.length);
    for (const lesson of lessons) {
      const group = page.getByRole('region', { name: categories[lesson.category], exact: true });
      const article = group.getByRole('article', { name: localize(lesson, 'title', locale).text, exact: true });
      await expect(article).toHaveCount(1);
      await expect(article).toContainText(localize(lesson.project, 'title', locale).text);
    }
  });
}

test('a resident reads the lessons of one category and one phase', async ({ page, baseURL }) => {
  const lessons = await listLessons(baseURL ?? '');
  const category = lessons[0]?.category;
  if (!category) throw new Error('The demo has no lessons.');
  const ofCategory = await listLessons(baseURL ?? '', { category });
  await page.goto(`/lessen/?category=${category}`);
  await expect(page.getByRole('search', { name: 'Lessen filteren' }).getByRole('status')).toBeVisible();
  expect(await shownLessons(page)).toEqual(ofCategory.map((lesson) => lesson.title).sort());
  // Only the chosen category's heading is left.
  await expect(page.locator('#lesson-groups section:visible')).toHaveCount(1);

  const phase = lessons.find((lesson) => lesson.phase_kind !== null)?.phase_kind;
  if (phase) {
    const ofPhase = await listLessons(baseURL ?? '', { phase_kind: phase });
    await page.goto(`/en/lessons/?phase=${phase}`);
    await expect(page.getByRole('search', { name: 'Filter lessons' }).getByRole('status')).toBeVisible();
    expect(await shownLessons(page)).toEqual(ofPhase.map((lesson) => localize(lesson, 'title', 'en').text).sort());
  }
});
