import type { Locale } from '../../../i18n/locales.ts';
import { editorText } from '../../../i18n/text/editor.ts';
import { analyseReadability } from '../../../lib/readability/readability.ts';
import { readabilityHint, type ReadabilityHint } from './readability-hint.ts';

// Loaded on demand by PlainLanguageHint: the analysis needs marked's lexer, which the workspace's first load
// should not carry.

/**
 * The hint for a text written in `contentLocale`, worded in the staff member's language `uiLocale`: an English
 * version is judged as English, whatever language the workspace speaks.
 */
export function hintFor(text: string, contentLocale: Locale, uiLocale: Locale): ReadabilityHint | null {
  return readabilityHint(analyseReadability(text, contentLocale), editorText(uiLocale), contentLocale);
}
