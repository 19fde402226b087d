import { useEffect, useRef, useState } from 'preact/hooks';
import type { FollowPagesText } from '../../i18n/text/follow.ts';
import type { Locale } from '../../i18n/locales.ts';
import { pathFor } from '../../i18n/routes.ts';
import { rpcOutcome } from '../project/rpc.ts';
import { failureMessage } from './failure.ts';
import { readLinkValues } from './link-token.ts';

// The unsubscribe page of the link in a mail's body: one button, so a mail scanner that opens the link (and a
// person who only looks) unsubscribes nobody. The one-click unsubscribe of the mail's header is a POST to the
// API; a GET of that address (someone who opens it in a browser) comes here with the header's unsubscribe token,
// which stops the subscription but opens no settings: the link to the manage page is offered only when the API
// says the token can (can_manage).

export interface UnsubscribeButtonProps {
  apiUrl: string;
  anonKey: string;
  locale: Locale;
  text: FollowPagesText;
}

type State = { kind: 'ready' } | { kind: 'missing' } | { kind: 'done'; message: string; canManage: boolean } | { kind: 'failed'; message: string };

export default function UnsubscribeButton(props: UnsubscribeButtonProps) {
  const { text, locale } = props;
  const [link, setLink] = useState<{ token: string | null; subscription: string | null }>({ token: null, subscription: null });
  const [state, setState] = useState<State>({ kind: 'ready' });
  const [busy, setBusy] = useState(false);
  const result = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const values = readLinkValues('unsubscribe');
    setLink(values);
    if (!values.token) setState({ kind: 'missing' });
  }, []);
  useEffect(() => {
    if (state.kind === 'done' || state.kind === 'failed') result.current?.focus();
  }, [state]);

  async function unsubscribe() {
    if (!link.token || busy) return;
    setBusy(true);
    const input: Record<string, unknown> = { token: link.token };
    if (link.subscription) input['subscription_id'] = link.subscription;
    const outcome = await rpcOutcome({ url: props.apiUrl, anonKey: props.anonKey }, 'unsubscribe', input, locale);
    setBusy(false);
    if (outcome.ok) {
      const answer = (outcome.data ?? {}) as { message?: unknown; can_manage?: unknown };
      const message = typeof answer.message === 'string' ? answer.message : text.unfollowed;
      setState({ kind: 'done', message, canManage: answer.can_manage === true });
    } else {
      setState({ kind: 'failed', message: failureMessage(outcome, text) });
    }
  }

  const manage = link.token ? `${pathFor({ page: 'followManage' }, locale)}#token=${encodeURIComponent(link.token)}` : null;
  return (
    <div class="follow-unsubscribe">
      {state.kind === 'missing' ? (
        <p class="utrecht-paragraph">{text.noToken}</p>
      ) : (
        state.kind !== 'done' && (
          <>
            <p class="utrecht-paragraph">{text.unsubscribeIntro}</p>
            <button class="utrecht-button utrecht-button--primary-action" type="button" disabled={!link.token} onClick={() => void unsubscribe()} aria-disabled={busy ? 'true' : undefined}>
              {text.unsubscribeButton}
            </button>
          </>
        )
      )}
      <div class="follow-result" role="status" ref={result} tabIndex={-1} data-state={state.kind}>
        {(state.kind === 'done' || state.kind === 'failed') && (
          <>
            <p class="utrecht-paragraph">{state.kind === 'done' ? <strong>{state.message}</strong> : state.message}</p>
            {state.kind === 'done' && state.canManage && manage && (
              <p class="utrecht-paragraph">
                <a class="utrecht-link" href={manage}>
                  {text.toManage}
                </a>
              </p>
            )}
          </>
        )}
      </div>
    </div>
  );
}
