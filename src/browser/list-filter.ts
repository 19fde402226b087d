// Filters a list that the static page already shows in full: the page works without JavaScript, and this script
// only hides the items that do not match. The home page, the promises tracker and the lessons library use it with
// their own fields. The form is in the page (src/components/list-filter/ListFilterBlock.astro), hidden until this runs;
// what each field filters on is read from its control (its name, its kind, a choice's options). The filter lives
// in the URL query, so a filtered view can be shared.
import {
  countText,
  filterQuery,
  matchesFilter,
  readFilterState,
  type FilterShape,
  type FilterState,
} from '../lib/list-filter/list-filter.ts';

type Control = HTMLInputElement | HTMLSelectElement;

/** The field a control filters on. */
function shapeOf(control: Control): FilterShape {
  if (control instanceof HTMLSelectElement) return { kind: 'select', name: control.name, options: [...control.options] };
  return control.type === 'checkbox' ? { kind: 'checkbox', name: control.name } : { kind: 'search', name: control.name };
}

class ListFilter extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector('form');
    const list = document.getElementById(this.dataset['list'] ?? '');
    const status = this.querySelector('[role="status"]');
    if (!form || !list || !status) return;
    const controls = [...form.querySelectorAll<Control>('input[name], select[name]')];
    const fields = controls.map(shapeOf);
    const show = (state: FilterState) => {
      for (const control of controls) {
        const value = state[control.name] ?? '';
        if (control instanceof HTMLInputElement && control.type === 'checkbox') control.checked = value !== '';
        else control.value = value;
      }
    };
    const apply = () => {
      const state: FilterState = {};
      for (const control of controls) {
        state[control.name] =
          control instanceof HTMLInputElement && control.type === 'checkbox' ? (control.checked ? control.value : '') : control.value;
      }
      let matches = 0;
      for (const item of list.querySelectorAll<HTMLElement>('[data-filter-item]')) {
        const values: Record<string, string | undefined> = {};
        for (const field of fields) values[field.name] = item.getAttribute(`data-filter-${field.name}`) ?? undefined;
        item.hidden = !matchesFilter({ values, text: item.textContent ?? '' }, fields, state);
        if (!item.hidden) matches += 1;
      }
      // A group (a heading with its items) disappears with its last visible item.
      for (const group of list.querySelectorAll<HTMLElement>('[data-filter-group]')) {
        group.hidden = group.querySelector('[data-filter-item]:not([hidden])') === null;
      }
      status.textContent = countText(
        { none: this.dataset['none'] ?? '', one: this.dataset['one'] ?? '', many: this.dataset['many'] ?? '' },
        matches,
      );
      const { pathname, hash } = window.location;
      window.history.replaceState(window.history.state, '', `${pathname}${filterQuery(fields, state)}${hash}`);
    };
    form.addEventListener('input', apply);
    form.addEventListener('change', apply);
    form.addEventListener('submit', (event) => event.preventDefault());
    form.addEventListener('reset', (event) => {
      event.preventDefault();
      show({});
      apply();
    });
    // A shared link's filter wins over what the browser kept in the form from an earlier visit.
    show(readFilterState(fields, new URLSearchParams(window.location.search)));
    apply();
    form.hidden = false;
  }
}

customElements.define('list-filter', ListFilter);
