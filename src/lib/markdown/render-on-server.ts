import { renderMarkdown, type HeadingLevel } from './render-markdown.ts';
import { serverPurifier } from './server-purifier.ts';

// The build renders the same update several times: its project page in two languages, the project feed in two
// languages and the site feed. DOMPurify on jsdom takes a few milliseconds per update, so each (text, level)
// is rendered once per process. The cache is bounded so that a build of many projects cannot grow it forever.

const maxEntries = 2000;
const cache = new Map<string, string>();

/**
 * renderMarkdown in Node with the process's jsdom purifier, remembered per text and heading level.
 *
 * @example
 * renderMarkdownOnServer('# Kop', 4) // => '<h4>Kop</h4>\n'
 */
export function renderMarkdownOnServer(markdown: string, headingLevel: HeadingLevel): string {
  const key = `${headingLevel}\u0000${markdown}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const html = renderMarkdown(markdown, { purifier: serverPurifier(), headingLevel });
  if (cache.size >= maxEntries) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  cache.set(key, html);
  return html;
}
