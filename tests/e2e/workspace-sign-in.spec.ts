import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { pathFor } from '../../src/i18n/index.ts';
import { workspaceEn, workspaceNl } from '../../src/i18n/text/workspace.ts';

// First smoke test of the staff workspace against the embedded portal (demo seed, stand-in API): staff sign
// in with the seeded demo accounts and see their own organisation's projects, drafts included, and nothing of
// another organisation's drafts. The demo's draft project is "Herinrichting Marktplein" of Demodam.

const password = 'demo-wachtwoord';
const nl = workspaceNl;
const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function signIn(page: Page, email: string, text = nl, path = pathFor({ page: 'workspace' }, 'nl')) {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: text.pageTitle })).toBeVisible();
  await page.getByLabel(text.signIn.email).fill(email);
  await page.getByLabel(text.signIn.password).fill(password);
  await page.getByRole('button', { name: text.signIn.submit }).click();
}

/** The title of Demodam's draft project (herinrichting-marktplein) in supabase/seed.sql; drafts are not public. */
const draftTitle = 'CONCEPT: Herinrichting Marktplein';

test('the Demodam editor signs in and sees their projects, the draft project included', async ({ page }) => {
  await signIn(page, 'redacteur@demodam.example');
  const heading = page.getByRole('heading', { level: 1, name: nl.projects.title });
  await expect(heading).toBeVisible();
  await expect(page.getByText('Ingelogd als redacteur@demodam.example')).toBeVisible();
  await expect(page.getByText(`${nl.roles.editor} bij Gemeente Demodam`)).toBeVisible();
  const draft = page.getByRole('link', { name: draftTitle, exact: true });
  await expect(draft).toBeVisible();
  await expect(page).toHaveTitle(new RegExp(`^${nl.projects.title} – `));

  // Opening the draft project goes to its editor, with focus on the new view's heading.
  await draft.click();
  await expect(page).toHaveURL(/#\/projects\/[0-9a-f-]{36}$/);
  const projectHeading = page.getByRole('heading', { level: 1, name: draftTitle, exact: true });
  await expect(projectHeading).toBeFocused();
  await expect(page.getByLabel(/^Titel/)).toHaveValue(draftTitle);
  // The state in words, not colour alone: "Publicatie: Concept" (the first part for screen readers only).
  await expect(page.getByText(`${nl.publication.label}: ${nl.publication.draft}`).first()).toBeVisible();

  const results = await new AxeBuilder({ page }).withTags(wcag22aa).analyze();
  expect(
    results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
  ).toEqual([]);

  await page.getByRole('button', { name: nl.session.signOut }).click();
  await expect(page.getByRole('heading', { level: 2, name: nl.signIn.title })).toBeVisible();
});

test('the Voorbeeldstad editor does not see the Demodam draft project', async ({ page }) => {
  await signIn(page, 'redacteur@voorbeeldstad.example');
  await expect(page.getByRole('heading', { level: 1, name: nl.projects.title })).toBeVisible();
  await expect(page.getByText(`${nl.roles.editor} bij Gemeente Voorbeeldstad`)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /Voorbeeldstad/ })).toBeVisible();
  await expect(page.getByRole('link', { name: draftTitle, exact: true })).toHaveCount(0);
  await expect(page.getByText(draftTitle)).toHaveCount(0);
});

test('a wrong password is refused in a labelled alert, in English on /en/manage/', async ({ page }) => {
  const en = workspaceEn;
  await page.goto(pathFor({ page: 'workspace' }, 'en'));
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await page.getByLabel(en.signIn.email).fill('redacteur@demodam.example');
  await page.getByLabel(en.signIn.password).fill('not-the-password');
  await page.getByRole('button', { name: en.signIn.submit }).click();
  const alert = page.getByRole('alert', { name: en.signIn.failed });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(en.signIn.wrongCredentials);
  await expect(alert).toBeFocused();

  const results = await new AxeBuilder({ page }).withTags(wcag22aa).analyze();
  expect(
    results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
  ).toEqual([]);
});

test('residents find a discreet staff sign-in in the footer; crawlers are kept out of the workspace', async ({ page, request }) => {
  await page.goto(pathFor({ page: 'home' }, 'nl'));
  await page.getByRole('contentinfo').getByRole('link', { name: nl.footerLink }).click();
  await expect(page).toHaveURL(pathFor({ page: 'workspace' }, 'nl'));
  await page.goto(pathFor({ page: 'home' }, 'en'));
  await expect(page.getByRole('contentinfo').getByRole('link', { name: workspaceEn.footerLink })).toHaveAttribute(
    'href',
    pathFor({ page: 'workspace' }, 'en'),
  );

  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Disallow: ${pathFor({ page: 'workspace' }, 'nl')}`);
  expect(robots).toContain(`Disallow: ${pathFor({ page: 'workspace' }, 'en')}`);
});
