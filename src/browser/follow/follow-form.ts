// Sends the follow form (src/components/follow/FollowForm.astro): it calls public.follow_project over fetch
// (../api.ts) and shows the API's own words: the neutral answer in the live region, a 400 at its field and in an
// error summary that takes focus, a 429's wait. Whatever fails, what was typed stays in the form.
//
// Every follow request carries a solved proof-of-work challenge, so that mailing strangers costs a bot real CPU
// time: on submit the form asks public.follow_challenge for a challenge, loads the solver (./proof-of-work.ts, a
// dynamic import: only someone who sends the form needs it), solves it on the resident's device and sends the
// solution along. The live region says what is happening meanwhile; a failure lands in the error summary.
import { apiTarget, rpcOutcome, type RpcTarget } from '../api.ts';
import { fromTemplate } from '../template.ts';
import { failureMessage } from './failure.ts';

const fields = ['email', 'frequency', 'participate', 'group_name'] as const;
type Field = (typeof fields)[number];

/** When the check has taken this long, the live region says it is still going (an older phone can take a while). */
const stillCheckingAfterMs = 6_000;

/** The control of a field, when this form has it. */
function controlOf(form: HTMLFormElement, field: string): HTMLInputElement | HTMLSelectElement | null {
  const control = form.elements.namedItem(field);
  return control instanceof HTMLInputElement || control instanceof HTMLSelectElement ? control : null;
}

/** Takes away the summary and the field error of an earlier try. */
function clearFailure(form: HTMLFormElement): void {
  form.querySelector('.follow-summary')?.remove();
  for (const error of form.querySelectorAll('.follow-error')) error.remove();
  for (const control of form.querySelectorAll('[aria-invalid]')) {
    control.removeAttribute('aria-invalid');
    const described = (control.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id !== `${control.id}-error`);
    if (described.length > 0) control.setAttribute('aria-describedby', described.join(' '));
    else control.removeAttribute('aria-describedby');
  }
}

class FollowForm extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector('form');
    const button = form?.querySelector('button');
    const region = form?.querySelector('[role="status"]');
    if (!form || !button || !region) return;
    const data = this.dataset;
    const text = { networkError: data['networkError'] ?? '', otherError: data['otherError'] ?? '', tooMany: data['tooMany'] ?? '' };
    const locale = data['locale'] ?? 'nl';
    const label = button.textContent;
    let busy = false;

    /** Says something in the live region, or clears it. */
    const say = (words = '') => {
      const paragraph = document.createElement('p');
      paragraph.className = 'utrecht-paragraph';
      paragraph.textContent = words;
      region.replaceChildren(...(words ? [paragraph] : []));
    };
    const setBusy = (now: boolean) => {
      busy = now;
      button.textContent = now ? (data['sending'] ?? '') : label;
      if (now) button.setAttribute('aria-disabled', 'true');
      else button.removeAttribute('aria-disabled');
    };
    /** Shows what went wrong: in the summary, which takes focus, and at the field when there is one. */
    const showFailure = (field: Field | null, message: string) => {
      const control = field ? controlOf(form, field) : null;
      if (control) {
        const errorId = `${control.id}-error`;
        const error = fromTemplate(this, 'error', { message });
        error.firstElementChild?.setAttribute('id', errorId);
        // Next to what it is about: a checkbox's error after its label, any other before the control.
        if (control.type === 'checkbox') control.labels?.[0]?.after(error);
        else control.before(error);
        control.setAttribute('aria-invalid', 'true');
        control.setAttribute('aria-describedby', [control.getAttribute('aria-describedby'), errorId].filter(Boolean).join(' '));
      }
      form.prepend(fromTemplate(this, 'summary', { message, field: control && `#${control.id}`, general: !control }));
      form.querySelector<HTMLElement>('.follow-summary')?.focus();
    };
    /** The payload of a solved challenge, or what to tell the resident when there is none. */
    const solvedChallenge = async (target: RpcTarget): Promise<{ altcha: string } | { failure: string }> => {
      const challenge = await rpcOutcome(target, 'follow_challenge', {}, locale);
      if (!challenge.ok) return { failure: failureMessage(challenge, text) };
      const slow = setTimeout(() => say(data['stillChecking']), stillCheckingAfterMs);
      try {
        const { solveFollowChallenge } = await import('./proof-of-work.ts');
        const altcha = await solveFollowChallenge(challenge.data);
        return altcha ? { altcha } : { failure: data['checkFailed'] ?? '' };
      } catch {
        // The solver's script did not load: offline, or a network that blocks it.
        return { failure: text.networkError };
      } finally {
        clearTimeout(slow);
      }
    };

    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (busy) return;
      setBusy(true);
      clearFailure(form);
      say(data['checking']);
      const target = apiTarget();
      const solved = await solvedChallenge(target);
      if ('failure' in solved) {
        setBusy(false);
        say();
        showFailure(null, solved.failure);
        return;
      }
      say(data['sending']);
      const value = (field: Field) => controlOf(form, field)?.value.trim() ?? '';
      const input: Record<string, unknown> = {
        organisation: data['organisation'],
        project: data['project'] ?? null,
        email: value('email'),
        frequency: value('frequency'),
        language: locale,
        altcha: solved.altcha,
      };
      if (data['join'] !== undefined) {
        input['participate'] = (controlOf(form, 'participate') as HTMLInputElement).checked;
        if (value('group_name') !== '') input['group_name'] = value('group_name');
      }
      const outcome = await rpcOutcome(target, 'follow_project', input, locale);
      setBusy(false);
      say();
      if (outcome.ok) {
        const message = (outcome.data as { message?: unknown } | null)?.message;
        say(typeof message === 'string' ? message : data['sending']);
        return;
      }
      // A refused challenge (field altcha: expired, used) is no field of the form: its message goes to the
      // summary, and sending again fetches a new challenge.
      const field = fields.find((candidate) => candidate === outcome.hint) ?? null;
      showFailure(outcome.status === 400 ? field : null, failureMessage(outcome, text));
    });
    button.disabled = false;
  }
}

customElements.define('follow-form', FollowForm);
