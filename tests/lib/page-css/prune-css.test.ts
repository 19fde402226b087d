import { describe, expect, it } from 'vitest';
import { htmlTokens } from '../../../src/lib/page-css/page-tokens.ts';
import { pruneCss } from '../../../src/lib/page-css/prune-css.ts';
import { parseStylesheet, selectorNeeds } from '../../../src/lib/page-css/stylesheet.ts';

const page = (html: string) => htmlTokens(html);

describe('selectorNeeds', () => {
  it('counts only what must be present: not what :not(), :is(), :where() or attribute selectors name', () => {
    expect(selectorNeeds('.a:not(.b) > p')).toMatchObject({ classes: ['a'], ids: [], tags: ['p'] });
    expect(selectorNeeds(':where(h4, h5) .x')).toMatchObject({ classes: ['x'], tags: [] });
    expect(selectorNeeds('#main a[href^="https://x.example/a.b"]::after')).toMatchObject({ classes: [], ids: ['main'], tags: ['a'] });
    expect(selectorNeeds('.a:is(:hover, .c:not(.d)).e')).toMatchObject({ classes: ['a', 'e'] });
    expect(selectorNeeds(':root')).toMatchObject({ classes: [], ids: [], tags: [] });
  });
});

describe('pruneCss', () => {
  const css = parseStylesheet(
    '@charset "UTF-8";/*! @license x */:root{--used:1px;--unused:2px;--chained:var(--base);--base:red}' +
      '.card{border:var(--used) solid}.gone{color:blue}h2,h3,.gone h4{margin:0}' +
      '@media print{.card{border:0}.gone{color:red}}@media (min-width:40em){.gone{color:red}}' +
      '.alert{color:var(--chained)!important}@font-face{font-family:x;src:url(x.woff2)}',
  );

  it('keeps the rules and selectors that can match, and the custom properties they read, directly or in a chain', () => {
    const result = pruneCss([css], page('<div class="card alert"><h2>Kop</h2></div>'));
    expect(result).toBe(
      ':root{--used:1px;--chained:var(--base);--base:red}.card{border:var(--used) solid}h2{margin:0}@media print{.card{border:0}}' +
        '.alert{color:var(--chained)!important}@font-face{font-family:x;src:url(x.woff2)}',
    );
  });

  it('keeps a custom property that only a style attribute reads', () => {
    expect(pruneCss([css], page('<p>x</p>'), ['--unused'])).toContain('--unused:2px');
    expect(pruneCss([css], page('<p>x</p>'))).not.toContain('--unused');
  });

  it('keeps the order of the stylesheets, so that the cascade does not change', () => {
    const later = parseStylesheet('.card{border:0}');
    expect(pruneCss([css, later], page('<div class="card"></div>'))).toMatch(/\.card\{border:var\(--used\) solid\}.*\.card\{border:0\}$/);
  });
});
