import { expect, test, type Page } from '@playwright/test';
import { dictionaryFor, pathFor } from '../../src/i18n/index.ts';
import { readDemoFacts, type DemoFacts } from '../lib/layout/page-types.ts';
import { enhanced } from './support/scripts.ts';

// Keyboard only: Tab reaches every control of the page in document order, and each one shows a focus
// indicator (WCAG 2.1.1, 2.4.3, 2.4.7). The skip link brings focus to main (2.4.1).

/** Every control a keyboard user must reach, in document order, as a stable description. */
async function controlsInOrder(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector =
      'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), ' +
      'textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((element) => element.checkVisibility({ visibilityProperty: true }) && !element.closest('[inert]'))
      .map((element, index) => {
        element.dataset['kbdIndex'] = String(index);
        return `${index}:${element.tagName.toLowerCase()}:${(element.textContent ?? '').trim().slice(0, 40)}`;
      });
  });
}

interface FocusState {
  control: string | null;
  indicator: string | null;
}

/** What has focus now, and how it shows: a visible outline or a box shadow. */
async function focusState(page: Page): Promise<FocusState> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { control: null, indicator: null };
    const index = element.dataset['kbdIndex'];
    const control =
      index === undefined
        ? `unlisted:${element.tagName.toLowerCase()}:${element.outerHTML.slice(0, 80)}`
        : `${index}:${element.tagName.toLowerCase()}:${(element.textContent ?? '').trim().slice(0, 40)}`;
    const style = getComputedStyle(element);
    const outline =
      style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 ? `outline ${style.outlineWidth} ${style.outlineColor}` : null;
    const shadow = style.boxShadow !== 'none' ? `box-shadow ${style.boxShadow}` : null;
    return { control, indicator: outline ?? shadow };
  });
}

async function tabThroughEveryControl(page: Page, path: string): Promise<void> {
  await page.goto(path);
  // The scripts show the filters and enable the follow form's button: Tab must meet those controls too.
  await enhanced(page);
  const controls = await controlsInOrder(page);
  expect(controls.length).toBeGreaterThan(5);
  const reached: string[] = [];
  const withoutIndicator: string[] = [];
  for (let step = 0; step < controls.length; step += 1) {
    await page.keyboard.press('Tab');
    const state = await focusState(page);
    reached.push(state.control ?? '(nothing)');
    if (!state.indicator) withoutIndicator.push(state.control ?? '(nothing)');
  }
  expect(reached, `Tab order on ${path}`).toEqual(controls);
  expect(withoutIndicator, `controls without a visible focus indicator on ${path}`).toEqual([]);
}

let demo: DemoFacts;
test.beforeAll(async ({ baseURL }) => {
  demo = await readDemoFacts(baseURL ?? '');
});

test('a keyboard user reaches every control of the home page in order, and sees where focus is', async ({ page }) => {
  await tabThroughEveryControl(page, pathFor({ page: 'home' }, 'nl'));
});

test('a keyboard user reaches every control of a project page in order, and sees where focus is', async ({ page }) => {
  await tabThroughEveryControl(page, pathFor({ page: 'project', slug: demo.richestProjectSlug }, 'nl'));
});

test('a keyboard user in English reaches every control of a project page too', async ({ page }) => {
  await tabThroughEveryControl(page, pathFor({ page: 'project', slug: demo.richestProjectSlug }, 'en'));
});

test('a keyboard user skips the header and navigation with the first Tab', async ({ page }) => {
  await page.goto(pathFor({ page: 'project', slug: demo.richestProjectSlug }, 'en'));
  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', { name: dictionaryFor('en').skipLink });
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  // The next Tab continues inside main, not back in the header.
  await page.keyboard.press('Tab');
  const inMain = await page.evaluate(() => document.querySelector('main')?.contains(document.activeElement) ?? false);
  expect(inMain).toBe(true);
});
