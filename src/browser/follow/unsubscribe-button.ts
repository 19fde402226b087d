// The unsubscribe page of the link in a mail's body (src/components/follow/UnsubscribeButton.astro): one button,
// so a mail scanner that opens the link (and a person who only looks) unsubscribes nobody. The one-click
// unsubscribe of the mail's header is a POST to the API; a GET of that address (someone who opens it in a browser)
// comes here with the header's unsubscribe token, which stops the subscription but opens no settings: the link to
// the manage page is offered only when the API says the token can (can_manage).
import { apiTarget, rpcOutcome } from '../api.ts';
import { fromTemplate } from '../template.ts';
import { failureMessage } from './failure.ts';
import { readLinkValues } from './link-token.ts';

class UnsubscribeButton extends HTMLElement {
  connectedCallback(): void {
    const ask = this.querySelector<HTMLElement>('.follow-unsubscribe__ask');
    const button = ask?.querySelector('button');
    const result = this.querySelector<HTMLElement>('.follow-result');
    if (!ask || !button || !result) return;
    const data = this.dataset;
    const link = readLinkValues('unsubscribe');
    const { token, subscription } = link;
    if (!token) {
      result.dataset['state'] = 'missing';
      ask.replaceChildren(fromTemplate(this, 'missing'));
      return;
    }
    let busy = false;
    button.addEventListener('click', async () => {
      if (busy) return;
      busy = true;
      button.setAttribute('aria-disabled', 'true');
      const input: Record<string, unknown> = { token };
      if (subscription) input['subscription_id'] = subscription;
      const outcome = await rpcOutcome(apiTarget(), 'unsubscribe', input, data['locale'] ?? 'nl');
      busy = false;
      button.removeAttribute('aria-disabled');
      if (outcome.ok) {
        const answer = (outcome.data ?? {}) as { message?: unknown; can_manage?: unknown };
        ask.hidden = true;
        result.dataset['state'] = 'done';
        result.replaceChildren(
          fromTemplate(this, 'done', {
            message: typeof answer.message === 'string' ? answer.message : data['unfollowed'],
            manage: answer.can_manage === true && `${data['managePath']}#token=${encodeURIComponent(token)}`,
          }),
        );
      } else {
        const text = { networkError: data['networkError'] ?? '', otherError: data['otherError'] ?? '' };
        result.dataset['state'] = 'failed';
        result.replaceChildren(fromTemplate(this, 'failed', { message: failureMessage(outcome, text) }));
      }
      // The outcome is read out at once; the button the resident pressed may be gone.
      result.focus();
    });
    button.disabled = false;
  }
}

customElements.define('follow-unsubscribe', UnsubscribeButton);
