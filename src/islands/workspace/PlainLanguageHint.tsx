import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../i18n/locales.ts';
import { HintView } from './markdown/HintView.tsx';
import type { ReadabilityHint } from './markdown/readability-hint.ts';

type HintModule = typeof import('./markdown/plain-language.ts');
let loaded: HintModule | null = null;

/** How long typing must pause before the hint is worked out again (and announced). */
const hintDelayMs = 500;

export interface PlainLanguageHintProps {
  id: string;
  text: string;
  /** The language the text is written in: Dutch for the Dutch field, English for its English version. */
  contentLocale: Locale;
  /** The staff member's language: the hint's own words. */
  uiLocale: Locale;
}

/**
 * The plain-language (B1) hint under a long text field. It only advises and never blocks saving. It speaks up
 * (a polite live region) only once the staff member has typed in this field, so opening a form with many long
 * fields does not read out every hint at once.
 */
export function PlainLanguageHint({ id, text, contentLocale, uiLocale }: PlainLanguageHintProps) {
  const [module, setModule] = useState<HintModule | null>(() => loaded);
  const [hint, setHint] = useState<ReadabilityHint | null>(null);
  const [first] = useState(text);
  const touched = text !== first;

  useEffect(() => {
    if (module) return;
    let active = true;
    import('./markdown/plain-language.ts')
      .then((found) => {
        loaded = found;
        if (active) setModule(() => found);
      })
      .catch(() => undefined);
    return () => {
      active = false;
    };
  }, []);

  useEffect(() => {
    if (!module) return;
    const timer = setTimeout(() => setHint(module.hintFor(text, contentLocale, uiLocale)), touched ? hintDelayMs : 0);
    return () => clearTimeout(timer);
  }, [module, text, contentLocale, uiLocale]);

  return (
    <div class="workspace-plain-language-hint" id={id} aria-live={touched ? 'polite' : 'off'}>
      {hint && <HintView hint={hint} />}
    </div>
  );
}
