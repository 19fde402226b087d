import { expect, test } from '@playwright/test';
import { pathFor } from '../../src/i18n/index.ts';
import { amsterdamDate } from '../../src/lib/timeline/amsterdam-date.ts';
import { workspaceNl } from '../../src/i18n/text/workspace.ts';
import {
  approveFromQueue,
  demodamProject,
  openProjectSection,
  pollPublicPage,
  recordItem,
  signIn,
  signOut,
  staffProject,
  tokensFor,
  unique,
  waitForQuietSite,
  workspaceProjects,
} from './support/workspace.ts';

// An editor marks a published promise broken without an explanation and is told why that is refused; with an
// explanation the new status waits for a second person; once an approver approves it, residents find it in the
// promise's public history, with who and when.

const text = workspaceNl;
/** The API's message (staff_change_promise_status) when a status other than open comes without a reason. */
const explanationRequired =
  'Leg uit wat er met deze toezegging is gebeurd. Inwoners zien deze uitleg in de geschiedenis van de toezegging.';

test('an editor cannot mark a promise broken without a reason; with one it waits for approval, then residents see it in its history', async ({
  page,
  request,
}) => {
  // A published promise of the published Schoolzone project that is not broken yet (other stories may have
  // changed some), read through the staff API.
  const tokens = await tokensFor(request, 'editor');
  const project = (await workspaceProjects(request, tokens)).find((candidate) => candidate.slug === demodamProject.slug);
  if (!project) throw new Error('No Schoolzone project in the demo seed');
  const promises = (await staffProject(request, tokens, project.id))['promises'] as Array<{
    body: string;
    status: string;
    publication: string;
  }>;
  const promiseBody = promises.find((promise) => promise.publication === 'published' && promise.status !== 'broken')?.body;
  if (!promiseBody) throw new Error('The Schoolzone project has no published promise that is not broken');

  const suffix = unique();
  const explanation = `De kleur is al door de provincie bepaald, de kinderen konden niet meer kiezen (${suffix}).`;
  const changedBy = `Projectteam Schoolzone ${suffix}`;

  await signIn(page, 'editor');
  await openProjectSection(page, demodamProject.title, 'promises');
  const item = recordItem(page, promiseBody);
  await item.getByRole('button', { name: `${text.editor.edit}: ${promiseBody}` }).click();
  // The promise is published: a new status is asked for, and says so.
  await expect(item.getByText(text.status.pendingHelp)).toBeVisible();

  const history = item.locator('.workspace-history__list li');
  const entriesBefore = await history.count();

  const status = item.getByLabel(/^Nieuwe status/);
  await status.selectOption({ label: 'Niet nagekomen' });
  await item.getByLabel(/^Wie verantwoordelijk is/).fill(changedBy);
  await item.getByRole('button', { name: text.editor.changeStatus }).click();

  // Refused: a summary that takes focus, and the API's reason at the explanation field itself.
  const summary = item.getByRole('alert').filter({ hasText: text.form.errorSummary });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(explanationRequired);
  const explanationField = item.getByLabel(/^Uitleg/);
  await expect(explanationField).toHaveAttribute('aria-invalid', 'true');
  await expect(explanationField).toHaveAccessibleDescription(new RegExp(explanationRequired.replaceAll('.', '\\.')));
  // The summary links to the field: following it puts the cursor there.
  await summary.getByRole('link', { name: explanationRequired }).click();
  await expect(explanationField).toBeFocused();
  // Nothing was appended to the history.
  await expect(history).toHaveCount(entriesBefore);

  await explanationField.fill(explanation);
  await waitForQuietSite();
  // The site dates the change by the Dutch calendar day (a run just before midnight UTC is already the next
  // day in Amsterdam), on the day it was asked for or approved, which a run around midnight can tell apart.
  const askedOn = amsterdamDate(new Date().toISOString());
  await item.getByRole('button', { name: text.editor.changeStatus }).click();
  // Asked for, not yet public: the history and the current status are unchanged until an approver approves.
  await expect(item.getByText('Aangevraagde nieuwe status: Niet nagekomen')).toBeVisible();
  await expect(history).toHaveCount(entriesBefore);
  await expect(item.getByText('Huidige status: Niet nagekomen')).toHaveCount(0);
  await signOut(page);

  await signIn(page, 'approver');
  await approveFromQueue(page, promiseBody);
  const savedAt = Date.now();

  const days = new Set([askedOn, amsterdamDate(new Date().toISOString())]);
  const path = pathFor({ page: 'project', slug: demodamProject.slug }, 'nl');
  const seconds = await pollPublicPage(page, path, savedAt, async (resident) => {
    const promise = resident
      .locator('li')
      .filter({ hasText: promiseBody })
      .filter({ has: resident.locator('details') })
      .last();
    const entry = promise.locator('details li').filter({ hasText: explanation });
    await expect(entry).toHaveCount(1, { timeout: 1_000 });
    await promise.locator('details summary').click();
    await expect(entry).toBeVisible({ timeout: 1_000 });
    await expect(entry).toContainText('Niet nagekomen');
    await expect(entry).toContainText(changedBy);
    await expect(entry.locator('time')).toHaveAttribute('datetime', new RegExp(`^(${[...days].join('|')})`));
  });
  // A figure to read, not a limit: on a machine shared with another CI run it is several times the quiet one.
  // Publish-to-visible is measured by a benchmark (bench/), as the other stories' figures are.
  console.log(`publish-to-visible (broken promise story): ${seconds.toFixed(1)} s`);
});
