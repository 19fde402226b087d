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

  it('keeps the rules and selectors that can match, with the tokens that are constant on the page written in place', () => {
    const result = pruneCss([css], page('<div class="card alert"><h2>Kop</h2></div>'));
    expect(result).toBe(
      '.card{border:1px solid}h2{margin:0}@media print{.card{border:0}}.alert{color:red!important}@font-face{font-family:x;src:url(x.woff2)}',
    );
  });

  it('keeps a custom property that only a style attribute reads', () => {
    expect(pruneCss([css], page('<p>x</p>'), { reads: ['--unused'], defines: new Set() })).toContain('--unused:2px');
    expect(pruneCss([css], page('<p>x</p>'))).not.toContain('--unused');
  });

  it('keeps var() for every token whose value depends on the element, and folds the rest, fallbacks included', () => {
    const tokens = parseStylesheet(
      ':root{--text:black;--link:var(--brand);--brand:blue;--size:1rem;--loud:red!important}' +
        '@media (prefers-color-scheme:dark){:root{--size:2rem}}' +
        '.footer{--text:white}' +
        '.p{color:var(--text);font-size:var(--size);margin:var(--nowhere, var(--also-nowhere, 0 1px));line-height:var(--nowhere)}' +
        '.a{color:var(--link, var(--text));border-color:var(--theme, var(--brand))}.b{color:var(--loud)}',
    );
    const result = pruneCss([tokens], page('<p class="p a b footer">x</p>'), { reads: [], defines: new Set(['--theme']) });
    expect(result).toBe(
      ':root{--text:black;--size:1rem;--loud:red!important}@media (prefers-color-scheme:dark){:root{--size:2rem}}.footer{--text:white}' +
        '.p{color:var(--text);font-size:var(--size);margin:0 1px;line-height:var(--nowhere)}' +
        '.a{color:blue;border-color:var(--theme,blue)}.b{color:var(--loud)}',
    );
  });

  it('keeps the order of the stylesheets, so that the cascade does not change', () => {
    const later = parseStylesheet('.card{border:0}');
    expect(pruneCss([css, later], page('<div class="card"></div>'))).toMatch(/^\.card\{border:1px solid\}.*\.card\{border:0\}$/);
  });
});
