import { expect, test, type Page } from '@playwright/test';
import { dictionaryFor, pathFor } from '../../src/i18n/index.ts';
import { asOwnClient, call, confirmToken, freshAddress, organisation, timelines } from './support/follow.ts';
import { enhanced } from './support/scripts.ts';

// The follow form as a resident meets it: on a project's join page, where the project page's "sign up" link leads
// (one project), and on the home page (every project).
// It calls follow_project over fetch and shows the API's own words: the neutral answer, a 400 at its field, a 429.
// Before that it solves a proof-of-work challenge with its own solver, in Web Workers, loaded only then.

const nl = dictionaryFor('nl').follow.form;
const en = dictionaryFor('en').follow.form;

let slug: string;
test.beforeAll(async ({ request }) => {
  const [first] = await timelines(request);
  if (!first) throw new Error('no published project');
  slug = first.project.slug;
});

async function openProjectForm(page: Page, locale: 'nl' | 'en' = 'nl') {
  await asOwnClient(page);
  await page.goto(pathFor({ page: 'projectJoin', slug }, locale));
  await enhanced(page);
  return page.locator('section[aria-labelledby="sign-up"] form');
}

test('a resident follows a project with only an address and gets the neutral answer, with the choice stored', async ({ page, request }) => {
  const form = await openProjectForm(page);
  const address = freshAddress('volg');
  await form.getByLabel(nl.email).fill(address);
  await form.getByLabel(nl.frequency).selectOption('weekly');
  await form.getByRole('button', { name: nl.submitJoin }).click();
  // The API's message, in a polite live region; the same words the API gives anyone (it tells nobody who follows).
  const expected = await call(request, 'follow_project', { organisation, project: slug, email: freshAddress('ander') });
  await expect(form.getByRole('status')).toHaveText(String(expected.body['message']));
  await expect(form.getByLabel(nl.email)).toHaveValue(address);

  // The request reached the database as typed: confirming shows a weekly subscription to this project.
  const again = await call(request, 'follow_project', { organisation, project: slug, email: address, frequency: 'weekly' });
  expect(again.status).toBe(200);
  const token = await confirmToken(address, { count: 2 });
  const confirmed = await call(request, 'confirm_subscription', { token });
  expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
  const mine = await call(request, 'my_subscriptions', { token: confirmed.body['manage_token'] });
  expect(mine.body['email']).toBe(address);
  expect(mine.body['subscriptions']).toEqual([
    expect.objectContaining({ frequency: 'weekly', project: expect.objectContaining({ slug }) }),
  ]);
});

test('a malformed address gets the API message at the field, linked from an error summary that takes focus', async ({ page, request }) => {
  const form = await openProjectForm(page);
  const typed = 'naam@@voorbeeld';
  await form.getByLabel(nl.email).fill(typed);
  await form.getByRole('button', { name: nl.submitJoin }).click();
  const refusal = await call(request, 'follow_project', { organisation, project: slug, email: typed });
  expect(refusal.status).toBe(400);
  expect(refusal.body['hint']).toBe('email');
  const message = String(refusal.body['message']);

  const field = form.getByLabel(nl.email);
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  const summary = form.locator('.follow-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: message })).toHaveAttribute('href', '#join-email');
  await expect(field).toHaveValue(typed); // nothing lost
  await expect(form.getByRole('status')).toBeEmpty();
});

test('a fourth confirmation mail for one address and project in a day gets the plain 429 message, and the address stays', async ({
  page,
}) => {
  const form = await openProjectForm(page);
  const address = freshAddress('te-vaak');
  await form.getByLabel(nl.email).fill(address);
  const submit = form.getByRole('button', { name: nl.submitJoin });
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    const answered = page.waitForResponse((response) => response.url().includes('/rpc/follow_project'));
    await submit.click();
    expect((await answered).status()).toBe(200);
  }
  const refused = page.waitForResponse((response) => response.url().includes('/rpc/follow_project'));
  await submit.click();
  const response = await refused;
  expect(response.status()).toBe(429);
  const body = (await response.json()) as { message: string };
  const summary = form.locator('.follow-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(body.message);
  await expect(form.getByLabel(nl.email)).toHaveValue(address);
  await expect(form.getByLabel(nl.email)).not.toHaveAttribute('aria-invalid', 'true');
});

test('the proof of work loads only when the form is sent, solves the challenge in workers, says so meanwhile, and asks nobody else', async ({
  page,
  request,
  baseURL,
}) => {
  const requested: string[] = [];
  page.on('request', (sent) => requested.push(sent.url()));
  const workersEnded: Array<Promise<void>> = [];
  page.on('worker', (worker) => workersEnded.push(new Promise((resolve) => worker.once('close', () => resolve()))));
  const form = await openProjectForm(page);
  const solverLoaded = () => requested.some((url) => /\/proof-of-work[^/]*\.js$/.test(new URL(url).pathname));
  expect(solverLoaded(), 'the solver is not part of the page load').toBe(false);
  expect(workersEnded, 'no worker runs before the form is sent').toHaveLength(0);

  // The challenge's answer is held until the live region has said what is going on.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/rest/v1/rpc/follow_challenge', async (route) => {
    await held;
    await route.continue();
  });
  await form.getByLabel(nl.email).fill(freshAddress('rekenwerk'));
  await form.getByRole('button', { name: nl.submitJoin }).click();
  await expect(form.getByRole('status')).toHaveText(nl.checking);
  await expect(form.getByRole('button', { name: nl.sending })).toHaveAttribute('aria-disabled', 'true');
  const followRequest = page.waitForRequest('**/rest/v1/rpc/follow_project');
  release();
  const sent = (await followRequest).postDataJSON() as { input: { altcha?: unknown } };
  expect(typeof sent.input.altcha, 'follow_project carries the solution').toBe('string');
  const expected = await call(request, 'follow_project', { organisation, project: slug, email: freshAddress('ander') });
  await expect(form.getByRole('status')).toHaveText(String(expected.body['message']));
  expect(solverLoaded(), 'the solver was loaded to solve the challenge').toBe(true);
  // The work ran in workers, which are all gone again; nothing left the site's own origin.
  expect(workersEnded.length).toBeGreaterThan(0);
  await Promise.all(workersEnded);
  const elsewhere = requested.filter((url) => !url.startsWith(String(baseURL)) && !/^(blob|data):/.test(url));
  expect(elsewhere).toEqual([]);
});

test('a check that takes long says in the live region that it is still going', async ({ page }) => {
  const form = await openProjectForm(page);
  // A well-formed challenge whose key no counter gives (the API would never hand it out): the work goes on, as on a
  // slow device, until the form says so. Leaving the page stops the workers.
  await page.route('**/rest/v1/rpc/follow_challenge', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({
        parameters: {
          algorithm: 'PBKDF2/SHA-256',
          cost: 1000,
          expiresAt: 4102444800,
          keyLength: 32,
          keyPrefix: 'f'.repeat(32),
          keySignature: '0'.repeat(64),
          nonce: '0'.repeat(32),
          salt: '0'.repeat(32),
        },
        signature: '0'.repeat(64),
      }),
    }),
  );
  await form.getByLabel(nl.email).fill('geduldig@voorbeeld.nl');
  await form.getByRole('button', { name: nl.submitJoin }).click();
  await expect(form.getByRole('status')).toHaveText(nl.checking);
  await expect(form.getByRole('status')).toHaveText(nl.stillChecking);
  await expect(form.getByRole('button', { name: nl.sending })).toHaveAttribute('aria-disabled', 'true');
  await expect(form.getByLabel(nl.email)).toHaveValue('geduldig@voorbeeld.nl');
});

test('when this browser cannot solve the challenge, the form says so plainly and keeps what was typed', async ({ page }) => {
  const form = await openProjectForm(page);
  // A challenge of an algorithm the solver does not have: it cannot find a solution.
  await page.route('**/rest/v1/rpc/follow_challenge', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({
        parameters: { algorithm: 'ONBEKEND', cost: 1, keyLength: 32, keyPrefix: '00', nonce: '00', salt: '00' },
        signature: '00',
      }),
    }),
  );
  const followed: string[] = [];
  page.on('request', (sent) => {
    if (sent.url().includes('/rpc/follow_project')) followed.push(sent.url());
  });
  await form.getByLabel(nl.email).fill('geduldig@voorbeeld.nl');
  await form.getByRole('button', { name: nl.submitJoin }).click();
  const summary = form.locator('.follow-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(nl.checkFailed);
  await expect(form.getByLabel(nl.email)).toHaveValue('geduldig@voorbeeld.nl');
  await expect(form.getByLabel(nl.email)).not.toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByRole('status')).toBeEmpty();
  expect(followed, 'nothing is sent without a solution').toEqual([]);
});

test('a solution the API refuses is explained in the error summary, at no field', async ({ page }) => {
  const form = await openProjectForm(page);
  // Whatever the solver found, the API gets a broken solution: as a replayed or tampered one would be refused.
  await page.route('**/rest/v1/rpc/follow_project', (route) => {
    const body = route.request().postDataJSON() as { input: Record<string, unknown> };
    return route.continue({ postData: JSON.stringify({ input: { ...body.input, altcha: 'kapot' } }) });
  });
  const answered = page.waitForResponse('**/rest/v1/rpc/follow_project');
  await form.getByLabel(nl.email).fill('geweigerd@voorbeeld.nl');
  await form.getByRole('button', { name: nl.submitJoin }).click();
  const response = await answered;
  expect(response.status()).toBe(400);
  const body = (await response.json()) as { message: string; hint: string };
  expect(body.hint).toBe('altcha');
  const summary = form.locator('.follow-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(body.message);
  await expect(summary.getByRole('link')).toHaveCount(0);
  await expect(form.locator('[aria-invalid="true"]')).toHaveCount(0);
  await expect(form.getByLabel(nl.email)).toHaveValue('geweigerd@voorbeeld.nl');
});

test('without a connection the form says so plainly and keeps what was typed', async ({ page }) => {
  const form = await openProjectForm(page);
  await page.route('**/rest/v1/rpc/follow_project', (route) => route.abort('internetdisconnected'));
  await form.getByLabel(nl.email).fill('iemand@voorbeeld.nl');
  await form.getByRole('button', { name: nl.submitJoin }).click();
  await expect(form.locator('.follow-summary')).toContainText(nl.networkError);
  await expect(form.getByLabel(nl.email)).toHaveValue('iemand@voorbeeld.nl');
});

test('a keyboard user follows a project without a mouse', async ({ page, request }) => {
  await openProjectForm(page);
  const email = page.locator('#join-email');
  // Tab from the top of the page until the address field has focus.
  for (let step = 0; step < 200 && !(await email.evaluate((element) => element === document.activeElement)); step += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(email).toBeFocused();
  await page.keyboard.type(freshAddress('toetsenbord'));
  await page.keyboard.press('Tab');
  await expect(page.locator('#join-frequency')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  // Past the optional questions of the join page: taking part, and the neighbourhood or group.
  const submit = page.getByRole('button', { name: nl.submitJoin });
  for (let step = 0; step < 5 && !(await submit.evaluate((element) => element === document.activeElement)); step += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(submit).toBeFocused();
  await page.keyboard.press('Enter');
  const expected = await call(request, 'follow_project', { organisation, project: slug, email: freshAddress('ander') });
  await expect(page.locator('#join-answer')).toHaveText(String(expected.body['message']));
});

test('the home page offers to follow every project, in English on the English page', async ({ page, request }) => {
  await asOwnClient(page);
  await page.goto(pathFor({ page: 'home' }, 'en'));
  await enhanced(page);
  const section = page.locator('section[aria-labelledby="follow-all"]');
  await expect(section.getByRole('heading', { level: 2 })).toHaveText(en.titleAll);
  const address = freshAddress('alles');
  await section.getByLabel(en.email).fill(address);
  await section.getByRole('button', { name: en.submitFollow }).click();
  const expected = await call(request, 'follow_project', { organisation, project: null, email: freshAddress('ander') }, 'anon', 'en');
  await expect(section.getByRole('status')).toHaveText(String(expected.body['message']));
  expect(String(expected.body['message'])).toMatch(/^Almost done/);
});

test('without JavaScript the pages say following needs it and offer the feed and calendar', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  // The project page: the way to the sign-up, and the feed and calendar.
  await page.goto(pathFor({ page: 'project', slug }, 'nl'));
  const follow = page.locator('section[aria-labelledby="follow"]');
  await expect(follow.getByRole('link', { name: dictionaryFor('nl').follow.project.signUp })).toHaveAttribute(
    'href',
    `${pathFor({ page: 'projectJoin', slug }, 'nl')}#sign-up`,
  );
  await expect(follow.getByRole('link', { name: dictionaryFor('nl').project.feed })).toBeVisible();
  await expect(follow.getByRole('link', { name: dictionaryFor('nl').project.calendar })).toBeVisible();
  // The join page: the form says it needs JavaScript, and offers the feed and calendar too.
  await page.goto(pathFor({ page: 'projectJoin', slug }, 'nl'));
  const section = page.locator('section[aria-labelledby="sign-up"]');
  // Chromium under Playwright parses <noscript> as text even with JavaScript off, so read what it holds.
  expect(await section.locator('noscript').innerHTML()).toContain(nl.noScript);
  await expect(section.getByRole('button', { name: nl.submitJoin })).toBeDisabled();
  await expect(section.getByRole('link', { name: nl.feed })).toBeVisible();
  await expect(section.getByRole('link', { name: nl.calendar })).toBeVisible();
  await context.close();
});
