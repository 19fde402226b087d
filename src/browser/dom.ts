// What the project page's scripts need to make their parts themselves (the freshness notice, the timeline's filter):
// parts that only a script can show are made by it, in the page's language, so that the page's first round trip
// does not carry their markup and words (see src/browser/template.ts for parts kept in the page as <template>s).
import { locales, type Locale } from '../i18n/locales.ts';

/**
 * An element with a class and children. Strings become text nodes, never markup: what the API answered (a title)
 * shows as the text it is.
 *
 * @example
 * element('li', 'utrecht-unordered-list__item', 'Besluit: ', element('span', '', '<b>Title</b>'))
 * // => <li class="utrecht-unordered-list__item">Besluit: <span>&lt;b&gt;Title&lt;/b&gt;</span></li>
 */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  if (className) made.className = className;
  made.append(...children);
  return made;
}

/** The language of the page (the lang of <html>), Dutch for anything else. */
export function pageLocale(): Locale {
  const lang = document.documentElement.lang;
  return (locales as readonly string[]).includes(lang) ? (lang as Locale) : 'nl';
}
