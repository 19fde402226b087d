import { describe, expect, it } from 'vitest';
import { themeStyle } from '../../../src/lib/theme/theme-style.ts';

describe('themeStyle', () => {
  it('turns design tokens into custom property declarations, sorted by name', () => {
    expect(themeStyle({ '--portal-color-primary': '#1a5e8a', '--portal-font-family': "'Fira Sans', sans-serif" })).toBe(
      "--portal-color-primary: #1a5e8a; --portal-font-family: 'Fira Sans', sans-serif",
    );
  });

  it('leaves out anything that could end a declaration or inject CSS', () => {
    const style = themeStyle({
      '--ok': 'red',
      color: 'blue',
      '--evil': 'red; background: url(https://evil.example/x)',
      '--brace': '}body{display:none',
      '--Upper': 'red',
    });
    expect(style).toBe('--ok: red');
  });

  it('gives nothing for an empty theme', () => {
    expect(themeStyle({})).toBeUndefined();
  });
});

describe('themeStyle and the token set', () => {
  it('passes the tokens of the NL Design System components through, so a theme can restyle them', () => {
    expect(themeStyle({ '--utrecht-link-color': '#1a5e8a', '--utrecht-document-font-family': '"Source Sans 3", Arial, sans-serif' })).toBe(
      '--utrecht-document-font-family: "Source Sans 3", Arial, sans-serif; --utrecht-link-color: #1a5e8a',
    );
  });
});
