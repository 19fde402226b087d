import { fill } from '../../../i18n/fill.ts';
import { translationsInput, translationValues } from './translations.ts';
import type { FieldSpec, FieldValue, FormSpec, FormValues, ResponseValue, VoteValue } from './types.ts';

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
    values[field.name] = raw === undefined || raw === null ? (defaults[field.name] ?? initialValue(field)) : fromApi(field, raw);
  }
  // The English versions, edited next to the Dutch (see translations.ts).
  return { ...values, ...translationValues(spec, record) };
}

function initialValue(field: FieldSpec): FieldValue {
  if (field.type === 'boolean') return false;
  if (field.type === 'responses' || field.type === 'votes') return [];
  if (field.type === 'select' && field.initial !== undefined) return field.initial;
  return '';
}

/**
 * The options of a select that cannot be chosen with the other values of the form (see FieldSpec's
 * `unavailable`); empty for every other field.
 *
 * @example
 * unavailableOptions(councilMomentForm.fields.find((f) => f.name === 'outcome')!, { meeting_kind: 'committee' })
 * // => ['adopted', 'amended', 'rejected']
 */
export function unavailableOptions(field: FieldSpec, values: FormValues): readonly string[] {
  if (field.type !== 'select' || !field.unavailable) return [];
  const other = values[field.unavailable.field];
  return typeof other === 'string' ? (field.unavailable.when[other] ?? []) : [];
}

/** A motion's votes as the API gives them, as form rows (numbers as text); anything else is left out. */
export function readVotes(raw: unknown): VoteValue[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((entry): VoteValue[] => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { party, for: votesFor, against } = entry as Record<string, unknown>;
    const text = (value: unknown) => (typeof value === 'number' || typeof value === 'string' ? String(value) : '');
    return typeof party === 'string' ? [{ party, for: text(votesFor), against: text(against) }] : [];
  });
}

function fromApi(field: FieldSpec, raw: unknown): FieldValue {
  switch (field.type) {
    case 'boolean':
      return raw === true;
    case 'responses':
      return Array.isArray(raw) ? raw.flatMap(readResponse) : [];
    case 'votes':
      return readVotes(raw);
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
    return Array.isArray(value)
      ? (value as ResponseValue[]).map((response) => ({
          input_theme_id: response.input_theme_id,
          we_did: response.we_did.replaceAll('\u0000', '').trim() || null,
        }))
      : [];
  }
  if (field.type === 'votes') return Array.isArray(value) ? votesToApi(value as VoteValue[]) : [];
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

/**
 * A motion's votes as lines to read, one per party, in the words of `line` ('{party}: {for} voor, {against} tegen').
 *
 * @example
 * votesText([{ party: 'Groen', for: 12, against: 3 }], '{party}: {for} voor, {against} tegen') // => 'Groen: 12 voor, 3 tegen'
 */
export function votesText(raw: unknown, line: string): string {
  return readVotes(raw)
    .map((vote) => fill(line, { party: vote.party, for: vote.for, against: vote.against }))
    .join('\n');
}

/**
 * The votes as the API takes them: rows left wholly empty are dropped, a whole number is sent as a number, and
 * anything else as typed (a blank as null), so that the API refuses it with its message at the votes.
 *
 * @example
 * votesToApi([{ party: ' Groen ', for: '12', against: '0' }, { party: '', for: '', against: '' }])
 * // => [{ party: 'Groen', for: 12, against: 0 }]
 */
export function votesToApi(
  votes: readonly VoteValue[],
): Array<{ party: string | null; for: number | string | null; against: number | string | null }> {
  const clean = (value: string) => value.replaceAll('\u0000', '').trim();
  const count = (value: string) => {
    const text = clean(value);
    return /^[0-9]{1,3}$/.test(text) ? Number(text) : text === '' ? null : text;
  };
  return votes
    .filter((vote) => clean(vote.party) !== '' || clean(vote.for) !== '' || clean(vote.against) !== '')
    .map((vote) => ({ party: clean(vote.party) || null, for: count(vote.for), against: count(vote.against) }));
}

/** Whether a typed number of votes is one the API takes: a whole number from 0 to 999 (a blank is not judged yet). */
export function isVoteCount(value: string): boolean {
  const text = value.trim();
  return text === '' || /^[0-9]{1,3}$/.test(text);
}

function isRow(item: unknown): boolean {
  if (typeof item !== 'object' || item === null) return false;
  const row = item as Record<string, unknown>;
  if (typeof row['input_theme_id'] === 'string') return typeof row['we_did'] === 'string';
  return typeof row['party'] === 'string' && typeof row['for'] === 'string' && typeof row['against'] === 'string';
}

/** True when the value is what valuesFromRecord/inputFromValues work with: for reading back a stored draft. */
export function isFormValues(value: unknown): value is FormValues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every(
    (entry) => typeof entry === 'string' || typeof entry === 'boolean' || (Array.isArray(entry) && entry.every(isRow)),
  );
}

/** Whether the values differ from what the record holds: only then is there a draft worth keeping. */
export function differs(a: FormValues, b: FormValues): boolean {
  return JSON.stringify(a) !== JSON.stringify(b);
}
