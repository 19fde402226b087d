import { JSDOM } from 'jsdom';
import createDOMPurify, { type WindowLike } from 'dompurify';
import { describe, expect, it } from 'vitest';
import { externalLinkRel, renderMarkdown, type HeadingLevel } from '../../../src/lib/markdown/render-markdown.ts';
import { serverPurifier } from '../../../src/lib/markdown/server-purifier.ts';
import { renderMarkdownOnServer } from '../../../src/lib/markdown/render-on-server.ts';
import { hostileMarkdown } from '../support/hostile.ts';

const render = (markdown: string, headingLevel: HeadingLevel = 4) => renderMarkdown(markdown, { purifier: serverPurifier(), headingLevel });

/** The rendered HTML parsed back, to ask about elements and attributes rather than match strings. */
function parse(html: string): DocumentFragment {
  return JSDOM.fragment(html);
}

describe('renderMarkdown', () => {
  it('renders GFM: emphasis, lists, quotes, code, rules, tables and strikethrough', () => {
    const html = render(
      '**vet** en *schuin* en ~~weg~~\n\n- een\n- twee\n\n1. eerst\n\n> citaat\n\n`code`\n\n```\nblok\n```\n\n---\n\n| a | b |\n| - | - |\n| 1 | 2 |',
    );
    const doc = parse(html);
    for (const selector of [
      'strong',
      'em',
      'del',
      'ul > li',
      'ol > li',
      'blockquote p',
      'p > code',
      'pre > code',
      'hr',
      'table thead th',
      'table tbody td',
    ]) {
      expect(doc.querySelector(selector), selector).not.toBeNull();
    }
    expect(doc.querySelector('td')?.textContent).toBe('1');
  });

  it('starts headings at the given level and never skips one', () => {
    const doc = parse(render('## Eerste\n\n#### Dieper\n\n### Terug\n\n# Top\n\n###### Diepst'));
    const levels = Array.from(doc.querySelectorAll('h1, h2, h3, h4, h5, h6')).map((h) => `${h.tagName.toLowerCase()} ${h.textContent}`);
    expect(levels).toEqual(['h4 Eerste', 'h5 Dieper', 'h5 Terug', 'h4 Top', 'h5 Diepst']);
    expect(parse(render('# Kop', 2)).querySelector('h2')?.textContent).toBe('Kop');
  });

  it('caps headings at h6', () => {
    const doc = parse(render('# a\n\n## b\n\n### c\n\n#### d', 5));
    expect(Array.from(doc.querySelectorAll('h5, h6')).map((h) => h.tagName)).toEqual(['H5', 'H6', 'H6', 'H6']);
    expect(doc.querySelector('h1, h2, h3, h4')).toBeNull();
  });

  it('keeps http and https links, marks them external, and drops mailto links to their text', () => {
    const doc = parse(render('[a](https://x.example/a) [b](http://x.example/b) [c](mailto:info@x.example)'));
    const links = Array.from(doc.querySelectorAll('a'));
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://x.example/a', 'http://x.example/b']);
    expect(doc.textContent?.trim()).toBe('a b c');
    expect(render('[c](mailto:info@x.example)')).not.toContain('info@x.example');
    for (const link of links) {
      expect(link.getAttribute('rel')).toBe(externalLinkRel);
      expect(
        Array.from(link.attributes)
          .map((attribute) => attribute.name)
          .sort(),
      ).toEqual(['href', 'rel']);
    }
  });

  it.each([
    ['javascript', '[x](javascript:alert(1))'],
    ['javascript with case and entities', '[x](JaVa&#x53;cript:alert(1))'],
    ['javascript with white space', '<a href=" java\tscript:alert(1)">x</a>'],
    ['vbscript', '[x](vbscript:msgbox(1))'],
    ['data', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
    ['reference-style javascript', '[x][1]\n\n[1]: javascript:alert(1)'],
    ['relative', '[x](/projecten/ander)'],
    ['protocol-relative', '[x](//evil.example/)'],
    ['fragment', '[x](#kop)'],
  ])('drops a %s link but keeps its text', (_, markdown) => {
    const doc = parse(render(markdown));
    expect(doc.querySelector('a')).toBeNull();
    expect(doc.textContent).toContain('x');
  });

  it('keeps an image’s alt text and drops the image, from Markdown and from raw HTML', () => {
    const doc = parse(
      render('![Kaart van het park](https://tracker.example/pixel.png)\n\n<img src="https://tracker.example/p.gif" alt="Rauwe foto">'),
    );
    expect(doc.querySelector('img')).toBeNull();
    expect(doc.textContent).toContain('Kaart van het park');
    expect(doc.textContent).toContain('Rauwe foto');
    expect(render('![alt](x)')).not.toMatch(/tracker|src=/);
  });

  it('lets allowed raw HTML through and removes the rest', () => {
    const doc = parse(render('Een <strong>sterke</strong> <span style="color:red" class="x" id="y">zin</span>.<br>Regel'));
    expect(doc.querySelector('strong')?.textContent).toBe('sterke');
    expect(doc.querySelector('span, [style], [class], [id]')).toBeNull();
    expect(doc.querySelector('br')).not.toBeNull();
    expect(doc.textContent).toContain('zin');
  });

  it('neutralises the hostile fixture and keeps its marker as a heading', () => {
    const html = render(hostileMarkdown('td-marker-body'));
    const doc = parse(html);
    expect(doc.querySelector('h4')?.textContent).toContain('td-marker-body kop');
    const allowed = new Set([
      'P',
      'BR',
      'STRONG',
      'EM',
      'DEL',
      'A',
      'UL',
      'OL',
      'LI',
      'BLOCKQUOTE',
      'CODE',
      'PRE',
      'HR',
      'H4',
      'H5',
      'H6',
      'TABLE',
      'THEAD',
      'TBODY',
      'TR',
      'TH',
      'TD',
    ]);
    const elements = Array.from(doc.querySelectorAll('*'));
    expect(elements.length).toBeGreaterThan(3);
    expect(elements.map((element) => element.tagName).filter((tag) => !allowed.has(tag))).toEqual([]);
    for (const element of elements) {
      for (const attribute of Array.from(element.attributes)) {
        expect(['href', 'rel'], `${element.tagName} ${attribute.name}`).toContain(attribute.name);
        if (attribute.name === 'href') expect(attribute.value).toMatch(/^https:\/\/testdam\.example\//);
      }
    }
    expect(html).not.toMatch(/<script|<iframe|<img|<svg|<style|\son\w+=|javascript:[^<]*"|data:text/i);
    // The code span shows the script as text.
    expect(doc.querySelector('code')?.textContent).toBe('<script>alert(1)</script>');
    expect(doc.textContent).toContain('td-marker-body alinea met');
  });

  it('works with a purifier made for another window, as the browser passes it', () => {
    const purifier = createDOMPurify(new JSDOM('').window as unknown as WindowLike);
    const html = renderMarkdown('# Kop\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))', { purifier, headingLevel: 3 });
    expect(html).toBe('<h3>Kop</h3>\n<p>x</p>\n');
    // Its hooks are removed again: the caller's instance is left as it was.
    expect(purifier.sanitize('<img src="x" alt="a">')).toBe('<img src="x" alt="a">');
  });

  it('refuses a purifier without a DOM rather than returning unsanitised HTML', () => {
    const purifier = createDOMPurify();
    expect(purifier.isSupported).toBe(false);
    expect(() => renderMarkdown('<script>alert(1)</script>', { purifier, headingLevel: 4 })).toThrow(/DOM/);
  });

  it('renders empty input as nothing', () => {
    expect(render('')).toBe('');
    expect(render('   \n\n')).toBe('');
  });
});

describe('renderMarkdownOnServer', () => {
  it('renders like renderMarkdown with the server purifier, per heading level', () => {
    const markdown = '# Kop\n\n<script>alert(1)</script>[x](https://x.example)';
    expect(renderMarkdownOnServer(markdown, 4)).toBe(render(markdown, 4));
    expect(renderMarkdownOnServer(markdown, 2)).toBe(render(markdown, 2));
    expect(renderMarkdownOnServer(markdown, 2)).toContain('<h2>Kop</h2>');
    expect(renderMarkdownOnServer(markdown, 4)).toContain('<h4>Kop</h4>');
  });
});
