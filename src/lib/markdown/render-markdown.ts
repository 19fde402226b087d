import { Marked } from 'marked';
import type { Config, DOMPurify, UponSanitizeElementHook } from 'dompurify';

// Markdown from staff becomes HTML in three places: the project page and the feeds (at build time, in Node),
// the workspace preview (in the browser) and, later, update e-mails. All of them go through this one function,
// so what a resident can receive is decided here once.
//
// This file must stay free of jsdom: it is bundled into the workspace island. The DOMPurify instance comes
// from the caller: the browser passes the default export of 'dompurify' (bound to window); Node passes
// serverPurifier() from ./server-purifier.ts.

/** A heading level the rendered Markdown may start at: an update's title is an h3, so its body starts at h4. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export interface RenderMarkdownOptions {
  /** A DOMPurify instance with a DOM: `DOMPurify` in the browser, `serverPurifier()` in Node. */
  purifier: DOMPurify;
  /** The level a Markdown `#` becomes. Deeper headings follow without skipping a level; h6 is the deepest. */
  headingLevel: HeadingLevel;
}

/**
 * Elements that may survive. Everything else is removed with its text kept (script, style and the like lose
 * their content too): no img (remote images track readers; the alt text stays), no iframe, form, style,
 * svg or math. GFM tables are kept because staff use them (the demo seed has one); del is GFM strikethrough.
 */
const allowedTags = [
  'p',
  'br',
  'strong',
  'em',
  'del',
  'a',
  'ul',
  'ol',
  'li',
  'blockquote',
  'code',
  'pre',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
];

/**
 * Only absolute http(s) links. No mailto: the portal puts no e-mail address on a public page (residents reach
 * people through the contact details of the project). Relative links are refused on purpose: the same HTML goes into feeds
 * and e-mails, where a relative address points nowhere (or somewhere else), and a link to the portal itself can
 * be written in full. javascript:, data:, vbscript: and every other scheme fail this test; DOMPurify strips
 * white space and control characters and decodes entities before it applies it.
 */
export const allowedUrl = /^https?:\/\//i;

const purifyConfig: Config = {
  ALLOWED_TAGS: allowedTags,
  ALLOWED_ATTR: ['href'],
  ALLOWED_URI_REGEXP: allowedUrl,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  KEEP_CONTENT: true,
  RETURN_DOM_FRAGMENT: true,
};

/** Links leave the portal: no window.opener, no referrer, and no endorsement of the target for search engines. */
export const externalLinkRel = 'noopener noreferrer nofollow';

// One Marked instance of our own, so that extensions other code might add to the global `marked` never apply.
// GFM without `breaks`: a single line break inside a paragraph is a space, as staff who wrap lines expect and
// as the plain-text paragraphs before this renderer showed it.
const marked = new Marked({ gfm: true, breaks: false, async: false });

/** An image becomes its alt text: the sanitiser calls this before it would drop the element. */
const imageToAltText: UponSanitizeElementHook = (node, event) => {
  if (event.tagName !== 'img' || !isElement(node)) return;
  const alt = node.getAttribute('alt')?.trim() ?? '';
  const text = node.ownerDocument.createTextNode(alt);
  node.parentNode?.replaceChild(text, node);
};

/**
 * Markdown as HTML that is safe to put into a page, a feed or an e-mail as it is.
 *
 * Raw HTML in the Markdown is not escaped but handed to the sanitiser, so that allowed elements (a `<strong>`
 * a staff member typed) work and everything else disappears.
 *
 * @example
 * renderMarkdown('# Nieuw\n\n[Plan](https://x.example) <script>alert(1)</script>', { purifier, headingLevel: 4 })
 * // => '<h4>Nieuw</h4>\n<p><a href="https://x.example" rel="noopener noreferrer nofollow">Plan</a> </p>\n'
 */
export function renderMarkdown(markdown: string, options: RenderMarkdownOptions): string {
  const { purifier } = options;
  // Without a DOM DOMPurify cannot sanitise; it must never fall back to returning its input.
  if (!purifier.isSupported) throw new Error('renderMarkdown needs a DOMPurify instance with a DOM (serverPurifier() in Node).');
  const html = marked.parse(markdown, { async: false });
  purifier.addHook('uponSanitizeElement', imageToAltText);
  let fragment: DocumentFragment;
  try {
    fragment = purifier.sanitize(html, { ...purifyConfig, RETURN_DOM_FRAGMENT: true });
  } finally {
    purifier.removeHook('uponSanitizeElement', imageToAltText);
  }
  const document = fragment.ownerDocument;
  shiftHeadings(fragment, options.headingLevel);
  for (const link of Array.from(fragment.querySelectorAll('a'))) {
    if (link.hasAttribute('href')) link.setAttribute('rel', externalLinkRel);
    // A link whose address was refused is just its text: an <a> without href is no link to anyone.
    else link.replaceWith(...Array.from(link.childNodes));
  }
  const container = document.createElement('div');
  container.append(fragment);
  return container.innerHTML;
}

/**
 * Renumbers headings so that the first one is `base` and each next one is at most one level deeper than the one
 * before it: `## a` then `#### b` becomes h4 then h5, never h4 then h6. A heading that the Markdown puts
 * shallower than an earlier one climbs back up the outline as far as the Markdown says, but never above `base`.
 */
function shiftHeadings(root: DocumentFragment, base: HeadingLevel): void {
  const outline: Array<{ depth: number; level: number }> = [];
  for (const heading of Array.from(root.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
    const depth = Number(heading.tagName.slice(1));
    while (outline.length > 0 && (outline.at(-1)?.depth ?? 0) >= depth) outline.pop();
    const parent = outline.at(-1);
    const level = Math.min(6, parent === undefined ? base : parent.level + 1);
    outline.push({ depth, level });
    if (level === depth) continue;
    const replacement = heading.ownerDocument.createElement(`h${level}`);
    replacement.append(...Array.from(heading.childNodes));
    heading.replaceWith(replacement);
  }
}

function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}
