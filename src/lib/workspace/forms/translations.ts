import { documentLists, publishableKinds, translatableFields, type PublishableKind } from '../../records/kinds.ts';
import type { StaffProject } from '../schemas.ts';
import type { FieldSpec, FormSpec, FormValues, ResponseValue } from './types.ts';

// The English versions in the staff forms. A translatable field's English text is a form value of its own
// (`en:<field>`, a decision's answer to a theme `en:responses.<theme id>`), edited next to the Dutch, and sent as
// the record's `translations` ({"en": {field: text}}; a blank one as null, which removes it). Which fields may
// have an English version is the one list in src/lib/records/kinds.ts, shared with the database.

type ApiRecord = Record<string, unknown>;

/** The form value that holds a field's English text. */
export function englishKey(name: string): string {
  return `en:${name}`;
}

/** The API field (translations.en.<field>) an error hint names, as the form value that holds it; null for other hints. */
export function englishFieldOfHint(hint: string | undefined): string | null {
  return hint?.startsWith('translations.en.') ? englishKey(hint.slice('translations.en.'.length)) : null;
}

/** Whether staff may write an English version of this field of the form: a text field its kind translates. */
export function isTranslatable(spec: FormSpec, field: FieldSpec): boolean {
  const fields = translatableFields[spec.kind as PublishableKind] as Readonly<Record<string, number>> | undefined;
  if (!fields) return false;
  if (field.type === 'responses') return 'responses.*' in fields;
  return (field.type === 'text' || field.type === 'textarea' || field.type === 'markdown') && field.name in fields;
}

/** Long text gets the plain-language hint: what residents read as prose, not a title or a name. */
export function isLongText(field: FieldSpec): boolean {
  return field.type === 'textarea' || field.type === 'markdown';
}

/** The English texts a record holds (for a promise's status change: what its pending change holds). */
function englishOf(record: ApiRecord | null): Record<string, string> {
  const translations = record?.['translations'];
  if (typeof translations !== 'object' || translations === null) return {};
  const english = (translations as Record<string, unknown>)['en'];
  if (typeof english !== 'object' || english === null) return {};
  return Object.fromEntries(Object.entries(english).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

/**
 * The English form values of a record: one per translatable field, '' where there is none yet.
 *
 * @example
 * translationValues(updateForm, { title: 'Nieuws', translations: { en: { title: 'News' } } })
 * // => { 'en:title': 'News', 'en:body_md': '' }
 */
export function translationValues(spec: FormSpec, record: ApiRecord | null): FormValues {
  const english = englishOf(record);
  const values: FormValues = {};
  for (const field of spec.fields) {
    if (!isTranslatable(spec, field)) continue;
    if (field.type === 'responses') {
      for (const [key, text] of Object.entries(english)) if (key.startsWith('responses.')) values[englishKey(key)] = text;
    } else {
      values[englishKey(field.name)] = english[field.name] ?? '';
    }
  }
  return values;
}

/**
 * The `translations` of the save input: every English text of the shown fields (null when blank or when its
 * field is hidden, which removes it), a decision's answers for the themes it answers. Undefined for a kind with
 * nothing to translate, so the input does not carry the key at all.
 *
 * @example
 * translationsInput(updateForm, { title: 'Nieuws', 'en:title': ' News ', 'en:body_md': '' }, new Set(['title', 'body_md']))
 * // => { en: { title: 'News', body_md: null } }
 */
export function translationsInput(
  spec: FormSpec,
  values: FormValues,
  shown: ReadonlySet<string>,
): { en: Record<string, string | null> } | undefined {
  const english: Record<string, string | null> = {};
  let any = false;
  const text = (value: unknown) => (typeof value === 'string' ? value.replaceAll('\u0000', '').trim() || null : null);
  for (const field of spec.fields) {
    if (!isTranslatable(spec, field)) continue;
    any = true;
    if (field.type === 'responses') {
      const answered = Array.isArray(values[field.name]) ? (values[field.name] as ResponseValue[]) : [];
      if (!shown.has(field.name)) continue;
      for (const response of answered) {
        const key = `responses.${response.input_theme_id}`;
        english[key] = text(values[englishKey(key)]);
      }
    } else {
      english[field.name] = shown.has(field.name) ? text(values[englishKey(field.name)]) : null;
    }
  }
  return any ? { en: english } : undefined;
}

/** Whether a field has Dutch text in the form but no English version yet: the marker next to its English box. */
export function lacksEnglish(values: FormValues, name: string): boolean {
  const dutch = values[name];
  const english = values[englishKey(name)];
  return typeof dutch === 'string' && dutch.trim() !== '' && (typeof english !== 'string' || english.trim() === '');
}

/**
 * The texts of a record that have Dutch but no English version yet: field names, a decision's answers as
 * responses.<theme id>. Empty for a kind without text to translate.
 *
 * @example
 * untranslatedFields('update', { title: 'Nieuws', body_md: 'Tekst', translations: { en: { title: 'News' } } }) // => ['body_md']
 */
export function untranslatedFields(kind: string, record: ApiRecord): string[] {
  const fields = translatableFields[kind as PublishableKind] as Readonly<Record<string, number>> | undefined;
  if (!fields) return [];
  const english = englishOf(record);
  const missing: string[] = [];
  for (const field of Object.keys(fields)) {
    if (field === 'responses.*') {
      const responses = Array.isArray(record['responses']) ? (record['responses'] as Partial<ResponseValue>[]) : [];
      for (const response of responses) {
        const key = `responses.${response.input_theme_id ?? ''}`;
        if (typeof response.we_did === 'string' && response.we_did.trim() !== '' && !english[key]) missing.push(key);
      }
      continue;
    }
    const dutch = record[field];
    if (typeof dutch === 'string' && dutch.trim() !== '' && !english[field]) missing.push(field);
  }
  return missing;
}

/**
 * Where staff_project keeps each kind whose records belong to the project and have texts to translate: the lists of
 * src/lib/records/kinds.ts (people belong to the organisation; a role assignment has no text). An invitation is not
 * counted, as before: once approved it is mailed and cannot change.
 */
const projectLists = publishableKinds.flatMap((kind) => {
  const list = documentLists[kind];
  return list === null || list === 'people' || list === 'invitations' ? [] : [[kind, list] as const];
});

/**
 * How many texts of a project (its own, and those of its records that are not withdrawn) have no English version
 * yet: the count at the top of the project editor.
 */
export function untranslatedInProject(project: StaffProject): number {
  const live = (record: ApiRecord) => record['publication'] !== 'unpublished';
  let count = live(project.project) ? untranslatedFields('project', project.project).length : 0;
  for (const [kind, list] of projectLists) {
    for (const record of project[list] as ApiRecord[]) if (live(record)) count += untranslatedFields(kind, record).length;
  }
  return count;
}
