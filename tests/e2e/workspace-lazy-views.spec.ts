import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { demodamProject, signIn, textFor, wcag22aa } from './support/workspace.ts';

// Views other than the projects list load when they are opened (src/islands/workspace/lazy-part.tsx). Without a
// connection at that moment the workspace says so, in the staff member's language, and loads the view when
// asked to try again: then it reloads the page, because Chromium keeps a failed module fetch for the page's life.

for (const locale of ['nl', 'en'] as const) {
  test(`a view that cannot be loaded says so and loads on a second try (${locale})`, async ({ page, context }) => {
    const text = textFor(locale);
    await signIn(page, 'editor', locale);

    await context.setOffline(true);
    await page.getByRole('link', { name: demodamProject.title, exact: true }).click();
    const alert = page.getByRole('alert').filter({ hasText: text.part.failed });
    await expect(alert).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).withTags(wcag22aa).analyze();
    expect(violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);

    // Still offline: the page is not reloaded into the browser's error page; the alert says so and stays.
    await alert.getByRole('button', { name: text.part.retry }).click();
    await expect(alert.getByText(text.part.stillOffline)).toBeVisible();

    await context.setOffline(false);
    await alert.getByRole('button', { name: text.part.retry }).click();
    await expect(page.getByRole('heading', { level: 1, name: demodamProject.title, exact: true })).toBeVisible();
    await page
      .getByRole('navigation', { name: text.editor.sectionsLabel })
      .getByRole('link', { name: text.editor.sections.updates, exact: true })
      .click();
    await expect(page.getByRole('heading', { level: 2, name: text.editor.sections.updates, exact: true })).toBeVisible();
  });
}
