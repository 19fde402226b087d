import { expect, test } from '@playwright/test';
import { dictionaryFor } from '../../src/i18n/index.ts';

// The two statements, in both languages: their structure and their language. Axe and the check that no e-mail
// address reaches a page run for every page type in accessibility.spec.ts.
const pages = [
  { path: '/toegankelijkheid/', locale: 'nl', title: 'Toegankelijkheidsverklaring' },
  { path: '/en/accessibility/', locale: 'en', title: 'Accessibility statement' },
  { path: '/privacy/', locale: 'nl', title: 'Privacyverklaring' },
  { path: '/en/privacy/', locale: 'en', title: 'Privacy statement' },
] as const;

for (const { path, locale, title } of pages) {
  test(`a resident reads the ${title} (${locale})`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    const statement = path.includes('privacy') ? 'privacy' : 'accessibility';
    const sections = dictionaryFor(locale).statements[statement].sections('x');
    for (const section of sections) {
      await expect(page.getByRole('region', { name: section.heading })).toBeVisible();
    }
    await expect(page.getByRole('main').locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  });
}

test('the accessibility statement follows the model: standard, status, testing, limitations, contact, date', async ({ page }) => {
  await page.goto('/toegankelijkheid/');
  const main = page.getByRole('main');
  await expect(main).toContainText('WCAG 2.2');
  await expect(main).toContainText('EN 301 549');
  await expect(main).toContainText('axe');
  await expect(main).toContainText('toetsenbord');
  await expect(main).toContainText('Deze verklaring is bijgewerkt op');
});
