import { translationsInput, translationValues } from './translations.ts';
import type { FieldSpec, FieldValue, FormSpec, FormValues, ResponseValue } from './types.ts';

// Form values are what the controls hold (strings and booleans); the API input is typed JSON. Both ways are
// here, outside the components, so they can be tested without a browser.

type ApiRecord = Record<string, unknown>;

/** Whether a field is visible with the current values (a hidden field is neither shown nor sent). */
export function isShown(field: FieldSpec, values: FormValues, creating: boolean): boolean {
  if (field.createOnly && !creating) return false;
  if (!field.showWhen) return true;
  const current = values[field.showWhen.field];
  const wanted = field.showWhen.equals;
  if (Array.isArray(wanted)) return typeof current === 'string' && wanted.includes(current);
  return current === wanted;
}

/**
 * The values a form starts with: from the record being edited, or empty for a new one; the English version of
 * each translatable field under `en:<field>`.
 *
 * @example
 * valuesFromRecord(updateForm, { title: 'Nieuws', body_md: 'Tekst' })
 * // => { title: 'Nieuws', body_md: 'Tekst', 'en:title': '', 'en:body_md': '' }
 */
export function valuesFromRecord(spec: FormSpec, record: ApiRecord | null, defaults: FormValues = {}): FormValues {
  const values: FormValues = {};
  for (const field of spec.fields) {
    const raw = record ? record[field.name] : undefined;
    values[field.name] = raw === undefined || raw === null ? (defaults[field.name] ?? emptyValue(field)) : fromApi(field, raw);
  }
  // The English versions, edited next to the Dutch (see translations.ts).
  return { ...values, ...translationValues(spec, record) };
}

function emptyValue(field: FieldSpec): FieldValue {
  if (field.type === 'boolean') return false;
  if (field.type === 'responses') return [];
  return '';
}

function fromApi(field: FieldSpec, raw: unknown): FieldValue {
  switch (field.type) {
    case 'boolean':
      return raw === true;
    case 'responses':
      return Array.isArray(raw) ? raw.flatMap(readResponse) : [];
    case 'datetime':
      return typeof raw === 'string' ? toDateTimeLocal(raw) : '';
    case 'date':
      return typeof raw === 'string' ? raw.slice(0, 10) : '';
    default:
      return typeof raw === 'string' || typeof raw === 'number' ? String(raw) : '';
  }
}

function readResponse(raw: unknown): ResponseValue[] {
  if (typeof raw !== 'object' || raw === null) return [];
  const { input_theme_id, we_did } = raw as Record<string, unknown>;
  return typeof input_theme_id === 'string' ? [{ input_theme_id, we_did: typeof we_did === 'string' ? we_did : '' }] : [];
}

/** An ISO timestamp as the value of an <input type="datetime-local"> in the browser's time zone. */
export function toDateTimeLocal(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The value of an <input type="datetime-local"> as an ISO timestamp (the browser's time zone); '' stays ''. */
export function fromDateTimeLocal(value: string): string {
  if (value.trim() === '') return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
}

/**
 * The `input` object of the save call. Empty text becomes null, so the API's own check says "Vul … in" for
 * a required field in the staff member's language; a number that does not parse is sent as typed, so the
 * API's message about it names the field too. Hidden fields are sent as null (an unticked "time asked in
 * hours" must clear the hours).
 *
 * @example
 * inputFromValues(updateForm, { title: ' Nieuws ', body_md: '', 'en:title': 'News' }, { projectId: 'p1', record: null })
 * // => { project_id: 'p1', title: 'Nieuws', body_md: null, translations: { en: { title: 'News', body_md: null } } }
 */
export function inputFromValues(
  spec: FormSpec,
  values: FormValues,
  context: { projectId?: string; organisationId?: string; record: ApiRecord | null; extra?: Record<string, unknown> },
): Record<string, unknown> {
  const creating = context.record === null;
  const input: Record<string, unknown> = {};
  if (!creating && typeof context.record?.['id'] === 'string') input['id'] = context.record['id'];
  if (spec.scope === 'project' && context.projectId) input['project_id'] = context.projectId;
  if (spec.scope === 'organisation' && context.organisationId) input['organisation_id'] = context.organisationId;
  const shown = new Set<string>();
  for (const field of spec.fields) {
    if (field.createOnly && !creating) continue;
    if (isShown(field, values, creating)) shown.add(field.name);
    input[field.name] = shown.has(field.name) ? toApi(field, values[field.name]) : field.type === 'boolean' ? false : null;
  }
  const translations = translationsInput(spec, values, shown);
  if (translations) input['translations'] = translations;
  if (spec.versioned && !creating && typeof context.record?.['updated_at'] === 'string') {
    input['updated_at'] = context.record['updated_at'];
  }
  return { ...input, ...context.extra };
}

function toApi(field: FieldSpec, value: FieldValue | undefined): unknown {
  if (field.type === 'boolean') return value === true;
  if (field.type === 'responses') {
    return Array.isArray(value) ? value.map((response) => ({ input_theme_id: response.input_theme_id, we_did: response.we_did.replaceAll('\u0000', '').trim() || null })) : [];
  }
  // A NUL character (pasted from some documents) cannot be stored in Postgres text: Postgres would refuse the
  // whole request in its own words. It is invisible anyway, so it is dropped here.
  const text = typeof value === 'string' ? value.replaceAll('\u0000', '').trim() : '';
  if (text === '') return null;
  switch (field.type) {
    case 'integer':
    case 'decimal': {
      const number = Number(text.replace(',', '.'));
      return Number.isFinite(number) && (field.type === 'decimal' || Number.isInteger(number)) ? number : text;
    }
    case 'datetime':
      return fromDateTimeLocal(text);
    default:
      return text;
  }
}

/** True when the value is what valuesFromRecord/inputFromValues work with: for reading back a stored draft. */
export function isFormValues(value: unknown): value is FormValues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every(
    (entry) =>
      typeof entry === 'string' ||
      typeof entry === 'boolean' ||
      (Array.isArray(entry) && entry.every((item) => typeof item === 'object' && item !== null && typeof (item as ResponseValue).input_theme_id === 'string' && typeof (item as ResponseValue).we_did === 'string')),
  );
}

/** Whether the values differ from what the record holds: only then is there a draft worth keeping. */
export function differs(a: FormValues, b: FormValues): boolean {
  return JSON.stringify(a) !== JSON.stringify(b);
}
