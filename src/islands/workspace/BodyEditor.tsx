// A plain textarea with the props of src/islands/workspace/markdown/MarkdownEditor.tsx: shown while that
// editor loads, or instead of it when it cannot be loaded (see MarkdownField.tsx).

import type { MarkdownEditorProps } from './markdown/MarkdownEditor.tsx';

const requiredText = { nl: '(verplicht)', en: '(required)' } as const;

/** The same props as the full editor; a type-only import, so none of its code joins this bundle. */
export type BodyEditorProps = MarkdownEditorProps;

/** A plain labelled textarea for markdown, with the error and description linked like every other field. */
export function BodyEditor(props: BodyEditorProps) {
  const errorId = `${props.id}-error`;
  const describedBy = [props.describedBy, props.error ? errorId : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <div class="utrecht-form-field">
      <label class="utrecht-form-label" for={props.id}>
        {props.label}
        {props.required && <span class="workspace-required"> {requiredText[props.locale]}</span>}
      </label>
      {props.error && (
        <p class="workspace-field-error" id={errorId}>
          {props.error}
        </p>
      )}
      <textarea
        class="utrecht-textbox workspace-textarea workspace-textarea--long"
        id={props.id}
        value={props.value}
        aria-required={props.required ? 'true' : undefined}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
    </div>
  );
}
