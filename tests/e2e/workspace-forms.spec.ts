import { expect, test } from '@playwright/test';
import { workspaceNl } from '../../src/i18n/text/workspace.ts';
import { signIn } from './support/workspace.ts';

// The record forms of the workspace against the real staff API: a new project starts as a draft, and a save
// over someone else's change is refused without losing the typed text. The broken-promise story, the session
// expiry and the restore after a reload have their own spec files (workspace-promise-broken, -session-expiry).

const nl = workspaceNl;

test('a new project starts as a draft; a save over someone else’s change is refused and "load latest" keeps the typed text', async ({
  browser,
  baseURL,
}) => {
  const first = await (await browser.newContext({ baseURL })).newPage();
  await signIn(first, 'editor');
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
  await signIn(second, 'editor');
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
