// The manage page of a follower (src/components/follow/ManageSubscriptions.astro), reached from any mail (or the
// confirmation page): what they follow, how often, in which language; stop following one; delete everything. The
// manage token is the only key: no account.
import { apiTarget, rpcOutcome } from '../api.ts';
import { fromTemplate } from '../template.ts';
import { failureMessage } from './failure.ts';
import { readLinkValues } from './link-token.ts';

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

function readOverview(data: unknown): Overview | null {
  const value = data as Partial<Overview> | null;
  if (!value || typeof value.email !== 'string' || !Array.isArray(value.subscriptions)) return null;
  return { email: value.email, language: value.language === 'en' ? 'en' : 'nl', subscriptions: value.subscriptions };
}

class ManageSubscriptions extends HTMLElement {
  connectedCallback(): void {
    const result = this.querySelector<HTMLElement>('.follow-result');
    const manage = this.querySelector<HTMLElement>('.follow-manage');
    const note = manage?.querySelector<HTMLElement>('.follow-note');
    const email = manage?.querySelector('.follow-manage__email');
    const none = manage?.querySelector<HTMLElement>('.follow-manage__none');
    const list = manage?.querySelector<HTMLElement>('.follow-subscriptions');
    const languageForm = manage?.querySelector('form');
    const deleteStart = manage?.querySelector<HTMLButtonElement>('[data-action="delete-start"]');
    const deleteCheck = manage?.querySelector<HTMLElement>('.follow-confirm-delete');
    if (!result || !manage || !note || !email || !none || !list || !languageForm || !deleteStart || !deleteCheck) return;
    const data = this.dataset;
    const locale = data['locale'] ?? 'nl';
    const text = { networkError: data['networkError'] ?? '', otherError: data['otherError'] ?? '' };
    const target = apiTarget();
    const { token } = readLinkValues('manage');
    let busy = false;

    /** The page's outcome instead of the settings: a failure to load them, or everything deleted. */
    const end = (state: 'failed' | 'deleted', message: string) => {
      manage.hidden = true;
      result.hidden = false;
      result.dataset['state'] = state;
      result.replaceChildren(fromTemplate(this, state, { message }));
    };
    const say = (words: string, error: boolean) => {
      const paragraph = document.createElement('p');
      paragraph.className = 'utrecht-paragraph';
      paragraph.textContent = words;
      note.replaceChildren(paragraph);
      note.classList.toggle('follow-note--error', error);
      note.focus();
    };
    const show = (overview: Overview) => {
      result.hidden = true;
      manage.hidden = false;
      manage.dataset['state'] = 'loaded';
      email.textContent = overview.email;
      none.hidden = overview.subscriptions.length > 0;
      list.hidden = overview.subscriptions.length === 0;
      list.replaceChildren(...overview.subscriptions.map(item));
      (languageForm.elements.namedItem('language') as HTMLSelectElement).value = overview.language;
    };
    /** One subscription, with its own form: how often, and stop following. */
    const item = (subscription: Subscription) => {
      const slug = subscription.project?.slug ?? null;
      const title = subscription.all_projects ? data['allProjects'] : (subscription.project?.title ?? null);
      const copy = fromTemplate(this, 'subscription', {
        href: slug && (data['projectPath'] ?? '').replace('SLUG', encodeURIComponent(slug)),
        projectTitle: !slug && !subscription.all_projects && title !== null,
        ownTitle: !slug && (subscription.all_projects || title === null),
        title: title ?? data['projectGone'],
        confirmed: subscription.confirmed,
        pending: !subscription.confirmed,
        participates: subscription.participate,
        group: subscription.group_name,
      });
      const titleId = `title-${subscription.id}`;
      const selectId = `frequency-${subscription.id}`;
      copy.querySelector('li')?.setAttribute('data-subscription', subscription.id);
      copy.querySelector('h3')?.setAttribute('id', titleId);
      copy.querySelector('label')?.setAttribute('for', selectId);
      const select = copy.querySelector('select');
      select?.setAttribute('id', selectId);
      if (select) select.value = subscription.frequency;
      for (const button of copy.querySelectorAll('button')) button.setAttribute('aria-describedby', titleId);
      copy.querySelector('form')?.addEventListener('submit', (event) => {
        event.preventDefault();
        void change('update_subscription', { subscription_id: subscription.id, frequency: select?.value }, data['saved'] ?? '');
      });
      copy.querySelector('[data-action="unfollow"]')?.addEventListener('click', () => {
        void change('unsubscribe', { subscription_id: subscription.id }, data['unfollowed'] ?? '');
      });
      return copy;
    };
    /** What the link's owner follows now, or null when the API does not say. */
    const load = async () => {
      const outcome = await rpcOutcome(target, 'my_subscriptions', { token }, locale);
      return outcome.ok ? outcome.data : null;
    };
    /** Runs one change; on success shows the new overview and says so, on failure says why and keeps the page. */
    const change = async (fn: string, input: Record<string, unknown>, done: string) => {
      if (!token || busy) return;
      busy = true;
      const outcome = await rpcOutcome(target, fn, { token, ...input }, locale);
      busy = false;
      if (!outcome.ok) {
        say(failureMessage(outcome, text), true);
        return;
      }
      if (fn === 'delete_my_data') {
        const message = (outcome.data as { message?: unknown } | null)?.message;
        end('deleted', typeof message === 'string' ? message : done);
        // The button that was pressed is gone: the outcome takes focus, so it is read out.
        result.focus();
        return;
      }
      // unsubscribe answers only how many were removed; read the list again.
      const overview = readOverview(fn === 'unsubscribe' ? await load() : outcome.data);
      if (overview) show(overview);
      say(done, false);
    };

    languageForm.addEventListener('submit', (event) => {
      event.preventDefault();
      void change(
        'update_subscription',
        { language: (languageForm.elements.namedItem('language') as HTMLSelectElement).value },
        data['saved'] ?? '',
      );
    });
    const confirming = (now: boolean) => {
      deleteStart.hidden = now;
      deleteCheck.hidden = !now;
      // The question takes focus when it opens; changing one's mind leads back where the keyboard user started.
      (now ? deleteCheck.querySelector<HTMLElement>('p') : deleteStart)?.focus();
    };
    deleteStart.addEventListener('click', () => confirming(true));
    deleteCheck.querySelector('[data-action="delete-cancel"]')?.addEventListener('click', () => confirming(false));
    deleteCheck
      .querySelector('[data-action="delete"]')
      ?.addEventListener('click', () => void change('delete_my_data', {}, data['deleted'] ?? ''));

    if (!token) {
      end('failed', data['noToken'] ?? '');
      return;
    }
    void rpcOutcome(target, 'my_subscriptions', { token }, locale).then((outcome) => {
      const overview = outcome.ok ? readOverview(outcome.data) : null;
      if (overview) show(overview);
      else end('failed', outcome.ok ? text.otherError : failureMessage(outcome, text));
    });
  }
}

customElements.define('follow-manage', ManageSubscriptions);
