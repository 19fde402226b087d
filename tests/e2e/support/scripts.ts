import type { Page } from '@playwright/test';

/**
 * The page's scripts have run: every custom element (the follow form, the filters, the pages a mail links to) is
 * defined, so its controls work. A script that failed to load leaves its element undefined, and this waits in vain.
 */
export async function enhanced(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll(':not(:defined)').length === 0);
}
