// The renderer's child process (scripts/lib/renderer.ts starts it): loads the server bundle that
// `astro build` made with PORTAL_BUILD_RENDERER=1, keeps the site's data in memory, and on each publish reads
// the changed projects again and writes their pages, and the pages across projects, into the live site.
// Plain JavaScript so that it needs no loader; a child process so that it runs with TZ=UTC like the full build
// (the pages format dates for Europe/Amsterdam themselves) and its memory is not the server's.
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [entryFile] = process.argv.slice(2);
const bundle = await import(pathToFileURL(entryFile).href);
const origin = 'http://renderer.invalid';
// What astro build wrote for the browser, next to the server bundle (<dir>/server/entry.mjs, <dir>/client/).
const clientDir = join(dirname(entryFile), '..', 'client');

// Routes that show no published content, or are not files of the site.
const notRendered = new Set(['/_image', '/_server-islands/[name]']);
const projectRoutes = bundle.routes.filter((route) => route.params.length === 1 && route.params[0] === 'slug');
// The ledger's pages (/open-data/ledger/[page].json): a publish writes only the pages its new entries fall in.
const ledgerPageRoutes = bundle.routes.filter((route) => route.params.length === 1 && route.params[0] === 'page');
const siteRoutes = bundle.routes.filter((route) => route.params.length === 0 && !notRendered.has(route.route));
const unknownRoutes = bundle.routes.filter(
  (route) => !notRendered.has(route.route) && ![...projectRoutes, ...ledgerPageRoutes, ...siteRoutes].includes(route),
);
if (unknownRoutes.length > 0) {
  // A route the renderer would never write would go stale after a publish: refuse to start instead.
  throw new Error(`The renderer does not know how to publish ${unknownRoutes.map((route) => route.route).join(', ')}.`);
}

/** The path of a route: a project route's with the slug filled in, a ledger page's with its number; the home page's is ''. */
function pathOf(route, parameter) {
  return route.route === '/' ? '' : route.route.replace(/\[(slug|page)\]/, String(parameter));
}

/** The request for a path: pages end in a slash, as the static build's addresses do; files (and 404) do not. */
function requestFor(route, path) {
  return new Request(`${origin}${path}${route.type === 'page' && path !== '/404' ? '/' : ''}`);
}

/** Where the static build writes a route's output (build.format 'directory'). */
function fileFor(route, path) {
  if (route.type === 'endpoint') return path.slice(1);
  if (path === '/404') return '404.html';
  return join(path.slice(1), 'index.html');
}

async function renderInto(outDir, route, path) {
  const response = await bundle.render(requestFor(route, path));
  const isPage = response.headers.get('content-type')?.startsWith('text/html') ?? false;
  const body = isPage ? await bundle.finishPage(await response.text(), clientDir) : Buffer.from(await response.arrayBuffer());
  if (response.status !== 200 && !(path === '/404' && response.status === 404)) {
    throw new Error(`Rendering ${path} answered ${response.status}.`);
  }
  const file = join(outDir, fileFor(route, path));
  await mkdir(dirname(file), { recursive: true });
  // Written next to the file and renamed over it: a reader sees the old page or the new one, never half of one.
  const temporary = `${file}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temporary, body);
  try {
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

// The day each site-wide page of a part was last made (by the full build before a warm-up, or here): a page whose
// inputs did not change is skipped on a publish, but made again on a new day (what is overdue, what is coming).
const madeOn = new Map();

async function publish({ projects, outDir }) {
  const started = performance.now();
  const ledgerEnd = await bundle.ledgerEnd();
  const { samePaths, unchanged } = await bundle.refreshProjects(projects);
  if (!samePaths) return { full: true, files: 0, ms: performance.now() - started };
  const today = bundle.today();
  const jobs = [];
  for (const slug of new Set(projects)) {
    for (const route of projectRoutes) jobs.push([route, pathOf(route, slug)]);
  }
  for (const page of await bundle.ledgerPagesAfter(ledgerEnd)) {
    for (const route of ledgerPageRoutes) jobs.push([route, pathOf(route, page)]);
  }
  for (const route of siteRoutes) {
    if (organisationOnly.has(route.route)) continue;
    const part = bundle.sitePartOf(route.route);
    if (part && unchanged.includes(part) && madeOn.get(route.route) === today) continue;
    if (part) madeOn.set(route.route, today);
    jobs.push([route, pathOf(route)]);
  }
  const timings = [];
  for (const [route, path] of jobs) {
    const start = performance.now();
    await renderInto(outDir, route, path);
    timings.push([path || '/', performance.now() - start]);
  }
  const slowest = timings.sort((a, b) => b[1] - a[1]).slice(0, 5);
  return { full: false, files: jobs.length, ms: performance.now() - started, slowest };
}

// The site-wide routes that read no data a publish can change (src/lib/content/data-reads.ts): the privacy and
// accessibility statements, the follow and workspace shells, the schemas. Found by rendering, not listed by hand,
// so a page that starts to show projects is rendered on every publish without anyone remembering to say so.
const organisationOnly = new Set();

/**
 * Renders every route once without writing, so that the first publish does not pay for compiling the code, and
 * notes which site-wide routes read nothing a publish can change. One at a time: the count is per render.
 */
async function warmUp() {
  organisationOnly.clear();
  for (const route of siteRoutes) {
    const before = bundle.dataReads();
    await (await bundle.render(requestFor(route, pathOf(route)))).arrayBuffer();
    if (bundle.dataReads() === before) organisationOnly.add(route.route);
  }
  const someProject = (await bundle.projectSlugs())[0];
  const jobs = [];
  if (someProject) for (const route of projectRoutes) jobs.push([route, pathOf(route, someProject)]);
  if ((await bundle.ledgerEnd()) > 0) for (const route of ledgerPageRoutes) jobs.push([route, pathOf(route, 1)]);
  for (const [route, path] of jobs) await (await bundle.render(requestFor(route, path))).arrayBuffer();
}

process.on('message', async (message) => {
  try {
    if (message.type === 'warm') {
      // Reads the whole site's data once, so that the first publish only reads what changed. The full build that
      // came before made every page today.
      await bundle.warm();
      const today = bundle.today();
      for (const route of siteRoutes) if (bundle.sitePartOf(route.route)) madeOn.set(route.route, today);
      await warmUp();
      process.send({ id: message.id, ok: true });
    } else if (message.type === 'project-ids') {
      process.send({ id: message.id, ok: true, projects: await bundle.projectIds() });
    } else if (message.type === 'publish') {
      process.send({ id: message.id, ok: true, ...(await publish(message)) });
    }
  } catch (error) {
    process.send({ id: message.id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
process.send({ type: 'ready' });
