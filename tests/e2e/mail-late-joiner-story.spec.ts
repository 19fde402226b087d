import { expect, test } from '@playwright/test';
import { dictionaryFor, pathFor } from '../../src/i18n/index.ts';
import { asOwnClient, freshAddress, projectInExecution } from './support/follow.ts';
import { enhanced } from './support/scripts.ts';
import { linkTo, waitForMail } from './support/mail.ts';

// A late joiner joins a project in its execution phase and the welcome mail lists the
// decisions taken and the open promises. The project and what it holds are read through the public API
// (project_timeline), so the test follows the demo seed rather than copying it.

test('a late joiner joins a project in execution and the welcome mail lists its decisions and open promises', async ({ page, request }) => {
  const project = await projectInExecution(request);
  const text = dictionaryFor('nl').follow;
  const address = freshAddress('laatkomer');

  await asOwnClient(page);
  await page.goto(pathFor({ page: 'project', slug: project.project.slug }, 'nl'));
  await page.getByRole('link', { name: text.project.joinNow, exact: true }).first().click();
  await expect(page).toHaveURL(new RegExp(`${pathFor({ page: 'projectJoin', slug: project.project.slug }, 'nl')}$`));
  await enhanced(page);
  const form = page.locator('section[aria-labelledby="sign-up"] form');
  await form.getByLabel(text.form.email).fill(address);
  await form.getByLabel(text.form.participate).check();
  await form.getByLabel(text.form.group).fill('Bewoners Lindenlaan');
  await form.getByRole('button', { name: text.form.submitJoin }).click();
  await expect(form.getByRole('status')).toContainText('e-mail');

  const [confirmMail] = await waitForMail(address);
  if (!confirmMail) throw new Error('No confirmation mail');
  await page.goto(linkTo(confirmMail, pathFor({ page: 'followConfirm' }, 'nl')));
  await expect(page.locator('.follow-result[data-state="confirmed"]')).toBeVisible();

  const [welcome] = await waitForMail(address, (mail) => mail.file !== confirmMail.file);
  if (!welcome) throw new Error('No welcome mail');
  const decisions = project.decisions;
  const open = project.promises.filter((promise) => promise.status === 'open' || promise.status === 'in_progress');
  expect(decisions.length, 'the project has decisions').toBeGreaterThan(0);
  expect(open.length, 'the project has open promises').toBeGreaterThan(0);
  // Both parts, since a mail client shows one or the other. Text is compared with whitespace folded: the text
  // part wraps long lines, and the HTML part escapes quotes and ampersands.
  const fold = (value: string) => value.replace(/\s+/g, ' ');
  const plain = fold(welcome.text);
  const html = fold(
    welcome.html
      .replace(/&amp;/g, '&')
      .replace(/&#39;|&#x27;/g, "'")
      .replace(/&quot;/g, '"'),
  );
  for (const decision of decisions) {
    expect(plain, `decision "${decision.title}" in the text part`).toContain(fold(decision.title));
    expect(html, `decision "${decision.title}" in the HTML part`).toContain(fold(decision.title));
  }
  for (const promise of open) {
    expect(plain, `open promise "${promise.body}" in the text part`).toContain(fold(promise.body));
    expect(html, `open promise "${promise.body}" in the HTML part`).toContain(fold(promise.body));
  }
  // Promises that were kept are not listed as open: the welcome mail shows them under their own heading.
  expect(plain).toContain(text.catchUp.promisesOpen);
});
