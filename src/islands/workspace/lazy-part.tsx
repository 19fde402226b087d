import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import { useWorkspace } from './context.ts';
import { lazyComponent, useLazyComponent } from './lazy-component.ts';

/**
 * A part of the workspace (a view, a section) that is loaded with import() when it is first shown, so that
 * signing in and the projects list do not wait for every form: the workspace's first view must stay within
 * 60 kB of JavaScript (tests/e2e/workspace-budget.spec.ts). Meanwhile a status says it is loading. When loading
 * fails (no connection, or the site was rebuilt and the old file is gone), an alert says so and offers to try
 * again. Trying again reloads the page once the site answers: Chromium keeps a failed module fetch for the life of
 * the page (a second import() of it, or of any module that imports it, fails without asking the server again).
 * Reloading loses nothing: the view is in the address (#/...), the session and drafts are in localStorage.
 *
 * @example
 * const TeamView = lazyPart(() => import('./TeamView.tsx').then((module) => module.TeamView));
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const part = lazyComponent(load);

  return function LazyPart(props: P) {
    const { text } = useWorkspace();
    const [failed, setFailed] = useState(false);
    const [stillOffline, setStillOffline] = useState(false);
    const Component = useLazyComponent(part, () => setFailed(true));

    if (Component) return <Component {...props} />;
    if (failed) {
      return (
        <div class="utrecht-alert utrecht-alert--error" role="alert">
          <p class="utrecht-paragraph">{text.part.failed}</p>
          {stillOffline && <p class="utrecht-paragraph">{text.part.stillOffline}</p>}
          <button
            type="button"
            class="utrecht-button utrecht-button--secondary-action"
            onClick={() => {
              setStillOffline(false);
              void siteAnswers().then((answers) => (answers ? window.location.reload() : setStillOffline(true)));
            }}
          >
            {text.part.retry}
          </button>
        </div>
      );
    }
    return (
      <p class="utrecht-paragraph" role="status">
        {text.part.loading}
      </p>
    );
  };
}

/** Whether the site can be reached now: reloading without a connection would show the browser's error page. */
async function siteAnswers(): Promise<boolean> {
  try {
    const response = await fetch(window.location.pathname, { method: 'HEAD', cache: 'no-store' });
    return response.ok;
  } catch {
    return false;
  }
}
