import { useEffect, useRef, useState } from 'preact/hooks';
import { councilLinksText } from '../../i18n/text/council-links.ts';
import { councilLinkState, isLinked, linksOfProject, sourceIdOf, type CouncilLink } from '../../lib/workspace/council-links.ts';
import type { StaffError } from '../../lib/workspace/errors.ts';
import { hashFor } from '../../lib/workspace/routes.ts';
import type { StaffProject } from '../../lib/workspace/schemas.ts';
import { formatWhen, useWorkspace } from './context.ts';
import { PublicationBadge } from './PublicationBadge.tsx';

/** Where focus goes after the next render: the heading, the field, or a link's remove or confirm button. */
type FocusTarget = { to: 'heading' } | { to: 'field' } | { to: 'remove' | 'confirm'; linkId: string } | null;

/**
 * In a project's council section: the agenda items of Open Raadsinformatie the project follows (each with whether
 * `npm run import:council` imported it yet, and the state of the council moment it became), a form to link one by
 * its id, and per link a remove button that first says what happens. Errors of the API go to the field with a
 * summary that gets focus, as in the record forms; an id that is linked already is refused here, because the API
 * answers it with the same link. Loaded when the section is opened (lazy-part.tsx).
 */
export function CouncilLinksPanel({ project }: { project: StaffProject }) {
  const { api, run, text, locale, announce } = useWorkspace();
  const t = councilLinksText(locale);
  const projectId = project.project.id;
  const organisationId = project.organisation.id;

  const [links, setLinks] = useState<CouncilLink[] | null>(null);
  const [loadError, setLoadError] = useState<StaffError | null>(null);
  const [value, setValue] = useState('');
  const [error, setError] = useState<StaffError | null>(null);
  const [removeError, setRemoveError] = useState<StaffError | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState<string | null>(null);
  const focusNext = useRef<FocusTarget>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const removeAlertRef = useRef<HTMLDivElement>(null);

  const ids = {
    heading: 'council-links-title',
    field: 'council-links-source-id',
    help: 'council-links-source-id-help',
    error: 'council-links-source-id-error',
    summary: 'council-links-summary',
  };
  const elementOf = (target: NonNullable<FocusTarget>): HTMLElement | null =>
    target.to === 'heading'
      ? document.getElementById(ids.heading)
      : target.to === 'field'
        ? document.getElementById(ids.field)
        : document.getElementById(`council-link-${target.linkId}-${target.to}`);

  // Focus moves after the render that shows its target (a confirmation, the button again, the heading).
  useEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    focusNext.current = null;
    elementOf(target)?.focus();
  });
  useEffect(() => {
    if (error) summaryRef.current?.focus();
  }, [error]);
  useEffect(() => {
    if (removeError) removeAlertRef.current?.focus();
  }, [removeError]);

  const load = async (): Promise<void> => {
    const answer = await run(() => api.councilLinks(organisationId));
    if (answer.ok) {
      setLinks(linksOfProject(answer.data, projectId));
      setLoadError(null);
    } else setLoadError(answer.error);
  };
  // Again when the project's council moments change (one approved, deleted or withdrawn above): their states show here.
  const momentsKey = project.council_moments
    .map((moment) => `${moment.id}:${moment.publication ?? ''}:${moment.pending?.state ?? ''}:${moment.updated_at ?? ''}`)
    .join(' ');
  useEffect(() => {
    setLinks(null);
  }, [projectId]);
  useEffect(() => {
    void load();
  }, [projectId, momentsKey]);

  const link = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const sourceId = sourceIdOf(value);
    if (links && isLinked(links, sourceId)) {
      setError({ status: 400, code: 'already_linked', field: 'source_id', message: t.alreadyLinked(sourceId), sessionExpired: false });
      return;
    }
    setBusy(true);
    const answer = await run(() => api.linkCouncilItem({ project_id: projectId, source_id: sourceId }));
    setBusy(false);
    if (!answer.ok) {
      setError(answer.error);
      return;
    }
    setError(null);
    setValue('');
    await load();
    focusNext.current = { to: 'field' };
    announce(t.linked(answer.data.source_id));
  };

  const unlink = async (target: CouncilLink) => {
    if (busy) return;
    setBusy(true);
    const answer = await run(() => api.unlinkCouncilItem({ project_id: projectId, source_id: target.source_id }));
    setBusy(false);
    setConfirming(null);
    if (!answer.ok) {
      setRemoveError(answer.error);
      // Gone already (someone else unlinked it): the list shows how it is now.
      if (answer.error.status === 404) await load();
      return;
    }
    setRemoveError(null);
    await load();
    focusNext.current = { to: 'heading' };
    announce(t.removed(target.source_id));
  };

  const fieldError = error?.field === 'source_id' ? error.message : undefined;
  const momentTitle = (momentId: string): string | null => {
    const moment = project.council_moments.find((candidate) => candidate.id === momentId);
    return moment && typeof moment['agenda_item'] === 'string' ? moment['agenda_item'] : null;
  };

  return (
    <section class="workspace-fieldset" aria-labelledby={ids.heading}>
      <h3 class="utrecht-heading-3" id={ids.heading} tabIndex={-1}>
        {t.title}
      </h3>
      <p class="utrecht-paragraph">{t.intro}</p>

      {removeError && (
        <div class="utrecht-alert utrecht-alert--error" role="alert" tabIndex={-1} ref={removeAlertRef}>
          <p class="utrecht-paragraph">
            <strong>{t.removeFailed}</strong> {removeError.message}
          </p>
        </div>
      )}
      {loadError ? (
        <div class="utrecht-alert utrecht-alert--error" role="alert">
          <p class="utrecht-paragraph">
            <strong>{t.loadFailed}</strong> {loadError.message}
          </p>
          <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => void load()}>
            {text.editor.retry}
          </button>
        </div>
      ) : links === null ? (
        <p class="utrecht-paragraph">{t.loading}</p>
      ) : links.length === 0 ? (
        <p class="utrecht-paragraph">{t.none}</p>
      ) : (
        <ul class="workspace-records" aria-label={t.listTitle}>
          {links.map((item) => {
            const state = councilLinkState(item);
            const title = item.moment ? momentTitle(item.moment.id) : null;
            const explanationId = `council-link-${item.id}-explanation`;
            return (
              <li key={item.id} class="workspace-record">
                <h4 class="utrecht-heading-4">{t.item(item.source_id)}</h4>
                <p class="utrecht-paragraph">{t.linkedOn(formatWhen(locale, item.created_at, false))}</p>
                {state === 'not_imported' || !item.moment ? (
                  <p class="utrecht-paragraph">
                    <span class="utrecht-badge-status utrecht-badge-status--neutral">{t.notImported}</span> {t.notImportedHelp}
                  </p>
                ) : (
                  <>
                    <p class="utrecht-paragraph">
                      {t.imported}: <PublicationBadge publication={state} text={text} /> {t.motions(item.moment.motions)}
                    </p>
                    {item.moment.pending_revision && <p class="utrecht-paragraph">{t.pendingRevision}</p>}
                    {title !== null && (
                      <p class="utrecht-paragraph">
                        <a
                          class="utrecht-link"
                          href={hashFor({ view: 'project', projectId, section: 'council' })}
                          onClick={(event) => {
                            // The moment is in this section's list: go to its heading instead of routing.
                            const heading = document.getElementById(`council_moment-${item.moment?.id ?? ''}-heading`);
                            if (!heading) return;
                            event.preventDefault();
                            heading.focus();
                          }}
                        >
                          {t.toMoment(title)}
                        </a>
                      </p>
                    )}
                  </>
                )}
                {confirming === item.id ? (
                  <div class="workspace-confirm" role="group" aria-label={t.removeLabel(item.source_id)}>
                    <p class="utrecht-paragraph" id={explanationId}>
                      {t.removeConfirm(item.source_id)}
                    </p>
                    <div class="workspace-actions">
                      <button
                        type="button"
                        id={`council-link-${item.id}-confirm`}
                        class="utrecht-button utrecht-button--primary-action"
                        aria-describedby={explanationId}
                        disabled={busy}
                        onClick={() => void unlink(item)}
                      >
                        {t.removeYes}
                      </button>
                      <button
                        type="button"
                        class="utrecht-button utrecht-button--subtle"
                        onClick={() => {
                          setConfirming(null);
                          focusNext.current = { to: 'remove', linkId: item.id };
                        }}
                      >
                        {text.actions.cancel}
                      </button>
                    </div>
                  </div>
                ) : (
                  <div class="workspace-actions">
                    <button
                      type="button"
                      id={`council-link-${item.id}-remove`}
                      class="utrecht-button utrecht-button--secondary-action"
                      // The visible word first, then which item (label in name, WCAG 2.5.3).
                      aria-label={t.removeLabel(item.source_id)}
                      disabled={busy}
                      onClick={() => {
                        setRemoveError(null);
                        setConfirming(item.id);
                        focusNext.current = { to: 'confirm', linkId: item.id };
                      }}
                    >
                      {t.remove}
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}

      <h4 class="utrecht-heading-4">{t.addTitle}</h4>
      <form class="workspace-form" onSubmit={link} noValidate aria-busy={busy ? 'true' : undefined}>
        {error && (
          <div
            class="utrecht-alert utrecht-alert--error"
            role="alert"
            tabIndex={-1}
            ref={summaryRef}
            aria-labelledby={`${ids.summary}-title`}
          >
            <h5 class="workspace-alert-title" id={`${ids.summary}-title`}>
              {text.form.errorSummary}
            </h5>
            <p class="utrecht-paragraph">
              {fieldError ? (
                <a
                  class="utrecht-link"
                  href={`#${ids.field}`}
                  onClick={(event) => {
                    // The hash is the workspace's router: focus the field instead of navigating.
                    event.preventDefault();
                    document.getElementById(ids.field)?.focus();
                  }}
                >
                  {error.message}
                </a>
              ) : (
                error.message
              )}
            </p>
          </div>
        )}
        <div class={`utrecht-form-field${fieldError ? ' utrecht-form-field--invalid' : ''}`}>
          <label class="utrecht-form-label" for={ids.field}>
            {t.label} <span class="workspace-required">{text.form.required}</span>
          </label>
          <p class="workspace-field-help" id={ids.help}>
            {t.help}
          </p>
          {fieldError && (
            <p class="workspace-field-error" id={ids.error}>
              {fieldError}
            </p>
          )}
          <input
            class="utrecht-textbox"
            type="text"
            id={ids.field}
            // ORI's ids are as the system gives them: no spelling help, no capitals added.
            autoComplete="off"
            autoCapitalize="off"
            spellcheck={false}
            aria-required="true"
            aria-invalid={fieldError ? 'true' : undefined}
            aria-describedby={fieldError ? `${ids.help} ${ids.error}` : ids.help}
            value={value}
            onInput={(event) => setValue(event.currentTarget.value)}
          />
        </div>
        <div class="workspace-actions">
          <button type="submit" class="utrecht-button utrecht-button--primary-action" disabled={busy}>
            {busy ? t.busy : t.submit}
          </button>
        </div>
      </form>
    </section>
  );
}
