import { addScriptTokens, htmlTokens, scriptImports, scriptSources, type PageTokens } from './page-tokens.ts';
import { pruneCss, type StyleAttributes } from './prune-css.ts';
import { customPropertiesRead, parseStylesheet, type CssNode } from './stylesheet.ts';

// A resident's page arrives in one round trip. Instead of linking the site's whole stylesheet (116 kB,
// 13 kB gzipped, render-blocking), each page carries the CSS it needs in one <style> in its head: no second
// request before the first paint, and no unstyled flash. src/lib/page-html/finish-page.ts applies it in the static
// build and in the incremental renderer alike, so both write the same page, and decides which pages get it.

/** Reads a file of the built site by its address (/_astro/x.css), or null when there is none. */
export type ReadAsset = (path: string) => Promise<string | null>;

/** What a script may add to a page (page-tokens.ts), and the modules it loads. */
interface ScriptFacts {
  tokens: PageTokens;
  imports: string[];
}

/**
 * Parsed stylesheets, script words and pruned CSS, kept across pages: a build prunes the same few stylesheets for
 * thousands of pages, and most pages of a kind need exactly the same rules.
 */
export class PageCssCache {
  private readonly stylesheets = new Map<string, Promise<CssNode[]>>();
  private readonly scripts = new Map<string, Promise<ScriptFacts>>();
  private readonly vocabularies = new WeakMap<CssNode[], PageTokens>();
  private readonly pruned = new Map<string, string>();

  constructor(private readonly readAsset: ReadAsset) {}

  stylesheet(key: string, text: () => Promise<string>): Promise<CssNode[]> {
    let parsed = this.stylesheets.get(key);
    if (!parsed) {
      parsed = text().then(parseStylesheet);
      this.stylesheets.set(key, parsed);
    }
    return parsed;
  }

  async asset(path: string): Promise<string> {
    const text = await this.readAsset(path);
    if (text === null) throw new Error(`The page links ${path}, which the build did not write.`);
    return text;
  }

  script(path: string): Promise<ScriptFacts> {
    let script = this.scripts.get(path);
    if (!script) {
      script = this.readAsset(path).then((text) => {
        const base = new URL(path, 'http://site.invalid');
        const tokens = emptyTokens();
        addScriptTokens(tokens, text ?? '');
        const imports = text === null ? [] : scriptImports(text).map((relative) => new URL(relative, base).pathname);
        return { tokens, imports };
      });
      this.scripts.set(path, script);
    }
    return script;
  }

  /**
   * The pruned CSS of a page, worked out once for every page that needs the same rules: the key is what of the
   * page the stylesheets' selectors can name, not the whole page (its record ids and words differ everywhere).
   */
  prune(keys: readonly string[], stylesheets: readonly CssNode[][], page: PageTokens, style: StyleAttributes): string {
    const relevant = (name: keyof PageTokens) => {
      const known = stylesheets.map((nodes) => this.vocabulary(nodes)[name]);
      return [...page[name]].filter((token) => known.some((set) => set.has(token))).sort();
    };
    const key = JSON.stringify([
      keys,
      relevant('classes'),
      relevant('ids'),
      relevant('tags'),
      [...style.reads].sort(),
      [...style.defines].sort(),
    ]);
    let css = this.pruned.get(key);
    if (css === undefined) {
      css = pruneCss(stylesheets, page, style);
      this.pruned.set(key, css);
    }
    return css;
  }

  private vocabulary(nodes: CssNode[]): PageTokens {
    let vocabulary = this.vocabularies.get(nodes);
    if (!vocabulary) {
      vocabulary = emptyTokens();
      collectVocabulary(nodes, vocabulary);
      this.vocabularies.set(nodes, vocabulary);
    }
    return vocabulary;
  }
}

const emptyTokens = (): PageTokens => ({ classes: new Set(), ids: new Set(), tags: new Set() });

/** Every class, id and element name that a selector in the stylesheet names. */
function collectVocabulary(nodes: readonly CssNode[], into: PageTokens): void {
  for (const node of nodes) {
    if (node.kind === 'block') collectVocabulary(node.children, into);
    if (node.kind !== 'rule') continue;
    for (const needs of node.selectors) {
      for (const name of needs.classes) into.classes.add(name);
      for (const id of needs.ids) into.ids.add(id);
      for (const tag of needs.tags) into.tags.add(tag);
    }
  }
}

/** The stylesheet links (href in group 1) and style elements (text in group 2) of a page's head. */
const headStyles = /<link rel="stylesheet" href="([^"]+)">|<style>([\s\S]*?)<\/style>/g;

/**
 * The tokens in the style attribute of <html> (src/lib/theme/theme-style.ts writes only custom properties with
 * plain values there) as a :root rule, and the page without that attribute; null when it holds anything else.
 */
export function themeOf(html: string): { css: string; html: string } | null {
  const tag = /<html\b[^>]*>/.exec(html);
  const style = tag ? /\sstyle="([^"]*)"/.exec(tag[0]) : null;
  if (!tag || !style) return null;
  const declarations = (style[1] as string)
    .replace(/&#34;|&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
  if (!declarations.split(';').every((declaration) => /^\s*--[\w-]+\s*:[^{}<>]*$/.test(declaration))) return null;
  const withoutStyle = tag[0].replace(style[0], '');
  return { css: `:root{${declarations}}`, html: html.slice(0, tag.index) + withoutStyle + html.slice(tag.index + tag[0].length) };
}

/** The page with the CSS it needs inlined in its head, in place of its stylesheet links and style elements. */
export async function inlinePageCss(page: string, cache: PageCssCache): Promise<string> {
  // The organisation's theme: its tokens on <html> become the last :root rule, where they win over the defaults as
  // they did in the attribute, and can be folded like any other token.
  const theme = themeOf(page);
  const html = theme?.html ?? page;
  const headEnd = html.indexOf('</head>');
  if (headEnd < 0) return page;
  const head = html.slice(0, headEnd);

  // Links and style elements in document order: the cascade of what is kept stays the same.
  const found = [...head.matchAll(headStyles)];
  if (found.length === 0) return page;
  const keys = found.map((match) => match[1] ?? (match[2] as string));
  const stylesheets = await Promise.all(
    found.map((match) =>
      match[1] !== undefined
        ? cache.stylesheet(match[1], () => cache.asset(match[1] as string))
        : cache.stylesheet(match[2] as string, async () => match[2] as string),
    ),
  );

  if (theme) {
    keys.push(theme.css);
    stylesheets.push(await cache.stylesheet(theme.css, async () => theme.css));
  }

  const tokens = htmlTokens(html);
  const seen = new Set<string>();
  const queue = scriptSources(html).filter((source) => source.startsWith('/'));
  while (queue.length > 0) {
    const path = queue.pop() as string;
    if (seen.has(path)) continue;
    seen.add(path);
    const script = await cache.script(path);
    for (const name of ['classes', 'ids', 'tags'] as const) for (const token of script.tokens[name]) tokens[name].add(token);
    queue.push(...script.imports);
  }
  for (const match of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) addScriptTokens(tokens, match[1] as string);
  // Other style attributes may read tokens, or set some (which then are not constant).
  const styles = [...html.matchAll(/\sstyle="([^"]*)"/g)].map((match) => match[1] as string);
  const reads = styles.flatMap(customPropertiesRead);
  const defines = new Set(styles.flatMap((style) => [...style.matchAll(/(?:^|;)\s*(--[\w-]+)\s*:/g)].map((define) => define[1] as string)));

  const css = cache.prune(keys, stylesheets, tokens, { reads, defines });
  if (/<\/style/i.test(css)) throw new Error('A stylesheet contains "</style", which cannot be inlined.');
  const first = found[0] as RegExpMatchArray;
  let result = '';
  let position = 0;
  for (const match of found) {
    result += head.slice(position, match.index) + (match === first ? `<style>${css}</style>` : '');
    position = (match.index as number) + match[0].length;
  }
  return result + html.slice(position);
}
