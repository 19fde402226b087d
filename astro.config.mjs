// @ts-check
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

// The public origin of the site, when known (for example https://meedoen.demodam.nl). It makes hreflang links
// absolute and enables the sitemap; without it the site works with relative links only.
const site = process.env.PUBLIC_SITE_URL?.trim() || undefined;

export default defineConfig({
  site,
  output: 'static',
  // scripts/lib/build-site.ts gives every build its own cache directory, so that builds running side by side
  // (the stand-in rebuilding while tests build) never share Astro's content store.
  cacheDir: process.env.PORTAL_ASTRO_CACHE_DIR || undefined,
  i18n: {
    defaultLocale: 'nl',
    locales: ['nl', 'en'],
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    preact(),
    ...(site ? [sitemap({ i18n: { defaultLocale: 'nl', locales: { nl: 'nl-NL', en: 'en' } } })] : []),
  ],
  build: { format: 'directory' },
  trailingSlash: 'always',
  // The site is static and has no client-side routing: nothing is prefetched.
  prefetch: false,
  devToolbar: { enabled: false },
});
