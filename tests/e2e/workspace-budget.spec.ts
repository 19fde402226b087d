import { expect, test, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locale } from '../../src/i18n/locales.ts';
import { demodamProject, demoPassword, staff, textFor, workspacePath } from './support/workspace.ts';
import { pageWeight, weighFiles, weightTable, workspaceFirstViewBudget, type WeighedFile } from './support/page-weight.ts';

// The staff workspace's first view is usable on at most 60 kB of JavaScript (gzip -9), checked by size on the
// site Playwright's web server built (.data/e2e-<port>/dist). "Usable" means:
// - signed out: the sign-in form is on screen, rendered by the island (so its handlers are attached), with the
//   e-mail field editable and the sign-in button enabled;
// - signed in: the list "Mijn projecten" shows the staff member's projects, with a link to each.
// What counts is every JavaScript module the page requested until then (and Astro's inline island loader);
// stylesheets are render-blocking and reported apart. The static closure of the page (what it loads before
// anything is shown) must stay within the same line, so a module that loads without being asked for cannot
// slip past the browser measurement.

const port = Number(process.env['PORTAL_E2E_PORT'] ?? 4391);
const dist = resolve(`.data/e2e-${port}/dist`);
const origin = `http://127.0.0.1:${port}`;
const pages: Record<Locale, string> = { nl: 'beheer/index.html', en: 'en/manage/index.html' };
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const sum = (files: WeighedFile[]) => files.reduce((total, file) => total + file.gzip, 0);

/** Records the same-site JavaScript and CSS a page requests, in the order asked. */
function recordRequests(page: Page): { scripts: () => string[]; styles: () => string[] } {
  const scripts: string[] = [];
  const styles: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin) return;
    if (request.resourceType() === 'script' || /\.m?js$/.test(url.pathname)) scripts.push(url.pathname);
    else if (request.resourceType() === 'stylesheet' || url.pathname.endsWith('.css')) styles.push(url.pathname);
  });
  return { scripts: () => [...new Set(scripts)], styles: () => [...new Set(styles)] };
}

function weighRequested(paths: string[]): WeighedFile[] {
  for (const path of paths) expect(existsSync(join(dist, path)), `${path} was requested but is not in the build`).toBe(true);
  return weighFiles(dist, paths);
}

test('the workspace pages load at most 60 kB of JavaScript before anything is opened', () => {
  expect(existsSync(dist), `the built site in ${dist} (run through Playwright's web server)`).toBe(true);
  for (const page of Object.values(pages)) {
    const weight = pageWeight(dist, page);
    console.log(
      `\n/${page}: JavaScript ${kb(weight.eagerGzip)} (inline loader ${kb(weight.inlineGzip)}), CSS ${kb(weight.cssGzip)}, gzip -9`,
    );
    console.log(weightTable('loaded with the page', weight.eager));
    console.log(weightTable('loaded when opened', weight.lazy));
    console.log(weightTable('render-blocking CSS', weight.css));
    expect(weight.eager.length, `${page} loads the workspace island`).toBeGreaterThan(0);
    expect(weight.eagerGzip, `JavaScript that /${page} loads with the page`).toBeLessThanOrEqual(workspaceFirstViewBudget);
  }
});

for (const locale of ['nl', 'en'] as const) {
  test(`signed out and signed in, the first view of ${workspacePath(locale)} is usable within the budget`, async ({ browser }) => {
    const text = textFor(locale);
    const weight = pageWeight(dist, pages[locale]);
    const known = new Set([...weight.eager, ...weight.lazy].map((file) => file.path));
    const check = (what: string, paths: string[]) => {
      const files = weighRequested(paths);
      const total = weight.inlineGzip + sum(files);
      console.log(`\n${workspacePath(locale)}, ${what}: ${kb(total)} JavaScript (with the inline loader ${kb(weight.inlineGzip)})`);
      console.log(weightTable('modules requested', files));
      // The static closure must know every module the browser asked for, or the static check above weighs too little.
      expect(
        paths.filter((path) => !known.has(path)),
        `modules requested that the static closure of ${pages[locale]} misses`,
      ).toEqual([]);
      expect(total, `JavaScript until ${what}`).toBeLessThanOrEqual(workspaceFirstViewBudget);
    };

    // A visitor without a session: the sign-in form.
    const context = await browser.newContext();
    const page = await context.newPage();
    const requests = recordRequests(page);
    await page.goto(workspacePath(locale));
    const email = page.getByLabel(text.signIn.email);
    await expect(email).toBeEditable();
    await expect(page.getByRole('button', { name: text.signIn.submit })).toBeEnabled();
    check('the sign-in form is usable', requests.scripts());
    console.log(weightTable('CSS requested', weighRequested(requests.styles())));

    // Signing in there: the projects list.
    await email.fill(staff.editor);
    await page.getByLabel(text.signIn.password).fill(demoPassword);
    await page.getByRole('button', { name: text.signIn.submit }).click();
    await expect(page.getByRole('heading', { level: 1, name: text.projects.title })).toBeVisible();
    await expect(page.getByRole('link', { name: demodamProject.title, exact: true })).toBeVisible();
    check('the projects list is usable after signing in', requests.scripts());

    // Coming back with the session kept in the browser: straight to the projects list, in a fresh cache.
    const storageState = await context.storageState();
    await context.close();
    const returning = await browser.newContext({ storageState });
    const again = await returning.newPage();
    const returnRequests = recordRequests(again);
    await again.goto(workspacePath(locale));
    await expect(again.getByRole('heading', { level: 1, name: text.projects.title })).toBeVisible();
    await expect(again.getByRole('link', { name: demodamProject.title, exact: true })).toBeVisible();
    check('the projects list is usable on return with a kept session', returnRequests.scripts());
    await returning.close();
  });
}
