import type { Locale } from '../../i18n/locales.ts';
import { cleanText, escapeHtml } from '../feeds/plain-text.ts';
import { paragraphs } from '../format/text.ts';
import type { HeadingLevel } from '../markdown/render-markdown.ts';
import { markdownToPlainText } from '../markdown/plain-text.ts';
import { renderMarkdownOnServer } from '../markdown/render-on-server.ts';

// One small document model for every mail, rendered twice: as HTML and as plain text. Writing a mail once as
// blocks keeps both parts saying the same thing, and keeps escaping in one place: text is escaped here,
// Markdown goes through the one sanitiser of src/lib/markdown, links must be web addresses.

export interface MailContent {
  subject: string;
  html: string;
  text: string;
}

export type MailBlock =
  /** Plain text from the database or the dictionary; blank lines start a new paragraph. */
  | { kind: 'text'; text: string }
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  /** Markdown written by staff (an update's body); its headings start at `headingLevel`. */
  | { kind: 'markdown'; markdown: string; headingLevel: HeadingLevel }
  | { kind: 'link'; text: string; url: string }
  /** A label with plain text under it, such as "Why" and the rationale of a decision. */
  | { kind: 'labelled'; label: string; text: string }
  | { kind: 'list'; items: string[] };

export interface MailLink {
  text: string;
  url: string;
}

export interface MailDocument {
  locale: Locale;
  subject: string;
  blocks: MailBlock[];
  /** Why the recipient gets this mail. */
  why: string;
  /** The manage and unsubscribe links (none in a confirmation mail). */
  footerLinks: MailLink[];
}

/**
 * A header value on one line: a line break in a title would otherwise start a new mail header (header
 * injection), and control characters have no place in a subject.
 *
 * @example
 * oneHeaderLine('Nieuws\r\nBcc: x@y.example') // => 'Nieuws Bcc: x@y.example'
 */
export function oneHeaderLine(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 250);
}

/**
 * Only http(s) links go into a mail; anything else would be a bug upstream, so it fails loudly.
 *
 * @example
 * mailUrl('https://example.org/a') // => 'https://example.org/a'
 */
export function mailUrl(url: string): string {
  if (!/^https?:\/\/[^\s<>"]+$/i.test(url)) throw new Error(`Not a web address for a mail link: ${JSON.stringify(url.slice(0, 100))}`);
  return url;
}

const e = escapeHtml;

/** Body text on one line (a heading, a list item): line breaks and control characters become spaces, nothing is cut. */
function oneLine(text: string): string {
  return cleanText(text).replace(/\s+/g, ' ').trim();
}

function htmlBlock(block: MailBlock): string {
  switch (block.kind) {
    case 'text':
      return paragraphs(cleanText(block.text))
        .map((p) => `<p>${e(p)}</p>`)
        .join('\n');
    case 'heading': {
      const size = { 1: '1.4em', 2: '1.2em', 3: '1.05em' }[block.level];
      return `<h${block.level} style="font-size: ${size};">${e(cleanText(block.text))}</h${block.level}>`;
    }
    case 'markdown':
      return renderMarkdownOnServer(block.markdown, block.headingLevel).trim();
    case 'link':
      return `<p><a href="${e(mailUrl(block.url))}">${e(block.text)}</a></p>`;
    case 'labelled':
      return `<p><strong>${e(block.label)}</strong></p>\n${paragraphs(cleanText(block.text))
        .map((p) => `<p>${e(p)}</p>`)
        .join('\n')}`;
    case 'list':
      return `<ul>\n${block.items.map((item) => `<li>${e(cleanText(item))}</li>`).join('\n')}\n</ul>`;
  }
}

function textBlock(block: MailBlock): string {
  switch (block.kind) {
    case 'text':
      return paragraphs(cleanText(block.text)).join('\n\n');
    case 'heading': {
      const line = oneLine(block.text);
      if (block.level === 3) return line;
      return `${line}\n${(block.level === 1 ? '=' : '-').repeat(Math.min(Math.max(line.length, 3), 72))}`;
    }
    case 'markdown':
      return cleanText(markdownToPlainText(block.markdown)).trim();
    case 'link':
      return `${block.text}: ${mailUrl(block.url)}`;
    case 'labelled':
      return `${/[:?]$/.test(block.label) ? block.label : `${block.label}:`}\n${paragraphs(cleanText(block.text)).join('\n\n')}`;
    case 'list':
      return block.items.map((item) => `- ${oneLine(item)}`).join('\n');
  }
}

/**
 * The subject, HTML part and text part of a mail document.
 *
 * @example
 * renderMail({ locale: 'nl', subject: 'Welkom', blocks: [{ kind: 'text', text: 'Hallo' }], why: 'Omdat…', footerLinks: [] })
 * // => { subject: 'Welkom', html: '<!doctype html>…<p>Hallo</p>…', text: 'Hallo\n\n--\nOmdat…\n' }
 */
export function renderMail(doc: MailDocument): MailContent {
  const subject = oneHeaderLine(doc.subject);
  const links = doc.footerLinks.map((link) => ({ text: link.text, url: mailUrl(link.url) }));
  const html = `<!doctype html>
<html lang="${doc.locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(subject)}</title></head>
<body style="font-family: sans-serif; line-height: 1.5; max-width: 40em; margin: 0 auto; padding: 1em;">
${doc.blocks
  .map(htmlBlock)
  .filter((part) => part !== '')
  .join('\n')}
<hr>
<p style="font-size: 0.9em;">${e(cleanText(doc.why))}${links.map((link, i) => `${i === 0 ? '<br>\n' : ' · '}<a href="${e(link.url)}">${e(link.text)}</a>`).join('')}</p>
</body>
</html>
`;
  const text = [
    ...doc.blocks.map(textBlock).filter((part) => part !== ''),
    ['--', cleanText(doc.why), ...links.map((link) => `${link.text}: ${link.url}`)].join('\n'),
  ].join('\n\n');
  return { subject, html, text: `${text}\n` };
}
