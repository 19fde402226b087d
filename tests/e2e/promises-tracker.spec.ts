import { expect, test, type Page } from '@playwright/test';
import { createClient } from '@supabase/supabase-js';
import { promiseListSchema, type PromiseListItem } from '../../src/lib/api/index.ts';
import { localize } from '../../src/lib/content-language/localize.ts';
import type { Locale } from '../../src/i18n/index.ts';
import { apiKeys, jwtSecretFromEnv } from '../../src/services/local-supabase/keys.ts';

// The expected promises come from the API the site was built from (list_promises), never from a list here.
const organisation = process.env['PUBLIC_ORGANISATION'] ?? 'demodam';

async function listPromises(baseURL: string, args: Record<string, unknown> = {}): Promise<PromiseListItem[]> {
  const { anonKey } = await apiKeys(jwtSecretFromEnv());
  const supabase = createClient(baseURL, anonKey, { auth: { persistSession: false } });
  const { data, error } = await supabase.rpc('list_promises', { org_slug: organisation, ...args });
  expect(error).toBeNull();
  return promiseListSchema.parse(data);
}

async function shownPromises(page: Page): Promise<string[]> {
  return (await page.locator('#promise-list > li:visible article h3').allTextContents()).map((body) => body.trim()).sort();
}

/** A promise's text as a reader of `locale` sees it: English where staff wrote a version, Dutch otherwise. */
const bodyIn = (promise: PromiseListItem, locale: Locale = 'nl') => localize(promise, 'body', locale).text;
const bodiesOf = (promises: readonly PromiseListItem[], locale: Locale = 'nl') => promises.map((promise) => bodyIn(promise, locale)).sort();

test('a resident checks overdue promises', async ({ page, baseURL }) => {
  const all = await listPromises(baseURL ?? '');
  const overdue = await listPromises(baseURL ?? '', { overdue_only: true });
  expect(overdue.length, 'the demo has overdue promises').toBeGreaterThan(0);
  expect(overdue.length).toBeLessThan(all.length);

  await page.goto('/toezeggingen/');
  const filter = page.getByRole('search', { name: 'Toezeggingen filteren' });
  await filter.getByLabel('Alleen toezeggingen die te laat zijn').check();
  await expect(filter.getByRole('status')).toHaveText(
    overdue.length === 1 ? '1 toezegging gevonden' : `${overdue.length} toezeggingen gevonden`,
  );
  expect(await shownPromises(page)).toEqual(bodiesOf(overdue));
  for (const promise of overdue) {
    const article = page.getByRole('article', { name: promise.body, exact: true });
    await expect(article).toContainText('Te laat');
    await expect(article).toContainText('Uiterlijk');
  }
  await expect(page).toHaveURL(/[?&]overdue=1(&|$)/);

  // Narrowed down to one project, the list shows that project's overdue promises.
  const project = overdue[0]?.project;
  if (!project) throw new Error('unreachable: overdue is not empty');
  await filter.getByLabel('Project').selectOption(project.slug);
  const ofProject = await listPromises(baseURL ?? '', { overdue_only: true, project_slug: project.slug });
  expect(await shownPromises(page)).toEqual(bodiesOf(ofProject));
});

test('a resident looks up what the executive promised the council', async ({ page, baseURL }) => {
  const all = await listPromises(baseURL ?? '');
  const toCouncil = all.filter((promise) => promise.made_to === 'council');
  expect(toCouncil.length, 'the demo has a promise made to the council').toBeGreaterThan(0);
  expect(toCouncil.length).toBeLessThan(all.length);

  await page.goto('/toezeggingen/');
  const filter = page.getByRole('search', { name: 'Toezeggingen filteren' });
  await filter.getByLabel('Aan wie').selectOption({ label: 'Aan de gemeenteraad' });
  await expect(filter.getByRole('status')).toHaveText(
    toCouncil.length === 1 ? '1 toezegging gevonden' : `${toCouncil.length} toezeggingen gevonden`,
  );
  expect(await shownPromises(page)).toEqual(bodiesOf(toCouncil));
  await expect(page).toHaveURL(/[?&]to=council(&|$)/);
  for (const promise of toCouncil) {
    const article = page.getByRole('article', { name: promise.body, exact: true });
    await expect(article).toContainText('Toezegging aan de gemeenteraad');
    await expect(article.locator('dt', { hasText: 'Aan wie' }).locator('+ dd')).toHaveText('Aan de gemeenteraad');
  }
  // Every other promise says it was made to residents, and carries no mark of the council.
  await page.goto('/toezeggingen/?to=residents');
  expect(await shownPromises(page)).toEqual(bodiesOf(all.filter((promise) => promise.made_to === 'residents')));
  await expect(page.locator('#promise-list > li:visible').getByText('Toezegging aan de gemeenteraad', { exact: true })).toHaveCount(0);
});

test('a resident filters promises by status, in English', async ({ page, baseURL }) => {
  const broken = await listPromises(baseURL ?? '', { status: 'broken' });
  expect(broken.length).toBeGreaterThan(0);
  await page.goto('/en/promises/?status=broken');
  await expect(page.getByRole('search', { name: 'Filter promises' }).getByLabel('Status')).toHaveValue('broken');
  expect(await shownPromises(page)).toEqual(bodiesOf(broken, 'en'));
});

for (const [locale, path, labels] of [
  [
    'nl',
    '/toezeggingen/',
    { open: 'Open', in_progress: 'In uitvoering', kept: 'Nagekomen', changed: 'Gewijzigd', broken: 'Niet nagekomen' },
  ],
  ['en', '/en/promises/', { open: 'Open', in_progress: 'In progress', kept: 'Kept', changed: 'Changed', broken: 'Broken' }],
] as const) {
  test(`every published promise appears on the tracker with its status and history (${locale})`, async ({ page, baseURL }) => {
    const all = await listPromises(baseURL ?? '');
    expect(all.length).toBeGreaterThan(0);
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.locator('#promise-list > li')).toHaveCount(all.length);
    for (const promise of all) {
      const article = page.getByRole('article', { name: bodyIn(promise, locale), exact: true });
      await expect(article.locator('dd').first()).toHaveText(labels[promise.status]);
      await expect(article.locator('details li')).toHaveCount(promise.history.length);
    }

    // The overall kept-rate: kept / (kept + changed + broken), computed here from the API's statuses.
    const kept = all.filter((promise) => promise.status === 'kept').length;
    const settled = all.filter((promise) => ['kept', 'changed', 'broken'].includes(promise.status)).length;
    const percent = Math.round((kept / settled) * 100);
    const joiner = locale === 'nl' ? 'van' : 'of';
    await expect(page.locator('table.kept-rate tfoot')).toContainText(`${percent}% (${kept} ${joiner} ${settled})`);

    // The chart is an image with a text alternative and a table with the same figures.
    const chart = page.getByRole('img', {
      name: locale === 'nl' ? 'Hoe de toezeggingen ervoor stonden, per maand' : 'Where the promises stood, per month',
    });
    await expect(chart).toBeVisible();
    const lastRow = page.locator('.status-chart tbody tr').last();
    const lastCounts = (await lastRow.locator('td').allTextContents()).map(Number);
    expect(lastCounts.reduce((sum, count) => sum + count, 0)).toBe(all.length);
  });
}

test('a resident opens the full public history of a promise', async ({ page, baseURL }) => {
  const all = await listPromises(baseURL ?? '');
  const promise = [...all].sort((a, b) => b.history.length - a.history.length)[0];
  if (!promise) throw new Error('The demo has no promises.');
  await page.goto('/toezeggingen/');
  const article = page.getByRole('article', { name: promise.body, exact: true });
  const history = article.locator('details');
  await expect(history.locator('ol')).toBeHidden();
  await history.locator('summary').click();
  for (const entry of promise.history) {
    if (entry.explanation) await expect(history).toContainText(entry.explanation.split('\n')[0] ?? '');
    await expect(history).toContainText(entry.changed_by);
  }
});
