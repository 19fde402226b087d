import type { GoTrueClient } from '@supabase/auth-js';
import { useEffect, useRef } from 'preact/hooks';
import type { Locale } from '../../i18n/locales.ts';
import type { WorkspaceText } from '../../i18n/text/workspace.ts';
import { SignInForm } from './SignInForm.tsx';

export interface SessionDialogProps {
  auth: GoTrueClient;
  text: WorkspaceText;
  locale: Locale;
  magicLink: boolean;
  email: string;
  /** true after signing in again, false when closed without. */
  onClose: (signedIn: boolean) => void;
}

const focusable =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A modal sign-in over the workspace when the session ended. The view underneath stays mounted (its form
 * keeps what was typed) and is made inert; focus stays in the dialog and returns where it was on close.
 */
export function SessionDialog(props: SessionDialogProps) {
  const dialogRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const returnTo = document.activeElement as HTMLElement | null;
    const background = document.querySelector<HTMLElement>('.workspace-app');
    background?.setAttribute('inert', '');
    dialogRef.current?.querySelector<HTMLElement>('input')?.focus();
    return () => {
      background?.removeAttribute('inert');
      // The element may have gone (a re-rendered button); then the dialog's opener region is the best guess.
      if (returnTo && document.contains(returnTo)) returnTo.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      props.onClose(false);
      return;
    }
    if (event.key !== 'Tab' || !dialogRef.current) return;
    const items = [...dialogRef.current.querySelectorAll<HTMLElement>(focusable)];
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  const { text } = props;
  return (
    <div class="workspace-dialog-backdrop">
      <div
        class="workspace-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="session-dialog-title"
        aria-describedby="session-dialog-intro"
        ref={dialogRef}
        onKeyDown={onKeyDown}
      >
        <h2 id="session-dialog-title" class="utrecht-heading-2">
          {text.session.expiredTitle}
        </h2>
        <p id="session-dialog-intro" class="utrecht-paragraph">
          {text.session.expiredIntro}
        </p>
        <SignInForm
          auth={props.auth}
          text={text}
          locale={props.locale}
          magicLink={false}
          idPrefix="session-dialog"
          initialEmail={props.email}
          headingLevel={3}
          onSignedIn={() => props.onClose(true)}
        />
        <button type="button" class="utrecht-button utrecht-button--subtle" onClick={() => props.onClose(false)}>
          {text.session.close}
        </button>
      </div>
    </div>
  );
}
