import type { Locale } from '../../../i18n/locales.ts';

/** Text in both languages of the workspace. */
export interface Bilingual {
  nl: string;
  en: string;
}

/** The enumerations whose labels come from the site's dictionaries (src/i18n/nl.ts, en.ts). */
export type EnumName =
  | 'projectStatus'
  | 'phaseKind'
  | 'participationLevel'
  | 'personRole'
  | 'councilRole'
  | 'councilOutcome'
  | 'councilMeetingKind'
  | 'motionKind'
  | 'motionResult'
  | 'promiseAudience'
  | 'promiseStatus'
  | 'keyDateKind'
  | 'groupStatus'
  | 'lessonCategory'
  | 'staffRole';

/** Records of the same project (or organisation) a field can point at. */
export type ReferenceName = 'phase' | 'person' | 'organisation' | 'key_date' | 'council_moment';

export type FieldSpec =
  | (FieldBase & { type: 'text' | 'textarea' | 'markdown' | 'url' | 'email' })
  | (FieldBase & { type: 'date' | 'datetime' })
  // A number typed as text; min and max are the bounds the API takes (portal.input_integer, input_numeric).
  | (FieldBase & { type: 'integer' | 'decimal'; min?: number; max?: number })
  | (FieldBase & { type: 'boolean' })
  // The options of a select are the keys of its enumeration's labels in the dictionaries (src/i18n/nl.ts),
  // which are typed complete against the SQL enumerations and listed in their SQL order.
  | (FieldBase & {
      type: 'select';
      enumName: EnumName;
      /** The value a new record starts with: the API's own default, so the form shows what saving would store. */
      initial?: string;
      /** The words of the empty option when it means something (a phase's council role: as for the project). */
      emptyLabel?: Bilingual;
      /**
       * Options that do not fit while another field has a given value: they are shown but cannot be chosen
       * (a committee does not adopt). The API refuses them too, naming this field.
       */
      unavailable?: { field: string; when: Readonly<Record<string, readonly string[]>> };
    })
  | (FieldBase & { type: 'reference'; reference: ReferenceName })
  | (FieldBase & { type: 'responses' })
  // Rows of a party and its votes for and against, added and removed by the staff member (a motion's votes), with
  // the bounds the API takes (portal.votes_are_valid): how many parties, how long a party's name, how many votes.
  | (FieldBase & { type: 'votes'; maxParties: number; maxPartyLength: number; maxVotes: number });

interface FieldBase {
  /** The input field of the API function, and the `hint` its errors carry. */
  name: string;
  label: Bilingual;
  /** Shown under the label: what to write, for whom. */
  help?: Bilingual;
  required?: boolean;
  /**
   * The most characters the API takes for this field (and for its English version, when it has one); for a
   * decision's responses, for each answer. The tests check it against the API (tests/database/staff-form-limits.test.ts).
   */
  maxLength?: number;
  /** Only sent (and shown) when creating: a project's organisation and slug. */
  createOnly?: boolean;
  /** Shown only when another field of the form has a given value (a boolean field true, a select one value). */
  showWhen?: { field: string; equals: string | boolean | readonly string[] };
}

/** A linked input theme of a decision, with what was done with it. */
export interface ResponseValue {
  input_theme_id: string;
  we_did: string;
}

/** One party's votes on a motion, as typed: the numbers stay text until they are sent. */
export interface VoteValue {
  party: string;
  for: string;
  against: string;
}

export type FieldValue = string | boolean | ResponseValue[] | VoteValue[];
export type FormValues = Record<string, FieldValue>;

/** What a form saves and how: the API function, its scope and whether it has a publication state. */
export interface FormSpec {
  /** The key of this form in the draft store and the `kind` of workflow calls for publishable kinds. */
  kind: string;
  /** The API function that saves it. */
  save: string;
  /** project_id (most) or organisation_id (people, a new project) goes with the input. */
  scope: 'project' | 'organisation';
  /**
   * A record residents see, with the workflow (submit, approve, withdraw) on its form. False for the forms that
   * ask for something rather than edit a record: a new role holder, a promise's new status.
   */
  publishable: boolean;
  /** Sends updated_at for the optimistic concurrency check (not for append-only or replace calls). */
  versioned: boolean;
  /** Which field names a record in lists. */
  titleField: string;
  fields: readonly FieldSpec[];
  /** What this kind is called, singular. */
  name: Bilingual;
}

export function textOf(text: Bilingual, locale: Locale): string {
  return text[locale];
}
