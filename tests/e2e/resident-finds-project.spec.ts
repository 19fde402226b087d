import { expect, test } from '@playwright/test';
import { createClient } from '@supabase/supabase-js';
import { projectListSchema, projectTimelineSchema, type ProjectTimeline } from '../../src/lib/api/index.ts';
import { localize } from '../../src/lib/content-language/localize.ts';
import { apiKeys, jwtSecretFromEnv } from '../../src/services/local-supabase/keys.ts';

// The expected content comes from the API the site was built from (the same server), never from a list here.
const organisation = process.env['PUBLIC_ORGANISATION'] ?? 'demodam';

async function readApi(baseURL: string) {
  const { anonKey } = await apiKeys(jwtSecretFromEnv());
  const supabase = createClient(baseURL, anonKey, { auth: { persistSession: false } });
  const list = await supabase.rpc('list_projects', { org_slug: organisation });
  expect(list.error).toBeNull();
  const cards = projectListSchema.parse(list.data);
  const timelines: ProjectTimeline[] = [];
  for (const card of cards) {
    const timeline = await supabase.rpc('project_timeline', { org_slug: organisation, project_slug: card.slug });
    expect(timeline.error).toBeNull();
    timelines.push(projectTimelineSchema.parse(timeline.data));
  }
  return { cards, timelines };
}

test('a resident opens the portal and finds a project', async ({ page, baseURL }) => {
  const { cards, timelines } = await readApi(baseURL ?? '');
  expect(cards.length).toBeGreaterThan(0);

  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  const projects = page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ has: page.getByRole('article') });
  await expect(projects).toHaveCount(cards.length);
  for (const card of cards) {
    await expect(page.getByRole('link', { name: card.title, exact: true })).toBeVisible();
  }

  // A project with phases and decisions, the parts this page must show.
  const chosen = timelines.find((timeline) => timeline.phases.length > 0 && timeline.decisions.length > 0);
  if (!chosen) throw new Error('The demo data has no published project with phases and decisions.');
  await page.getByRole('link', { name: chosen.project.title, exact: true }).click();
  await expect(page).toHaveURL(`/projecten/${chosen.project.slug}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(chosen.project.title);

  const phases = page.getByRole('region', { name: 'Fasen' });
  for (const phase of chosen.phases) {
    await expect(phases.getByRole('heading', { name: phase.title, exact: true })).toBeVisible();
  }
  const current = chosen.phases.find((phase) => phase.is_current);
  if (current) {
    await expect(phases.locator('[aria-current="step"]')).toHaveCount(1);
    await expect(phases.locator('[aria-current="step"]').getByRole('heading')).toHaveText(current.title);
  }
  const decisions = page.getByRole('region', { name: 'Besluiten' });
  for (const decision of chosen.decisions) {
    const article = decisions.getByRole('article', { name: decision.title, exact: true });
    await expect(article).toBeVisible();
    await expect(article).toContainText(decision.rationale.split('\n')[0] ?? '');
  }

  // The same page in English, through the language switch.
  await page.getByRole('navigation', { name: 'Taal' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(`/en/projects/${chosen.project.slug}/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const englishPhases = page.getByRole('region', { name: 'Phases' });
  for (const phase of chosen.phases) {
    await expect(englishPhases.getByRole('heading', { name: localize(phase, 'title', 'en').text, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('region', { name: 'Decisions' }).getByRole('article')).toHaveCount(chosen.decisions.length);

  // And the English home page lists every project too.
  await page.goto('/en/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  for (const card of cards) {
    await expect(page.getByRole('link', { name: localize(card, 'title', 'en').text, exact: true })).toHaveAttribute(
      'href',
      `/en/projects/${card.slug}/`,
    );
  }
});

test('a keyboard user skips straight to the content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', { name: 'Direct naar de inhoud' });
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('an unknown address shows the page-not-found page in both languages', async ({ page }) => {
  const response = await page.goto('/projecten/bestaat-niet/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('This page does not exist');
});
