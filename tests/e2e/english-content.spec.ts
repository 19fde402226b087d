import AxeBuilder from '@axe-core/playwright';
import { createClient } from '@supabase/supabase-js';
import { expect, test } from '@playwright/test';
import { pathFor } from '../../src/i18n/index.ts';
import { untranslatedNotice } from '../../src/i18n/text/translation.ts';
import { apiKeys, jwtSecretFromEnv } from '../../src/services/local-supabase/keys.ts';

// A resident reading the English site: a project with an English version of its texts reads in English, with no
// Dutch marking on it; a project without one shows the Dutch text inside an element marked lang="nl", with the
// notice that it has not been translated yet. Both pages are axe clean. The projects are read from the API.

const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface ProjectTexts {
  slug: string;
  title: string;
  summary: string;
  english: { title?: string; summary?: string };
}

let translated: ProjectTexts | undefined;
let untranslated: ProjectTexts | undefined;

test.beforeAll(async ({ baseURL }) => {
  const organisation = process.env['PUBLIC_ORGANISATION'] ?? 'demodam';
  const { anonKey } = await apiKeys(jwtSecretFromEnv());
  const supabase = createClient(baseURL ?? '', anonKey, { auth: { persistSession: false } });
  const list = await supabase.rpc('list_projects', { org_slug: organisation });
  if (list.error) throw new Error(`list_projects failed: ${list.error.message}`);
  for (const card of list.data as Array<{ slug: string }>) {
    const answer = await supabase.rpc('project_timeline', { org_slug: organisation, project_slug: card.slug });
    if (answer.error) throw new Error(`project_timeline failed: ${answer.error.message}`);
    const project = (
      answer.data as { project: { slug: string; title: string; summary: string; translations?: { en?: ProjectTexts['english'] } } }
    ).project;
    const texts = { slug: project.slug, title: project.title, summary: project.summary, english: project.translations?.en ?? {} };
    if (texts.english.title?.trim() && texts.english.summary?.trim()) translated ??= texts;
    else if (!texts.english.title?.trim() && !texts.english.summary?.trim()) untranslated ??= texts;
  }
});

async function expectAxeClean(page: import('@playwright/test').Page, path: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  const results = await new AxeBuilder({ page }).withTags(wcag22aa).analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n` +
      violation.nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary ?? ''}`).join('\n'),
  );
  expect(summary, `axe violations on ${path}`).toEqual([]);
}

test('an English reader reads a translated project in English, with no Dutch marking on it', async ({ page }) => {
  if (!translated) {
    throw new Error(
      'No published project of the demo has an English title and summary (project.translations.en in project_timeline); ' +
        'the demo seed should give at least one project English versions of its texts.',
    );
  }
  const path = pathFor({ page: 'project', slug: translated.slug }, 'en');
  expect((await page.goto(path))?.status(), `status of ${path}`).toBe(200);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(translated.english.title ?? '');
  await expect(heading).not.toHaveAttribute('lang', /.*/);
  const about = page.locator('section[aria-labelledby="about"]');
  const summary = about.getByText(translated.english.summary ?? '', { exact: true });
  await expect(summary).toBeVisible();
  // Neither the summary nor anything around it is marked as Dutch.
  expect(await summary.evaluate((element) => element.closest('[lang="nl"]') === null)).toBe(true);
  await expect(about.getByText(untranslatedNotice.en)).toHaveCount(0);
  await expect(page.getByText(translated.title, { exact: true })).toHaveCount(0);
  await expectAxeClean(page, path);
});

test('an English reader gets an untranslated project in Dutch, marked lang="nl", with the notice', async ({ page }) => {
  if (!untranslated) throw new Error('Every published project of the demo has an English title or summary; one without is needed here.');
  const path = pathFor({ page: 'project', slug: untranslated.slug }, 'en');
  expect((await page.goto(path))?.status(), `status of ${path}`).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(untranslated.title);
  await expect(heading).toHaveAttribute('lang', 'nl');
  const about = page.locator('section[aria-labelledby="about"]');
  const summary = about.locator('p[lang="nl"]').filter({ hasText: untranslated.summary.split('\n')[0] ?? '' });
  await expect(summary).toHaveCount(1);
  // Once for the section, in the page's language, not on every line.
  const notice = about.getByText(untranslatedNotice.en, { exact: true });
  await expect(notice).toHaveCount(1);
  expect(await notice.evaluate((element) => element.closest('[lang="nl"]') === null)).toBe(true);
  await expectAxeClean(page, path);
});

test('a Dutch reader gets the Dutch text of a translated project, with no notice', async ({ page }) => {
  const project = translated ?? untranslated;
  if (!project) throw new Error('The demo has no published project.');
  const path = pathFor({ page: 'project', slug: project.slug }, 'nl');
  expect((await page.goto(path))?.status(), `status of ${path}`).toBe(200);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(project.title);
  await expect(heading).not.toHaveAttribute('lang', /.*/);
  await expect(page.getByText(untranslatedNotice.nl)).toHaveCount(0);
  await expect(page.getByText(untranslatedNotice.en)).toHaveCount(0);
});
