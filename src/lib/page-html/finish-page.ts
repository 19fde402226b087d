import { inlinePageCss, type PageCssCache } from '../page-css/inline-page-css.ts';
import { collapseBlockWhitespace } from './block-whitespace.ts';

// A page as it is published, after Astro rendered it: a resident's page carries the CSS it needs inline and none
// of the whitespace no browser shows, so that it arrives in one round trip. Pages with islands (the
// staff workspace) stay as Astro wrote them: their markup is made and hydrated by scripts, and they keep the
// linked stylesheet, cached across the workspace's views. The static build
// (integration.ts) and the incremental renderer (src/renderer/server-entry.mjs) both finish pages here.

/** The finished page. */
export async function finishPage(html: string, cache: PageCssCache): Promise<string> {
  if (html.includes('<astro-island')) return html;
  return collapseBlockWhitespace(await inlinePageCss(html, cache));
}
