import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { dictionaryFor, locales, pathFor } from '../../src/i18n/index.ts';
import { asOwnClient, call, confirmedFollower, confirmToken, freshAddress, organisation, projectInExecution } from './support/follow.ts';
import { enhanced } from './support/scripts.ts';

// Zero axe violations (WCAG 2.2 AA) on every page of following, in both languages, in the states a resident
// sees: the forms with an error showing, the join page, and the mail pages after the API answered.

const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoViolations(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(wcag22aa).analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n` +
      violation.nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary ?? ''}`).join('\n'),
  );
  expect(summary, `axe violations on ${what}`).toEqual([]);
}

let slug: string;
test.beforeAll(async ({ request }) => {
  slug = (await projectInExecution(request)).project.slug;
});

for (const locale of locales) {
  const t = dictionaryFor(locale).follow;

  test(`the project page, and the follow form it leads to showing an error, have no WCAG 2.2 AA violation (${locale})`, async ({
    page,
  }) => {
    await asOwnClient(page);
    await page.goto(pathFor({ page: 'project', slug }, locale));
    await enhanced(page);
    await expectNoViolations(page, `project page (${locale})`);
    await page.locator('section[aria-labelledby="follow"]').getByRole('link', { name: t.project.signUp }).click();
    await enhanced(page);
    const form = page.locator('section[aria-labelledby="sign-up"] form');
    await form.getByLabel(t.form.email).fill('geen-adres');
    await form.getByRole('button', { name: t.form.submitJoin }).click();
    await expect(form.locator('.follow-summary')).toBeFocused();
    await expectNoViolations(page, `join page with a form error (${locale})`);
  });

  test(`the join page has no WCAG 2.2 AA violation (${locale})`, async ({ page }) => {
    await page.goto(pathFor({ page: 'projectJoin', slug }, locale));
    await enhanced(page);
    await expectNoViolations(page, `join page (${locale})`);
  });

  test(`the confirm, manage and unsubscribe pages have no WCAG 2.2 AA violation (${locale})`, async ({ page, request }) => {
    const address = freshAddress('axe');
    const followed = await call(request, 'follow_project', { organisation, project: slug, email: address });
    expect(followed.status).toBe(200);
    await page.goto(`${pathFor({ page: 'followConfirm' }, locale)}#token=${await confirmToken(address)}`);
    await expect(page.locator('.follow-result[data-state="confirmed"]')).toBeVisible();
    await expectNoViolations(page, `confirm page, confirmed (${locale})`);
    await page.evaluate(() => sessionStorage.clear());
    await page.reload();
    await expect(page.locator('.follow-result[data-state="failed"]')).toBeVisible();
    await expectNoViolations(page, `confirm page without a token (${locale})`);

    const follower = await confirmedFollower(request, slug);

    await page.goto(`${pathFor({ page: 'followManage' }, locale)}#token=${follower.manageToken}`);
    await expect(page.locator('.follow-manage[data-state="loaded"]')).toBeVisible();
    await expectNoViolations(page, `manage page (${locale})`);
    await page.getByRole('button', { name: t.pages.deleteStart }).click();
    await expectNoViolations(page, `manage page, delete step (${locale})`);

    await page.goto(
      `${pathFor({ page: 'followUnsubscribe' }, locale)}#token=${follower.manageToken}&subscription=${follower.subscriptionId}`,
    );
    await expectNoViolations(page, `unsubscribe page (${locale})`);
    await page.getByRole('button', { name: t.pages.unsubscribeButton }).click();
    await expect(page.locator('.follow-result[data-state="done"]')).toBeVisible();
    await expectNoViolations(page, `unsubscribe page, done (${locale})`);
  });
}
