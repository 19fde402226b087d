import { expect, test } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { dictionaryFor, pathFor } from '../../src/i18n/index.ts';
import { call, confirmedFollower, confirmToken, freshAddress, isConfirmMail, organisation, timelines } from './support/follow.ts';
import { waitForMail } from './support/mail.ts';

// The pages a subscription mail links to, with the token in the URL's hash: confirm, manage, unsubscribe.
// Tokens are real ones, issued as the mail worker gets them (issue_mail_token as the service role).

const nl = dictionaryFor('nl').follow.pages;
const en = dictionaryFor('en').follow.pages;
const wellFormedUnknown = () => randomBytes(32).toString('base64url');

let slug: string;
let title: string;
test.beforeAll(async ({ request }) => {
  const [first] = await timelines(request);
  if (!first) throw new Error('no published project');
  slug = first.project.slug;
  title = first.project.title;
});

test('the confirmation link confirms on opening, takes the token out of the address bar, and links on', async ({
  page,
  request,
  browser,
}) => {
  const address = freshAddress('bevestig');
  const followed = await call(request, 'follow_project', { organisation, project: slug, email: address });
  expect(followed.status).toBe(200);
  const token = await confirmToken(address);
  await page.goto(`${pathFor({ page: 'followConfirm' }, 'nl')}#token=${token}`);
  const result = page.locator('.follow-result[data-state="confirmed"]');
  await expect(result).toBeVisible();
  await expect(result).toBeFocused();
  expect(new URL(page.url()).hash).toBe('');
  await expect(result.getByRole('link', { name: new RegExp(nl.toProject) })).toHaveAttribute(
    'href',
    pathFor({ page: 'project', slug }, 'nl'),
  );
  await expect(result).toContainText(title);
  // Opening it again (a reload) answers "already confirmed": the link works once, and the API hands out no new
  // manage link for it. This tab still offers the one it got at the first use.
  const replayed = page.waitForResponse('**/rest/v1/rpc/confirm_subscription');
  await page.reload();
  expect(((await (await replayed).json()) as Record<string, unknown>)['manage_token']).toBeNull();
  await expect(page.locator('.follow-result[data-state="confirmed"]')).toContainText(nl.alreadyConfirmed);
  await page.getByRole('link', { name: nl.toManage }).click();
  await expect(page.locator('.follow-manage[data-state="loaded"]')).toBeVisible();
  await expect(page.locator('.follow-subscription')).toHaveCount(1);

  // Someone else who finds the link (another browser) gets the same answer, and no way into the settings.
  const elsewhere = await browser.newContext();
  try {
    const other = await elsewhere.newPage();
    await other.goto(`${pathFor({ page: 'followConfirm' }, 'nl')}#token=${token}`);
    const result = other.locator('.follow-result[data-state="confirmed"]');
    await expect(result).toContainText(nl.alreadyConfirmed);
    await expect(result.getByRole('link', { name: nl.toManage })).toHaveCount(0);
  } finally {
    await elsewhere.close();
  }
});

test('an unknown confirmation link gets the API message in plain words; a broken one says it is not complete', async ({
  page,
  request,
}) => {
  const token = wellFormedUnknown();
  const answer = await call(request, 'confirm_subscription', { token });
  expect(answer.status).toBe(404);
  await page.goto(`${pathFor({ page: 'followConfirm' }, 'nl')}#token=${token}`);
  const result = page.locator('.follow-result[data-state="failed"]');
  await expect(result).toContainText(String(answer.body['message']));
  await expect(result.getByRole('link', { name: nl.toHome })).toHaveAttribute('href', '/');

  await page.goto(pathFor({ page: 'followConfirm' }, 'en'));
  await page.evaluate(() => sessionStorage.clear());
  await page.reload();
  await expect(page.locator('.follow-result[data-state="failed"]')).toContainText(en.noToken);
});

test('an expired confirmation link explains itself and leads back to the project to follow again', async ({ page }) => {
  // Expiry takes 7 days; the API's answer for it (410 with its message) is stood in for at the network.
  const message = 'Deze bevestigingslink is verlopen: hij werkt 7 dagen. Meld u opnieuw aan om een nieuwe link te krijgen.';
  await page.route('**/rest/v1/rpc/confirm_subscription', (route) =>
    route.fulfill({
      status: 410,
      contentType: 'application/json',
      body: JSON.stringify({ code: 'PT410', message, details: null, hint: null }),
    }),
  );
  await page.goto(`${pathFor({ page: 'followConfirm' }, 'nl')}#token=${wellFormedUnknown()}&project=${slug}`);
  const result = page.locator('.follow-result[data-state="failed"]');
  await expect(result).toContainText(message);
  await expect(result.getByRole('link', { name: nl.expiredFollowAgain })).toHaveAttribute(
    'href',
    `${pathFor({ page: 'project', slug }, 'nl')}#follow`,
  );
});

test('the manage page lists what one follows, changes the frequency and language, and unfollows', async ({ page, request }) => {
  const follower = await confirmedFollower(request, slug);
  const second = await call(request, 'follow_project', { organisation, project: null, email: follower.email });
  expect(second.status).toBe(200);
  await page.goto(`${pathFor({ page: 'followManage' }, 'en')}#token=${follower.manageToken}`);
  const manage = page.locator('.follow-manage[data-state="loaded"]');
  await expect(manage).toContainText(follower.email);
  expect(new URL(page.url()).hash).toBe('');
  const items = manage.locator('.follow-subscription');
  await expect(items).toHaveCount(2);
  const projectItem = manage.locator(`[data-subscription="${follower.subscriptionId}"]`);
  await expect(projectItem.getByRole('heading')).toHaveText(title);
  await expect(projectItem).toContainText(en.confirmed);
  await expect(items.filter({ hasText: en.allProjects })).toContainText(en.pending);

  await projectItem.getByLabel(en.frequency).selectOption('daily');
  await projectItem.getByRole('button', { name: en.save }).click();
  await expect(manage.locator('.follow-note')).toHaveText(en.saved);
  await manage.getByLabel(en.language).selectOption('en');
  await manage.getByRole('button', { name: en.saveLanguage }).click();
  await expect(manage.locator('.follow-note')).toHaveText(en.saved);
  const stored = await call(request, 'my_subscriptions', { token: follower.manageToken });
  expect(stored.body['language']).toBe('en');
  expect(stored.body['subscriptions']).toContainEqual(expect.objectContaining({ id: follower.subscriptionId, frequency: 'daily' }));

  // A reload keeps working: the token stays in this tab's session, not in the address bar.
  await page.reload();
  await expect(projectItem.getByLabel(en.frequency)).toHaveValue('daily');
  await projectItem.getByRole('button', { name: en.unfollow }).click();
  await expect(manage.locator('.follow-note')).toHaveText(en.unfollowed);
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText(en.allProjects);
});

test('the manage page deletes all data after a confirm step that says what goes', async ({ page, request }) => {
  const follower = await confirmedFollower(request, slug);
  await page.goto(`${pathFor({ page: 'followManage' }, 'nl')}#token=${follower.manageToken}`);
  await expect(page.locator('.follow-manage[data-state="loaded"]')).toBeVisible();
  await page.getByRole('button', { name: nl.deleteStart }).click();
  await expect(page.locator('.follow-confirm-delete p')).toHaveText(nl.deleteCheck);
  await expect(page.locator('.follow-confirm-delete p')).toBeFocused();
  // Changing one's mind leads back, and nothing is gone.
  await page.getByRole('button', { name: nl.deleteCancel }).click();
  await expect(page.getByRole('button', { name: nl.deleteStart })).toBeFocused();
  expect((await call(request, 'my_subscriptions', { token: follower.manageToken })).status).toBe(200);

  await page.getByRole('button', { name: nl.deleteStart }).click();
  await page.getByRole('button', { name: nl.deleteConfirm }).click();
  const done = page.locator('.follow-result[data-state="deleted"]');
  const deleted = await call(request, 'delete_my_data', { token: follower.manageToken }); // idempotent: same answer
  await expect(done).toContainText(String(deleted.body['message']));
  expect((await call(request, 'my_subscriptions', { token: follower.manageToken })).status).toBe(404);
});

test('the unsubscribe link from a mail body unsubscribes with one button, then offers the manage page', async ({ page, request }) => {
  const follower = await confirmedFollower(request, slug);
  await page.goto(`${pathFor({ page: 'followUnsubscribe' }, 'nl')}#token=${follower.manageToken}&subscription=${follower.subscriptionId}`);
  await expect(page.getByRole('button', { name: nl.unsubscribeButton })).toBeEnabled();
  expect(new URL(page.url()).hash).toBe('');
  // Opening the page unsubscribes nobody: only the button does.
  expect((await call(request, 'my_subscriptions', { token: follower.manageToken })).body['subscriptions']).toHaveLength(1);
  await page.getByRole('button', { name: nl.unsubscribeButton }).click();
  const result = page.locator('.follow-result[data-state="done"]');
  const again = await call(request, 'unsubscribe', { token: follower.manageToken, subscription_id: follower.subscriptionId });
  await expect(result).toContainText(String(again.body['message']));
  expect(again.body['removed']).toBe(0); // the page's click removed it already
  await result.getByRole('link', { name: nl.toManage }).click();
  await expect(page.locator('.follow-manage[data-state="loaded"]')).toContainText(nl.noSubscriptions);
});

test('the one-click address of a mail header, opened in a browser, unsubscribes with the button but opens no settings', async ({
  page,
  request,
}) => {
  const follower = await confirmedFollower(request, slug);
  const [welcome] = await waitForMail(follower.email, (mail) => !isConfirmMail(mail));
  const header = String(welcome?.headers.get('list-unsubscribe') ?? '');
  const oneClick = /<(https?:\/\/[^>]+)>/.exec(header)?.[1];
  if (!oneClick) throw new Error(`No one-click address in ${header}`);
  // A GET of it never unsubscribes: it leads to the unsubscribe page, with the header's own token in the hash.
  await page.goto(oneClick);
  await expect(page).toHaveURL(new RegExp(`${pathFor({ page: 'followUnsubscribe' }, 'nl')}$`));
  expect((await call(request, 'my_subscriptions', { token: follower.manageToken })).body['subscriptions']).toHaveLength(1);
  await page.getByRole('button', { name: nl.unsubscribeButton }).click();
  const result = page.locator('.follow-result[data-state="done"]');
  const again = await call(request, 'unsubscribe', { token: new URL(oneClick).searchParams.get('token') });
  expect(again.body['can_manage']).toBe(false);
  await expect(result).toContainText(String(again.body['message']));
  await expect(result.getByRole('link', { name: nl.toManage })).toHaveCount(0);
  expect((await call(request, 'my_subscriptions', { token: follower.manageToken })).body['subscriptions']).toEqual([]);
});
