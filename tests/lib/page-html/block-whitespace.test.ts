import { describe, expect, it } from 'vitest';
import { collapseBlockWhitespace } from '../../../src/lib/page-html/block-whitespace.ts';

describe('collapseBlockWhitespace', () => {
  it('drops whitespace next to block elements, which no browser shows', () => {
    expect(
      collapseBlockWhitespace(
        '<!DOCTYPE html> <html> <body> <ul> <li> <a href="/">Een</a> </li>\n<li>Twee</li> </ul> <p>x</p> </body></html>',
      ),
    ).toBe('<!DOCTYPE html><html><body><ul><li><a href="/">Een</a></li><li>Twee</li></ul><p>x</p></body></html>');
  });

  it('keeps the space between inline elements, and text as it is', () => {
    const inline = '<p><strong>Noor</strong> <span>adviseur</span>, <time datetime="2026-07-09">9 juli</time> · Nieuws </p>';
    expect(collapseBlockWhitespace(inline)).toBe(inline);
  });

  it('keeps pre, textarea, script and style as written, tags inside them included', () => {
    const raw = '<div> <pre>  a\n  <b> b</b> </pre> <script>if (a > b) x = "> <"; </script> <textarea> <p> </textarea> </div>';
    // A script or textarea beside an inline neighbour keeps its spaces: they are not blocks.
    expect(collapseBlockWhitespace(raw)).toBe(
      '<div><pre>  a\n  <b> b</b> </pre><script>if (a > b) x = "> <"; </script> <textarea> <p> </textarea></div>',
    );
  });

  it('leaves attribute values alone, whatever hostile text put in them', () => {
    const hostile = '<ul> <li data-theme="a> <b> </li> <p>" title=\'x> <y\'> <span>x</span> </li> </ul>';
    expect(collapseBlockWhitespace(hostile)).toBe('<ul><li data-theme="a> <b> </li> <p>" title=\'x> <y\'><span>x</span></li></ul>');
  });
});
