import { describe, expect, it } from 'vitest';
import { PageCssCache } from '../../../src/lib/page-css/inline-page-css.ts';
import { finishPage } from '../../../src/lib/page-html/finish-page.ts';

const cache = () => new PageCssCache(async (path) => (path === '/_astro/site.css' ? '.card{color:red}.unused{color:blue}' : null));
const pageHtml = (body: string) =>
  `<!DOCTYPE html><html><head> <link rel="stylesheet" href="/_astro/site.css"> </head><body>${body}</body></html>`;

describe('finishPage', () => {
  it('gives a resident page its CSS inline and leaves out the blank space between blocks', async () => {
    expect(await finishPage(pageHtml(' <p class="card">x</p> '), cache())).toBe(
      '<!DOCTYPE html><html><head><style>.card{color:red}</style></head><body><p class="card">x</p></body></html>',
    );
  });

  it('leaves pages with islands as they are: their markup is made by scripts', async () => {
    const html = pageHtml(' <astro-island uid="1"></astro-island> <p>x</p> ');
    expect(await finishPage(html, cache())).toBe(html);
  });
});
