// Asks the API what changed in this project since the page was built and, if anything did, says so in a polite
// live region with a link to reload. Silent when nothing changed or the API cannot be reached. The region and the
// notice's markup are in the page (src/components/project/FreshnessNotice.astro); the words for each kind of
// change and each status come with it, in data-kinds and data-statuses.
import { apiTarget, rpc } from '../api.ts';
import { fromTemplate } from '../template.ts';
import { readChanges, sinceFor } from './changes.ts';

const shownAtMost = 10;

class FreshnessNotice extends HTMLElement {
  connectedCallback(): void {
    const region = this.querySelector<HTMLElement>('[role="status"]');
    if (!region) return;
    const { organisation, project, builtAt = '', more = '' } = this.dataset;
    const words = (name: string) => JSON.parse(this.dataset[name] ?? '{}') as Record<string, string | undefined>;
    const since = sinceFor(builtAt, window.location.search);
    void rpc(apiTarget(), 'changes_since', { org_slug: organisation, since, project_slug: project }).then((answer) => {
      const changes = readChanges(answer);
      if (!changes) return;
      // Which moment was asked about, once the API answered: shown to nobody, but it says what the notice covers.
      region.dataset['checkedSince'] = since;
      region.dataset['changes'] = String(changes.length);
      if (changes.length === 0) return;
      const kinds = words('kinds');
      const statuses = words('statuses');
      const rest = changes.length - shownAtMost;
      const notice = fromTemplate(this, 'notice', { more: rest > 0 && more.replace('{count}', String(rest)), reload: window.location.pathname });
      notice.querySelector('ul')?.append(
        ...changes.slice(0, shownAtMost).map((change) =>
          fromTemplate(this, 'change', { kind: kinds[change.kind], title: change.title, status: change.status === null ? null : statuses[change.status] }),
        ),
      );
      // Added to the region that was there from the start: screen readers announce what is added to a live region.
      region.append(notice);
    });
  }
}

customElements.define('freshness-notice', FreshnessNotice);
