import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { dictionaryFor, locales, pathFor } from '../../src/i18n/index.ts';
import { languageOf, pageTypes, pathOf, readDemoFacts, type DemoFacts } from '../lib/layout/page-types.ts';

// Every page type in both languages: zero axe violations against the WCAG 2.2 AA rule set, no e-mail address in
// the page, and the frame every page must have (lang, landmarks, skip link, navigation, feed link). The page list is the table in
// tests/lib/layout/page-types.ts; the project is read from the API.

const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const emailAddress = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

let demo: DemoFacts;
test.beforeAll(async ({ baseURL }) => {
  demo = await readDemoFacts(baseURL ?? '');
});

for (const type of pageTypes) {
  for (const locale of locales) {
    // One page load per page type and language: the frame checks first, then networkidle, the e-mail check and axe.
    test(`the ${type.name} page (${locale}): its frame, no e-mail address, no WCAG 2.2 AA violation`, async ({ page }) => {
      const path = pathOf(type, demo, locale);
      const response = await page.goto(path);
      expect(response?.status(), `status of ${path}`).toBe(type.missingPath ? 404 : 200);
      const language = languageOf(type, locale);
      const t = dictionaryFor(language);
      await expect(page.locator('html')).toHaveAttribute('lang', language);

      // One of each landmark; the main navigation and the footer links are named navigation landmarks.
      await expect(page.getByRole('banner')).toHaveCount(1);
      await expect(page.getByRole('main')).toHaveCount(1);
      await expect(page.getByRole('contentinfo')).toHaveCount(1);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      const navigation = page.getByRole('navigation', { name: t.navigation.label, exact: true });
      await expect(navigation.getByRole('link')).toHaveText([
        t.navigation.home,
        t.navigation.promises,
        t.navigation.council,
        t.navigation.lessons,
      ]);
      const footerLinks = page.getByRole('contentinfo').getByRole('navigation', { name: t.aboutSite.label });
      await expect(footerLinks.getByRole('link', { name: t.aboutSite.accessibility })).toHaveAttribute(
        'href',
        pathFor({ page: 'accessibility' }, language),
      );
      await expect(footerLinks.getByRole('link', { name: t.aboutSite.openData })).toHaveAttribute(
        'href',
        pathFor({ page: 'openData' }, language),
      );
      await expect(footerLinks.getByRole('link', { name: t.aboutSite.monitor })).toHaveAttribute(
        'href',
        pathFor({ page: 'monitor' }, language),
      );

      // The skip link is the first thing in the page and points at main.
      const first = page.locator('body a[href], body button, body input, body select, body summary').first();
      await expect(first).toHaveText(t.skipLink);
      await expect(first).toHaveAttribute('href', '#main');
      await expect(page.locator('main#main')).toHaveCount(1);

      // Feed readers find the site feed in the head.
      await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]').last()).toHaveAttribute(
        'href',
        new RegExp(`${pathFor({ page: 'feed' }, language).replaceAll('.', '\\.')}$`),
      );

      // The current section is marked for screen readers, and not by colour alone (a bar underneath).
      const ref = type.ref(demo);
      const current = navigation.locator('[aria-current]');
      if (ref && ['home', 'project', 'promises', 'council', 'lessons'].includes(ref.page)) {
        await expect(current).toHaveCount(1);
        await expect(current).toHaveAttribute('aria-current', ref.page === 'project' ? 'true' : 'page');
        const bar = await current.evaluate((element) => getComputedStyle(element).borderBottomWidth);
        expect(parseFloat(bar)).toBeGreaterThan(0);
      } else {
        await expect(current).toHaveCount(0);
      }

      // English pages mark the Dutch text from the database as Dutch; the project title is such text.
      if (ref?.page === 'project' && locale === 'en') {
        await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'nl');
      }

      // Wait for the scripts (filters, follow form, freshness notice), so axe sees the page as a resident does.
      await page.waitForLoadState('networkidle');
      expect(await page.content(), `an e-mail address on ${path}`).not.toMatch(emailAddress);
      const results = await new AxeBuilder({ page }).withTags(wcag22aa).analyze();
      const summary = results.violations.map(
        (violation) =>
          `${violation.id} (${violation.impact}): ${violation.help}\n` +
          violation.nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary ?? ''}`).join('\n'),
      );
      expect(summary, `axe violations on ${path}`).toEqual([]);
    });
  }
}
