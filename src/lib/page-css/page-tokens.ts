// What a page holds that a selector can name: its classes, ids and element names, as written in the HTML
// (templates included: their content is markup in the file) and as its scripts may add them later.

export interface PageTokens {
  classes: Set<string>;
  ids: Set<string>;
  tags: Set<string>;
}

/** The classes, ids and element names in a page's HTML. */
export function htmlTokens(html: string): PageTokens {
  const tokens: PageTokens = { classes: new Set(), ids: new Set(), tags: new Set(['html', 'head', 'body']) };
  for (const match of html.matchAll(/\sclass="([^"]*)"/g))
    for (const name of (match[1] as string).split(/\s+/)) if (name) tokens.classes.add(name);
  for (const match of html.matchAll(/\sid="([^"]*)"/g)) tokens.ids.add(match[1] as string);
  for (const match of html.matchAll(/<([a-zA-Z][\w-]*)/g)) tokens.tags.add((match[1] as string).toLowerCase());
  return tokens;
}

/**
 * Adds what a script could put into the page: every word in its string literals counts as a class, an id and
 * an element name (a script sets paragraph.className = 'utrecht-paragraph' or creates a 'p'). Too many words
 * only keep a few rules too many. Every literal is read whole, the empty one ('') and those with escapes ('\n',
 * "a \"b\"") too: a literal skipped would pair its closing quote with the next one's opening quote, and from there
 * on code would be read as words and the words as code (and their classes' rules left out).
 */
export function addScriptTokens(tokens: PageTokens, script: string): void {
  for (const match of script.matchAll(/"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\[\s\S])*)`/g)) {
    for (const word of (match[1] ?? match[2] ?? match[3] ?? '').split(/[\s.#]+/)) {
      if (!/^-?[_a-zA-Z][\w-]*$/.test(word)) continue;
      tokens.classes.add(word);
      tokens.ids.add(word);
      tokens.tags.add(word.toLowerCase());
    }
  }
}

/** The module scripts a page loads (<script type="module" src>), and those a script imports, statically or later. */
export function scriptSources(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1] as string);
}

/** The files a module imports or starts (import, import(), new Worker(new URL(...))), relative to it. */
export function scriptImports(script: string): string[] {
  const found = script.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|new URL\(\s*)["'](\.{1,2}\/[^"']+\.js)["']/g);
  return [...found].map((match) => match[1] as string);
}
