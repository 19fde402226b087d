import { describe, expect, it } from 'vitest';
import { inlinePageCss, PageCssCache } from '../../../src/lib/page-css/inline-page-css.ts';

function cacheOf(files: Record<string, string>) {
  const reads: string[] = [];
  const cache = new PageCssCache(async (path) => {
    reads.push(path);
    return files[path] ?? null;
  });
  return { cache, reads };
}

const site = {
  '/_astro/site.css': '.card{color:red}.note--error{color:darkred}.unused{color:blue}.widget{display:none}',
  '/_astro/page.js': 'import{x}from"./shared.js";x()',
  '/_astro/shared.js': 'export const x=()=>{p.classList.toggle("note--error",true)}',
};

const pageHtml = (body: string, head = '<link rel="stylesheet" href="/_astro/site.css"><style>.card{margin:0}</style>') =>
  `<!DOCTYPE html><html><head><title>t</title>${head}</head><body>${body}</body></html>`;

describe('inlinePageCss', () => {
  it('puts the CSS the page needs in one style element where the first stylesheet was, in order', async () => {
    const { cache } = cacheOf(site);
    const result = await inlinePageCss(pageHtml('<div class="card">x</div>'), cache);
    expect(result).toBe(
      '<!DOCTYPE html><html><head><title>t</title><style>.card{color:red}.card{margin:0}</style></head><body><div class="card">x</div></body></html>',
    );
  });

  it('keeps the rules for classes that the page’s scripts, and the modules they import, may add', async () => {
    const { cache, reads } = cacheOf(site);
    const result = await inlinePageCss(pageHtml('<p class="card">x</p><script type="module" src="/_astro/page.js"></script>'), cache);
    expect(result).toContain('.note--error{color:darkred}');
    expect(result).not.toContain('.unused');
    expect(reads).toEqual(['/_astro/site.css', '/_astro/page.js', '/_astro/shared.js']);
  });

  it('reads every string literal of a script whole: an empty one or an escape does not hide the classes after it', async () => {
    for (const script of [
      'if(t==="")p.className="note--error"',
      'l.join("\\n");p.className="note--error"',
      "q('[a=\\'b\\\\']');p.className=`note--error`",
    ]) {
      const { cache } = cacheOf({ ...site, '/_astro/page.js': script });
      const result = await inlinePageCss(pageHtml('<p class="card">x</p><script type="module" src="/_astro/page.js"></script>'), cache);
      expect(result, script).toContain('.note--error{color:darkred}');
      expect(result, script).not.toContain('.unused');
    }
  });

  it('says which stylesheet is missing rather than writing a page without its CSS', async () => {
    const { cache } = cacheOf({});
    await expect(inlinePageCss(pageHtml('<p>x</p>'), cache)).rejects.toThrow(
      'The page links /_astro/site.css, which the build did not write.',
    );
  });

  it('refuses CSS that would end the style element early', async () => {
    const { cache } = cacheOf({ '/_astro/site.css': 'p::after{content:"</style><script>alert(1)</script>"}' });
    await expect(inlinePageCss(pageHtml('<p>x</p>', '<link rel="stylesheet" href="/_astro/site.css">'), cache)).rejects.toThrow('</style');
  });

  it('moves the organisation’s theme from the html style attribute into the CSS, where it wins over the defaults as before', async () => {
    const { cache } = cacheOf({
      '/_astro/site.css': ':root{--brand:blue;--font:serif}.card{color:var(--brand);font-family:var(--font)}.alert{--brand:red}',
    });
    const themed = (body: string) =>
      `<!DOCTYPE html><html lang="nl" style="--brand: #123456; --font: &#34;Source Sans 3&#34;, Arial"><head><link rel="stylesheet" href="/_astro/site.css"></head><body>${body}</body></html>`;
    // Constant on the page: written in place, and the attribute goes.
    expect(await inlinePageCss(themed('<p class="card">x</p>'), cache)).toBe(
      '<!DOCTYPE html><html lang="nl"><head><style>.card{color:#123456;font-family:"Source Sans 3", Arial}</style></head><body><p class="card">x</p></body></html>',
    );
    // A component sets --brand too: it stays a var(), and the theme's value stays last on :root.
    expect(await inlinePageCss(themed('<p class="card alert">x</p>'), cache)).toBe(
      '<!DOCTYPE html><html lang="nl"><head><style>.card{color:var(--brand);font-family:"Source Sans 3", Arial}.alert{--brand:red}:root{--brand:#123456}</style></head><body><p class="card alert">x</p></body></html>',
    );
  });

  it('reuses the CSS worked out for one page only for pages that need the same rules', async () => {
    const { cache } = cacheOf(site);
    const style = async (body: string) => /<style>(.*)<\/style>/.exec(await inlinePageCss(pageHtml(body), cache))?.[1];
    expect(await style('<p class="card" id="record-1">x</p>')).toBe('.card{color:red}.card{margin:0}');
    expect(await style('<p class="card words-no-selector-names" id="record-2">x</p>')).toBe('.card{color:red}.card{margin:0}');
    expect(await style('<p class="card note--error">x</p>')).toBe('.card{color:red}.note--error{color:darkred}.card{margin:0}');
    expect(await style('<p class="unused">x</p>')).toBe('.unused{color:blue}');
  });
});
