import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

// A component fetched with import() when it is first needed, once for the whole workspace: the workspace's views
// (lazy-part.tsx) and the Markdown preview and hint (markdown/MarkdownEditor.tsx) load this way, so that the first
// view stays within its 60 kB budget.

export interface LazyComponent<P> {
  /** Loads it, or gives the load under way; after a failed load, the next call asks again. */
  get(): Promise<ComponentType<P>>;
  /** The component, once loaded. */
  loaded(): ComponentType<P> | null;
}

export function lazyComponent<P>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  return {
    get: () =>
      (loading ??= load().then(
        (component) => (loaded = component),
        (error: unknown) => {
          loading = null;
          throw error;
        },
      )),
    loaded: () => loaded,
  };
}

/**
 * The component in a view: at once when it was loaded before, else null until it arrives. `onFailure` is told
 * when it cannot be loaded (while the view is still shown).
 */
export function useLazyComponent<P>(lazy: LazyComponent<P>, onFailure?: () => void): ComponentType<P> | null {
  const [Component, setComponent] = useState<ComponentType<P> | null>(() => lazy.loaded());
  useEffect(() => {
    if (Component) return;
    let active = true;
    lazy.get().then(
      (component) => active && setComponent(() => component),
      () => active && onFailure?.(),
    );
    return () => {
      active = false;
    };
  }, []);
  return Component;
}
