import { expect, test } from '@playwright/test';
import { locales } from '../../src/i18n/index.ts';
import { pageTypes, pathOf, readDemoFacts, type DemoFacts } from '../lib/layout/page-types.ts';

// A resident's page arrives in one round trip, styled. Each page carries its CSS in its head
// (src/lib/page-html/finish-page.ts), so the browser asks for no stylesheet before the first paint: nothing to flash unstyled.
// Here every stylesheet request is refused; the page must still look as designed. The only stylesheet a page may
// ask for is one for print (media="print", which the browser fetches without holding up the screen).

let demo: DemoFacts;
test.beforeAll(async ({ baseURL }) => {
  demo = await readDemoFacts(baseURL ?? '');
});

// Every page type in Dutch, and the heaviest, the project page, in English too: the CSS is cut per page, not per
// language, so the other languages add nothing but time.
const cases = pageTypes.flatMap((type) => (type.name === 'project' ? locales : (['nl'] as const)).map((locale) => ({ type, locale })));

for (const { type, locale } of cases) {
  test(`the ${type.name} page (${locale}) is styled without loading a stylesheet`, async ({ page }) => {
    const stylesheets: string[] = [];
    await page.route(/\.css(\?|$)/, (route) => {
      stylesheets.push(route.request().url());
      return route.abort();
    });
    await page.goto(pathOf(type, demo, locale));
    // Styled: the skip link waits above the page until it gets focus, and the header has its house-colour band.
    const skipLink = page.locator('.utrecht-skip-link');
    await expect(skipLink).toHaveCSS('position', 'fixed');
    await expect(skipLink).not.toBeInViewport();
    await expect(page.locator('.site-header')).toHaveCSS('border-top-width', '6px');
    await skipLink.focus();
    await expect(skipLink).toBeInViewport();
    const forPrint = await page
      .locator('link[rel="stylesheet"][media="print"]')
      .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
    expect(stylesheets.filter((url) => !forPrint.includes(url))).toEqual([]);
  });
}
