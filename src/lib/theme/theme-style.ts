import { themeTokenName, themeTokenValue, type Theme } from '../api/organisation.ts';

/**
 * The organisation's design tokens as the value of a style attribute. The database and the zod schema already
 * allow only custom property names and plain values; tokens are checked once more here because this text goes
 * into CSS, and anything else is left out rather than trusted. Astro escapes the attribute itself.
 *
 * @example
 * themeStyle({ '--portal-color-primary': '#1a5e8a', 'color': 'red' }) // => '--portal-color-primary: #1a5e8a'
 */
export function themeStyle(theme: Theme): string | undefined {
  const declarations = Object.entries(theme)
    .filter(([name, value]) => themeTokenName.test(name) && themeTokenValue.test(value))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => `${name}: ${value.trim()}`);
  return declarations.length > 0 ? declarations.join('; ') : undefined;
}
