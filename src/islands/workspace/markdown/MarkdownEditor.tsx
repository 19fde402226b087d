import type { Locale } from '../../../i18n/locales.ts';
import { editorText } from '../../../i18n/text/editor.ts';
import { lazyComponent, useLazyComponent } from '../lazy-component.ts';
import type { MarkdownToolsProps } from './MarkdownTools.tsx';
import './markdown-editor.css';

// The Markdown field of the staff workspace: a labelled textarea with help, error and character count, and under
// it a preview (rendered by the same sanitiser as the public page) and a plain-language hint. The hint only
// advises; nothing here stops the form from being saved.
//
// The preview and hint load separately (MarkdownTools.tsx) and are added next to the textarea when they arrive.
// The textarea is rendered here and never swapped for another element: a staff member typing while the tools
// load loses no keystroke and keeps the caret. When loading fails (no connection), the field works without them.

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

const markdownTools = lazyComponent<MarkdownToolsProps>(() => import('./MarkdownTools.tsx').then((module) => module.default));

/** Loads the preview and hint once for every field; a failed load is asked again by the next field shown. */
export const loadMarkdownTools = markdownTools.get;

export default function MarkdownEditor({
  id,
  label,
  value,
  onInput,
  locale,
  contentLocale = 'nl',
  error,
  required,
  maxLength,
  describedBy,
}: MarkdownEditorProps) {
  const t = editorText(locale);
  // The text's language where it differs from the workspace's, so a screen reader reads it in the right voice.
  const lang = contentLocale === locale ? undefined : contentLocale;
  // Without them (no connection) the field works all the same.
  const Tools = useLazyComponent(markdownTools);

  const ids = { help: `${id}-help`, error: `${id}-error`, count: `${id}-count` };
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
      {Tools && <Tools id={id} value={value} locale={locale} contentLocale={contentLocale} />}
    </div>
  );
}
