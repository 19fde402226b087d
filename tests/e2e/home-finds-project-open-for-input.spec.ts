import { expect, test, type Page } from '@playwright/test';
import { createClient } from '@supabase/supabase-js';
import { projectListSchema, type ProjectCard } from '../../src/lib/api/index.ts';
import { apiKeys, jwtSecretFromEnv } from '../../src/services/local-supabase/keys.ts';

// The expected projects come from the API the site was built from (the same server), never from a list here.
const organisation = process.env['PUBLIC_ORGANISATION'] ?? 'demodam';

async function listProjects(baseURL: string): Promise<ProjectCard[]> {
  const { anonKey } = await apiKeys(jwtSecretFromEnv());
  const supabase = createClient(baseURL, anonKey, { auth: { persistSession: false } });
  const { data, error } = await supabase.rpc('list_projects', { org_slug: organisation });
  expect(error).toBeNull();
  return projectListSchema.parse(data);
}

/** The titles of the projects the list shows now. */
async function shownTitles(page: Page): Promise<string[]> {
  return (await page.locator('#projects > li:visible h2').allTextContents()).map((title) => title.trim());
}

const titlesOf = (cards: readonly ProjectCard[]) => cards.map((card) => card.title).sort();

test('a resident finds a project open for input', async ({ page, baseURL }) => {
  const cards = await listProjects(baseURL ?? '');
  const open = cards.filter((card) => card.open_for_input);
  expect(open.length, 'the demo has projects open for input').toBeGreaterThan(0);
  expect(open.length, 'the demo has projects that are not open for input').toBeLessThan(cards.length);

  await page.goto('/');
  const filter = page.getByRole('search', { name: 'Projecten zoeken en filteren' });
  await expect(filter).toBeVisible();
  expect((await shownTitles(page)).sort()).toEqual(titlesOf(cards));

  await filter.getByLabel('Alleen projecten waarin u nu kunt meedoen').check();
  await expect(filter.getByRole('status')).toHaveText(open.length === 1 ? '1 project gevonden' : `${open.length} projecten gevonden`);
  expect((await shownTitles(page)).sort()).toEqual(titlesOf(open));
  for (const title of await shownTitles(page)) {
    await expect(page.getByRole('article', { name: title, exact: true })).toContainText('U kunt nu meedoen');
  }
  await expect(page).toHaveURL(/[?&]open=1(&|$)/);

  // The filtered view can be shared: the same address shows the same projects.
  const shared = page.url();
  const second = await page.context().newPage();
  await second.goto(shared);
  await expect(second.getByLabel('Alleen projecten waarin u nu kunt meedoen')).toBeChecked();
  expect((await shownTitles(second)).sort()).toEqual(titlesOf(open));
  await second.close();

  // The projects are in the order of their next moment to take part.
  const withMoment = cards.filter((card) => card.next_moment !== null);
  const shownOrder = await page.locator('#projects > li h2').allTextContents();
  const expectedOrder = [...withMoment]
    .sort((a, b) => Date.parse(a.next_moment?.starts_at ?? '') - Date.parse(b.next_moment?.starts_at ?? ''))
    .map((card) => card.title);
  expect(shownOrder.map((title) => title.trim()).filter((title) => expectedOrder.includes(title))).toEqual(expectedOrder);

  // Clearing the filters shows every project again.
  await filter.getByRole('button', { name: 'Filters wissen' }).click();
  expect((await shownTitles(page)).sort()).toEqual(titlesOf(cards));
  await expect(page).toHaveURL(/\/$/);
});

test('a resident searches for a project by a word from its title, and filters by theme and phase', async ({ page, baseURL }) => {
  const cards = await listProjects(baseURL ?? '');
  const target = cards.find((card) => card.current_phase !== null) ?? cards[0];
  if (!target) throw new Error('The demo has no projects.');
  const word = target.title.split(/\s+/).sort((a, b) => b.length - a.length)[0] ?? target.title;
  const matching = cards.filter((card) =>
    [card.title, card.summary, card.theme, card.area].join(' ').toLowerCase().includes(word.toLowerCase()),
  );

  await page.goto('/');
  const filter = page.getByRole('search', { name: 'Projecten zoeken en filteren' });
  await filter.getByLabel('Zoeken').fill(word);
  await expect(page.getByRole('article', { name: target.title, exact: true })).toBeVisible();
  // The search looks at all visible text of a card, so it finds at least the cards with the word in these fields.
  const shown = await shownTitles(page);
  for (const card of matching) expect(shown).toContain(card.title);
  await filter.getByRole('button', { name: 'Filters wissen' }).click();

  await filter.getByLabel('Thema').selectOption(target.theme);
  expect((await shownTitles(page)).sort()).toEqual(titlesOf(cards.filter((card) => card.theme === target.theme)));
  await filter.getByRole('button', { name: 'Filters wissen' }).click();

  const phase = target.current_phase?.kind;
  if (phase) {
    await page.goto(`/en/?phase=${phase}`);
    await expect(page.getByRole('search', { name: 'Search and filter projects' }).getByRole('status')).toContainText('found');
    expect((await shownTitles(page)).sort()).toEqual(titlesOf(cards.filter((card) => card.current_phase?.kind === phase)));
  }
});

test('a resident without JavaScript sees every project and no controls that do nothing', async ({ browser, baseURL }) => {
  const cards = await listProjects(baseURL ?? '');
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL ?? '' });
  const page = await context.newPage();
  await page.goto('/?open=1');
  await expect(page.getByRole('search')).toHaveCount(0);
  expect((await shownTitles(page)).sort()).toEqual(titlesOf(cards));
  await context.close();
});

test('a keyboard user filters the projects', async ({ page, baseURL }) => {
  const cards = await listProjects(baseURL ?? '');
  await page.goto('/');
  const checkbox = page.getByLabel('Alleen projecten waarin u nu kunt meedoen');
  await expect(checkbox).toBeVisible();
  for (let presses = 0; presses < 30; presses += 1) {
    await page.keyboard.press('Tab');
    if (await checkbox.evaluate((element) => element === document.activeElement)) break;
  }
  await expect(checkbox).toBeFocused();
  await page.keyboard.press('Space');
  await expect(checkbox).toBeChecked();
  expect((await shownTitles(page)).sort()).toEqual(titlesOf(cards.filter((card) => card.open_for_input)));
});
