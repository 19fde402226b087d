import DOMPurify from 'dompurify';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Locale } from '../../../i18n/locales.ts';
import { editorText } from '../../../i18n/text/editor.ts';
import { renderMarkdown } from '../../../lib/markdown/render-markdown.ts';
import { analyseReadability } from '../../../lib/readability/readability.ts';
import { HintView } from './HintView.tsx';
import { readabilityHint, type ReadabilityHint } from './readability-hint.ts';

// The preview and the plain-language hint under the Markdown field: marked, DOMPurify and the readability
// analysis are a third of the workspace's JavaScript, so MarkdownEditor.tsx loads this module when a Markdown
// field is first shown. It never renders the textarea itself: the one the staff member types in stays put.

export interface MarkdownToolsProps {
  /** The id of the textarea; the preview and hint ids derive from it. */
  id: string;
  value: string;
  locale: 'nl' | 'en';
  /** The language the text is written in: what the hint judges and the preview is marked as. */
  contentLocale: Locale;
}

/** How long typing must pause before the hint is worked out again (and announced). */
const hintDelayMs = 500;

export default function MarkdownTools({ id, value, locale, contentLocale }: MarkdownToolsProps) {
  const t = editorText(locale);
  const lang = contentLocale === locale ? undefined : contentLocale;
  const [previewing, setPreviewing] = useState(false);
  const [hint, setHint] = useState<ReadabilityHint | null>(null);

  useEffect(() => {
    const timer = setTimeout(() => setHint(readabilityHint(analyseReadability(value, contentLocale), t, contentLocale)), hintDelayMs);
    return () => clearTimeout(timer);
  }, [value, locale, contentLocale]);

  // Rendered only while the preview is open: the preview opens on a click.
  const previewHtml = useMemo(
    () => (previewing ? renderMarkdown(value, { purifier: DOMPurify, headingLevel: 4 }) : ''),
    [previewing, value],
  );
  const previewId = `${id}-preview`;

  return (
    <>
      <p class="markdown-editor__actions">
        <button
          type="button"
          class="utrecht-button utrecht-button--secondary-action"
          aria-pressed={previewing ? 'true' : 'false'}
          aria-controls={previewId}
          onClick={() => setPreviewing((open) => !open)}
        >
          {t.preview}
        </button>
      </p>
      <section class="markdown-editor__preview" id={previewId} aria-label={t.previewLabel} hidden={!previewing}>
        {previewing && (
          <>
            <p class="utrecht-form-field-description">{t.previewHelp}</p>
            {previewHtml.trim() === '' ? (
              <p class="utrecht-paragraph">{t.previewEmpty}</p>
            ) : (
              // Sanitised by renderMarkdown with the allow-list; the same HTML the public page would show.
              <div class="markdown-editor__preview-body" lang={lang} dangerouslySetInnerHTML={{ __html: previewHtml }} />
            )}
          </>
        )}
      </section>
      <div class="markdown-editor__hint" id={`${id}-hint`} role="status" aria-live="polite">
        {hint && <HintView hint={hint} />}
      </div>
    </>
  );
}
