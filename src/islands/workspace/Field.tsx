import { useRef } from 'preact/hooks';
import type { Locale } from '../../i18n/locales.ts';
import { fill } from '../../i18n/fill.ts';
import type { WorkspaceText } from '../../i18n/text/workspace.ts';
import { isVoteCount } from '../../lib/workspace/forms/convert.ts';
import type { FieldSpec, FieldValue, ResponseValue, VoteValue } from '../../lib/workspace/forms/types.ts';
import type { EnumLabels } from '../../i18n/text/enum-labels.ts';
import MarkdownEditor from './markdown/MarkdownEditor.tsx';
import { PlainLanguageHint } from './PlainLanguageHint.tsx';
import { enumLabel, enumValues, useWorkspace } from './context.ts';
import './votes.css';

export interface ReferenceOption {
  id: string;
  label: string;
}

export interface FieldProps {
  field: FieldSpec;
  id: string;
  value: FieldValue | undefined;
  onChange: (value: FieldValue) => void;
  error: string | undefined;
  locale: Locale;
  text: WorkspaceText;
  labels: EnumLabels;
  references: Record<string, ReferenceOption[]>;
  /** Input themes of the project, for a decision's responses. */
  themes: ReferenceOption[];
  disabled: boolean;
  /** The language the text is written in: Dutch (the default), or English for a field's English version. */
  contentLang?: Locale;
  /** A status next to the label in words, such as "Nog niet vertaald". */
  marker?: string | undefined;
  /** Shows the plain-language hint under a long text field. */
  hint?: boolean;
  /** A decision's answers in English, next to the Dutch ones. */
  englishResponses?: EnglishResponses;
  /** Options of a select that cannot be chosen with the form's other values: shown, but disabled. */
  unavailable?: readonly string[];
}

/** The English boxes of a decision's answers: their values by theme id, and how to change and label them. */
export interface EnglishResponses {
  values: Record<string, string>;
  onChange: (themeId: string, value: string) => void;
  label: (title: string) => string;
  missing: string;
}

/** One control of the generic record form, labelled, with help, required-in-text and its error linked. */
export function Field(props: FieldProps) {
  const { field, id, text, locale, error } = props;
  const label = field.label[locale];
  const contentLang = props.contentLang ?? 'nl';
  // Marks text in another language than the workspace's, so a screen reader reads it in the right voice.
  const lang = contentLang === locale ? undefined : contentLang;
  const markerElement = props.marker && <span class="workspace-untranslated"> {props.marker}</span>;
  const hintId = `${id}-hint`;
  const helpId = field.help ? `${id}-help` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [helpId, errorId].filter(Boolean).join(' ') || undefined;
  const marker = field.required ? text.form.required : text.form.optional;
  const string = typeof props.value === 'string' ? props.value : '';
  const common = {
    id,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': describedBy,
    'aria-required': field.required ? ('true' as const) : undefined,
    disabled: props.disabled,
    lang,
  };
  const help = field.help && (
    <p class="workspace-field-help" id={helpId}>
      {field.help[locale]}
    </p>
  );
  const errorText = error && (
    <p class="workspace-field-error" id={errorId}>
      {error}
    </p>
  );

  if (field.type === 'markdown') {
    return (
      <MarkdownEditor
        id={id}
        label={props.marker ? `${label} (${props.marker.toLowerCase()})` : label}
        value={string}
        onInput={props.onChange}
        locale={locale}
        contentLocale={contentLang}
        {...(error ? { error } : {})}
        {...(field.required ? { required: true } : {})}
        {...(field.maxLength ? { maxLength: field.maxLength } : {})}
        {...(helpId ? { describedBy: helpId } : {})}
      />
    );
  }

  if (field.type === 'boolean') {
    return (
      <div class="utrecht-form-field utrecht-form-field--checkbox">
        <div class="workspace-checkbox">
          <input
            class="utrecht-checkbox utrecht-checkbox--html-input"
            type="checkbox"
            {...common}
            aria-required={undefined}
            checked={props.value === true}
            onChange={(event) => props.onChange(event.currentTarget.checked)}
          />
          <label class="utrecht-form-label utrecht-form-label--checkbox" for={id}>
            {label}
          </label>
        </div>
        {help}
        {errorText}
      </div>
    );
  }

  if (field.type === 'responses') {
    return <ResponsesField {...props} label={label} helpId={helpId} errorId={errorId} help={help} errorText={errorText} />;
  }
  if (field.type === 'votes') {
    return <VotesField {...props} label={label} helpId={helpId} errorId={errorId} help={help} errorText={errorText} />;
  }

  const labelElement = (
    <label class="utrecht-form-label" for={id}>
      {label} <span class="workspace-required">{marker}</span>
      {markerElement}
    </label>
  );
  let control;
  switch (field.type) {
    case 'textarea':
      control = (
        <textarea
          class="utrecht-textbox workspace-textarea"
          {...common}
          value={string}
          onInput={(event) => props.onChange(event.currentTarget.value)}
        />
      );
      break;
    case 'select':
    case 'reference': {
      const options =
        field.type === 'select'
          ? enumValues(props.labels, text, field.enumName).map((option) => ({
              id: option,
              label: enumLabel(props.labels, text, field.enumName, option),
            }))
          : (props.references[field.reference] ?? []);
      const empty =
        field.type === 'select' && field.emptyLabel ? field.emptyLabel[locale] : field.required ? text.form.choose : text.form.none;
      control = (
        <select
          class="utrecht-select utrecht-select--html-select"
          {...common}
          value={string}
          onChange={(event) => props.onChange(event.currentTarget.value)}
        >
          <option value="">{empty}</option>
          {options.map((option) => (
            <option key={option.id} value={option.id} disabled={props.unavailable?.includes(option.id)}>
              {option.label}
            </option>
          ))}
        </select>
      );
      break;
    }
    default: {
      const type =
        field.type === 'date'
          ? 'date'
          : field.type === 'datetime'
            ? 'datetime-local'
            : field.type === 'url'
              ? 'url'
              : field.type === 'email'
                ? 'email'
                : 'text';
      // Numbers in a text box: a browser's number box empties itself on a typo, which loses what was typed.
      const inputMode = field.type === 'integer' ? 'numeric' : field.type === 'decimal' ? 'decimal' : undefined;
      control = (
        <input
          class="utrecht-textbox"
          type={type}
          inputMode={inputMode}
          {...common}
          value={string}
          onInput={(event) => props.onChange(event.currentTarget.value)}
        />
      );
    }
  }
  return (
    <div class={`utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}`}>
      {labelElement}
      {help}
      {errorText}
      {control}
      <CharactersLeft text={text} value={string} maxLength={field.maxLength} />
      {props.hint && field.type === 'textarea' && (
        <PlainLanguageHint id={hintId} text={string} contentLocale={contentLang} uiLocale={locale} />
      )}
    </div>
  );
}

/** How many characters are left, once fewer than a tenth of the field's maximum are. */
function CharactersLeft({ text, value, maxLength }: { text: WorkspaceText; value: string; maxLength: number | undefined }) {
  if (maxLength === undefined) return null;
  const remaining = maxLength - value.length;
  return remaining < maxLength * 0.1 ? <p class="workspace-field-help">{fill(text.form.charactersLeft, { count: remaining })}</p> : null;
}

function ResponsesField(
  props: FieldProps & { label: string; helpId: string | undefined; errorId: string | undefined; help: unknown; errorText: unknown },
) {
  const { id, text, themes } = props;
  const responses = Array.isArray(props.value) ? (props.value as ResponseValue[]) : [];
  const set = (next: ResponseValue[]) => props.onChange(next);
  return (
    <fieldset
      class="workspace-fieldset"
      id={id}
      aria-describedby={[props.helpId, props.errorId].filter(Boolean).join(' ') || undefined}
      tabIndex={-1}
    >
      <legend class="utrecht-form-label">{props.label}</legend>
      {props.errorText as never}
      {themes.length === 0 && <p class="utrecht-paragraph">{text.form.noThemes}</p>}
      {themes.map((theme, index) => {
        const current = responses.find((response) => response.input_theme_id === theme.id);
        const boxId = `${id}-${index}`;
        return (
          <div key={theme.id} class="workspace-response">
            <div class="workspace-checkbox">
              <input
                class="utrecht-checkbox utrecht-checkbox--html-input"
                type="checkbox"
                id={boxId}
                checked={current !== undefined}
                disabled={props.disabled}
                onChange={(event) =>
                  set(
                    event.currentTarget.checked
                      ? [...responses, { input_theme_id: theme.id, we_did: '' }]
                      : responses.filter((response) => response.input_theme_id !== theme.id),
                  )
                }
              />
              <label class="utrecht-form-label utrecht-form-label--checkbox" for={boxId}>
                {theme.label}
              </label>
            </div>
            {current && (
              <div class="utrecht-form-field">
                <label class="utrecht-form-label" for={`${boxId}-we-did`}>
                  {fill(text.form.weDid, { title: theme.label })} <span class="workspace-required">{text.form.required}</span>
                </label>
                <textarea
                  class="utrecht-textbox workspace-textarea"
                  id={`${boxId}-we-did`}
                  aria-required="true"
                  disabled={props.disabled}
                  value={current.we_did}
                  onInput={(event) => {
                    const weDid = event.currentTarget.value;
                    set(responses.map((response) => (response.input_theme_id === theme.id ? { ...response, we_did: weDid } : response)));
                  }}
                />
                <CharactersLeft text={text} value={current.we_did} maxLength={props.field.maxLength} />
                {props.hint && (
                  <PlainLanguageHint id={`${boxId}-we-did-hint`} text={current.we_did} contentLocale="nl" uiLocale={props.locale} />
                )}
              </div>
            )}
            {current && props.englishResponses && (
              <div class="utrecht-form-field workspace-english">
                <label class="utrecht-form-label" for={`${boxId}-we-did-en`}>
                  {props.englishResponses.label(theme.label)} <span class="workspace-required">{text.form.optional}</span>
                  {current.we_did.trim() !== '' && !(props.englishResponses.values[theme.id] ?? '').trim() && (
                    <span class="workspace-untranslated"> {props.englishResponses.missing}</span>
                  )}
                </label>
                <textarea
                  class="utrecht-textbox workspace-textarea"
                  id={`${boxId}-we-did-en`}
                  lang={props.locale === 'en' ? undefined : 'en'}
                  disabled={props.disabled}
                  value={props.englishResponses.values[theme.id] ?? ''}
                  onInput={(event) => props.englishResponses?.onChange(theme.id, event.currentTarget.value)}
                />
                <CharactersLeft text={text} value={props.englishResponses.values[theme.id] ?? ''} maxLength={props.field.maxLength} />
                {props.hint && (
                  <PlainLanguageHint
                    id={`${boxId}-we-did-en-hint`}
                    text={props.englishResponses.values[theme.id] ?? ''}
                    contentLocale="en"
                    uiLocale={props.locale}
                  />
                )}
              </div>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}

/**
 * A motion's votes: one row per party with its name and its votes for and against, each a labelled text box in a
 * group named after the row. "Partij toevoegen" adds a row and puts the cursor in its name; "Verwijderen" removes
 * it and puts the cursor back on "Partij toevoegen". A count that is not a whole number from 0 to 999 is marked at
 * once; the API refuses it too, naming the votes.
 */
function VotesField(
  props: FieldProps & { label: string; helpId: string | undefined; errorId: string | undefined; help: unknown; errorText: unknown },
) {
  const { id, text } = props;
  const { announce } = useWorkspace();
  const t = text.form.votes;
  // The bounds the form declares for the votes, as the API takes them.
  const limits = props.field.type === 'votes' ? props.field : undefined;
  const rows = Array.isArray(props.value) ? (props.value as VoteValue[]) : [];
  const addRef = useRef<HTMLButtonElement>(null);
  const set = (next: VoteValue[]) => props.onChange(next);
  const change = (index: number, key: keyof VoteValue, value: string) =>
    set(rows.map((row, at) => (at === index ? { ...row, [key]: value } : row)));
  const add = () => {
    set([...rows, { party: '', for: '', against: '' }]);
    announce(t.added);
    // The new row is rendered after this change: its name box gets the cursor then.
    requestAnimationFrame(() => document.getElementById(`${id}-${rows.length}-party`)?.focus());
  };
  const remove = (index: number) => {
    set(rows.filter((_, at) => at !== index));
    announce(t.removed);
    addRef.current?.focus();
  };
  const count = (index: number, key: 'for' | 'against', label: string) => {
    const boxId = `${id}-${index}-${key}`;
    const value = rows[index]?.[key] ?? '';
    const wrong = !isVoteCount(value) || (limits !== undefined && Number(value.trim()) > limits.maxVotes);
    return (
      <div class={`utrecht-form-field workspace-vote__count${wrong ? ' utrecht-form-field--invalid' : ''}`}>
        <label class="utrecht-form-label" for={boxId}>
          {label}
        </label>
        {wrong && (
          <p class="workspace-field-error" id={`${boxId}-error`}>
            {t.notACount}
          </p>
        )}
        <input
          class="utrecht-textbox"
          type="text"
          inputMode="numeric"
          id={boxId}
          value={value}
          disabled={props.disabled}
          aria-invalid={wrong ? 'true' : undefined}
          aria-describedby={wrong ? `${boxId}-error` : undefined}
          onInput={(event) => change(index, key, event.currentTarget.value)}
        />
      </div>
    );
  };
  return (
    <fieldset
      class="workspace-fieldset"
      id={id}
      aria-describedby={[props.helpId, props.errorId].filter(Boolean).join(' ') || undefined}
      tabIndex={-1}
    >
      <legend class="utrecht-form-label">
        {props.label} <span class="workspace-required">{props.field.required ? text.form.required : text.form.optional}</span>
      </legend>
      {props.help as never}
      {props.errorText as never}
      {rows.length === 0 && <p class="utrecht-paragraph">{t.none}</p>}
      {rows.map((row, index) => {
        const rowName = fill(t.row, { number: index + 1 });
        return (
          <fieldset key={index} class="workspace-vote">
            <legend class="workspace-vote__legend">{rowName}</legend>
            <div class="utrecht-form-field workspace-vote__party">
              <label class="utrecht-form-label" for={`${id}-${index}-party`}>
                {t.party}
              </label>
              <input
                class="utrecht-textbox"
                type="text"
                id={`${id}-${index}-party`}
                maxLength={limits?.maxPartyLength}
                value={row.party}
                disabled={props.disabled}
                onInput={(event) => change(index, 'party', event.currentTarget.value)}
              />
            </div>
            {count(index, 'for', t.for)}
            {count(index, 'against', t.against)}
            <button
              type="button"
              class="utrecht-button utrecht-button--secondary-action workspace-vote__remove"
              aria-label={`${t.remove}: ${row.party.trim() || rowName}`}
              disabled={props.disabled}
              onClick={() => remove(index)}
            >
              {t.remove}
            </button>
          </fieldset>
        );
      })}
      <button type="button" ref={addRef} class="utrecht-button utrecht-button--secondary-action" disabled={props.disabled} onClick={add}>
        {t.add}
      </button>
    </fieldset>
  );
}
