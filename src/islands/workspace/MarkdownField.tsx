import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { BodyEditor } from './BodyEditor.tsx';
import type { MarkdownEditorProps } from './markdown/MarkdownEditor.tsx';

// The markdown editor (preview through marked and DOMPurify, readability hint) is a third of the workspace's
// JavaScript and only the update form needs it, so it loads when that form first opens. Until then, and
// if loading fails (no connection), the plain labelled textarea with the same props stands in: typing never
// waits and nothing typed is lost.
let loadedEditor: ComponentType<MarkdownEditorProps> | null = null;

export function MarkdownField(props: MarkdownEditorProps) {
  const [Editor, setEditor] = useState<ComponentType<MarkdownEditorProps> | null>(() => loadedEditor);

  useEffect(() => {
    if (Editor) return;
    let active = true;
    import('./markdown/MarkdownEditor.tsx')
      .then((module) => {
        loadedEditor = module.default;
        if (!active) return;
        const hadFocus = document.activeElement?.id === props.id;
        setEditor(() => module.default);
        // The textarea is replaced by the editor's own: keep the caret where the staff member is typing.
        if (hadFocus) window.setTimeout(() => document.getElementById(props.id)?.focus(), 0);
      })
      .catch(() => undefined);
    return () => {
      active = false;
    };
  }, []);

  return Editor ? <Editor {...props} /> : <BodyEditor {...props} />;
}
