import type { GoTrueClient } from '@supabase/auth-js';
import { useRef, useState } from 'preact/hooks';
import { fill } from '../../i18n/fill.ts';
import { clientMessage } from '../../lib/workspace/errors.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { WorkspaceText } from '../../i18n/text/workspace.ts';

export interface SignInFormProps {
  auth: GoTrueClient;
  text: WorkspaceText;
  locale: Locale;
  magicLink: boolean;
  /** Prefix for element ids, so the page form and the dialog form never share an id. */
  idPrefix: string;
  initialEmail?: string;
  onSignedIn: () => void;
  /** Heading level of the error summary title. */
  headingLevel?: 2 | 3;
}

/** E-mail and password sign-in through Supabase Auth; errors in a labelled alert above the form. */
export function SignInForm(props: SignInFormProps) {
  const { text, idPrefix } = props;
  const [email, setEmail] = useState(props.initialEmail ?? '');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  const fail = (message: string) => {
    setError(message);
    // After the alert renders: focus it so a screen reader reads what went wrong.
    setTimeout(() => alertRef.current?.focus(), 0);
  };

  const signIn = async (event: Event) => {
    event.preventDefault();
    setNotice(null);
    if (email.trim() === '') return fail(text.signIn.emailRequired);
    if (password === '') return fail(text.signIn.passwordRequired);
    setBusy(true);
    try {
      const { error: authError } = await props.auth.signInWithPassword({ email: email.trim(), password });
      if (authError) {
        const status = authError.status ?? 0;
        if (status === 0 || /fetch/i.test(authError.message)) fail(clientMessage(props.locale, 'offline'));
        else if (status === 400 || status === 401 || authError.code === 'invalid_credentials') fail(text.signIn.wrongCredentials);
        else fail(authError.message);
        return;
      }
      setError(null);
      setPassword('');
      props.onSignedIn();
    } catch {
      fail(clientMessage(props.locale, 'offline'));
    } finally {
      setBusy(false);
    }
  };

  // Magic links need a Supabase project with mail configured (PUBLIC_AUTH_MAGIC_LINK=true at build). The local
  // stand-in sends no mail, so the button is not shown there.
  const sendLink = async () => {
    setNotice(null);
    if (email.trim() === '') return fail(text.signIn.emailRequired);
    setBusy(true);
    const { error: otpError } = await props.auth.signInWithOtp({
      email: email.trim(),
      options: { shouldCreateUser: false, emailRedirectTo: window.location.href },
    });
    setBusy(false);
    if (otpError) return fail(otpError.message);
    setError(null);
    setNotice(fill(text.signIn.magicLinkSent, { email: email.trim() }));
  };

  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  return (
    <form class="workspace-form" onSubmit={signIn} noValidate>
      {error && (
        <div
          class="utrecht-alert utrecht-alert--error"
          role="alert"
          tabIndex={-1}
          ref={alertRef}
          aria-labelledby={`${idPrefix}-error-title`}
        >
          <Heading id={`${idPrefix}-error-title`} class="workspace-alert-title">
            {text.signIn.failed}
          </Heading>
          <p class="utrecht-paragraph">{error}</p>
        </div>
      )}
      {notice && (
        <div class="utrecht-alert utrecht-alert--info">
          <p class="utrecht-paragraph">{notice}</p>
        </div>
      )}
      <div class="utrecht-form-field">
        <label class="utrecht-form-label" for={`${idPrefix}-email`}>
          {text.signIn.email}
        </label>
        <input
          class="utrecht-textbox"
          id={`${idPrefix}-email`}
          type="email"
          autoComplete="username"
          value={email}
          onInput={(event) => setEmail(event.currentTarget.value)}
        />
      </div>
      <div class="utrecht-form-field">
        <label class="utrecht-form-label" for={`${idPrefix}-password`}>
          {text.signIn.password}
        </label>
        <input
          class="utrecht-textbox"
          id={`${idPrefix}-password`}
          type="password"
          autoComplete="current-password"
          value={password}
          onInput={(event) => setPassword(event.currentTarget.value)}
        />
      </div>
      <div class="workspace-actions">
        <button type="submit" class="utrecht-button utrecht-button--primary-action" disabled={busy}>
          {busy ? text.signIn.busy : text.signIn.submit}
        </button>
        {props.magicLink && (
          <button type="button" class="utrecht-button utrecht-button--secondary-action" disabled={busy} onClick={() => void sendLink()}>
            {text.signIn.magicLink}
          </button>
        )}
      </div>
    </form>
  );
}
