import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The default token set must meet WCAG 2.2 AA contrast by itself (1.4.3 text 4.5:1, 1.4.11 focus and controls
// 3:1), so an organisation without a theme still gets an accessible site. Values are read from tokens.css.

const css = readFileSync(new URL('../../../src/styles/tokens.css', import.meta.url), 'utf8');
const tokens = new Map([...css.matchAll(/(--[a-z0-9-]+):\s*([^;]+);/g)].map((match) => [match[1] ?? '', (match[2] ?? '').trim()]));

/** A token's colour as a hex string, following var() references through the token set. */
function colour(name: string, depth = 0): string {
  const value = tokens.get(name);
  if (value === undefined) throw new Error(`tokens.css does not define ${name}`);
  const reference = /^var\((--[a-z0-9-]+)\)$/.exec(value);
  if (reference?.[1] && depth < 10) return colour(reference[1], depth + 1);
  if (!/^#[0-9a-f]{6}$/i.test(value)) throw new Error(`${name} is not a six-digit hex colour: ${value}`);
  return value;
}

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(foreground: string, background: string): number {
  const [light, dark] = [luminance(colour(foreground)), luminance(colour(background))].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('the default design tokens', () => {
  it('computes contrast the WCAG way', () => {
    tokens.set('--test-black', '#000000');
    tokens.set('--test-white', '#ffffff');
    expect(contrast('--test-black', '--test-white')).toBeCloseTo(21, 5);
    expect(contrast('--test-white', '--test-white')).toBeCloseTo(1, 5);
  });

  it.each([
    ['--utrecht-document-color', '--utrecht-document-background-color'],
    ['--utrecht-link-color', '--utrecht-document-background-color'],
    ['--utrecht-heading-color', '--utrecht-document-background-color'],
    ['--portal-color-muted', '--portal-color-background'],
    ['--portal-color-muted', '--portal-color-surface'],
    ['--utrecht-link-color', '--portal-color-surface'],
    ['--portal-color-primary-contrast', '--portal-color-primary'],
    ['--utrecht-page-footer-color', '--utrecht-page-footer-background-color'],
    ['--utrecht-button-primary-action-color', '--utrecht-button-primary-action-background-color'],
    ['--utrecht-button-secondary-action-color', '--utrecht-button-secondary-action-background-color'],
    ['--utrecht-form-control-placeholder-color', '--utrecht-form-control-background-color'],
    ['--utrecht-alert-info-color', '--utrecht-alert-info-background-color'],
    ['--utrecht-alert-warning-color', '--utrecht-alert-warning-background-color'],
    ['--utrecht-alert-error-color', '--utrecht-alert-error-background-color'],
    ['--utrecht-alert-ok-color', '--utrecht-alert-ok-background-color'],
  ])('give text %s on %s at least 4.5:1', (foreground, background) => {
    expect(contrast(foreground, background)).toBeGreaterThanOrEqual(4.5);
  });

  it('give every status badge at least 4.5:1 between its text and its fill', () => {
    const fills = [...tokens.keys()].filter((name) => /^--utrecht-feedback-[a-z]+-fill-color$/.test(name));
    expect(fills.length).toBeGreaterThanOrEqual(8);
    for (const fill of fills) {
      expect(contrast(fill, fill.replace(/-fill-color$/, '-fill-background-color')), fill).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('make focus and control borders stand out at least 3:1', () => {
    expect(contrast('--utrecht-focus-outline-color', '--utrecht-document-background-color')).toBeGreaterThanOrEqual(3);
    expect(contrast('--utrecht-focus-outline-color', '--utrecht-focus-inverse-outline-color')).toBeGreaterThanOrEqual(3);
    expect(contrast('--utrecht-form-control-border-color', '--utrecht-form-control-background-color')).toBeGreaterThanOrEqual(3);
    // In the navigation bar the ring turns around: a light outline on the house colour.
    expect(contrast('--portal-color-primary-contrast', '--portal-color-primary')).toBeGreaterThanOrEqual(3);
  });
});
