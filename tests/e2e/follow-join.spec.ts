import { expect, test } from '@playwright/test';
import { dictionaryFor, pathFor } from '../../src/i18n/index.ts';
import type { ProjectTimeline } from '../../src/lib/api/index.ts';
import { localize } from '../../src/lib/content-language/localize.ts';
import { asOwnClient, call, confirmToken, freshAddress, projectInExecution } from './support/follow.ts';
import { enhanced } from './support/scripts.ts';

// A late joiner: a project in its execution phase (found in the demo seed through the API), its join page
// with the catch-up, and signing up to follow and take part with a neighbourhood or group.

let project: ProjectTimeline;
test.beforeAll(async ({ request }) => {
  project = await projectInExecution(request);
});

test('the project page links to the join page, prominently while the project runs', async ({ page }) => {
  const t = dictionaryFor('nl').follow.project;
  await page.goto(pathFor({ page: 'project', slug: project.project.slug }, 'nl'));
  const links = page.getByRole('link', { name: t.joinNow, exact: true });
  await expect(links.first()).toHaveAttribute('href', pathFor({ page: 'projectJoin', slug: project.project.slug }, 'nl'));
  if (project.project.status === 'running') await expect(page.locator('.follow-join-link--prominent').first()).toBeVisible();
  await links.first().click();
  await expect(page).toHaveURL(new RegExp(`${pathFor({ page: 'projectJoin', slug: project.project.slug }, 'nl')}$`));
});

for (const locale of ['nl', 'en'] as const) {
  test(`the join page (${locale}) catches a late joiner up: decisions with their rationale, open promises, the current phase`, async ({
    page,
  }) => {
    const t = dictionaryFor(locale).follow.catchUp;
    await page.goto(pathFor({ page: 'projectJoin', slug: project.project.slug }, locale));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(localize(project.project, 'title', locale).text);
    await expect(page.getByRole('heading', { name: t.decisions, exact: true })).toBeVisible();
    for (const decision of project.decisions) {
      const item = page.locator(`[data-decision="${decision.id}"]`);
      await expect(item.getByRole('heading')).toHaveText(localize(decision, 'title', locale).text);
      await expect(item).toContainText(localize(decision, 'rationale', locale).text);
    }
    const open = project.promises.filter((promise) => promise.status === 'open' || promise.status === 'in_progress');
    expect(open.length).toBeGreaterThan(0);
    const openList = page.locator('#promises-open + ul');
    for (const promise of open)
      await expect(openList.locator(`[data-promise="${promise.id}"]`)).toContainText(localize(promise, 'body', locale).text);
    const current = project.phases.find((phase) => phase.is_current === true);
    await expect(page.getByText(current ? localize(current, 'title', locale).text : '(no current phase)').first()).toBeVisible();
    await expect(page.getByRole('heading', { name: t.nextMoments })).toBeVisible();
    await expect(page.getByRole('heading', { name: t.openForInput })).toBeVisible();
  });
}

test('a late joiner signs up to follow and take part, with a group, and the project can see it', async ({ page, request }) => {
  const text = dictionaryFor('nl').follow.form;
  await asOwnClient(page);
  await page.goto(pathFor({ page: 'projectJoin', slug: project.project.slug }, 'nl'));
  await enhanced(page);
  const form = page.locator('section[aria-labelledby="sign-up"] form');
  const address = freshAddress('laat');
  const group = `Bewoners Lindenlaan ${Date.now()}`;
  await form.getByLabel(text.email).fill(address);
  await form.getByLabel(text.participate).check();
  const groupField = form.getByLabel(text.group);
  // The project's own groups are offered as suggestions.
  if (project.groups.length > 0) {
    const listId = await groupField.getAttribute('list');
    expect(listId).not.toBeNull();
    const options = await page
      .locator(`datalist#${listId} option`)
      .evaluateAll((nodes) => nodes.map((node) => (node as HTMLOptionElement).value));
    expect(options.sort()).toEqual([...new Set(project.groups.map((candidate) => candidate.name))].sort());
  }
  await groupField.fill(group);
  const answered = page.waitForResponse((response) => response.url().includes('/rpc/follow_project'));
  await form.getByRole('button', { name: text.submitJoin }).click();
  const response = await answered;
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { status: string; message: string };
  expect(body.status).toBe('check_your_mail');
  await expect(form.getByRole('status')).toHaveText(body.message);

  // The sign-up was stored with participate and the group: confirm it as the resident would, and look.
  const token = await confirmToken(address);
  const confirmed = await call(request, 'confirm_subscription', { token });
  expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
  const mine = await call(request, 'my_subscriptions', { token: confirmed.body['manage_token'] });
  expect(mine.body['email']).toBe(address);
  expect(mine.body['subscriptions']).toEqual([expect.objectContaining({ participate: true, group_name: group })]);
});
