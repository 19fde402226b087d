// Whitespace between two tags where one of them is a block element (</li> <li>, <section> <h2>) is never shown:
// a block starts a new line, and spaces at the start or end of a line are dropped. Astro keeps one space there;
// the project page must fit one round trip, and these spaces were about 150 bytes of its gzipped size.
// Whitespace between inline elements (</strong> <span>) stays: there it is a visible space. So does everything
// inside <pre>, <textarea>, <script> and <style>, whose text is kept as written.

const blockTags = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'head',
  'header',
  'hr',
  'html',
  'legend',
  'li',
  'link',
  'main',
  'meta',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'template',
  'tfoot',
  'th',
  'thead',
  'title',
  'tr',
  'ul',
]);

// A tag with its attributes, read past quoted values: Astro leaves "<" and ">" unescaped inside attribute values
// (only quotes and ampersands are escaped), and hostile text can put "> <" there. Also comments and the doctype.
const tagPattern = /<(\/?)([a-zA-Z][\w-]*)(?:[^>"']|"[^"]*"|'[^']*')*>|<!--[\s\S]*?-->|<![^>]*>/g;
const rawText = new Set(['pre', 'textarea', 'script', 'style']);
const onlyWhitespace = /^\s+$/;

/** The page without the whitespace between tags that no browser shows (see above). */
export function collapseBlockWhitespace(html: string): string {
  const pieces: string[] = [];
  const tag = new RegExp(tagPattern.source, 'g');
  let position = 0;
  // A comment or doctype before counts as a block; one after does not (as it shows, whitespace stays).
  let previousBlock = false;
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    const name = match[2]?.toLowerCase();
    const isBlock = name !== undefined && blockTags.has(name);
    if (match.index > position) {
      const between = html.slice(position, match.index);
      if (!((previousBlock || isBlock) && onlyWhitespace.test(between))) pieces.push(between);
    }
    pieces.push(match[0]);
    position = match.index + match[0].length;
    previousBlock = isBlock || name === undefined;
    if (name !== undefined && match[1] === '' && rawText.has(name)) {
      // Raw text up to the closing tag, as written.
      const closing = new RegExp(`</${name}`, 'gi');
      closing.lastIndex = position;
      const until = closing.exec(html)?.index ?? html.length;
      pieces.push(html.slice(position, until));
      position = until;
      tag.lastIndex = until;
      previousBlock = false;
    }
  }
  pieces.push(html.slice(position));
  return pieces.join('');
}
