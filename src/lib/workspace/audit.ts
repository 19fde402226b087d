import type { Locale } from '../../i18n/locales.ts';
import { listSections, assignmentForm, personForm, projectForm, promiseStatusForm } from './forms/index.ts';
import type { FormSpec } from './forms/types.ts';

// The audit log shows what changed: for an update the fields whose value differs, before → after; for an
// insert or delete, every field of the row that was added or removed.

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

// Bookkeeping columns that change on every save and say nothing to a reader.
const ignored = new Set(['updated_at', 'created_at']);

/** A value of a row as short text: null as '', objects as JSON, long text cut at 300 characters. */
export function shortValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 300 ? `${text.slice(0, 299)}…` : text;
}

/**
 * The fields that differ between the row before and after, in the order of the row.
 *
 * @example
 * changedFields({ title: 'A', body: 'x' }, { title: 'B', body: 'x' }) // => [{ field: 'title', before: 'A', after: 'B' }]
 */
export function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null): FieldChange[] {
  const names = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return names
    .filter((name) => !ignored.has(name))
    .filter((name) => JSON.stringify(before?.[name] ?? null) !== JSON.stringify(after?.[name] ?? null))
    .map((name) => ({ field: name, before: shortValue(before?.[name]), after: shortValue(after?.[name]) }));
}

// The form each audited table is written through: its name and field labels say what a column is.
const tableForms: Record<string, FormSpec> = {
  projects: projectForm,
  people: personForm,
  project_people: assignmentForm,
  promise_status_changes: promiseStatusForm,
  // Every other table is its kind's name in the plural (phases, key_dates, …), except groups_involved.
  ...Object.fromEntries(
    Object.values(listSections).map((entry) => [entry.spec.kind === 'group' ? 'groups_involved' : `${entry.spec.kind}s`, entry.spec]),
  ),
};

/** What a table holds, in the staff member's words ("Nieuwsbericht" for updates); the table name otherwise. */
export function tableLabel(table: string, locale: Locale): string {
  return tableForms[table]?.name[locale] ?? table;
}

/** The label a column has in its form ("Titel" for title); the column name otherwise. */
export function fieldLabel(table: string, field: string, locale: Locale): string {
  return tableForms[table]?.fields.find((candidate) => candidate.name === field)?.label[locale] ?? field;
}
