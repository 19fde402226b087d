import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { pathFor } from '../../src/i18n/index.ts';
import { workspaceNl } from '../../src/i18n/text/workspace.ts';
import { projectSections } from '../../src/lib/workspace/routes.ts';
import { signIn } from './support/workspace.ts';

// The workspace for staff who use assistive technology or only a keyboard: zero axe violations (WCAG 2.2 AA)
// on every view and every section of the project editor with its forms open, and sign-in to editing by
// keyboard alone.

const nl = workspaceNl;
const draftProject = 'CONCEPT: Herinrichting Marktplein';
const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).withTags(wcag22aa).analyze();
  expect(
    results.violations.map(
      (violation) =>
        `${where}: ${violation.id}: ${violation.nodes
          .map((node) => node.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    ),
  ).toEqual([]);
}

test('every section of the project editor, with its forms open, has no WCAG 2.2 AA violation', async ({ page }) => {
  await signIn(page, 'editor');
  await expectNoViolations(page, 'projects');
  await page.getByRole('link', { name: draftProject, exact: true }).click();
  for (const section of projectSections) {
    const name = nl.editor.sections[section];
    await page.getByRole('navigation', { name: nl.editor.sectionsLabel }).getByRole('link', { name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
    const add = page.getByRole('button', { name: /toevoegen$/, expanded: false });
    if ((await add.count()) > 0) await add.first().click();
    const edit = page.getByRole('button', { name: new RegExp(`^${nl.editor.edit}:`) });
    if ((await edit.count()) > 0) await edit.first().click();
    await expectNoViolations(page, section);
  }
  // An error summary and a field in error, too.
  await page
    .getByRole('navigation', { name: nl.editor.sectionsLabel })
    .getByRole('link', { name: nl.editor.sections.basics, exact: true })
    .click();
  await page.getByLabel(/^Titel/).fill('');
  await page.getByRole('button', { name: nl.form.save, exact: true }).click();
  await expect(page.getByRole('alert', { name: nl.form.errorSummary })).toBeFocused();
  await expectNoViolations(page, 'basics with an error');
});

test('the approval queue, the audit log and the team view have no WCAG 2.2 AA violation', async ({ page }) => {
  await signIn(page, 'admin');
  for (const [link, title] of [
    [nl.nav.approvals, nl.approvals.title],
    [nl.nav.audit, nl.audit.title],
    [nl.nav.team, nl.team.title],
  ] as const) {
    await page.getByRole('navigation', { name: nl.nav.label }).getByRole('link', { name: link }).click();
    const heading = page.getByRole('heading', { level: 1, name: title });
    await expect(heading).toBeFocused();
    await expect(page).toHaveTitle(new RegExp(`^${title} – `));
    await expectNoViolations(page, title);
  }
});

test('a keyboard user signs in, opens a project and reaches its first field', async ({ page }) => {
  await page.goto(pathFor({ page: 'workspace' }, 'nl'));
  const email = page.getByLabel(nl.signIn.email);
  await expect(email).toBeVisible();
  // Tab from the top of the page until the e-mail field has focus: no control is skipped or trapped.
  for (let step = 0; step < 30 && !(await email.evaluate((element) => element === document.activeElement)); step += 1)
    await page.keyboard.press('Tab');
  await expect(email).toBeFocused();
  await page.keyboard.type('redacteur@demodam.example');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel(nl.signIn.password)).toBeFocused();
  await page.keyboard.type('demo-wachtwoord');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: nl.projects.title })).toBeVisible();

  const project = page.getByRole('link', { name: draftProject, exact: true });
  for (let step = 0; step < 60 && !(await project.evaluate((element) => element === document.activeElement)); step += 1)
    await page.keyboard.press('Tab');
  await expect(project).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: draftProject, exact: true })).toBeFocused();
  const title = page.getByLabel(/^Titel/);
  for (let step = 0; step < 40 && !(await title.evaluate((element) => element === document.activeElement)); step += 1)
    await page.keyboard.press('Tab');
  await expect(title).toBeFocused();
  const outline = await title.evaluate((element) => getComputedStyle(element).outlineStyle);
  expect(outline).not.toBe('none');
});
