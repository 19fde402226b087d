import { describe, expect, it } from 'vitest';
import { markdownToPlainText } from '../../../src/lib/markdown/plain-text.ts';

describe('markdownToPlainText', () => {
  it('drops Markdown syntax and keeps the text, with blocks separated by a blank line', () => {
    expect(
      markdownToPlainText(
        '## Kop\n\nZie **het plan** en *dit* en ~~dat~~.\n\n- een\n- twee\n\n3. drie\n4. vier\n\n> citaat\n\n---\n\nEinde',
      ),
    ).toBe('Kop\n\nZie het plan en dit en dat.\n\n- een\n- twee\n\n3. drie\n4. vier\n\ncitaat\n\nEinde');
  });

  it('writes kept link addresses after the link text, unless asked not to', () => {
    const markdown = 'Lees [het plan](https://x.example/plan), mail [ons](mailto:a@x.example) of [klik](javascript:alert(1)).';
    expect(markdownToPlainText(markdown)).toBe('Lees het plan (https://x.example/plan), mail ons of klik.');
    expect(markdownToPlainText(markdown, { linkUrls: false })).toBe('Lees het plan, mail ons of klik.');
    expect(markdownToPlainText('<https://x.example/>')).toBe('https://x.example/');
  });

  it('keeps characters that only look like syntax, and decodes entities', () => {
    expect(markdownToPlainText('2 * 3 = 6, a_b_c, \\*geen nadruk\\*, Tom &amp; Jerry &#233;n &lt;b&gt;')).toBe(
      '2 * 3 = 6, a_b_c, *geen nadruk*, Tom & Jerry én <b>',
    );
  });

  it('keeps an image’s alt text, code as it is and table cells', () => {
    expect(markdownToPlainText('![Kaart](https://x.example/k.png)\n\n`<b>`\n\n```\nx < y\n```\n\n| a | b |\n| - | - |\n| 1 | 2 |')).toBe(
      'Kaart\n\n<b>\n\nx < y\n\na | b\n1 | 2',
    );
  });

  it('drops raw HTML tags and the content of scripts and styles', () => {
    const text = markdownToPlainText(
      'Kop <script>alert(1)</script> staat\n\n<div onclick="x">binnen</div>\n<style>p{}</style>\n<!-- weg -->\n\nna <b>vet</b>',
    );
    expect(text).toBe('Kop  staat\n\nbinnen\n\nna vet');
    expect(text).not.toMatch(/alert|<|onclick|weg/);
  });

  it('gives nothing for empty input', () => {
    expect(markdownToPlainText('')).toBe('');
    expect(markdownToPlainText('\n\n  \n')).toBe('');
  });
});
