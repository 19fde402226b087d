// Filters a project's timeline by kind. The list is plain HTML from the build, complete without JavaScript; the
// page has only an empty <timeline-filter data-list="…"> (src/components/project/TimelineFilter.astro) where the
// timeline has more than one kind, and this script makes the filter in it, with its words in the page's language:
// without JavaScript the whole timeline shows, and no control that could not work. The kinds are the items'
// data-filter, offered in the fixed order of timelineFilters, each with its number of items.
import type { Locale } from '../../i18n/locales.ts';
import { timelineFilterEn, timelineFilterNl } from '../../i18n/text/timeline-filter.ts';
import { timelineFilters } from '../../lib/timeline/timeline-filters.ts';
import { element, pageLocale } from '../dom.ts';

const words: Record<Locale, typeof timelineFilterNl> = { nl: timelineFilterNl, en: timelineFilterEn };

class TimelineFilter extends HTMLElement {
  connectedCallback(): void {
    const list = document.getElementById(this.dataset['list'] ?? '');
    // Made once: connected again (moved in the page), the filter is already there.
    if (!list || this.querySelector('fieldset')) return;
    const t = words[pageLocale()];
    const items = [...list.querySelectorAll<HTMLElement>('[data-filter]')];
    // One option per kind the timeline has: its checkbox, and its label with the number of items.
    const options = timelineFilters.flatMap((filter) => {
      const count = items.filter((item) => item.dataset['filter'] === filter).length;
      if (count === 0) return [];
      const box = element('input', 'utrecht-checkbox utrecht-checkbox--html-input');
      box.type = 'checkbox';
      box.value = filter;
      box.checked = true;
      return [{ box, label: element('label', 'timeline-filter__option', box, ` ${t.timelineKind[filter]} (${count})`) }];
    });
    const boxes = options.map((option) => option.box);
    const status = element('p', 'utrecht-paragraph');
    status.setAttribute('role', 'status');
    const update = () => {
      const hidden = new Set(boxes.filter((box) => !box.checked).map((box) => box.value));
      for (const item of items) item.hidden = hidden.has(item.dataset['filter'] ?? '');
      const shown = items.filter((item) => !item.hidden).length;
      status.textContent = t.filterStatus(shown, items.length);
    };
    const fieldset = element(
      'fieldset',
      'timeline-filter',
      element('legend', '', t.filterLegend),
      ...options.map((option) => option.label),
      status,
    );
    fieldset.addEventListener('change', update);
    update();
    this.append(fieldset);
  }
}

customElements.define('timeline-filter', TimelineFilter);
