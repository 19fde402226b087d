import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { fromTemplate } from '../../src/browser/template.ts';
import { hostile } from '../lib/support/hostile.ts';

// How the residents' scripts show what the API answered: a copy of markup the page carries, filled in as text.

const page = new JSDOM(`<div id="root">
  <template data-part="done">
    <p data-text="message"></p>
    <p data-if="manage"><a data-href="manage">Uw instellingen</a></p>
    <p data-if="never">Nooit</p>
  </template>
</div>`).window.document;
const root = page.getElementById('root') as HTMLElement;
const html = (fragment: DocumentFragment) => {
  const holder = page.createElement('div');
  holder.append(fragment);
  return holder;
};

describe('fromTemplate', () => {
  it('fills in text as text, never as markup, and keeps a part only when its slot is set', () => {
    const shown = html(fromTemplate(root, 'done', { message: hostile('message'), manage: '/volgen/beheren/#token=a%2Bb', never: false }));
    expect(shown.querySelector('p')?.textContent).toBe(hostile('message'));
    expect(shown.querySelector('script, img')).toBeNull();
    expect(shown.querySelector('a')?.getAttribute('href')).toBe('/volgen/beheren/#token=a%2Bb');
    expect(shown.textContent).not.toContain('Nooit');
  });

  it('leaves a part out when its slot is empty or missing', () => {
    const shown = html(fromTemplate(root, 'done', { message: 'Klaar', manage: '' }));
    expect(shown.querySelector('a')).toBeNull();
    expect(shown.textContent).toContain('Klaar');
  });

  it('leaves the template itself as it was, for the next copy', () => {
    fromTemplate(root, 'done', { message: 'Eerste' });
    expect(html(fromTemplate(root, 'done', { message: 'Tweede' })).textContent).not.toContain('Eerste');
  });

  it('says which template a page lacks', () => {
    expect(() => fromTemplate(root, 'missing')).toThrow(/data-part="missing"/);
  });
});
