import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

// The weight of a page of a built site (dist) by size: the resident pages' budgets (tests/e2e/budgets.spec.ts) and
// the staff workspace's (tests/e2e/workspace-budget.spec.ts). Everything is weighed as gzip level 9 of the file in
// dist, so a figure never depends on how fast a machine is.
//
// Statically (pageWeight): the page's script src, its islands' component-url and renderer-url, and every module
// those import statically: what the browser fetches before anything is shown. Modules behind a dynamic import()
// (a view, the Markdown editor, the proof-of-work solver) or started as a Web Worker are listed apart as lazy:
// they load when they are needed. workspace-budget.spec.ts checks this against the modules the browser really
// requested until a view was usable.

/** The most JavaScript (gzip -9) the workspace may fetch before its first view is usable. */
export const workspaceFirstViewBudget = 60 * 1024;

/**
 * The most a project page may weigh before the browser can paint it: its HTML plus every stylesheet it links for
 * the screen, gzip -9. One TCP initial window (10 segments of 1,460 bytes), so a resident sees the page after one
 * round trip. Checked on the demo (tests/e2e/budgets.spec.ts) and the hostile fixture (build-hostile-portal.test.ts).
 */
export const projectPageBudget = 14.6 * 1024;

export const gzipSize = (content: string | Buffer): number => gzipSync(content, { level: 9 }).length;

/** The bytes before the first paint: the page's HTML and the stylesheets it links for the screen, gzipped. */
export function firstPaintWeight(distDir: string, page: string): number {
  return gzipSize(readFileSync(join(resolve(distDir), page))) + pageWeight(distDir, page).cssGzip;
}

export interface WeighedFile {
  /** Site path, as the browser asks for it: /_astro/Workspace.abc123.js */
  path: string;
  raw: number;
  gzip: number;
}

export interface PageWeight {
  /** Inline <script> code of the page (Astro's island loader), gzipped as one piece. */
  inlineGzip: number;
  /** JavaScript the page loads before anything shows: entries and their static imports. */
  eager: WeighedFile[];
  /** JavaScript behind dynamic import() or a Web Worker anywhere in that closure, loaded only when needed. */
  lazy: WeighedFile[];
  /** Stylesheets the page links for the screen: render-blocking, counted apart from JavaScript (media="print" is not). */
  css: WeighedFile[];
  /** inlineGzip plus every eager module. */
  eagerGzip: number;
  cssGzip: number;
}

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}=["']?([^"'\\s>]+)`, 'i').exec(tag)?.[1];
// Rollup's output: `import{a as b}from"./x.js"`, `import"./x.js"`, `export{a}from"./x.js"`, `import("./x.js")`, and
// `new URL("/_astro/x.js",import.meta.url)`, how Vite refers to a Web Worker's script.
const staticImport = /(?:\bimport\s*(?:[\w*$\s{},]*\s*from\s*)?|\bexport\s*[\w*$\s{},]*\s*from\s*)["']([^"'()]+\.m?js)["']/g;
const dynamicImport = /\bimport\s*\(\s*["']([^"']+\.m?js)["']\s*\)|\bnew URL\(\s*["']([^"']+\.m?js)["']\s*,\s*import\.meta\.url/g;

/** The file in dist for a URL found in `from` (a page or a module); only same-site paths can be weighed. */
function distFile(dist: string, url: string, from: string): string {
  const path = url.startsWith('/') ? join(dist, url) : join(dirname(from), url);
  if (!existsSync(path)) throw new Error(`${relative(dist, from)} refers to ${url}, which is not in the build`);
  return path;
}

/** Weighs files of dist given by site path (/_astro/x.js) or absolute file path. */
export function weighFiles(dist: string, files: Iterable<string>): WeighedFile[] {
  const root = resolve(dist);
  return [...new Set(files)]
    .map((file) => {
      const path = file.startsWith(`${root}/`) ? file : join(root, file);
      const content = readFileSync(path);
      return { path: `/${relative(root, path)}`, raw: content.length, gzip: gzipSize(content) };
    })
    .sort((a, b) => b.gzip - a.gzip);
}

/** Follows static imports from `starts`; dynamic import() targets met on the way are collected in `dynamic`. */
function closure(dist: string, starts: string[], seen: Set<string>, dynamic: Set<string>): void {
  const queue = [...starts];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(staticImport)) if (match[1]) queue.push(distFile(dist, match[1], file));
    for (const match of code.matchAll(dynamicImport)) {
      const url = match[1] ?? match[2];
      if (url) dynamic.add(distFile(dist, url, file));
    }
  }
}

/**
 * What a page of the built site loads, by size.
 *
 * @example
 * pageWeight('.data/e2e-4391/dist', 'beheer/index.html').eagerGzip // => 47210
 */
export function pageWeight(distDir: string, page: string): PageWeight {
  const dist = resolve(distDir);
  const pageFile = join(dist, page);
  const html = readFileSync(pageFile, 'utf8');
  const entries: string[] = [];
  let inline = '';
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const tag = `<script ${match[1] ?? ''}`;
    const type = attribute(tag, 'type');
    if (type && !/^(module|text\/javascript|application\/javascript)$/i.test(type)) continue; // data, not code
    const src = attribute(tag, 'src');
    if (src) entries.push(distFile(dist, src, pageFile));
    else inline += match[2] ?? '';
  }
  for (const match of html.matchAll(/<astro-island\b[^>]*>/gi)) {
    for (const name of ['component-url', 'renderer-url']) {
      const url = attribute(match[0], name);
      if (url) entries.push(distFile(dist, url, pageFile));
    }
  }
  const stylesheets: string[] = [];
  for (const match of html.matchAll(/<link\b[^>]*>/gi)) {
    const href = attribute(match[0], 'href');
    const forPrintOnly = attribute(match[0], 'media') === 'print';
    if (href && /\brel=["']?stylesheet/i.test(match[0]) && !forPrintOnly) stylesheets.push(distFile(dist, href, pageFile));
  }

  const eager = new Set<string>();
  const dynamic = new Set<string>();
  closure(dist, entries, eager, dynamic);
  const lazy = new Set<string>();
  // Lazy modules can import further lazy modules (a view that opens the Markdown editor): follow them all.
  let pending = [...dynamic].filter((file) => !eager.has(file));
  while (pending.length > 0) {
    const found = new Set<string>();
    closure(dist, pending, lazy, found);
    pending = [...found].filter((file) => !eager.has(file) && !lazy.has(file));
  }
  for (const file of eager) lazy.delete(file);

  const inlineGzip = inline.trim() === '' ? 0 : gzipSize(inline);
  const eagerFiles = weighFiles(dist, eager);
  const cssFiles = weighFiles(dist, stylesheets);
  return {
    inlineGzip,
    eager: eagerFiles,
    lazy: weighFiles(dist, lazy),
    css: cssFiles,
    eagerGzip: inlineGzip + eagerFiles.reduce((sum, file) => sum + file.gzip, 0),
    cssGzip: cssFiles.reduce((sum, file) => sum + file.gzip, 0),
  };
}

/** A table of weighed files for the test output, largest first, in kB. */
export function weightTable(title: string, files: WeighedFile[]): string {
  const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(6);
  const total = files.reduce((sum, file) => sum + file.gzip, 0);
  const rows = files.map((file) => `  ${kb(file.gzip)} kB gz ${kb(file.raw)} kB raw  ${file.path}`);
  return [`${title}: ${kb(total).trim()} kB gzipped (${files.length} files)`, ...rows].join('\n');
}
