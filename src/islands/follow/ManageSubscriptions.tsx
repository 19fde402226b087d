import { useEffect, useRef, useState } from 'preact/hooks';
import type { FollowFormText, FollowPagesText } from '../../i18n/text/follow.ts';
import type { Locale } from '../../i18n/locales.ts';
import { pathFor } from '../../i18n/routes.ts';
import { rpcOutcome } from '../project/rpc.ts';
import { failureMessage } from './failure.ts';
import { readLinkValues } from './link-token.ts';

// The manage page of a follower, reached from any mail (or the confirmation page): what they follow, how often,
// in which language; stop following one; delete everything. The manage token is the only key: no account.

export interface ManageSubscriptionsProps {
  apiUrl: string;
  anonKey: string;
  locale: Locale;
  text: FollowPagesText;
  /** The frequency words of the follow form. */
  frequencies: Pick<FollowFormText, 'immediate' | 'daily' | 'weekly'>;
  contentLang?: string | undefined;
}

interface Subscription {
  id: string;
  project: { slug: string | null; title: string | null } | null;
  all_projects: boolean;
  frequency: string;
  confirmed: boolean;
  participate: boolean;
  group_name: string | null;
}

interface Overview {
  email: string;
  language: string;
  subscriptions: Subscription[];
}

type State =
  | { kind: 'working' }
  | { kind: 'failed'; message: string }
  | { kind: 'loaded'; overview: Overview }
  | { kind: 'deleted'; message: string };

const frequencyValues = ['immediate', 'daily', 'weekly'] as const;

function readOverview(data: unknown): Overview | null {
  const value = data as Partial<Overview> | null;
  if (!value || typeof value.email !== 'string' || !Array.isArray(value.subscriptions)) return null;
  return { email: value.email, language: value.language === 'en' ? 'en' : 'nl', subscriptions: value.subscriptions };
}

export default function ManageSubscriptions(props: ManageSubscriptionsProps) {
  const { text, locale } = props;
  const target = { url: props.apiUrl, anonKey: props.anonKey };
  const [token, setToken] = useState<string | null>(null);
  const [state, setState] = useState<State>({ kind: 'working' });
  const [note, setNote] = useState<{ text: string; error: boolean } | null>(null);
  const [choices, setChoices] = useState<Record<string, string>>({});
  const [language, setLanguage] = useState('nl');
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [busy, setBusy] = useState(false);
  const noteRef = useRef<HTMLDivElement>(null);
  const deleteCheck = useRef<HTMLParagraphElement>(null);
  const deleteStart = useRef<HTMLButtonElement>(null);

  function show(overview: Overview) {
    setState({ kind: 'loaded', overview });
    setChoices(Object.fromEntries(overview.subscriptions.map((subscription) => [subscription.id, subscription.frequency])));
    setLanguage(overview.language);
  }

  useEffect(() => {
    const link = readLinkValues('manage');
    setToken(link.token);
    if (!link.token) {
      setState({ kind: 'failed', message: text.noToken });
      return;
    }
    void rpcOutcome(target, 'my_subscriptions', { token: link.token }, locale).then((outcome) => {
      const overview = outcome.ok ? readOverview(outcome.data) : null;
      if (overview) show(overview);
      else setState({ kind: 'failed', message: outcome.ok ? text.otherError : failureMessage(outcome, text) });
    });
  }, []);

  useEffect(() => {
    if (note) noteRef.current?.focus();
  }, [note]);
  useEffect(() => {
    if (confirmingDelete) deleteCheck.current?.focus();
  }, [confirmingDelete]);

  /** Runs one change; on success shows the new overview and says so, on failure says why and keeps the page. */
  async function change(fn: string, input: Record<string, unknown>, done: string) {
    if (!token || busy) return;
    setBusy(true);
    const outcome = await rpcOutcome(target, fn, { token, ...input }, locale);
    setBusy(false);
    if (!outcome.ok) {
      setNote({ text: failureMessage(outcome, text), error: true });
      return;
    }
    if (fn === 'delete_my_data') {
      const message = (outcome.data as { message?: unknown } | null)?.message;
      setState({ kind: 'deleted', message: typeof message === 'string' ? message : done });
      setNote({ text: typeof message === 'string' ? message : done, error: false });
      return;
    }
    if (fn === 'unsubscribe') {
      // unsubscribe answers only how many were removed; read the list again.
      const again = await rpcOutcome(target, 'my_subscriptions', { token }, locale);
      const overview = again.ok ? readOverview(again.data) : null;
      if (overview) show(overview);
    } else {
      const overview = readOverview(outcome.data);
      if (overview) show(overview);
    }
    setNote({ text: done, error: false });
  }

  const home = pathFor({ page: 'home' }, locale);
  const noteBox = (
    <div class={note?.error ? 'follow-note follow-note--error' : 'follow-note'} role="status" ref={noteRef} tabIndex={-1}>
      {note && <p class="utrecht-paragraph">{note.text}</p>}
    </div>
  );

  if (state.kind === 'working') return <div role="status"><p class="utrecht-paragraph">{text.working}</p></div>;
  if (state.kind === 'failed' || state.kind === 'deleted') {
    return (
      <div class="follow-result" role="status" data-state={state.kind}>
        <p class="utrecht-paragraph">{state.kind === 'failed' ? state.message : <strong>{state.message}</strong>}</p>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={home}>
            {text.toHome}
          </a>
        </p>
      </div>
    );
  }

  const { overview } = state;
  return (
    <div class="follow-manage" data-state="loaded">
      {noteBox}
      <p class="utrecht-paragraph">
        {text.address}: <strong>{overview.email}</strong>
      </p>
      <h2 class="utrecht-heading-2">{text.subscriptions}</h2>
      {overview.subscriptions.length === 0 ? (
        <p class="utrecht-paragraph">{text.noSubscriptions}</p>
      ) : (
        <ul class="follow-subscriptions">
          {overview.subscriptions.map((subscription) => {
            const selectId = `frequency-${subscription.id}`;
            const slug = subscription.project?.slug ?? null;
            const title = subscription.all_projects
              ? text.allProjects
              : (subscription.project?.title ?? text.withdrawnProject);
            return (
              <li key={subscription.id} class="follow-subscription" data-subscription={subscription.id}>
                <h3 class="utrecht-heading-3" id={`title-${subscription.id}`}>
                  {slug ? (
                    <a class="utrecht-link" href={pathFor({ page: 'project', slug }, locale)} lang={props.contentLang}>
                      {title}
                    </a>
                  ) : (
                    <span lang={subscription.all_projects ? undefined : props.contentLang}>{title}</span>
                  )}
                </h3>
                <p class="utrecht-paragraph">{subscription.confirmed ? text.confirmed : text.pending}</p>
                {subscription.participate && <p class="utrecht-paragraph">{text.participates}</p>}
                {subscription.group_name && (
                  <p class="utrecht-paragraph">
                    {text.group} <span lang={props.contentLang}>{subscription.group_name}</span>
                  </p>
                )}
                <form
                  class="follow-inline"
                  onSubmit={(event) => {
                    event.preventDefault();
                    void change('update_subscription', { subscription_id: subscription.id, frequency: choices[subscription.id] }, text.saved);
                  }}
                >
                  <label class="utrecht-form-label" for={selectId}>
                    {text.frequency}
                  </label>
                  <select
                    class="utrecht-select utrecht-select--html-select"
                    id={selectId}
                    value={choices[subscription.id] ?? subscription.frequency}
                    onChange={(event) => setChoices({ ...choices, [subscription.id]: event.currentTarget.value })}
                  >
                    {frequencyValues.map((value) => (
                      <option key={value} value={value}>
                        {props.frequencies[value]}
                      </option>
                    ))}
                  </select>
                  <button class="utrecht-button utrecht-button--secondary-action" type="submit" aria-describedby={`title-${subscription.id}`}>
                    {text.save}
                  </button>
                  <button
                    class="utrecht-button utrecht-button--secondary-action"
                    type="button"
                    aria-describedby={`title-${subscription.id}`}
                    onClick={() => void change('unsubscribe', { subscription_id: subscription.id }, text.unfollowed)}
                  >
                    {text.unfollow}
                  </button>
                </form>
              </li>
            );
          })}
        </ul>
      )}
      <h2 class="utrecht-heading-2">{text.language}</h2>
      <form
        class="follow-inline"
        onSubmit={(event) => {
          event.preventDefault();
          void change('update_subscription', { language }, text.saved);
        }}
      >
        <label class="utrecht-form-label" for="follow-language">
          {text.language}
        </label>
        <select class="utrecht-select utrecht-select--html-select" id="follow-language" value={language} onChange={(event) => setLanguage(event.currentTarget.value)}>
          <option value="nl">{text.languageNl}</option>
          <option value="en">{text.languageEn}</option>
        </select>
        <button class="utrecht-button utrecht-button--secondary-action" type="submit">
          {text.saveLanguage}
        </button>
      </form>
      <h2 class="utrecht-heading-2">{text.deleteTitle}</h2>
      <p class="utrecht-paragraph">{text.deleteIntro}</p>
      {confirmingDelete ? (
        <div class="follow-confirm-delete">
          <p class="utrecht-paragraph" ref={deleteCheck} tabIndex={-1}>
            <strong>{text.deleteCheck}</strong>
          </p>
          <button class="utrecht-button utrecht-button--primary-action" type="button" onClick={() => void change('delete_my_data', {}, text.deleteTitle)}>
            {text.deleteConfirm}
          </button>{' '}
          <button
            class="utrecht-button utrecht-button--secondary-action"
            type="button"
            onClick={() => {
              setConfirmingDelete(false);
              // Back where the keyboard user started.
              setTimeout(() => deleteStart.current?.focus(), 0);
            }}
          >
            {text.deleteCancel}
          </button>
        </div>
      ) : (
        <button class="utrecht-button utrecht-button--secondary-action" type="button" ref={deleteStart} onClick={() => setConfirmingDelete(true)}>
          {text.deleteStart}
        </button>
      )}
    </div>
  );
}
