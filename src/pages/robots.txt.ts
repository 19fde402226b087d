import type { APIRoute } from 'astro';

// An endpoint rather than a file in public/, because the Sitemap line must be absolute and the site's
// address is only known at build time (PUBLIC_SITE_URL).
export const GET: APIRoute = ({ site }) => {
  const lines = ['User-agent: *', 'Allow: /'];
  if (site) lines.push(`Sitemap: ${new URL('/sitemap-index.xml', site).href}`);
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
