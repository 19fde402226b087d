import type { APIRoute } from 'astro';
import { locales, pathFor } from '../i18n/index.ts';

// An endpoint rather than a file in public/, because the Sitemap line must be absolute and the site's
// address is only known at build time (PUBLIC_SITE_URL).
export const GET: APIRoute = ({ site }) => {
  // The staff workspace is a sign-in page with nothing public on it: keep crawlers out.
  const lines = ['User-agent: *', ...locales.map((locale) => `Disallow: ${pathFor({ page: 'workspace' }, locale)}`), 'Allow: /'];
  if (site) lines.push(`Sitemap: ${new URL('/sitemap-index.xml', site).href}`);
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
