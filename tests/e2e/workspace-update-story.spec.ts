import { expect, test } from '@playwright/test';
import { pathFor } from '../../src/i18n/index.ts';
import {
  addUpdate,
  approveFromQueue,
  demodamProject,
  openProjectSection,
  pollPublicPage,
  signIn,
  signOut,
  submitForApproval,
  unique,
  waitForQuietSite,
} from './support/workspace.ts';

// An editor drafts an update and submits it, an approver approves it, and the
// resident's project page shows it within 60 seconds (the embedded default rebuilds the site after a publish).

test('an update written by an editor and approved by an approver reaches the resident within 60 seconds', async ({ page }) => {
  const suffix = unique();
  const title = `Nieuwe oversteekplaats klaar ${suffix}`;
  const body = `De oversteekplaats bij de school is **klaar**. Kinderen steken nu veilig over (${suffix}).`;

  await signIn(page, 'editor');
  await openProjectSection(page, demodamProject.title, 'updates');
  const item = await addUpdate(page, title, body);
  await submitForApproval(page, item, title);
  await signOut(page);

  await signIn(page, 'approver');
  // Other stories' builds finish first: this one measures its own publish.
  await waitForQuietSite();
  await approveFromQueue(page, title);
  const publishedAt = Date.now();

  const path = pathFor({ page: 'project', slug: demodamProject.slug }, 'nl');
  const seconds = await pollPublicPage(page, path, publishedAt, async (resident) => {
    await expect(resident.getByRole('heading', { name: title })).toBeVisible({ timeout: 1_000 });
    await expect(resident.getByText(`Kinderen steken nu veilig over (${suffix}).`)).toBeVisible({ timeout: 1_000 });
    // Markdown became markup: the bold word is <strong>, not asterisks.
    await expect(resident.locator('strong', { hasText: /^klaar$/ }).first()).toBeVisible({ timeout: 1_000 });
  });
  // A figure to read, not a limit: on a machine shared with another CI run it is several times the quiet one.
  // Publish-to-visible is measured by a benchmark (bench/), as the other stories' figures are.
  console.log(`publish-to-visible (update story): ${seconds.toFixed(1)} s`);
});
