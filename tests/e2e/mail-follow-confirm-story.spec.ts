import { expect, test } from '@playwright/test';
import { dictionaryFor, pathFor } from '../../src/i18n/index.ts';
import { asOwnClient, freshAddress } from './support/follow.ts';
import { enhanced } from './support/scripts.ts';
import { linkTo, mailbox, waitForMail } from './support/mail.ts';
import { demodamProject } from './support/workspace.ts';

// A resident follows, receives the confirmation mail, clicks the link and is confirmed.
// The whole loop with real parts: from the project page to the follow form on its join page, follow_project, the outbox, the e2e
// server's mail worker, SMTP into the catcher, the mail read back from disk, its link opened in the browser.

test('a resident follows a project, gets the confirmation mail, follows its link and is confirmed', async ({ page }) => {
  const form = dictionaryFor('nl').follow.form;
  const address = freshAddress('bewoner');

  await asOwnClient(page);
  await page.goto(pathFor({ page: 'project', slug: demodamProject.slug }, 'nl'));
  await page.getByRole('link', { name: dictionaryFor('nl').follow.project.signUp }).click();
  await enhanced(page);
  const follow = page.locator('section[aria-labelledby="sign-up"] form');
  await follow.getByLabel(form.email).fill(address);
  await follow.getByRole('button', { name: form.submitJoin }).click();
  await expect(follow.getByRole('status')).toContainText('e-mail');

  // Nothing but the confirmation mail before confirming (double opt-in).
  const [confirmMail] = await waitForMail(address);
  if (!confirmMail) throw new Error('No confirmation mail');
  expect(confirmMail.subject.length, 'a subject').toBeGreaterThan(0);
  expect(confirmMail.html, 'an HTML part').toContain('<');
  expect(confirmMail.headers.has('list-unsubscribe'), 'no unsubscribe header: nothing is subscribed yet').toBe(false);
  const link = linkTo(confirmMail, pathFor({ page: 'followConfirm' }, 'nl'));
  expect(new URL(link).search, 'the token travels in the hash, not the query').toBe('');

  await page.goto(link);
  const result = page.locator('.follow-result[data-state="confirmed"]');
  await expect(result).toBeVisible();
  await expect(result).toContainText('Gelukt');
  await expect(page, 'the token is taken out of the address bar').not.toHaveURL(/token=/);

  // Confirmed: the welcome mail follows, and it is addressed to this resident only.
  const mails = await waitForMail(address, () => true, { count: 2 });
  expect(mails[1]?.subject).not.toBe(confirmMail.subject);
  expect((await mailbox(address)).every((mail) => mail.to.length === 1 && mail.to[0] === address)).toBe(true);
});
