import { useEffect, useRef, useState } from 'preact/hooks';
import type { FollowFormText } from '../../i18n/text/follow.ts';
import { rpcOutcome, type RpcTarget } from '../project/rpc.ts';
import { failureMessage } from './failure.ts';

// The follow form: one project (project page, join page) or every project (home page, project null). It calls
// public.follow_project over fetch, not supabase-js, for the 15 kB JavaScript budget of a resident's page
// (see ../project/rpc.ts). The server renders the same markup, so hydrating moves nothing; until then the
// button is disabled, since a plain submit would go nowhere.
//
// Every follow request carries a solved proof-of-work challenge (ALTCHA), so that mailing strangers costs a
// bot real CPU time: on submit the form asks public.follow_challenge for a challenge, loads the widget
// (./proof-of-work.ts, a dynamic import: it is larger than the whole page budget, and only someone who sends
// the form needs it), solves it on the resident's device and sends the solution along. The live region says
// what is happening meanwhile; a failure lands in the error summary like any other.

export interface FollowFormProps {
  apiUrl: string;
  anonKey: string;
  organisation: string;
  /** The project's slug, or null to follow every project. */
  project: string | null;
  /** The page's language: the language of the mails too. */
  locale: string;
  text: FollowFormText;
  /** Unique per page: the prefix of the form's element ids. */
  idPrefix: string;
  /** The join page: also ask whether the resident wants to take part, and their neighbourhood or group. */
  join?: boolean;
  /** Suggestions for the group field (the project's groups). */
  groups?: string[];
}

type Field = 'email' | 'frequency' | 'participate' | 'group_name';
const fields: readonly Field[] = ['email', 'frequency', 'participate', 'group_name'];
const frequencies = ['immediate', 'daily', 'weekly'] as const;

interface Failure {
  field: Field | null;
  message: string;
}

export default function FollowForm(props: FollowFormProps) {
  const { text, idPrefix: id } = props;
  const [ready, setReady] = useState(false);
  const [email, setEmail] = useState('');
  const [frequency, setFrequency] = useState<string>('immediate');
  const [participate, setParticipate] = useState(false);
  const [group, setGroup] = useState('');
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState('');
  const [failure, setFailure] = useState<Failure | null>(null);
  const summary = useRef<HTMLDivElement>(null);

  useEffect(() => setReady(true), []);
  // The error summary takes focus, so keyboard and screen reader users land on what went wrong.
  useEffect(() => {
    if (failure) summary.current?.focus();
  }, [failure]);

  /** The payload of a solved challenge, or what to tell the resident when there is none. */
  async function solvedChallenge(target: RpcTarget): Promise<{ altcha: string } | { failure: string }> {
    const challenge = await rpcOutcome(target, 'follow_challenge', {}, props.locale);
    if (!challenge.ok) return { failure: failureMessage(challenge, text) };
    try {
      const { solveFollowChallenge } = await import('./proof-of-work.ts');
      const altcha = await solveFollowChallenge(challenge.data);
      return altcha ? { altcha } : { failure: text.checkFailed };
    } catch {
      // The widget's script did not load: offline, or a network that blocks it.
      return { failure: text.networkError };
    }
  }

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setFailure(null);
    setAnswer(text.checking);
    const target = { url: props.apiUrl, anonKey: props.anonKey };
    const solved = await solvedChallenge(target);
    if ('failure' in solved) {
      setBusy(false);
      setAnswer('');
      setFailure({ field: null, message: solved.failure });
      return;
    }
    setAnswer(text.sending);
    const input: Record<string, unknown> = {
      organisation: props.organisation,
      project: props.project,
      email: email.trim(),
      frequency,
      language: props.locale,
      altcha: solved.altcha,
    };
    if (props.join) {
      input['participate'] = participate;
      if (group.trim() !== '') input['group_name'] = group.trim();
    }
    const outcome = await rpcOutcome(target, 'follow_project', input, props.locale);
    setBusy(false);
    setAnswer('');
    if (outcome.ok) {
      const message = (outcome.data as { message?: unknown } | null)?.message;
      setAnswer(typeof message === 'string' ? message : text.sending);
      return;
    }
    // Whatever failed, the typed values stay in the form. A refused challenge (field altcha: expired, used) is no
    // field of the form: its message goes to the summary, and sending again fetches a new challenge.
    const field = fields.find((candidate) => candidate === outcome.hint) ?? null;
    setFailure({ field: outcome.status === 400 ? field : null, message: failureMessage(outcome, text) });
  }

  const errorOf = (field: Field) => (failure?.field === field ? failure.message : null);
  const describedBy = (field: Field, hint?: string) =>
    [hint, errorOf(field) ? `${id}-${field}-error` : undefined].filter(Boolean).join(' ') || undefined;
  const errorText = (field: Field) =>
    errorOf(field) && (
      <p class="follow-error" id={`${id}-${field}-error`}>
        {errorOf(field)}
      </p>
    );
  const fieldId = (field: Field) => `${id}-${field}`;

  return (
    <form class="follow-form" noValidate onSubmit={submit}>
      {failure && (
        <div class="follow-summary" ref={summary} tabIndex={-1} aria-labelledby={`${id}-summary-title`}>
          <p class="utrecht-paragraph" id={`${id}-summary-title`}>
            <strong>{text.errorTitle}</strong>
          </p>
          {failure.field ? (
            <p class="utrecht-paragraph">
              <a class="utrecht-link" href={`#${fieldId(failure.field)}`}>
                {failure.message}
              </a>
            </p>
          ) : (
            <p class="utrecht-paragraph">{failure.message}</p>
          )}
        </div>
      )}
      <div class="utrecht-form-field">
        <label class="utrecht-form-label" for={`${id}-email`}>
          {text.email}
        </label>
        <p class="follow-hint" id={`${id}-email-hint`}>
          {text.emailHint}
        </p>
        {errorText('email')}
        <input
          class="utrecht-textbox utrecht-textbox--html-input"
          id={`${id}-email`}
          name="email"
          type="email"
          autocomplete="email"
          inputMode="email"
          spellcheck={false}
          required
          maxLength={254}
          value={email}
          onInput={(event) => setEmail(event.currentTarget.value)}
          aria-invalid={errorOf('email') ? 'true' : undefined}
          aria-describedby={describedBy('email', `${id}-email-hint`)}
        />
      </div>
      <div class="utrecht-form-field">
        <label class="utrecht-form-label" for={`${id}-frequency`}>
          {text.frequency}
        </label>
        {errorText('frequency')}
        <select
          class="utrecht-select utrecht-select--html-select"
          id={`${id}-frequency`}
          name="frequency"
          value={frequency}
          onChange={(event) => setFrequency(event.currentTarget.value)}
          aria-invalid={errorOf('frequency') ? 'true' : undefined}
          aria-describedby={describedBy('frequency')}
        >
          {frequencies.map((value) => (
            <option key={value} value={value}>
              {text[value]}
            </option>
          ))}
        </select>
      </div>
      {props.join && (
        <>
          <div class="utrecht-form-field follow-choice">
            <input
              class="utrecht-checkbox utrecht-checkbox--html-input"
              type="checkbox"
              id={`${id}-participate`}
              name="participate"
              checked={participate}
              onChange={(event) => setParticipate(event.currentTarget.checked)}
              aria-invalid={errorOf('participate') ? 'true' : undefined}
              aria-describedby={describedBy('participate')}
            />
            <label for={`${id}-participate`}>{text.participate}</label>
            {errorText('participate')}
          </div>
          <div class="utrecht-form-field">
            <label class="utrecht-form-label" for={`${id}-group_name`}>
              {text.group}
            </label>
            <p class="follow-hint" id={`${id}-group-hint`}>
              {text.groupHint}
            </p>
            {errorText('group_name')}
            <input
              class="utrecht-textbox utrecht-textbox--html-input"
              id={`${id}-group_name`}
              name="group_name"
              type="text"
              autocomplete="off"
              maxLength={100}
              list={props.groups && props.groups.length > 0 ? `${id}-groups` : undefined}
              value={group}
              onInput={(event) => setGroup(event.currentTarget.value)}
              aria-invalid={errorOf('group_name') ? 'true' : undefined}
              aria-describedby={describedBy('group_name', `${id}-group-hint`)}
            />
            {props.groups && props.groups.length > 0 && (
              <datalist id={`${id}-groups`}>
                {props.groups.map((name) => (
                  <option key={name} value={name} />
                ))}
              </datalist>
            )}
          </div>
        </>
      )}
      <button class="utrecht-button utrecht-button--primary-action" type="submit" disabled={!ready} aria-disabled={busy ? 'true' : undefined}>
        {busy ? text.sending : props.join ? text.submitJoin : text.submitFollow}
      </button>
      {/* Rendered empty from the start: screen readers announce what is added to an existing live region. */}
      <div class="follow-answer" id={`${id}-answer`} role="status">
        {answer && <p class="utrecht-paragraph">{answer}</p>}
      </div>
    </form>
  );
}
