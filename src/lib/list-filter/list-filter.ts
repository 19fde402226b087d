// The filtering behind the list filters of the home page, the promises tracker and the lessons library
// (src/components/list-filter/ListFilterBlock.astro renders the form, and src/browser/list-filter.ts makes it work),
// importing nothing but the one filler of `{count}` (src/i18n/fill.ts), so that the browser gets only these. The static
// page lists every item; each item carries its values as `data-filter-<name>` attributes and the script hides the
// items that do not match.
import { fill } from '../../i18n/fill.ts';

/** One control of a list filter: a text search, a choice from a list, or an on/off switch. */
export type FilterField =
  | { kind: 'search'; name: string; label: string }
  | { kind: 'select'; name: string; label: string; anyLabel: string; options: FilterOption[] }
  | { kind: 'checkbox'; name: string; label: string };

export interface FilterOption {
  value: string;
  label: string;
  /** Set when the label is database text in another language than the page (Dutch on English pages). */
  lang?: string | undefined;
}

/**
 * What filtering needs to know of a field: its kind, its name and, for a choice, the values there are. The
 * browser reads it from the form's controls (a FilterField is one too).
 */
export type FilterShape =
  | { kind: 'search'; name: string }
  | { kind: 'checkbox'; name: string }
  | { kind: 'select'; name: string; options: ReadonlyArray<{ value: string }> };

/** The value chosen per field name; '' means "any". A checkbox that is on holds '1'. */
export type FilterState = Record<string, string>;

/** What the filter sees of one list item: its value per field name, and its visible text for the search. */
export interface FilterableItem {
  values: Readonly<Record<string, string | undefined>>;
  text: string;
}

/** Long enough for any real search, short enough that a pasted essay in the URL cannot slow the page. */
export const maxSearchLength = 200;

/** A checkbox field matches items whose value is this. */
export const checkedValue = '1';

/**
 * Lowercase, without accents and with single spaces, so that "Café" finds "cafe" and "  park " finds "park".
 *
 * @example
 * normaliseText('  Speeltuin  Oosterpark-Café ') // => 'speeltuin oosterpark-cafe'
 */
export function normaliseText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every field set to "any". */
export function emptyFilterState(fields: readonly FilterShape[]): FilterState {
  return Object.fromEntries(fields.map((field) => [field.name, '']));
}

/**
 * Whether an item passes every field of the filter. A search matches when every word occurs in the item's
 * text, in any order.
 *
 * @example
 * matchesFilter({ values: { phase: 'plan' }, text: 'Speeltuin Oost' }, fields, { phase: 'plan', q: 'oost' }) // => true
 */
export function matchesFilter(item: FilterableItem, fields: readonly FilterShape[], state: FilterState): boolean {
  return fields.every((field) => {
    const wanted = state[field.name] ?? '';
    if (wanted === '') return true;
    if (field.kind === 'search') {
      const text = normaliseText(item.text);
      return normaliseText(wanted)
        .split(' ')
        .every((word) => text.includes(word));
    }
    if (field.kind === 'checkbox') return item.values[field.name] === checkedValue;
    return item.values[field.name] === wanted;
  });
}

/**
 * The filter a shared link asks for. Unknown names and values that are not among a field's options are
 * ignored, so a hand-edited or hostile URL gives the full list rather than an empty or broken one.
 *
 * @example
 * readFilterState(fields, new URLSearchParams('?fase=plan&open=1&fase=x')) // => { q: '', fase: 'plan', open: '1' }
 */
export function readFilterState(fields: readonly FilterShape[], query: URLSearchParams): FilterState {
  const state = emptyFilterState(fields);
  for (const field of fields) {
    const value = query.get(field.name);
    if (value === null) continue;
    if (field.kind === 'search') state[field.name] = value.slice(0, maxSearchLength);
    else if (field.kind === 'checkbox') state[field.name] = value === checkedValue ? checkedValue : '';
    else if (field.options.some((option) => option.value === value)) state[field.name] = value;
  }
  return state;
}

/**
 * The query string that shares a filter: only the fields that are set, in the order of the fields; '' when
 * nothing is set.
 *
 * @example
 * filterQuery(fields, { q: 'park', fase: '', open: '1' }) // => '?q=park&open=1'
 */
export function filterQuery(fields: readonly FilterShape[], state: FilterState): string {
  const query = new URLSearchParams();
  for (const field of fields) {
    const value = (state[field.name] ?? '').trim();
    if (value !== '') query.set(field.name, value.slice(0, maxSearchLength));
  }
  const text = query.toString();
  return text === '' ? '' : `?${text}`;
}

/** The words of the result count, with `{count}` in place of the number. */
export interface CountLabels {
  none: string;
  one: string;
  many: string;
}

/**
 * @example
 * countText({ none: 'Geen projecten', one: '1 project', many: '{count} projecten' }, 3) // => '3 projecten'
 */
export function countText(labels: CountLabels, count: number): string {
  const pattern = count === 0 ? labels.none : count === 1 ? labels.one : labels.many;
  return fill(pattern, { count });
}

/**
 * The attributes that make a list element filterable by the list filter: a marker, and one `data-filter-<name>`
 * per value.
 *
 * @example
 * filterAttributes({ phase: 'plan', open: '1' }) // => { 'data-filter-item': '', 'data-filter-phase': 'plan', 'data-filter-open': '1' }
 */
export function filterAttributes(values: Readonly<Record<string, string>>): Record<string, string> {
  const attributes: Record<string, string> = { 'data-filter-item': '' };
  for (const [name, value] of Object.entries(values)) attributes[`data-filter-${name}`] = value;
  return attributes;
}
