import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ComponentType } from 'preact';
import type { MarkdownEditorProps } from '../../../src/islands/workspace/markdown/MarkdownEditor.tsx';

// The editor island rendered into a jsdom window, as a browser would: the browser's DOMPurify binds to the
// global window when it is imported, so the window exists before the component is imported.
const dom = new JSDOM('<!doctype html><html><body><div id="root"></div></body></html>');
const globals = [
  'window',
  'document',
  'Node',
  'Element',
  'HTMLElement',
  'Event',
  'InputEvent',
  'MouseEvent',
  'DocumentFragment',
  'navigator',
] as const;
let MarkdownEditor: ComponentType<MarkdownEditorProps>;
let loadMarkdownTools: () => Promise<unknown>;
let preact: typeof import('preact');
let act: typeof import('preact/test-utils').act;

beforeAll(async () => {
  for (const name of globals) Object.defineProperty(globalThis, name, { value: dom.window[name], configurable: true, writable: true });
  preact = await import('preact');
  ({ act } = await import('preact/test-utils'));
  const editor = await import('../../../src/islands/workspace/markdown/MarkdownEditor.tsx');
  MarkdownEditor = editor.default;
  loadMarkdownTools = editor.loadMarkdownTools;
});

afterAll(() => {
  for (const name of globals) Reflect.deleteProperty(globalThis, name);
});

function mount(props: Partial<MarkdownEditorProps> & { value: string }) {
  const root = dom.window.document.getElementById('root');
  if (!root) throw new Error('no root');
  const onInput = vi.fn();
  act(() => {
    preact.render(preact.h(MarkdownEditor, { id: 'body', label: 'Tekst', locale: 'nl', onInput, ...props }), root);
  });
  return { root, onInput };
}

describe('MarkdownEditor', () => {
  // Runs first, before the preview and hint are loaded: the CI once lost the second letter typed because the
  // plain textarea shown while loading was swapped for the editor's own.
  it('keeps the very textarea being typed in, with its text and focus, when the preview and hint arrive', async () => {
    // Held in state by its form, as in the workspace, so what is typed comes back as the value.
    const { useState } = await import('preact/hooks');
    const onInput = vi.fn();
    function Form() {
      const [value, setValue] = useState('');
      return preact.h(MarkdownEditor, {
        id: 'body',
        label: 'Tekst',
        locale: 'nl',
        value,
        onInput: (next: string) => (onInput(next), setValue(next)),
      });
    }
    const root = dom.window.document.getElementById('root');
    if (!root) throw new Error('no root');
    act(() => preact.render(preact.h(Form, {}), root));
    const textarea = root.querySelector('textarea');
    if (!textarea) throw new Error('no textarea');
    expect(root.querySelector('button')).toBeNull();
    textarea.focus();
    textarea.value = 'Ha';
    act(() => {
      textarea.dispatchEvent(new dom.window.Event('input', { bubbles: true }));
    });
    await act(async () => {
      await loadMarkdownTools();
    });
    expect(root.querySelector('button')?.textContent).toBe('Voorbeeld');
    expect(root.querySelector('textarea')).toBe(textarea);
    expect(dom.window.document.activeElement).toBe(textarea);
    expect(textarea.value).toBe('Ha');
    expect(onInput).toHaveBeenCalledWith('Ha');
    act(() => preact.render(null, root));
  });

  it('labels the textarea and wires the error, help and counter to it', () => {
    const { root } = mount({ value: 'Hallo', error: 'De tekst is te lang.', required: true, maxLength: 20000, describedBy: 'extra' });
    const textarea = root.querySelector('textarea');
    expect(root.querySelector('label')?.getAttribute('for')).toBe('body');
    expect(textarea?.id).toBe('body');
    expect(textarea?.getAttribute('aria-invalid')).toBe('true');
    expect(textarea?.getAttribute('aria-describedby')).toBe('body-error body-help body-count extra');
    expect(root.querySelector('#body-error')?.textContent).toBe('Fout: De tekst is te lang.');
    expect(root.querySelector('#body-count')?.textContent).toBe('5 van 20.000 tekens');
    expect(textarea?.required).toBe(true);
    expect(textarea?.maxLength).toBe(20000);
  });

  it('passes what is typed to onInput', () => {
    const { root, onInput } = mount({ value: '' });
    const textarea = root.querySelector('textarea');
    if (!textarea) throw new Error('no textarea');
    textarea.value = 'Nieuw';
    act(() => {
      textarea.dispatchEvent(new dom.window.Event('input', { bubbles: true }));
    });
    expect(onInput).toHaveBeenCalledWith('Nieuw');
  });

  it('opens a sanitised preview with a pressed toggle button, headings from h4', () => {
    const { root } = mount({ value: '# Kop\n\n<img src=x onerror=alert(1)>[klik](javascript:alert(1)) **vet**', locale: 'en' });
    const button = root.querySelector('button');
    const preview = root.querySelector('#body-preview');
    expect(button?.getAttribute('aria-pressed')).toBe('false');
    expect(button?.getAttribute('aria-controls')).toBe('body-preview');
    expect(button?.textContent).toBe('Preview');
    expect(preview?.hasAttribute('hidden')).toBe(true);
    act(() => button?.click());
    expect(button?.getAttribute('aria-pressed')).toBe('true');
    expect(preview?.hasAttribute('hidden')).toBe(false);
    const body = preview?.querySelector('.markdown-editor__preview-body');
    expect(body?.getAttribute('lang')).toBe('nl');
    expect(body?.querySelector('h4')?.textContent).toBe('Kop');
    expect(body?.querySelector('strong')?.textContent).toBe('vet');
    expect(body?.querySelector('img, a, [onerror]')).toBeNull();
    act(() => button?.click());
    expect(preview?.hasAttribute('hidden')).toBe(true);
  });

  it('shows the readability hint in a polite live region after typing pauses', async () => {
    vi.useFakeTimers();
    try {
      const { root } = mount({ value: 'Wij faciliteren dit middels een avond.' });
      const hint = root.querySelector('#body-hint');
      expect(hint?.getAttribute('role')).toBe('status');
      expect(hint?.getAttribute('aria-live')).toBe('polite');
      await act(async () => {
        vi.advanceTimersByTime(499);
      });
      expect(hint?.textContent).toBe('');
      await act(async () => {
        vi.advanceTimersByTime(1);
      });
      expect(hint?.textContent).toContain('Tip:');
      expect(Array.from(hint?.querySelectorAll('li') ?? []).map((li) => li.textContent)).toEqual([
        '“faciliteren”: schrijf liever “mogelijk maken”',
        '“middels”: schrijf liever “met”',
      ]);
      expect(hint?.textContent).toContain('U kunt de tekst altijd opslaan.');
    } finally {
      vi.useRealTimers();
    }
  });
});
