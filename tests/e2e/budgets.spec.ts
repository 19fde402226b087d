import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSize, pageWeight, projectPageBudget, type WeighedFile } from './support/page-weight.ts';

// Page weight, checked by size on the site that Playwright's web server built (see playwright.config.ts: the
// build lands in .data/e2e-<port>/dist). The limits: every project page, its HTML and the CSS it needs before
// the first paint, at most 14.6 kB gzipped (one TCP initial window; the CSS is inline, src/lib/page-html/); every
// script a resident's page loads, including after interaction, at most 5 kB gzipped in all, except the follow
// forms' proof of work, loaded only on submit, within 12 kB of its own. The staff workspace is not a page residents
// read: tests/e2e/workspace-budget.spec.ts holds its first view to 60 kB.
const residentJavaScriptBudget = 5 * 1024; // every module a resident's page loads, at once or later, gzipped
const proofOfWorkBudget = 12 * 1024; // the proof-of-work solver and its worker, gzipped
const isProofOfWork = (file: string) => /\/proof-of-work[^/]*\.js$/.test(file);

const port = Number(process.env['PORTAL_E2E_PORT'] ?? 4391);
const dist = resolve(`.data/e2e-${port}/dist`);

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function htmlFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

interface ResidentPageWeight {
  page: string;
  html: number;
  css: number;
  /** Every module loaded at once (with inline scripts) and later, except the proof of work. */
  js: number;
  /** Of that, what loads only later (after interaction). */
  lazyJs: number;
  /** The proof-of-work solver and its worker, loaded only when a follow form is sent. */
  proofOfWork: number;
}

function weigh(file: string): ResidentPageWeight {
  const page = relative(dist, file);
  const scripts = pageWeight(dist, page);
  const sum = (files: WeighedFile[]) => files.reduce((total, weighed) => total + weighed.gzip, 0);
  const lazyJs = sum(scripts.lazy.filter((weighed) => !isProofOfWork(weighed.path)));
  return {
    page: `/${page}`,
    html: gzipSize(readFileSync(file, 'utf8')),
    css: scripts.cssGzip,
    js: scripts.eagerGzip + lazyJs,
    lazyJs,
    proofOfWork: sum(scripts.lazy.filter((weighed) => isProofOfWork(weighed.path))),
  };
}

const isWorkspacePage = (weight: ResidentPageWeight) => /^\/(beheer|en\/manage)\/index\.html$/.test(weight.page);
const isProjectPage = (weight: ResidentPageWeight) => /^\/(projecten|en\/projects)\/[^/]+\/index\.html$/.test(weight.page);

test('every resident page stays within its weight budget, the heaviest included', () => {
  expect(existsSync(dist), `the built site in ${dist} (run through Playwright's web server)`).toBe(true);
  const weights = htmlFiles(dist)
    .map(weigh)
    .filter((weight) => !isWorkspacePage(weight))
    .sort((a, b) => a.page.localeCompare(b.page));
  expect(weights.some(isProjectPage)).toBe(true);
  // The follow forms' pages load the solver on submit: without one, the check below would hold trivially.
  expect(weights.some((weight) => weight.proofOfWork > 0)).toBe(true);

  console.log(
    `\nPage weight, gzipped, kB (budgets: project page HTML + CSS ${kb(projectPageBudget)}; resident JS ${kb(residentJavaScriptBudget)} ` +
      `at once and later; proof of work ${kb(proofOfWorkBudget)} on submit)`,
  );
  console.log(['page'.padEnd(60), 'HTML', ' CSS', 'HTML+CSS', '  JS', 'of it later', 'proof of work'].join('\t'));
  for (const weight of weights) {
    console.log(
      [
        weight.page.padEnd(60),
        kb(weight.html),
        kb(weight.css),
        kb(weight.html + weight.css),
        kb(weight.js),
        kb(weight.lazyJs),
        kb(weight.proofOfWork),
      ].join('\t'),
    );
  }
  const heaviest = (key: (weight: ResidentPageWeight) => number) => weights.reduce((a, b) => (key(b) > key(a) ? b : a));
  const projectPages = weights.filter(isProjectPage);
  const heaviestProject = projectPages.reduce((a, b) => (b.html + b.css > a.html + a.css ? b : a));
  console.log(
    `Heaviest: project page ${heaviestProject.page} ${kb(heaviestProject.html + heaviestProject.css)} kB; ` +
      `JavaScript ${heaviest((w) => w.js).page} ${kb(heaviest((w) => w.js).js)} kB; ` +
      `proof of work ${kb(heaviest((w) => w.proofOfWork).proofOfWork)} kB`,
  );

  const problems: string[] = [];
  for (const weight of weights) {
    if (isProjectPage(weight) && weight.html + weight.css > projectPageBudget) {
      problems.push(`${weight.page}: HTML + CSS ${kb(weight.html + weight.css)} kB > ${kb(projectPageBudget)} kB`);
    }
    if (weight.js > residentJavaScriptBudget) {
      problems.push(`${weight.page}: JavaScript ${kb(weight.js)} kB > ${kb(residentJavaScriptBudget)} kB`);
    }
    if (weight.proofOfWork > proofOfWorkBudget) {
      problems.push(`${weight.page}: proof of work ${kb(weight.proofOfWork)} kB > ${kb(proofOfWorkBudget)} kB`);
    }
  }
  expect(problems).toEqual([]);
});
