import { en } from './en.ts';
import type { Locale } from './locales.ts';
import { nl, type Dictionary } from './nl.ts';

export * from './locales.ts';
export * from './routes.ts';
export type { Dictionary };

const dictionaries: Record<Locale, Dictionary> = { nl, en };

/** The UI text of a language. */
export function dictionaryFor(locale: Locale): Dictionary {
  return dictionaries[locale];
}
