// The server bundle's entry (see adapter.mjs). Vite bundles it with the pages, so the collections module imported
// here is the very instance the pages read from: refreshing it changes what the next render shows.
import { App } from 'astro/app';
import { locales, pathFor } from '../i18n/index.ts';
import { forgetSiteData, loadOrganisation, loadProjects, refreshProjects, siteParts } from '../lib/content/collections.ts';
import { dataReads } from '../lib/content/data-reads.ts';
import { loadLedger } from '../lib/content/ledger.ts';
import { ledgerPageOf } from '../lib/ledger/ledger-document.ts';
import { buildDate } from '../lib/promises/promise-tracker.ts';
import { PageCssCache } from '../lib/page-css/inline-page-css.ts';
import { finishPage } from '../lib/page-html/finish-page.ts';
import { assetReader } from '../lib/page-html/integration.ts';

// The site-wide page of each part (collections.ts, SitePart) in every language, by path without the final slash,
// and the council's calendar, which reads what the council page reads.
const sitePartPaths = new Map([
  ...siteParts.flatMap((part) => locales.map((locale) => [pathFor({ page: part }, locale).replace(/\/$/, ''), part])),
  ...locales.map((locale) => [pathFor({ page: 'councilCalendar' }, locale), 'council']),
]);

async function ledgerEnd() {
  return (await loadLedger()).entries.at(-1)?.seq ?? 0;
}

export function createExports(manifest) {
  const app = new App(manifest);
  let pageCss;
  return {
    /** A Request in, Astro's Response out. */
    render: (request) => app.render(request),
    /**
     * A rendered page finished as the static build finishes it (src/lib/page-html/finish-page.ts), with the CSS from the
     * stylesheets and scripts this build made for the browser in `clientDir` (the same files the static build made;
     * one directory per renderer, so the cache of parsed stylesheets is made with the first page).
     */
    finishPage: (html, clientDir) => {
      pageCss ??= new PageCssCache(assetReader(clientDir));
      return finishPage(html, pageCss);
    },
    /** Reads the site's data (again), ahead of the next publish: at the start and after each full build. */
    warm: () => {
      forgetSiteData();
      return Promise.all([loadOrganisation(), loadProjects()]);
    },
    /** The slugs of the published projects, in list order. */
    projectSlugs: async () => (await loadProjects()).map((entry) => entry.card.slug),
    /** [project id, slug] of each published project: the ledger names projects by id (scripts/publisher.ts). */
    projectIds: async () => (await loadProjects()).map((entry) => [entry.timeline.project.id, entry.card.slug]),
    /** Reads the changed projects again (src/lib/content/collections.ts), and the ledger's new entries. */
    refreshProjects,
    /**
     * The ledger pages (numbers) that entries after `seq` fall in. A full page never changes, so a publish renders
     * only these; the last seq read so far comes from `ledgerEnd`.
     */
    ledgerPagesAfter: async (seq) => {
      const end = await ledgerEnd();
      const pages = [];
      for (let page = ledgerPageOf(seq + 1); seq < end && page <= ledgerPageOf(end); page++) pages.push(page);
      return pages;
    },
    /** The seq of the last ledger entry read so far (0 for an empty ledger). */
    ledgerEnd,
    /** How often pages asked for data a publish can change (src/lib/content/data-reads.ts). */
    dataReads,
    /** The site part a route's path shows ('promises', 'council', 'lessons'), or undefined. */
    sitePartOf: (path) => sitePartPaths.get(path),
    /** Today in the Netherlands, 'YYYY-MM-DD': those pages show what is overdue or coming as of the day they are made. */
    today: () => buildDate(),
    /** Every route: its pattern ("/projecten/[slug]"), whether it is a page or an endpoint, its parameters. */
    routes: manifest.routes.map(({ routeData }) => ({ route: routeData.route, type: routeData.type, params: routeData.params })),
  };
}
