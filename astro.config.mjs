// @ts-check
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import rendererAdapter from './src/renderer/adapter.mjs';
import { isSitemapPage, sitemapAlternates } from './src/lib/feeds/sitemap-alternates.ts';
import finishPages from './src/lib/page-html/integration.ts';

// The public origin of the site (for example https://meedoen.demodam.nl). Feeds, calendars, open data files, the
// sitemap and hreflang links need absolute URLs, so there is always one: without PUBLIC_SITE_URL it is what
// `npm start` serves (src/lib/feeds/links.ts has the same default). A production build must set it.
const site = process.env.PUBLIC_SITE_URL?.trim() || 'http://localhost:4321';
// The renderer: the same pages as a server bundle that renders one path at a time (src/renderer/adapter.mjs).
const renderer = process.env.PORTAL_BUILD_RENDERER === '1';

export default defineConfig({
  site,
  output: renderer ? 'server' : 'static',
  adapter: renderer ? rendererAdapter() : undefined,
  // scripts/lib/build-site.ts gives every build its own cache directory, so that builds running side by side
  // (the stand-in rebuilding while tests build) never share Vite's and Astro's caches.
  cacheDir: process.env.PORTAL_ASTRO_CACHE_DIR || undefined,
  i18n: {
    defaultLocale: 'nl',
    locales: ['nl', 'en'],
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    preact(),
    // Each resident page carries the CSS it needs in its head instead of linking the whole stylesheet, so that it
    // arrives in one round trip (src/lib/page-html/finish-page.ts). The renderer does the same page by page.
    ...(renderer ? [] : [finishPages()]),
    // Each page lists its twin in the other language. The paths differ beyond the /en/ prefix (/projecten/x/ and
    // /en/projects/x/), which sitemap's own i18n option cannot pair, so serialize adds the alternates from routes.ts.
    sitemap({
      filter: isSitemapPage,
      serialize: (item) => ({ ...item, links: sitemapAlternates(item.url, site) }),
    }),
  ],
  build: { format: 'directory' },
  // The renderer is asked for files too (feed.xml, agenda.ics), which 'always' would answer with 404 on demand.
  trailingSlash: renderer ? 'ignore' : 'always',
  // The site is static and has no client-side routing: nothing is prefetched.
  prefetch: false,
  devToolbar: { enabled: false },
  vite: {
    build: {
      // Every script of a page stays a module file of its own, never inlined into the HTML (Astro inlines scripts
      // under 4 kB): the HTML of a project page must fit the first round trip, and a file is cached across pages.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
    },
  },
});
