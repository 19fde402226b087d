import { Lexer, type Token, type Tokens } from 'marked';
import { allowedUrl } from './render-markdown.ts';

// Markdown as plain text: for the plain fields of feeds, for the readability hint and for the text part of
// update e-mails. It walks marked's tokens rather than stripping characters, so that `**vet**`, `[tekst](url)`
// and `## kop` lose their syntax but `2 * 3` and `a_b` keep theirs. No DOM is needed, so it runs anywhere.

export interface PlainTextOptions {
  /**
   * Write a link as `text (address)`, so a reader of a text e-mail can still follow it. Off for the readability
   * hint, which judges words, not addresses. Only addresses the HTML renderer would keep are written.
   */
  linkUrls?: boolean;
}

/** Raw HTML elements whose content is code or styling, never text for a reader; the sanitiser drops it too. */
const hiddenContent = ['script', 'style', 'iframe', 'noscript', 'template', 'textarea', 'title', 'object', 'embed'];
const hiddenElement = new RegExp(`<(${hiddenContent.join('|')})\\b[\\s\\S]*?<\\/\\1\\s*>`, 'gi');
const openingHidden = new RegExp(`^<(${hiddenContent.join('|')})\\b`, 'i');

/**
 * The text of Markdown without its syntax: blocks separated by a blank line, list items on their own line with
 * `- ` or their number, table rows with ` | ` between cells, images as their alt text, raw HTML as the text it
 * holds (without scripts or styles).
 *
 * @example
 * markdownToPlainText('## Kop\n\nZie **het plan** op [de site](https://x.example).\n\n- een\n- twee')
 * // => 'Kop\n\nZie het plan op de site (https://x.example).\n\n- een\n- twee'
 */
export function markdownToPlainText(markdown: string, options: PlainTextOptions = {}): string {
  const tokens = new Lexer({ gfm: true, breaks: false }).lex(markdown.replace(/\r\n?/g, '\n'));
  return blocks(tokens, options)
    .join('\n\n')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function blocks(tokens: readonly Token[], options: PlainTextOptions): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    const text = block(token, options).trim();
    if (text !== '') out.push(text);
  }
  return out;
}

function block(token: Token, options: PlainTextOptions): string {
  switch (token.type) {
    case 'heading':
    case 'paragraph':
      return inline((token as Tokens.Heading | Tokens.Paragraph).tokens, options);
    case 'text': {
      const text = token as Tokens.Text;
      return text.tokens ? inline(text.tokens, options) : decodeEntities(text.text);
    }
    case 'code':
      return (token as Tokens.Code).text;
    case 'blockquote':
      return blocks((token as Tokens.Blockquote).tokens, options).join('\n\n');
    case 'list': {
      const list = token as Tokens.List;
      const first = typeof list.start === 'number' ? list.start : 1;
      return list.items
        .map((item, index) => {
          const marker = list.ordered ? `${first + index}. ` : '- ';
          return marker + blocks(item.tokens, options).join('\n').replace(/\n/g, '\n  ');
        })
        .join('\n');
    }
    case 'table': {
      const table = token as Tokens.Table;
      const row = (cells: readonly Tokens.TableCell[]) => cells.map((cell) => inline(cell.tokens, options)).join(' | ');
      return [row(table.header), ...table.rows.map(row)].join('\n');
    }
    case 'html':
      return htmlText((token as Tokens.HTML).text);
    case 'hr':
    case 'space':
    case 'def':
      return '';
    default:
      return 'tokens' in token && Array.isArray(token.tokens) ? inline(token.tokens, options) : '';
  }
}

function inline(tokens: readonly Token[], options: PlainTextOptions): string {
  let out = '';
  // Inline raw HTML comes as separate tokens for the opening tag, the text and the closing tag: between an
  // opening <script> and its end, the text is skipped.
  let hiddenUntil: string | null = null;
  for (const token of tokens) {
    if (hiddenUntil !== null) {
      if (token.type === 'html' && new RegExp(`^</${hiddenUntil}\\s*>`, 'i').test(token.raw)) hiddenUntil = null;
      continue;
    }
    switch (token.type) {
      case 'text':
      case 'escape': {
        const text = token as Tokens.Text;
        out += text.tokens ? inline(text.tokens, options) : decodeEntities(text.text);
        break;
      }
      case 'strong':
      case 'em':
      case 'del':
        out += inline((token as Tokens.Strong).tokens, options);
        break;
      case 'codespan':
        out += decodeEntities((token as Tokens.Codespan).text);
        break;
      case 'br':
        out += '\n';
        break;
      case 'link': {
        const link = token as Tokens.Link;
        const text = inline(link.tokens, options);
        const href = link.href.trim();
        const showUrl = options.linkUrls !== false && allowedUrl.test(href) && text.trim() !== href;
        out += showUrl ? `${text} (${href})` : text;
        break;
      }
      case 'image':
        out += decodeEntities((token as Tokens.Image).text);
        break;
      case 'html': {
        const raw = (token as Tokens.HTML).text;
        const hidden = openingHidden.exec(raw);
        if (hidden && !new RegExp(`</${hidden[1]}\\s*>`, 'i').test(raw)) hiddenUntil = hidden[1] ?? null;
        else out += htmlText(raw);
        break;
      }
      default:
        if ('tokens' in token && Array.isArray(token.tokens)) out += inline(token.tokens, options);
        else if ('text' in token && typeof token.text === 'string') out += decodeEntities(token.text);
    }
  }
  return out;
}

/** The text in a piece of raw HTML: comments and hidden elements removed, tags dropped, entities decoded. */
function htmlText(html: string): string {
  return decodeEntities(
    html
      .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
      .replace(hiddenElement, '')
      .replace(openingHiddenToEnd, '')
      .replace(/<\/?[a-z][^>]*>/gi, ''),
  );
}

/** An opening script or style tag that is never closed hides everything after it, as in a browser. */
const openingHiddenToEnd = new RegExp(`<(?:${hiddenContent.join('|')})\\b[\\s\\S]*$`, 'i');

const namedEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references Markdown passes through to HTML, so plain text shows `&` and not `&amp;`. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : whole;
    }
    return namedEntities[name.toLowerCase()] ?? whole;
  });
}
