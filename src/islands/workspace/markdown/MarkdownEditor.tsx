import DOMPurify from 'dompurify';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Locale } from '../../../i18n/locales.ts';
import { editorText } from '../../../i18n/text/editor.ts';
import { renderMarkdown } from '../../../lib/markdown/render-markdown.ts';
import { analyseReadability } from '../../../lib/readability/readability.ts';
import { HintView } from './HintView.tsx';
import { readabilityHint, type ReadabilityHint } from './readability-hint.ts';
import './markdown-editor.css';

// The Markdown field of the staff workspace: a labelled textarea with help, an optional preview rendered by the
// same sanitiser as the public page (in the browser, with the browser's DOMPurify: no jsdom in this bundle), and
// a plain-language hint. The hint only advises; nothing here stops the form from being saved.

export interface MarkdownEditorProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  locale: 'nl' | 'en';
  /** The language the text is written in (Dutch, or English for an English version): what the hint judges. */
  contentLocale?: Locale;
  /** A message from the server or the form's own check; shown above the field and announced with it. */
  error?: string;
  required?: boolean;
  maxLength?: number;
  /** Ids of more descriptions of the field, kept by the form that uses the editor. */
  describedBy?: string;
}

/** How long typing must pause before the hint is worked out again (and announced). */
export const hintDelayMs = 500;

export default function MarkdownEditor({ id, label, value, onInput, locale, contentLocale = 'nl', error, required, maxLength, describedBy }: MarkdownEditorProps) {
  const t = editorText(locale);
  // The text's language where it differs from the workspace's, so a screen reader reads it in the right voice.
  const lang = contentLocale === locale ? undefined : contentLocale;
  const [previewing, setPreviewing] = useState(false);
  const [hint, setHint] = useState<ReadabilityHint | null>(null);

  useEffect(() => {
    const timer = setTimeout(() => setHint(readabilityHint(analyseReadability(value, contentLocale), t, contentLocale)), hintDelayMs);
    return () => clearTimeout(timer);
  }, [value, locale, contentLocale]);

  // Rendered only while the preview is open, and only in the browser: the preview opens on a click.
  const previewHtml = useMemo(
    () => (previewing ? renderMarkdown(value, { purifier: DOMPurify, headingLevel: 4 }) : ''),
    [previewing, value],
  );

  const ids = {
    help: `${id}-help`,
    error: `${id}-error`,
    count: `${id}-count`,
    preview: `${id}-preview`,
    hint: `${id}-hint`,
  };
  const describedByIds = [error ? ids.error : null, ids.help, maxLength === undefined ? null : ids.count, describedBy ?? null]
    .filter((part): part is string => part !== null && part !== '')
    .join(' ');

  return (
    <div class={`utrecht-form-field markdown-editor${error ? ' utrecht-form-field--invalid' : ''}`}>
      <label class="utrecht-form-label" for={id}>
        {label}
        {required && <span class="markdown-editor__required"> {t.required}</span>}
      </label>
      <p class="utrecht-form-field-description" id={ids.help}>
        {t.help}
      </p>
      {error && (
        <p class="utrecht-form-field-description utrecht-form-field-description--invalid markdown-editor__error" id={ids.error}>
          <strong>{t.errorPrefix}</strong> {error}
        </p>
      )}
      <textarea
        id={id}
        name={id}
        class={`utrecht-textarea markdown-editor__textarea${error ? ' utrecht-textarea--invalid' : ''}`}
        rows={14}
        lang={lang}
        value={value}
        required={required}
        maxLength={maxLength}
        aria-required={required ? 'true' : undefined}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedByIds}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      {maxLength !== undefined && (
        <p class="utrecht-form-field-description markdown-editor__count" id={ids.count}>
          {t.characters(Array.from(value).length, maxLength)}
        </p>
      )}
      <p class="markdown-editor__actions">
        <button
          type="button"
          class="utrecht-button utrecht-button--secondary-action"
          aria-pressed={previewing ? 'true' : 'false'}
          aria-controls={ids.preview}
          onClick={() => setPreviewing((open) => !open)}
        >
          {t.preview}
        </button>
      </p>
      <section class="markdown-editor__preview" id={ids.preview} aria-label={t.previewLabel} hidden={!previewing}>
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
      <div class="markdown-editor__hint" id={ids.hint} role="status" aria-live="polite">
        {hint && <HintView hint={hint} />}
      </div>
    </div>
  );
}
