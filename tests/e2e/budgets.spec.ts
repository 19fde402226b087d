import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

// Page weight, checked by size on the site that Playwright's web server built (see playwright.config.ts: the
// build lands in .data/e2e-<port>/dist). Budgets from the issue; the architecture aims lower (14.6 kB for HTML
// and CSS, the first TCP round trip; 5 kB of JavaScript).
const projectPageBudget = 40 * 1024; // HTML + the CSS it links, gzipped
const islandJavaScriptBudget = 15 * 1024; // all modules an island page loads, gzipped
// The staff workspace (/beheer/, /en/manage/) is an application for staff, not a page residents read: it
// carries supabase-js (auth and sessions), zod and every form, so it has its own, larger budget.
const workspaceJavaScriptBudget = 128 * 1024;

const port = Number(process.env['PORTAL_E2E_PORT'] ?? 4391);
const dist = resolve(`.data/e2e-${port}/dist`);

const gz = (content: string | Buffer) => gzipSync(content, { level: 9 }).length;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function htmlFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** A file of the built site from a URL in a page: only same-site paths can be counted. */
function siteFile(url: string, from: string): string {
  const path = url.startsWith('/') ? join(dist, url) : join(dirname(from), url);
  if (!existsSync(path)) throw new Error(`${relative(dist, from)} links ${url}, which is not in the build`);
  return path;
}

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}=["']?([^"'\\s>]+)`, 'i').exec(tag)?.[1];

/**
 * JavaScript a page loads: script src, island components and renderers, and everything they import statically
 * (eager); modules behind a dynamic import() load only on some condition (Preact's signals module, when an
 * island gets a signal as a prop) and are reported apart (lazy).
 */
function javaScriptOf(html: string, page: string): { eager: Set<string>; lazy: Set<string>; inline: string } {
  const entries: string[] = [];
  let inline = '';
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = `<script ${match[1] ?? ''}`;
    const type = attribute(attributes, 'type');
    if (type && !/^(module|text\/javascript|application\/javascript)$/i.test(type)) continue; // data, not code
    const src = attribute(attributes, 'src');
    if (src) entries.push(siteFile(src, page));
    else inline += match[2] ?? '';
  }
  for (const match of html.matchAll(/<astro-island\b[^>]*>/gi)) {
    for (const name of ['component-url', 'renderer-url']) {
      const url = attribute(match[0], name);
      if (url) entries.push(siteFile(url, page));
    }
  }
  const staticImport = /(?:\bimport\s*(?:[\w*$\s{},]*\s*from\s*)?|\bexport\s*[\w*$\s{},]*\s*from\s*)["']([^"'()]+\.m?js)["']/g;
  const dynamicImport = /\bimport\s*\(\s*["']([^"']+\.m?js)["']\s*\)/g;
  const closure = (starts: string[], seen: Set<string>, lazyStarts: string[]) => {
    const queue = [...starts];
    while (queue.length > 0) {
      const file = queue.pop() as string;
      if (seen.has(file)) continue;
      seen.add(file);
      const code = readFileSync(file, 'utf8');
      for (const match of code.matchAll(staticImport)) if (match[1]) queue.push(siteFile(match[1], file));
      for (const match of code.matchAll(dynamicImport)) if (match[1]) lazyStarts.push(siteFile(match[1], file));
    }
  };
  const eager = new Set<string>();
  const lazyStarts: string[] = [];
  closure(entries, eager, lazyStarts);
  const lazy = new Set<string>();
  closure(lazyStarts.filter((file) => !eager.has(file)), lazy, []);
  for (const file of eager) lazy.delete(file);
  return { eager, lazy, inline };
}

interface PageWeight {
  page: string;
  html: number;
  css: number;
  js: number;
  lazyJs: number;
  hasIsland: boolean;
  hasScript: boolean;
}

function weigh(page: string): PageWeight {
  const html = readFileSync(page, 'utf8');
  let css = 0;
  for (const match of html.matchAll(/<link\b[^>]*>/gi)) {
    if (!/\brel=["']?stylesheet/i.test(match[0])) continue;
    const href = attribute(match[0], 'href');
    if (href) css += gz(readFileSync(siteFile(href, page)));
  }
  const scripts = javaScriptOf(html, page);
  let js = scripts.inline.trim() ? gz(scripts.inline) : 0;
  for (const file of scripts.eager) js += gz(readFileSync(file));
  let lazyJs = 0;
  for (const file of scripts.lazy) lazyJs += gz(readFileSync(file));
  return {
    page: `/${relative(dist, page)}`,
    html: gz(html),
    css,
    js,
    lazyJs,
    hasIsland: /<astro-island\b/i.test(html),
    hasScript: scripts.eager.size > 0 || scripts.inline.trim() !== '',
  };
}

const isWorkspacePage = (weight: PageWeight) => /^\/(beheer|en\/manage)\/index\.html$/.test(weight.page);
const isProjectPage = (weight: PageWeight) => /^\/(projecten|en\/projects)\/[^/]+\/index\.html$/.test(weight.page);

test('every page stays within its weight budget, and only island pages ship JavaScript', () => {
  expect(existsSync(dist), `the built site in ${dist} (run through Playwright's web server)`).toBe(true);
  const weights = htmlFiles(dist).map(weigh).sort((a, b) => a.page.localeCompare(b.page));
  expect(weights.some(isProjectPage)).toBe(true);

  console.log(`\nPage weight, gzipped, kB (budget: project page HTML + CSS ${kb(projectPageBudget)}; island JS ${kb(islandJavaScriptBudget)})`);
  console.log(['page'.padEnd(60), 'HTML', ' CSS', 'HTML+CSS', '  JS', 'lazy JS'].join('\t'));
  for (const weight of weights) {
    console.log([weight.page.padEnd(60), kb(weight.html), kb(weight.css), kb(weight.html + weight.css), kb(weight.js), kb(weight.lazyJs)].join('\t'));
  }

  const problems: string[] = [];
  for (const weight of weights) {
    if (isProjectPage(weight) && weight.html + weight.css > projectPageBudget) {
      problems.push(`${weight.page}: HTML + CSS ${kb(weight.html + weight.css)} kB > ${kb(projectPageBudget)} kB`);
    }
    if (!weight.hasIsland && weight.hasScript) problems.push(`${weight.page}: ships JavaScript without an island`);
    const budget = isWorkspacePage(weight) ? workspaceJavaScriptBudget : islandJavaScriptBudget;
    if (weight.hasIsland && weight.js > budget) {
      problems.push(`${weight.page}: JavaScript ${kb(weight.js)} kB > ${kb(budget)} kB`);
    }
  }
  expect(problems).toEqual([]);
});
