// The confirmation page (src/components/follow/ConfirmSubscription.astro) confirms on load. A mail scanner that
// fetches the link gets the static page and runs no JavaScript, so only a person's visit confirms. A link works
// once: its first use confirms and hands out a manage link; a later use (a reload, a second click) answers
// "already confirmed" and hands out nothing. This tab remembers the manage link of the first use, so a reload
// still offers it.
import { apiTarget, rpcOutcome } from '../api.ts';
import { fromTemplate, type Slots } from '../template.ts';
import { failureMessage } from './failure.ts';
import { readLinkValues, remembered, rememberToken } from './link-token.ts';

interface Confirmed {
  message?: unknown;
  already_confirmed?: unknown;
  subscription_id?: unknown;
  project?: { slug?: unknown; title?: unknown } | null;
  manage_token?: unknown;
}

class ConfirmSubscription extends HTMLElement {
  connectedCallback(): void {
    const result = this.querySelector<HTMLElement>('.follow-result');
    if (!result) return;
    const data = this.dataset;
    const projectPath = (slug: string) => (data['projectPath'] ?? '').replace('SLUG', encodeURIComponent(slug));
    // The outcome replaces "one moment" in the live region; focus follows, so it is read out at once.
    const show = (state: 'confirmed' | 'failed', slots: Slots) => {
      result.dataset['state'] = state;
      result.replaceChildren(fromTemplate(this, state, slots));
      result.focus();
    };
    const failed = (status: number, message: string, project: string | null) =>
      show('failed', {
        message,
        expired: status === 410 && (project ? `${projectPath(project)}#follow` : (data['homePath'] ?? '/')),
        other: status !== 410,
      });

    const link = readLinkValues('confirm');
    if (!link.token) {
      failed(400, data['noToken'] ?? '', link.project);
      return;
    }
    const text = { networkError: data['networkError'] ?? '', otherError: data['otherError'] ?? '' };
    void rpcOutcome(apiTarget(), 'confirm_subscription', { token: link.token }, data['locale'] ?? 'nl').then((outcome) => {
      if (!outcome.ok) {
        failed(outcome.status, failureMessage(outcome, text), link.project);
        return;
      }
      const answer = (outcome.data ?? {}) as Confirmed;
      const project =
        answer.project && typeof answer.project.slug === 'string' && typeof answer.project.title === 'string' ? answer.project : null;
      const subscription = typeof answer.subscription_id === 'string' ? answer.subscription_id : null;
      let manageToken = typeof answer.manage_token === 'string' ? answer.manage_token : null;
      if (manageToken) {
        rememberToken('manage', { token: manageToken, subscription });
      } else {
        // A repeated use mints no manage link; the one this tab got at the first use, for this subscription, still works.
        const kept = remembered('manage');
        if (subscription !== null && kept.subscription === subscription && typeof kept.token === 'string') manageToken = kept.token;
      }
      show('confirmed', {
        message: typeof answer.message === 'string' ? answer.message : '',
        already: answer.already_confirmed === true,
        project: project && projectPath(String(project.slug)),
        title: project && String(project.title),
        manage: manageToken && `${data['managePath']}#token=${encodeURIComponent(manageToken)}`,
      });
    });
  }
}

customElements.define('follow-confirm', ConfirmSubscription);
