import { expect, test } from '@playwright/test';
import { workspaceNl } from '../../src/i18n/text/workspace.ts';
import { demodamProject, demoPassword, endSession, openProjectSection, recordItem, signIn, unique } from './support/workspace.ts';

// The workspace handles a session's expiry without losing the text being written.

const text = workspaceNl;
const addUpdate = text.editor.add.replace('{kind}', 'nieuwsbericht');

test('when the session ends while writing, signing in again in the dialog saves the text', async ({ page }) => {
  const suffix = unique();
  const title = `Bericht na verlopen sessie ${suffix}`;
  const body = `Deze tekst mag niet verloren gaan (${suffix}).`;

  await signIn(page, 'editor');
  await openProjectSection(page, demodamProject.title, 'updates');
  await page.getByRole('button', { name: addUpdate }).click();
  const form = page.locator('#update-new');
  await form.getByLabel(/^Titel/).fill(title);
  await form.getByLabel(/^Tekst/).pressSequentially(body);

  await endSession(page);
  await form.getByRole('button', { name: text.form.saveNew }).click();

  const dialog = page.getByRole('dialog', { name: text.session.expiredTitle });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(text.session.expiredIntro);
  await expect(dialog.getByLabel(text.signIn.email)).toBeFocused();
  // The form underneath keeps what was typed.
  await expect(form.getByLabel(/^Titel/)).toHaveValue(title);
  await expect(form.getByLabel(/^Tekst/)).toHaveValue(body);

  await dialog.getByLabel(text.signIn.email).fill('redacteur@demodam.example');
  await dialog.getByLabel(text.signIn.password).fill(demoPassword);
  await dialog.getByRole('button', { name: text.signIn.submit, exact: true }).click();
  await expect(dialog).toHaveCount(0);

  // The save went through after signing in again: the draft is in the list, with the typed text.
  const item = recordItem(page, title);
  await expect(item).toBeVisible();
  await expect(item.getByText(`${text.publication.label}: ${text.publication.draft}`)).toBeVisible();
  await item.getByRole('button', { name: `${text.editor.edit}: ${title}` }).click();
  await expect(item.getByLabel(/^Tekst/)).toHaveValue(body);
});

test('reloading the page while writing brings the text back from the draft store, with a notice', async ({ page }) => {
  const suffix = unique();
  const title = `Bericht na herladen ${suffix}`;
  const body = `Halverwege herladen (${suffix}).`;

  await signIn(page, 'editor');
  await openProjectSection(page, demodamProject.title, 'updates');
  await page.getByRole('button', { name: addUpdate }).click();
  const form = page.locator('#update-new');
  await form.getByLabel(/^Titel/).fill(title);
  await form.getByLabel(/^Tekst/).pressSequentially(body);

  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: text.editor.sections.updates })).toBeVisible();
  await page.getByRole('button', { name: addUpdate }).click();
  await expect(form.getByText(/U had hier nog niet-opgeslagen tekst staan van .+\. Die staat weer in het formulier\./)).toBeVisible();
  await expect(form.getByLabel(/^Titel/)).toHaveValue(title);
  await expect(form.getByLabel(/^Tekst/)).toHaveValue(body);
});

test('closing the sign-in dialog with Escape keeps the text and puts focus on the reason the save failed', async ({ page }) => {
  const suffix = unique();
  const title = `Bericht zonder opnieuw inloggen ${suffix}`;

  await signIn(page, 'editor');
  await openProjectSection(page, demodamProject.title, 'updates');
  await page.getByRole('button', { name: addUpdate }).click();
  const form = page.locator('#update-new');
  await form.getByLabel(/^Titel/).fill(title);
  await form.getByLabel(/^Tekst/).fill(`Tekst ${suffix}.`);

  await endSession(page);
  await form.getByRole('button', { name: text.form.saveNew }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: text.session.expiredTitle });
  await expect(dialog.getByLabel(text.signIn.email)).toBeFocused();
  // Tab stays inside the dialog while it is open.
  for (let step = 0; step < 6; step += 1) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  // Back in the form: the reason the save did not happen has focus, and the text is still there.
  await expect(form.getByRole('alert')).toBeFocused();
  await expect(form.getByLabel(/^Titel/)).toHaveValue(title);
  await expect(form.getByLabel(/^Tekst/)).toHaveValue(`Tekst ${suffix}.`);
  await expect(recordItem(page, title)).toHaveCount(0);
});
