import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { translationWorkspaceText } from '../../i18n/text/translation.ts';
import { fill } from '../../i18n/fill.ts';
import type { DraftKey } from '../../lib/workspace/draft-store.ts';
import { isConflict, type StaffError } from '../../lib/workspace/errors.ts';
import {
  differs,
  inputFromValues,
  isFormValues,
  isShown,
  unavailableOptions,
  valuesFromRecord,
  votesText,
} from '../../lib/workspace/forms/convert.ts';
import { englishFieldOfHint, englishKey, isLongText, isTranslatable, lacksEnglish } from '../../lib/workspace/forms/translations.ts';
import type { FieldSpec, FieldValue, FormSpec, FormValues, ResponseValue } from '../../lib/workspace/forms/types.ts';
import { actionsFor, hasRole, type Publication, type StaffRole } from '../../lib/workspace/roles.ts';
import type { Pending } from '../../lib/workspace/schemas.ts';
import { enumLabel, formatWhen, useWorkspace } from './context.ts';
import { Field, type ReferenceOption } from './Field.tsx';
import './bilingual.css';
import { WorkflowActions } from './WorkflowActions.tsx';

type ApiRecord = Record<string, unknown>;

export interface RecordFormProps {
  spec: FormSpec;
  /** The record being edited; null for a new one. */
  record: ApiRecord | null;
  scope: { projectId?: string; organisationId?: string; scopeId: string };
  references: Record<string, ReferenceOption[]>;
  themes?: ReferenceOption[];
  defaults?: FormValues;
  /** Fixed input fields besides the form's (promise_id for a status change). */
  extra?: Record<string, unknown>;
  /** Unique per form on the page: every control id starts with it. */
  idPrefix: string;
  /** The caller's role in the record's organisation. */
  role?: StaffRole;
  onSaved: (saved: ApiRecord | null) => void | Promise<void>;
  /** Loads the project again (after a workflow action, or "load latest" after a 409). */
  onReload?: () => Promise<void>;
  submitLabel?: string;
}

/**
 * The generic record form: its fields come from the kind's spec, its values are kept in the draft store
 * until saved, API errors are put next to the field the hint names, with a summary at the top that gets
 * focus. Records residents see show their state and the workflow actions the caller may take. Saving a
 * published record stores a change that waits for approval; the form then shows the change, and what the
 * website shows until it is approved.
 */
export function RecordForm(props: RecordFormProps) {
  const { spec, record } = props;
  const { api, run, locale, text, labels, userId, drafts, announce } = useWorkspace();
  const creating = record === null;
  const recordId = typeof record?.['id'] === 'string' ? record['id'] : null;
  const draftKey: DraftKey = {
    userId,
    kind: spec.kind,
    scopeId: props.scope.scopeId,
    recordId: props.extra?.['promise_id'] ? String(props.extra['promise_id']) : recordId,
  };
  const initial = useMemo(() => valuesFromRecord(spec, record, props.defaults), [record]);
  const stored = useMemo(() => drafts.load(draftKey, isFormValues), []);
  const restoredDraft = stored && differs(stored.values, initial) ? stored : null;

  const [values, setValues] = useState<FormValues>(() => (restoredDraft ? { ...initial, ...restoredDraft.values } : initial));
  const [restoredAt, setRestoredAt] = useState<string | null>(restoredDraft?.savedAt ?? null);
  const [error, setError] = useState<StaffError | null>(null);
  const [busy, setBusy] = useState(false);
  const [conflictLoaded, setConflictLoaded] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  const publication = typeof record?.['publication'] === 'string' ? (record['publication'] as Publication) : null;
  const pending = (record?.['pending'] ?? null) as Pending | null;
  const role = props.role ?? 'editor';
  const mayApprove = pending ? pending.may_approve : record?.['may_approve'] === true;
  const iWrote = pending ? pending.i_wrote : record?.['i_wrote'] === true;
  const actions =
    spec.publishable && publication
      ? actionsFor({ role, publication: pending?.state ?? publication, hasPendingChange: pending !== null, mayApprove })
      : null;
  const readOnly = actions !== null && !actions.includes('save');
  const returnedReason = pending
    ? pending.returned_reason
    : typeof record?.['returned_reason'] === 'string'
      ? record['returned_reason']
      : null;
  const returned = (pending?.state ?? publication) === 'draft' && returnedReason !== null && returnedReason !== undefined;
  const approvalNote = !hasRole(role, 'approver') || !iWrote ? null : mayApprove ? text.actions.selfAllowed : text.actions.selfApproval;
  const scheduledAt =
    pending?.state === 'scheduled'
      ? pending.publish_at
      : publication === 'scheduled' && typeof record?.['publish_at'] === 'string'
        ? record['publish_at']
        : null;

  const fieldId = (name: string) => `${props.idPrefix}-${name.replace(/^en:(.*)$/, '$1-en')}`;
  const visible = spec.fields.filter((field) => isShown(field, values, creating));
  const tr = translationWorkspaceText(locale);
  const translatable = visible.filter((field) => isTranslatable(spec, field) && field.type !== 'responses');
  const untranslated = translatable.filter((field) => lacksEnglish(values, field.name)).length;
  // An error about an English version (hint translations.en.<field>) goes next to that English box.
  const englishError = englishFieldOfHint(error?.field);
  const fieldError =
    englishError && translatable.some((field) => englishKey(field.name) === englishError)
      ? englishError
      : error?.field && visible.some((field) => field.name === error.field)
        ? error.field
        : undefined;

  useEffect(() => {
    if (error) summaryRef.current?.focus();
  }, [error]);

  const change = (name: string, value: FieldValue) => {
    setValues((current) => {
      const next = { ...current, [name]: value };
      if (differs(next, initial)) drafts.save(draftKey, next);
      else drafts.clear(draftKey);
      return next;
    });
  };

  const save = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const input = inputFromValues(spec, values, {
      ...(props.scope.projectId ? { projectId: props.scope.projectId } : {}),
      ...(props.scope.organisationId ? { organisationId: props.scope.organisationId } : {}),
      record,
      ...(props.extra ? { extra: props.extra } : {}),
    });
    const answer = await run(() => api.save(spec.save, input));
    setBusy(false);
    if (!answer.ok) {
      setConflictLoaded(false);
      setError(answer.error);
      return;
    }
    setError(null);
    setRestoredAt(null);
    drafts.clear(draftKey);
    announce(text.form.saved);
    if (creating) setValues(valuesFromRecord(spec, null, props.defaults));
    const saved =
      typeof answer.data === 'object' && answer.data !== null && !Array.isArray(answer.data) ? (answer.data as ApiRecord) : null;
    await props.onSaved(saved);
  };

  const discard = () => {
    drafts.clear(draftKey);
    setValues(initial);
    setRestoredAt(null);
    announce(text.form.discarded);
  };

  const loadLatest = async () => {
    // The typed values stay in the form and in the draft store; only the version underneath is refreshed.
    drafts.save(draftKey, values);
    await props.onReload?.();
    setError(null);
    setConflictLoaded(true);
    announce(text.form.conflictLoaded);
  };

  /**
   * The English box of a field: optional, labelled as the English version. English Markdown is written in a
   * plain text box with the hint; the preview stays with the Dutch editor, so the form has one.
   */
  const englishField = (field: FieldSpec): FieldSpec => {
    const { help: _help, showWhen: _showWhen, ...rest } = field;
    return {
      ...rest,
      ...(field.type === 'markdown' ? { type: 'textarea' as const } : {}),
      name: englishKey(field.name),
      required: false,
      label: { nl: translationWorkspaceText('nl').englishOf(field.label.nl), en: translationWorkspaceText('en').englishOf(field.label.en) },
    };
  };
  const englishResponses = (field: FieldSpec) => {
    const answered = Array.isArray(values[field.name]) ? (values[field.name] as ResponseValue[]) : [];
    return {
      values: Object.fromEntries(
        answered.map((response) => [response.input_theme_id, String(values[englishKey(`responses.${response.input_theme_id}`)] ?? '')]),
      ),
      onChange: (themeId: string, value: string) => change(englishKey(`responses.${themeId}`), value),
      label: (title: string) => tr.englishOf(fill(text.form.weDid, { title })),
      missing: tr.missing,
    };
  };

  /** A field's value as the website shows it now, next to a pending change: enumerations and votes in words. */
  const publishedText = (field: FieldSpec | undefined, value: unknown): string => {
    if (field?.type === 'votes') return votesText(value, text.form.votes.line) || text.approvals.empty;
    if (field?.type === 'select' && (value === null || value === '') && field.emptyLabel) return field.emptyLabel[locale];
    if (field?.type === 'select' && typeof value === 'string') return enumLabel(labels, text, field.enumName, value);
    if (typeof value === 'string' || typeof value === 'number') return String(value);
    return value === null || value === undefined ? text.approvals.empty : text.approvals.referenceChanged;
  };

  const summaryId = `${props.idPrefix}-summary`;
  return (
    <form class="workspace-form" onSubmit={save} noValidate aria-busy={busy ? 'true' : undefined}>
      {error && (
        <div class="utrecht-alert utrecht-alert--error" role="alert" tabIndex={-1} ref={summaryRef} aria-labelledby={`${summaryId}-title`}>
          <h3 class="workspace-alert-title" id={`${summaryId}-title`}>
            {text.form.errorSummary}
          </h3>
          <p class="utrecht-paragraph">
            {fieldError ? (
              <a
                class="utrecht-link"
                href={`#${fieldId(fieldError)}`}
                onClick={(event) => {
                  // The hash is the workspace's router: focus the field instead of navigating.
                  event.preventDefault();
                  document.getElementById(fieldId(fieldError))?.focus();
                }}
              >
                {error.message}
              </a>
            ) : (
              error.message
            )}
          </p>
          {isConflict(error) && props.onReload && (
            <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => void loadLatest()}>
              {text.form.conflictAction}
            </button>
          )}
        </div>
      )}
      {conflictLoaded && (
        <div class="utrecht-alert utrecht-alert--info">
          <p class="utrecht-paragraph">{text.form.conflictLoaded}</p>
        </div>
      )}
      {restoredAt && (
        <div class="utrecht-alert utrecht-alert--info">
          <p class="utrecht-paragraph">{fill(text.form.restored, { time: formatWhen(locale, restoredAt) })}</p>
          <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={discard}>
            {text.form.discard}
          </button>
        </div>
      )}
      {pending && (
        <div class="utrecht-alert utrecht-alert--info workspace-pending">
          <p class="utrecht-paragraph">
            {pending.state === 'scheduled'
              ? fill(text.pending.scheduled, { date: formatWhen(locale, pending.publish_at) })
              : pending.state === 'awaiting_approval'
                ? text.pending.awaiting_approval
                : text.pending.draft}
          </p>
          {pending.changed_fields.length > 0 && (
            <>
              <p class="utrecht-paragraph">{text.pending.published}</p>
              <dl class="workspace-facts">
                {pending.changed_fields.map((name) => {
                  const field = spec.fields.find((candidate) => candidate.name === name);
                  const value = pending.published[name];
                  return (
                    <>
                      <dt>{field ? field.label[locale] : name === 'translations' ? tr.english : name}</dt>
                      <dd class="workspace-prose">{publishedText(field, value)}</dd>
                    </>
                  );
                })}
              </dl>
            </>
          )}
        </div>
      )}
      {!pending && scheduledAt && (
        <div class="utrecht-alert utrecht-alert--info">
          <p class="utrecht-paragraph">{fill(text.pending.scheduledRecord, { date: formatWhen(locale, scheduledAt) })}</p>
        </div>
      )}
      {returned && (
        <div class="utrecht-alert utrecht-alert--warning">
          <p class="utrecht-paragraph">
            {returnedReason ? fill(text.form.returned, { reason: returnedReason }) : text.form.returnedNoReason}
          </p>
        </div>
      )}
      {translatable.length > 0 && (
        <div class="workspace-translation-summary">
          <p class="workspace-field-help">{tr.formHelp}</p>
          <p class="utrecht-paragraph" id={`${props.idPrefix}-untranslated`}>
            {untranslated === 0 ? tr.allTranslated : tr.missingFields(untranslated)}
          </p>
        </div>
      )}
      {visible.map((field) => {
        const common = {
          locale,
          text,
          labels,
          references: props.references,
          themes: props.themes ?? [],
          disabled: readOnly || busy,
          hint: isLongText(field) || field.type === 'responses',
          unavailable: unavailableOptions(field, values),
        };
        const dutch = (
          <Field
            key={field.name}
            field={field}
            id={fieldId(field.name)}
            value={values[field.name]}
            onChange={(value) => change(field.name, value)}
            error={fieldError === field.name ? error?.message : undefined}
            {...common}
            {...(field.type === 'responses' && isTranslatable(spec, field) ? { englishResponses: englishResponses(field) } : {})}
          />
        );
        if (!isTranslatable(spec, field) || field.type === 'responses') return dutch;
        const key = englishKey(field.name);
        return (
          <div class="workspace-bilingual" key={field.name}>
            {dutch}
            <div class="workspace-english">
              <Field
                field={englishField(field)}
                id={fieldId(key)}
                value={values[key]}
                onChange={(value) => change(key, value)}
                error={fieldError === key ? error?.message : undefined}
                contentLang="en"
                marker={lacksEnglish(values, field.name) ? tr.missing : undefined}
                {...common}
              />
            </div>
          </div>
        );
      })}
      <div class="workspace-actions">
        {!readOnly && (
          <button type="submit" class="utrecht-button utrecht-button--primary-action" disabled={busy}>
            {busy ? text.form.saving : (props.submitLabel ?? (creating ? text.form.saveNew : text.form.save))}
          </button>
        )}
      </div>
      {actions && recordId && (
        <WorkflowActions
          kind={spec.kind}
          id={recordId}
          {...(spec.kind === 'project' ? { projectId: recordId } : props.scope.projectId ? { projectId: props.scope.projectId } : {})}
          actions={actions}
          onChange={pending !== null}
          note={approvalNote}
          idPrefix={props.idPrefix}
          onDone={async (action) => {
            if (action === 'delete') drafts.clear(draftKey);
            await props.onReload?.();
          }}
        />
      )}
    </form>
  );
}
