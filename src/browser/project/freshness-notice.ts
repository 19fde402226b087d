// Asks the API what changed in this project since the page was built and, if anything did, says so in a polite
// live region with a link to reload. Silent when nothing changed or the API cannot be reached. Only the empty
// region is in the page (src/components/project/FreshnessNotice.astro), there from the start so that screen
// readers announce what is added to it. The notice itself is made here, with its words in the page's language:
// most visits show none, so the page's first round trip does not carry its markup and words. The words come from
// their own file of the dictionary (src/i18n/text/freshness.ts), not the whole dictionary.
import { contentLangFor, type Locale } from '../../i18n/locales.ts';
import { changeStatusEn, changeStatusNl, freshnessEn, freshnessNl } from '../../i18n/text/freshness.ts';
import { apiTarget, rpc } from '../api.ts';
import { element, pageLocale } from '../dom.ts';
import { readChanges, sinceFor, type ShownChange } from './changes.ts';

const shownAtMost = 10;

const words: Record<Locale, typeof freshnessNl & { statuses: Record<string, string> }> = {
  nl: { ...freshnessNl, statuses: changeStatusNl },
  en: { ...freshnessEn, statuses: changeStatusEn },
};

/** The notice: what changed (the first few), how many more, and a link to reload the page. */
function notice(changes: ShownChange[], locale: Locale, reload: string): HTMLElement {
  const t = words[locale];
  const lang = contentLangFor(locale);
  const rest = changes.length - shownAtMost;
  const link = element('a', 'utrecht-link', t.freshReload);
  link.href = reload;
  const items = changes.slice(0, shownAtMost).map((change) => {
    // The title is the organisation's text, in its language: marked as such on a page in another.
    const title = element('span', '', change.title);
    if (lang) title.lang = lang;
    const status = change.status === null ? undefined : t.statuses[change.status];
    return element('li', 'utrecht-unordered-list__item', `${t.changeKind[change.kind]}: `, title, status ? ` (${status})` : '');
  });
  return element(
    'div',
    'utrecht-alert utrecht-alert--info',
    element('p', 'utrecht-paragraph', element('strong', '', t.freshTitle)),
    element('ul', 'utrecht-unordered-list', ...items),
    ...(rest > 0 ? [element('p', 'utrecht-paragraph', t.freshMore(rest))] : []),
    element('p', 'utrecht-paragraph', link),
  );
}

class FreshnessNotice extends HTMLElement {
  connectedCallback(): void {
    const region = this.querySelector<HTMLElement>('[role="status"]');
    if (!region) return;
    const { organisation, project, builtAt = '' } = this.dataset;
    const since = sinceFor(builtAt, window.location.search);
    void rpc(apiTarget(), 'changes_since', { org_slug: organisation, since, project_slug: project }).then((answer) => {
      const changes = readChanges(answer);
      if (!changes) return;
      // Which moment was asked about, once the API answered: shown to nobody, but it says what the notice covers.
      region.dataset['checkedSince'] = since;
      region.dataset['changes'] = String(changes.length);
      if (changes.length === 0) return;
      // Added to the region that was there from the start: screen readers announce what is added to a live region.
      region.append(notice(changes, pageLocale(), window.location.pathname));
    });
  }
}

customElements.define('freshness-notice', FreshnessNotice);
