import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { dictionaryFor } from '../../src/i18n/index.ts';

// The pages across projects and the two statements, in both languages: their structure, their language and
// that no e-mail address ever reaches them.
const pages = [
  { path: '/toegankelijkheid/', locale: 'nl', title: 'Toegankelijkheidsverklaring' },
  { path: '/en/accessibility/', locale: 'en', title: 'Accessibility statement' },
  { path: '/privacy/', locale: 'nl', title: 'Privacyverklaring' },
  { path: '/en/privacy/', locale: 'en', title: 'Privacy statement' },
] as const;

const emailAddress = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

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

for (const path of ['/', '/en/', '/toezeggingen/', '/en/promises/', '/gemeenteraad/', '/en/council/', '/lessen/', '/en/lessons/', ...pages.map((entry) => entry.path)]) {
  test(`${path} shows no e-mail address and passes axe (WCAG 2.2 AA)`, async ({ page }) => {
    await page.goto(path);
    // Wait for the filter island where there is one, so axe sees the page as a resident does.
    await page.waitForLoadState('networkidle');
    const html = await page.content();
    expect(html).not.toMatch(emailAddress);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
