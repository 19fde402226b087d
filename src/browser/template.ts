// The markup a script shows later (an error summary, a confirmation, a subscription) is written in the page's own
// .astro component as a <template>, in the page's language; the script only copies it and fills in what the API
// answered. So every text stays in src/i18n, and no script carries markup or words of its own. The project page's
// freshness notice and timeline filter are the exception: the page must fit one round trip, so their scripts make
// them (src/browser/dom.ts), with words they import from src/i18n/text.
//
// In such a <template>, an <a>, <strong> or other inline formatting element gets its words with set:text, never
// as a {expression} child: the Astro compiler then repeats the element after the template (withastro/compiler#971),
// which puts an empty link or bold text on the page.

/** What to fill in: text for [data-text], an address for [data-href], and whether [data-if] parts stay. */
export type Slots = Readonly<Record<string, string | boolean | null | undefined>>;

/**
 * A filled-in copy of the `<template data-part="…">` inside `root`: every `[data-if=name]` is left out unless
 * `slots[name]` is set (not empty, not false), every `[data-text=name]` gets `slots[name]` as text (never as HTML),
 * and every `[data-href=name]` gets it as its href.
 *
 * @example
 * // <template data-part="done"><p data-text="message"></p><a data-if="manage" data-href="manage">Beheren</a></template>
 * fromTemplate(element, 'done', { message: 'U volgt dit niet meer.', manage: null })
 * // => a fragment with <p>U volgt dit niet meer.</p> and no link
 */
export function fromTemplate(root: ParentNode, part: string, slots: Slots = {}): DocumentFragment {
  const template = root.querySelector<HTMLTemplateElement>(`template[data-part="${part}"]`);
  if (!template) throw new Error(`No <template data-part="${part}"> on this page`);
  const copy = template.content.cloneNode(true) as DocumentFragment;
  const value = (element: Element, name: string) => slots[element.getAttribute(name) ?? ''];
  for (const element of copy.querySelectorAll('[data-if]')) if (!value(element, 'data-if')) element.remove();
  for (const element of copy.querySelectorAll('[data-text]')) element.textContent = String(value(element, 'data-text') ?? '');
  for (const element of copy.querySelectorAll('[data-href]')) element.setAttribute('href', String(value(element, 'data-href') ?? ''));
  return copy;
}
