import { useEffect, useState } from 'preact/hooks';
import {
  countText,
  emptyFilterState,
  filterQuery,
  matchesFilter,
  maxSearchLength,
  readFilterState,
  type CountLabels,
  type FilterField,
  type FilterState,
} from '../../lib/home/list-filter.ts';

// Filters a list that the static page already shows in full: the page works without JavaScript, and this
// island only hides the items that do not match. The home page, the promises tracker and the lessons library
// use it with their own fields. The filter lives in the URL query, so a filtered view can be shared.

export interface ListFilterProps {
  /**
   * The id of the element whose descendants with `data-filter-item` are filtered; descendants with
   * `data-filter-group` are hidden when none of their items is shown.
   */
  listId: string;
  /** The accessible name of the filter form. */
  label: string;
  fields: FilterField[];
  count: CountLabels;
  resetLabel: string;
}

export default function ListFilter({ listId, label, fields, count, resetLabel }: ListFilterProps) {
  // Hidden until hydrated: without JavaScript the controls would do nothing, so they are not shown at all.
  const [ready, setReady] = useState(false);
  const [state, setState] = useState<FilterState>(() => emptyFilterState(fields));
  const [shown, setShown] = useState<number | null>(null);

  useEffect(() => {
    setState(readFilterState(fields, new URLSearchParams(window.location.search)));
    setReady(true);
  }, []);

  useEffect(() => {
    if (!ready) return;
    const list = document.getElementById(listId);
    if (!list) return;
    let matches = 0;
    for (const element of Array.from(list.querySelectorAll<HTMLElement>('[data-filter-item]'))) {
      const values: Record<string, string | undefined> = {};
      for (const field of fields) values[field.name] = element.getAttribute(`data-filter-${field.name}`) ?? undefined;
      const match = matchesFilter({ values, text: element.textContent ?? '' }, fields, state);
      element.hidden = !match;
      if (match) matches += 1;
    }
    // A group (a heading with its items) disappears with its last visible item.
    for (const group of Array.from(list.querySelectorAll<HTMLElement>('[data-filter-group]'))) {
      group.hidden = group.querySelector('[data-filter-item]:not([hidden])') === null;
    }
    setShown(matches);
    const { pathname, hash } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${filterQuery(fields, state)}${hash}`);
  }, [state, ready]);

  const set = (name: string, value: string) => setState((previous) => ({ ...previous, [name]: value }));
  const id = (name: string) => `${listId}-filter-${name}`;

  return (
    <form
      class="list-filter"
      role="search"
      aria-label={label}
      hidden={!ready}
      onSubmit={(event) => event.preventDefault()}
      onReset={(event) => {
        event.preventDefault();
        setState(emptyFilterState(fields));
      }}
    >
      {fields.map((field) => (
        <div class="utrecht-form-field" key={field.name}>
          {field.kind === 'checkbox' ? (
            <label class="utrecht-form-label utrecht-form-label--checkbox" for={id(field.name)}>
              <input
                id={id(field.name)}
                type="checkbox"
                class="utrecht-checkbox utrecht-checkbox--html-input"
                checked={state[field.name] === '1'}
                onChange={(event) => set(field.name, event.currentTarget.checked ? '1' : '')}
              />{' '}
              {field.label}
            </label>
          ) : (
            <>
              <label class="utrecht-form-label" for={id(field.name)}>
                {field.label}
              </label>
              {field.kind === 'search' ? (
                <input
                  id={id(field.name)}
                  type="search"
                  class="utrecht-textbox utrecht-textbox--html-input"
                  maxLength={maxSearchLength}
                  value={state[field.name] ?? ''}
                  onInput={(event) => set(field.name, event.currentTarget.value)}
                />
              ) : (
                <select
                  id={id(field.name)}
                  class="utrecht-select utrecht-select--html-select"
                  value={state[field.name] ?? ''}
                  onChange={(event) => set(field.name, event.currentTarget.value)}
                >
                  <option value="">{field.anyLabel}</option>
                  {field.options.map((option) => (
                    <option value={option.value} key={option.value} lang={option.lang}>
                      {option.label}
                    </option>
                  ))}
                </select>
              )}
            </>
          )}
        </div>
      ))}
      <div class="list-filter__actions">
        <button type="reset" class="utrecht-button utrecht-button--secondary-action">
          {resetLabel}
        </button>
      </div>
      <p role="status" class="list-filter__count">
        {shown === null ? '' : countText(count, shown)}
      </p>
    </form>
  );
}
