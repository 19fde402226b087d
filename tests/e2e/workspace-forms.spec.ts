import { expect, test, type Page } from '@playwright/test';
import { createClient } from '@supabase/supabase-js';
import { pathFor } from '../../src/i18n/index.ts';
import { workspaceNl } from '../../src/i18n/text/workspace.ts';
import { projectListSchema, projectTimelineSchema, type ProjectTimeline } from '../../src/lib/api/index.ts';
import { apiKeys, jwtSecretFromEnv } from '../../src/local-supabase/keys.ts';

// The record forms of the workspace against the real staff API: an API refusal lands at the field it is
// about, typed text survives a reload and an expired session, and a status change becomes public history.

const nl = workspaceNl;
const password = 'demo-wachtwoord';
const draftProject = 'CONCEPT: Herinrichting Marktplein';

async function signIn(page: Page, email: string) {
  await page.goto(pathFor({ page: 'workspace' }, 'nl'));
  await page.getByLabel(nl.signIn.email).fill(email);
  await page.getByLabel(nl.signIn.password).fill(password);
  await page.getByRole('button', { name: nl.signIn.submit }).click();
  await expect(page.getByRole('heading', { level: 1, name: nl.projects.title })).toBeVisible({ timeout: 15_000 });
}

async function openSection(page: Page, projectTitle: string, section: string) {
  await page.getByRole('link', { name: projectTitle, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: projectTitle, exact: true })).toBeVisible();
  await page.getByRole('navigation', { name: nl.editor.sectionsLabel }).getByRole('link', { name: section, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: section, exact: true })).toBeVisible();
}

/** A published Demodam project with a published promise that is still open, read through the public API. */
async function projectWithOpenPromise(baseURL: string): Promise<{ title: string; promise: string }> {
  const { anonKey } = await apiKeys(jwtSecretFromEnv());
  const supabase = createClient(baseURL, anonKey, { auth: { persistSession: false } });
  const list = await supabase.rpc('list_projects', { org_slug: 'demodam' });
  for (const card of projectListSchema.parse(list.data)) {
    const answer = await supabase.rpc('project_timeline', { org_slug: 'demodam', project_slug: card.slug });
    const timeline: ProjectTimeline = projectTimelineSchema.parse(answer.data);
    const promise = timeline.promises.find((candidate) => candidate.status === 'open' || candidate.status === 'in_progress');
    if (promise) return { title: timeline.project.title, promise: promise.body };
  }
  throw new Error('The demo has no published promise that is still open.');
}

test('changing a promise to broken without an explanation is refused at the explanation field; with one it becomes history', async ({ page, baseURL }) => {
  const { title, promise } = await projectWithOpenPromise(baseURL ?? '');
  await signIn(page, 'redacteur@demodam.example');
  await openSection(page, title, nl.editor.sections.promises);
  await page.getByRole('button', { name: `${nl.editor.edit}: ${promise.slice(0, 60)}` }).first().click();
  // A published promise: the editor may not change its text, but may change its status.
  await expect(page.getByText(nl.form.readOnly)).toBeVisible();

  await page.getByLabel(/^Nieuwe status/).selectOption({ label: 'Niet nagekomen' });
  await page.getByLabel(/^Wie verantwoordelijk is/).fill('Projectteam');
  await page.getByRole('button', { name: nl.editor.changeStatus, exact: true }).click();

  const summary = page.getByRole('alert', { name: nl.form.errorSummary });
  await expect(summary).toBeFocused();
  const explanation = page.getByLabel(/^Uitleg/);
  await expect(explanation).toHaveAttribute('aria-invalid', 'true');
  const message = (await summary.getByRole('link').textContent()) ?? '';
  expect(message.length).toBeGreaterThan(10);
  // The message is next to the field, and linked from the summary.
  await expect(explanation).toHaveAccessibleDescription(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').slice(0, 40)));
  await summary.getByRole('link').click();
  await expect(explanation).toBeFocused();

  await explanation.fill('Het budget is naar de nieuwe school gegaan. Daarom komt de speeltuin er dit jaar niet.');
  await page.getByRole('button', { name: nl.editor.changeStatus, exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: nl.form.saved })).toBeAttached();
  await expect(page.getByText(/Niet nagekomen op .* door Projectteam/)).toBeVisible();
});

test('typed text survives a reload, and can be discarded', async ({ page }) => {
  await signIn(page, 'redacteur@demodam.example');
  await openSection(page, draftProject, nl.editor.sections.updates);
  const add = page.getByRole('button', { name: 'Nieuwsbericht toevoegen' });
  await add.click();
  await page.getByLabel(/^Titel/).fill('Half geschreven bericht');
  await page.getByLabel(/^Tekst/).fill('Deze tekst is nog niet opgeslagen.');

  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: nl.editor.sections.updates })).toBeVisible({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Nieuwsbericht toevoegen' }).click();
  await expect(page.getByText(/U had hier nog niet-opgeslagen tekst staan/)).toBeVisible();
  await expect(page.getByLabel(/^Titel/)).toHaveValue('Half geschreven bericht');
  await expect(page.getByLabel(/^Tekst/)).toHaveValue('Deze tekst is nog niet opgeslagen.');

  await page.getByRole('button', { name: nl.form.discard }).click();
  await expect(page.getByLabel(/^Titel/)).toHaveValue('');
});

test('an expired session asks to sign in again over the form, keeps the text and then saves it', async ({ page }) => {
  await signIn(page, 'redacteur@demodam.example');
  await openSection(page, draftProject, nl.editor.sections.updates);
  await page.getByRole('button', { name: 'Nieuwsbericht toevoegen' }).click();
  await page.getByLabel(/^Titel/).fill('Na opnieuw inloggen');
  await page.getByLabel(/^Tekst/).fill('Deze tekst mag niet verloren gaan.');

  // The next save meets an expired token, as PostgREST answers it.
  let refused = false;
  await page.route('**/rest/v1/rpc/staff_save_update', async (route) => {
    if (refused) return route.fallback();
    refused = true;
    await route.fulfill({ status: 401, contentType: 'application/json', body: JSON.stringify({ code: 'PGRST303', message: 'JWT expired', details: null, hint: null }) });
  });
  await page.getByRole('button', { name: nl.form.saveNew, exact: true }).click();

  const dialog = page.getByRole('dialog', { name: nl.session.expiredTitle });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel(nl.signIn.email)).toBeFocused();
  // Escape closes the dialog; the form and its text are still there.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel(/^Titel/)).toHaveValue('Na opnieuw inloggen');

  refused = false;
  await page.getByRole('button', { name: nl.form.saveNew, exact: true }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByLabel(nl.signIn.password).fill(password);
  await dialog.getByRole('button', { name: nl.signIn.submit, exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 3, name: 'Na opnieuw inloggen' })).toBeVisible();
});

test('a new project starts as a draft; a save over someone else’s change is refused and "load latest" keeps the typed text', async ({ browser, baseURL }) => {
  const first = await (await browser.newContext({ baseURL })).newPage();
  await signIn(first, 'redacteur@demodam.example');
  await first.getByRole('link', { name: nl.projects.newProject }).click();
  await expect(first.getByRole('heading', { level: 1, name: nl.projects.newProjectTitle })).toBeFocused();
  await first.getByLabel(/^Webadres/).fill('nieuw-plein');
  await first.getByLabel(/^Titel/).fill('Nieuw plein');
  await first.getByLabel(/^Samenvatting/).fill('Een nieuw plein in het centrum.');
  await first.getByLabel(/^Thema/).fill('Ruimte');
  await first.getByLabel(/^Gebied/).fill('Centrum');
  await first.getByLabel(/^Begint op/).fill('2027-01-01');
  await first.getByRole('button', { name: nl.form.saveNew, exact: true }).click();
  await expect(first.getByRole('heading', { level: 1, name: 'Nieuw plein', exact: true })).toBeVisible();
  await expect(first.getByText(`${nl.publication.label}: ${nl.publication.draft}`).first()).toBeVisible();

  const second = await (await browser.newContext({ baseURL })).newPage();
  await signIn(second, 'redacteur@demodam.example');
  await second.getByRole('link', { name: 'Nieuw plein', exact: true }).click();
  await expect(second.getByLabel(/^Titel/)).toHaveValue('Nieuw plein');

  await first.getByLabel(/^Titel/).fill('Nieuw plein (eerste)');
  await first.getByRole('button', { name: nl.form.save, exact: true }).click();
  await expect(first.getByRole('heading', { level: 1, name: 'Nieuw plein (eerste)' })).toBeVisible();

  await second.getByLabel(/^Titel/).fill('Nieuw plein (tweede)');
  await second.getByRole('button', { name: nl.form.save, exact: true }).click();
  const conflict = second.getByRole('alert', { name: nl.form.errorSummary });
  await expect(conflict).toBeFocused();
  await conflict.getByRole('button', { name: nl.form.conflictAction }).click();
  // The form is loaded again on the latest version, with the typed text restored from the draft store.
  await expect(second.getByText(/U had hier nog niet-opgeslagen tekst staan/)).toBeVisible();
  await expect(second.getByLabel(/^Titel/)).toHaveValue('Nieuw plein (tweede)');
  await second.getByRole('button', { name: nl.form.save, exact: true }).click();
  await expect(second.getByRole('heading', { level: 1, name: 'Nieuw plein (tweede)' })).toBeVisible();
});
