import { useEffect, useRef, useState } from 'preact/hooks';
import type { FollowPagesText } from '../../i18n/text/follow.ts';
import { pathFor } from '../../i18n/routes.ts';
import type { Locale } from '../../i18n/locales.ts';
import { rpcOutcome } from '../project/rpc.ts';
import { failureMessage } from './failure.ts';
import { readLinkValues, remembered, rememberToken } from './link-token.ts';

// The confirmation page: confirms on load. A mail scanner that fetches the link gets this static page and runs
// no JavaScript, so only a person's visit confirms. A link works once: its first use confirms and hands out a
// manage link; a later use (a reload, a second click) answers "already confirmed" and hands out nothing. This
// tab remembers the manage link of the first use, so a reload still offers it.

export interface ConfirmSubscriptionProps {
  apiUrl: string;
  anonKey: string;
  locale: Locale;
  text: FollowPagesText;
  /** The language of titles from the database, when it differs from the page's ('nl' on English pages). */
  contentLang?: string | undefined;
}

type State =
  | { kind: 'working' }
  | { kind: 'confirmed'; message: string; alreadyConfirmed: boolean; project: { slug: string; title: string } | null; manageToken: string | null }
  | { kind: 'failed'; status: number; message: string; project: string | null };

interface Confirmed {
  message?: unknown;
  already_confirmed?: unknown;
  subscription_id?: unknown;
  project?: { slug?: unknown; title?: unknown } | null;
  manage_token?: unknown;
}

export default function ConfirmSubscription(props: ConfirmSubscriptionProps) {
  const { text, locale } = props;
  const [state, setState] = useState<State>({ kind: 'working' });
  const result = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const link = readLinkValues('confirm');
    if (!link.token) {
      setState({ kind: 'failed', status: 400, message: text.noToken, project: link.project });
      return;
    }
    void rpcOutcome({ url: props.apiUrl, anonKey: props.anonKey }, 'confirm_subscription', { token: link.token }, locale).then((outcome) => {
      if (!outcome.ok) {
        setState({ kind: 'failed', status: outcome.status, message: failureMessage(outcome, text), project: link.project });
        return;
      }
      const answer = (outcome.data ?? {}) as Confirmed;
      const project =
        answer.project && typeof answer.project.slug === 'string' && typeof answer.project.title === 'string'
          ? { slug: answer.project.slug, title: answer.project.title }
          : null;
      const subscription = typeof answer.subscription_id === 'string' ? answer.subscription_id : null;
      let manageToken = typeof answer.manage_token === 'string' ? answer.manage_token : null;
      if (manageToken) {
        rememberToken('manage', { token: manageToken, subscription });
      } else {
        // A repeated use mints no manage link; the one this tab got at the first use, for this subscription, still works.
        const kept = remembered('manage');
        if (subscription !== null && kept.subscription === subscription && typeof kept.token === 'string') manageToken = kept.token;
      }
      setState({
        kind: 'confirmed',
        message: typeof answer.message === 'string' ? answer.message : '',
        alreadyConfirmed: answer.already_confirmed === true,
        project,
        manageToken,
      });
    });
  }, []);

  // The outcome replaces "one moment" in a live region; focus follows, so it is read out at once.
  useEffect(() => {
    if (state.kind !== 'working') result.current?.focus();
  }, [state.kind]);

  const home = pathFor({ page: 'home' }, locale);
  return (
    <div class="follow-result" role="status" ref={result} tabIndex={-1} data-state={state.kind}>
      {state.kind === 'working' && <p class="utrecht-paragraph">{text.working}</p>}
      {state.kind === 'confirmed' && (
        <>
          <p class="utrecht-paragraph">
            <strong>{state.message}</strong>
          </p>
          {state.alreadyConfirmed && <p class="utrecht-paragraph">{text.alreadyConfirmed}</p>}
          <ul class="utrecht-unordered-list">
            {state.project && (
              <li class="utrecht-unordered-list__item">
                <a class="utrecht-link" href={pathFor({ page: 'project', slug: state.project.slug }, locale)}>
                  {text.toProject}: <span lang={props.contentLang}>{state.project.title}</span>
                </a>
              </li>
            )}
            {state.manageToken && (
              <li class="utrecht-unordered-list__item">
                <a class="utrecht-link" href={`${pathFor({ page: 'followManage' }, locale)}#token=${encodeURIComponent(state.manageToken)}`}>
                  {text.toManage}
                </a>
              </li>
            )}
            <li class="utrecht-unordered-list__item">
              <a class="utrecht-link" href={home}>
                {text.toHome}
              </a>
            </li>
          </ul>
        </>
      )}
      {state.kind === 'failed' && (
        <>
          <p class="utrecht-paragraph">{state.message}</p>
          <p class="utrecht-paragraph">
            {state.status === 410 ? (
              <a class="utrecht-link" href={state.project ? `${pathFor({ page: 'project', slug: state.project }, locale)}#follow` : home}>
                {text.expiredFollowAgain}
              </a>
            ) : (
              <a class="utrecht-link" href={home}>
                {text.toHome}
              </a>
            )}
          </p>
        </>
      )}
    </div>
  );
}
