import { createContext } from 'preact';
import { useContext, useEffect, useRef } from 'preact/hooks';
import type { Locale } from '../../i18n/locales.ts';
import type { EnumLabels } from '../../i18n/text/enum-labels.ts';
import type { WorkspaceText } from '../../i18n/text/workspace.ts';
export { enumLabel, enumValues } from '../../lib/workspace/enum-labels.ts';
import type { DraftStore } from '../../lib/workspace/draft-store.ts';
import type { StaffWorkspace } from '../../lib/workspace/schemas.ts';
import type { SessionGuard } from '../../lib/workspace/session-guard.ts';
import type { StaffApi } from '../../lib/workspace/staff-client.ts';

/** What every view of the workspace needs: the API behind the session guard, text, the user and their data. */
export interface WorkspaceContextValue {
  api: StaffApi;
  run: SessionGuard;
  locale: Locale;
  text: WorkspaceText;
  /** The labels of the SQL enumerations in the staff member's language. */
  labels: EnumLabels;
  userId: string;
  workspace: StaffWorkspace;
  reloadWorkspace: () => Promise<void>;
  drafts: DraftStore;
  /** Says something in the polite live region (saved, submitted, …). */
  announce: (message: string) => void;
  /** The title of the current view; the root puts it in document.title. */
  setViewTitle: (title: string) => void;
  /**
   * Ref for every view's h1: after a navigation the first h1 that mounts gets focus, also when the view shows
   * it only after loading its data.
   */
  headingRef: (element: HTMLHeadingElement | null) => void;
}

export const WorkspaceContext = createContext<WorkspaceContextValue | null>(null);

export function useWorkspace(): WorkspaceContextValue {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error('useWorkspace outside the Workspace island');
  return value;
}

/** The view's title in document.title, and a ref for its h1 (focused by the root after navigation). */
export function useViewTitle(title: string) {
  const { setViewTitle } = useWorkspace();
  useEffect(() => setViewTitle(title), [title]);
}

/** Formats a date or timestamp for the staff member's language, in the Netherlands' time zone. */
export function formatWhen(locale: Locale, value: string | null | undefined, withTime = true): string {
  if (!value) return '';
  const date = new Date(value.length === 10 ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'medium',
    ...(withTime && value.length > 10 ? { timeStyle: 'short' } : {}),
    timeZone: 'Europe/Amsterdam',
  }).format(date);
}

export function useLatest<T>(value: T) {
  const ref = useRef(value);
  ref.current = value;
  return ref;
}
