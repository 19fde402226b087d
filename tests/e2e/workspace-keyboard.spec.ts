import { expect, test, type Locator, type Page } from '@playwright/test';
import { workspaceNl } from '../../src/i18n/text/workspace.ts';
import { demoPassword, staff, unique, workspacePath } from './support/workspace.ts';

// Every form of the workspace works with the keyboard alone. No mouse: each control is reached with
// Tab and used with Enter or Space, and the focus is visible wherever it lands.

const text = workspaceNl;
const zonneveld = {
  title: 'Zonneveld Polderweg',
  promise: 'We laten met plaatjes zien hoe het zonneveld eruitziet vanaf elk erf aan de Polderweg.',
};

/** Presses Tab until the target has focus (at most `max` times) and checks the focus can be seen there. */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  await expect(target).toBeVisible();
  for (let step = 0; step < max; step += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) {
      const visible = await target.evaluate((element) => {
        const style = getComputedStyle(element);
        const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
        return element.matches(':focus-visible') && (outline || style.boxShadow !== 'none');
      });
      expect(visible, 'the keyboard focus is visible').toBe(true);
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab did not reach ${target.toString()} in ${max} steps`);
}

test('an editor signs in, writes an update draft and changes a promise status with the keyboard alone', async ({ page }) => {
  const suffix = unique();
  const title = `Toetsenbordbericht ${suffix}`;

  await page.goto(workspacePath('nl'));
  await tabTo(page, page.getByLabel(text.signIn.email));
  await page.keyboard.type(staff.editor);
  await tabTo(page, page.getByLabel(text.signIn.password));
  await page.keyboard.type(demoPassword);
  await tabTo(page, page.getByRole('button', { name: text.signIn.submit }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: text.projects.title })).toBeVisible();

  await tabTo(page, page.getByRole('link', { name: zonneveld.title, exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: zonneveld.title })).toBeFocused();

  const sections = page.getByRole('navigation', { name: text.editor.sectionsLabel });
  await tabTo(page, sections.getByRole('link', { name: text.editor.sections.updates, exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: zonneveld.title })).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: text.editor.add.replace('{kind}', 'nieuwsbericht') }));
  await page.keyboard.press('Space');
  const form = page.locator('#update-new');
  await tabTo(page, form.getByLabel(/^Titel/));
  await page.keyboard.type(title);
  await tabTo(page, form.getByLabel(/^Tekst/));
  await page.keyboard.type(`Geschreven zonder muis (${suffix}).`);
  await tabTo(page, form.getByRole('button', { name: text.form.saveNew }));
  await page.keyboard.press('Enter');
  const update = page.locator('li.workspace-record').filter({ has: page.getByRole('heading', { level: 3, name: title }) });
  await expect(update.getByText(`${text.publication.label}: ${text.publication.draft}`)).toBeVisible();

  // The new-update form closed after saving, taking the focused button with it: Tab on from where focus is
  // now, round to the section navigation, as a keyboard user would.
  await page.keyboard.press('Shift+Tab');
  await page.locator('body').evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await tabTo(page, sections.getByRole('link', { name: text.editor.sections.promises, exact: true }), 120);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: text.editor.sections.promises })).toBeVisible();
  const promise = page.locator('li.workspace-record').filter({ has: page.getByRole('heading', { level: 3, name: zonneveld.promise }) });
  await tabTo(page, promise.getByRole('button', { name: `${text.editor.edit}: ${zonneveld.promise}` }));
  await page.keyboard.press('Space');
  await tabTo(page, promise.getByLabel(/^Nieuwe status/));
  // A closed select picks an option by typing its first letters.
  await page.keyboard.type('Gewijzigd');
  await expect(promise.getByLabel(/^Nieuwe status/)).toHaveValue('changed');
  await tabTo(page, promise.getByLabel(/^Uitleg/));
  await page.keyboard.type(`De plaatjes komen er, maar later (${suffix}).`);
  await tabTo(page, promise.getByLabel(/^Wie verantwoordelijk is/));
  await page.keyboard.type('Projectteam');
  await tabTo(page, promise.getByRole('button', { name: text.editor.changeStatus }));
  await page.keyboard.press('Enter');
  // Asked for, not public: it waits for an approver, and the public history is unchanged.
  await expect(promise.getByText('Aangevraagde nieuwe status: Gewijzigd')).toBeVisible();
  await expect(promise.getByText(`De plaatjes komen er, maar later (${suffix}).`)).toBeVisible();
  await expect(promise.locator('.workspace-history__list li').filter({ hasText: suffix })).toHaveCount(0);
});
