import { useEffect, useState } from 'preact/hooks';
import { fill } from '../../i18n/fill.ts';
import type { StaffError } from '../../lib/workspace/errors.ts';
import { assignmentForm, listSections, personForm, projectForm, promiseStatusForm } from '../../lib/workspace/forms/index.ts';
import type { FormSpec } from '../../lib/workspace/forms/types.ts';
import { hashFor, projectSections, type ProjectSection } from '../../lib/workspace/routes.ts';
import { actionsFor } from '../../lib/workspace/roles.ts';
import type { Pending, PendingStatus, StaffProject, StaffRecord } from '../../lib/workspace/schemas.ts';
import { enumLabel, formatWhen, useViewTitle, useWorkspace } from './context.ts';
import type { ReferenceOption } from './Field.tsx';
import { lazyPart } from './lazy-part.tsx';
import { PublicationBadge } from './PublicationBadge.tsx';
import { RecordForm } from './RecordForm.tsx';
import { translationWorkspaceText } from '../../i18n/text/translation.ts';
import { untranslatedFields, untranslatedInProject } from '../../lib/workspace/forms/translations.ts';
import { WorkflowActions } from './WorkflowActions.tsx';

// The followers' numbers are one section among many, looked at now and then: it loads when opened.
const FollowersSection = lazyPart(() => import('./FollowersSection.tsx').then((module) => module.FollowersSection));
// The eight-keys checklist likewise: the summary above the sections says whether there is anything to see.
const CheckList = lazyPart(() => import('./CheckList.tsx').then((module) => module.CheckList));
// The agenda items the council import follows: configuration in the council section, loaded when it is opened.
const CouncilLinksPanel = lazyPart(() => import('./CouncilLinksPanel.tsx').then((module) => module.CouncilLinksPanel));

export interface ProjectEditorProps {
  projectId: string;
  section: ProjectSection;
}

/** One project: a navigation of its sections and the records of the chosen section, each editable. */
export function ProjectEditor(props: ProjectEditorProps) {
  const { api, run, text, locale, reloadWorkspace, headingRef } = useWorkspace();
  const [project, setProject] = useState<StaffProject | null>(null);
  const [error, setError] = useState<StaffError | null>(null);

  const load = async () => {
    const answer = await run(() => api.project(props.projectId));
    if (answer.ok) {
      setProject(answer.data);
      setError(null);
    } else setError(answer.error);
  };
  useEffect(() => {
    void load();
  }, [props.projectId]);

  const sectionName = text.editor.sections[props.section];
  useViewTitle(project ? `${sectionName}: ${project.project.title}` : text.loading);

  if (error && !project) {
    return (
      <>
        <h1 class="utrecht-heading-1" tabIndex={-1} ref={headingRef}>
          {text.editor.loadFailed}
        </h1>
        <div class="utrecht-alert utrecht-alert--error" role="alert">
          <p class="utrecht-paragraph">{error.message}</p>
        </div>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href="#/">
            {text.editor.back}
          </a>
        </p>
      </>
    );
  }
  if (!project) return <p class="utrecht-paragraph">{text.loading}</p>;

  const reload = async () => {
    await load();
    void reloadWorkspace();
  };

  return (
    <>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="#/">
          {text.editor.back}
        </a>
      </p>
      <h1 class="utrecht-heading-1" tabIndex={-1} ref={headingRef}>
        {project.project.title}
      </h1>
      <p class="utrecht-paragraph">
        <PublicationBadge publication={project.project.publication} pending={project.project.pending?.state ?? null} text={text} />{' '}
        {project.organisation.name}
      </p>
      <p class="utrecht-paragraph" id="project-untranslated">
        {translationWorkspaceText(locale).missingInProject(untranslatedInProject(project))}
      </p>
      <CheckSummary project={project} />
      <nav aria-label={text.editor.sectionsLabel} class="workspace-sections">
        <ul>
          {projectSections.map((section) => (
            <li key={section}>
              <a
                class="utrecht-link"
                href={hashFor({ view: 'project', projectId: props.projectId, section })}
                aria-current={section === props.section ? 'page' : undefined}
              >
                {text.editor.sections[section]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="section-title">
        <h2 class="utrecht-heading-2" id="section-title">
          {sectionName}
        </h2>
        <SectionBody project={project} section={props.section} reload={reload} />
      </section>
    </>
  );
}

/** One line above the sections: how many of the eight keys' rules are open, linked to the checklist. */
function CheckSummary({ project }: { project: StaffProject }) {
  const { text } = useWorkspace();
  if (!project.check) return null;
  const open = project.check.results.filter((result) => result.state === 'open').length;
  const words = open === 0 ? text.check.summaryNone : open === 1 ? text.check.summaryOne : fill(text.check.summary, { count: open });
  return (
    <p class="utrecht-paragraph" id="check-summary">
      <a class="utrecht-link" href={hashFor({ view: 'project', projectId: project.project.id, section: 'check' })}>
        {words}
      </a>
    </p>
  );
}

function references(project: StaffProject, locale: 'nl' | 'en'): Record<string, ReferenceOption[]> {
  const name = (record: StaffRecord, field: string) => (typeof record[field] === 'string' ? (record[field] as string) : record.id);
  return {
    phase: project.phases.map((phase) => ({ id: phase.id, label: `${String(phase['position'] ?? '')}. ${name(phase, 'title')}` })),
    person: project.people.map((person) => ({ id: person.id, label: `${name(person, 'name')} (${name(person, 'job_title')})` })),
    organisation: [{ id: project.organisation.id, label: project.organisation.name }],
    key_date: project.key_dates.map((moment) => ({
      id: moment.id,
      label: `${String(moment['starts_at'] ?? '').slice(0, 10)} ${name(moment, 'title')}`,
    })),
    // "12 mrt 2027, Gemeenteraad: Krediet schoolzone": the meeting's day and body, then the agenda item.
    council_moment: project.council_moments.map((moment) => ({
      id: moment.id,
      label: `${formatWhen(locale, typeof moment['meets_on'] === 'string' ? moment['meets_on'] : '', false)}, ${name(moment, 'body')}: ${name(moment, 'agenda_item')}`,
    })),
  };
}

function SectionBody({ project, section, reload }: { project: StaffProject; section: ProjectSection; reload: () => Promise<void> }) {
  const { locale, text } = useWorkspace();
  const refs = references(project, locale);
  const common = { role: project.organisation.role, onReload: reload };
  const projectId = project.project.id;

  if (section === 'basics') {
    return (
      <RecordForm
        key={`${project.project.id}-${String(project.project.updated_at)}`}
        spec={projectForm}
        record={project.project}
        scope={{ projectId, organisationId: project.organisation.id, scopeId: projectId }}
        references={refs}
        idPrefix="project"
        onSaved={reload}
        {...common}
      />
    );
  }
  if (section === 'people') return <PeopleSection project={project} refs={refs} reload={reload} />;
  if (section === 'followers') return <FollowersSection project={project} />;
  if (section === 'check') return <CheckList project={project} />;

  const entry = listSections[section];
  if (!entry) return null;
  const introText = section === 'invitations' ? text.editor.invitationsIntro : section === 'motions' ? text.editor.motionsIntro : null;
  const intro = introText ? <p class="utrecht-paragraph">{introText}</p> : null;
  const records = (project as unknown as Record<string, StaffRecord[]>)[entry.list] ?? [];
  const themes = project.input_themes.map((theme) => ({
    id: theme.id,
    label: typeof theme['title'] === 'string' ? theme['title'] : theme.id,
  }));
  return (
    <>
      {intro}
      {/* Keyed by section: a form left open in one section does not show open in the next. */}
      <RecordList
        key={section}
        spec={entry.spec}
        records={records}
        render={(record, idPrefix) => (
          <>
            <RecordForm
              spec={entry.spec}
              record={record}
              scope={{ projectId, scopeId: projectId }}
              references={refs}
              themes={themes}
              idPrefix={idPrefix}
              onSaved={reload}
              {...common}
            />
            {entry.spec.kind === 'promise' && (
              <PromiseHistory
                promise={record}
                projectId={projectId}
                role={project.organisation.role}
                reload={reload}
                idPrefix={`${idPrefix}-status`}
              />
            )}
          </>
        )}
        renderNew={(idPrefix, close) => (
          <RecordForm
            spec={entry.spec}
            record={null}
            scope={{ projectId, scopeId: projectId }}
            references={refs}
            themes={themes}
            idPrefix={idPrefix}
            onSaved={async () => {
              close();
              await reload();
            }}
            {...common}
          />
        )}
      />
      {section === 'council' && <CouncilLinksPanel project={project} />}
    </>
  );
}

/** A list of records of one kind: each with its state and an edit toggle, and an "add" toggle on top. */
function RecordList(props: {
  spec: FormSpec;
  records: StaffRecord[];
  render: (record: StaffRecord, idPrefix: string) => preact.JSX.Element;
  renderNew: (idPrefix: string, close: () => void) => preact.JSX.Element;
}) {
  const { text, locale } = useWorkspace();
  const [open, setOpen] = useState<string | null>(null);
  const kindName = props.spec.name[locale];
  const toggle = (id: string) => setOpen((current) => (current === id ? null : id));
  const titleOf = (record: StaffRecord) => {
    const value = record[props.spec.titleField];
    const title = typeof value === 'string' ? value : String(value ?? '');
    return title.length > 120 ? `${title.slice(0, 119)}…` : title;
  };
  return (
    <>
      <button
        type="button"
        class="utrecht-button utrecht-button--primary-action"
        aria-expanded={open === 'new'}
        aria-controls={`${props.spec.kind}-new`}
        onClick={() => toggle('new')}
      >
        {fill(text.editor.add, { kind: kindName.toLowerCase() })}
      </button>
      {open === 'new' && (
        <div id={`${props.spec.kind}-new`} class="workspace-record">
          <h3 class="utrecht-heading-3">{fill(text.editor.add, { kind: kindName.toLowerCase() })}</h3>
          {props.renderNew(`${props.spec.kind}-new`, () => setOpen(null))}
        </div>
      )}
      {props.records.length === 0 && <p class="utrecht-paragraph">{text.editor.none}</p>}
      <ul class="workspace-records">
        {props.records.map((record) => {
          const panelId = `${props.spec.kind}-${record.id}`;
          return (
            <li key={record.id} class="workspace-record">
              {/* Focusable, so that a link elsewhere in the section can lead to the record (CouncilLinksPanel). */}
              <h3 class="utrecht-heading-3" id={`${panelId}-heading`} tabIndex={-1}>
                {titleOf(record) || kindName}
              </h3>
              {record.publication && (
                <p class="utrecht-paragraph">
                  <PublicationBadge
                    publication={record.publication}
                    pending={(record['pending'] as Pending | null)?.state ?? null}
                    text={text}
                  />
                </p>
              )}
              {typeof record['recipients'] === 'number' && (
                <p class="utrecht-paragraph">{fill(text.editor.sentTo, { count: record['recipients'] })}</p>
              )}
              {record.publication !== 'unpublished' && untranslatedFields(props.spec.kind, record).length > 0 && (
                <p class="utrecht-paragraph workspace-untranslated">
                  {translationWorkspaceText(locale).missingFields(untranslatedFields(props.spec.kind, record).length)}
                </p>
              )}
              <button
                type="button"
                class="utrecht-button utrecht-button--secondary-action"
                aria-expanded={open === record.id}
                aria-controls={panelId}
                // The visible word first, then which record: "Bewerken: <titel>" (label in name, WCAG 2.5.3).
                aria-label={`${open === record.id ? text.editor.close : text.editor.edit}: ${titleOf(record) || kindName}`}
                onClick={() => toggle(record.id)}
              >
                {open === record.id ? text.editor.close : text.editor.edit}
              </button>
              {open === record.id && (
                <div id={panelId} key={String(record.updated_at)}>
                  {props.render(record, panelId)}
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}

/**
 * A promise's public history, its status change waiting for approval (with the actions on it), and the form
 * that asks for a new status.
 */
function PromiseHistory(props: {
  promise: StaffRecord;
  projectId: string;
  role: StaffProject['organisation']['role'];
  reload: () => Promise<void>;
  idPrefix: string;
}) {
  const { promise, projectId, reload, idPrefix } = props;
  const { text, labels, locale } = useWorkspace();
  const history = Array.isArray(promise['history']) ? (promise['history'] as Array<Record<string, string | null>>) : [];
  const status = typeof promise['status'] === 'string' ? promise['status'] : 'open';
  const pending = (promise['pending_status'] ?? null) as PendingStatus | null;
  const isPublic = promise.publication === 'published';
  return (
    <div class="workspace-history">
      <p class="utrecht-paragraph">
        {text.editor.currentStatus}: <strong>{enumLabel(labels, text, 'promiseStatus', status)}</strong>
      </p>
      <h4 class="utrecht-heading-4">{text.editor.history}</h4>
      <ol class="workspace-history__list">
        {history.map((entry) => (
          <li key={entry['id'] ?? ''}>
            {fill(text.editor.historyEntry, {
              status: enumLabel(labels, text, 'promiseStatus', entry['status'] ?? ''),
              date: formatWhen(locale, entry['changed_at']),
              who: entry['changed_by'] ?? '',
            })}
            {entry['explanation'] && <p class="utrecht-paragraph">{entry['explanation']}</p>}
          </li>
        ))}
      </ol>
      {pending && (
        <div class="utrecht-alert utrecht-alert--info">
          <p class="utrecht-paragraph">
            <strong>{fill(text.status.pending, { status: enumLabel(labels, text, 'promiseStatus', pending.status) })}</strong> (
            {text.publication[pending.state]})
          </p>
          {pending.explanation && <p class="utrecht-paragraph">{pending.explanation}</p>}
          {pending.state === 'draft' && pending.returned_reason && (
            <p class="utrecht-paragraph">{fill(text.form.returned, { reason: pending.returned_reason })}</p>
          )}
          <WorkflowActions
            kind="promise_status"
            id={promise.id}
            projectId={projectId}
            actions={actionsFor({ role: props.role, publication: pending.state, hasPendingChange: false, mayApprove: pending.may_approve })}
            note={
              pending.i_wrote && pending.state === 'awaiting_approval'
                ? pending.may_approve
                  ? text.actions.selfAllowed
                  : text.actions.selfApproval
                : null
            }
            idPrefix={`${idPrefix}-pending`}
            onDone={reload}
          />
        </div>
      )}
      <h4 class="utrecht-heading-4">{text.editor.changeStatus}</h4>
      {isPublic ? (
        <>
          <p class="workspace-field-help">{text.status.pendingHelp}</p>
          <RecordForm
            spec={promiseStatusForm}
            record={null}
            scope={{ projectId, scopeId: projectId }}
            references={{}}
            extra={{ promise_id: promise.id }}
            idPrefix={idPrefix}
            submitLabel={text.editor.changeStatus}
            onSaved={reload}
            onReload={reload}
          />
        </>
      ) : (
        <p class="utrecht-paragraph">{text.status.notPublic}</p>
      )}
    </div>
  );
}

function PeopleSection({
  project,
  refs,
  reload,
}: {
  project: StaffProject;
  refs: Record<string, ReferenceOption[]>;
  reload: () => Promise<void>;
}) {
  const { text, labels, locale } = useWorkspace();
  const projectId = project.project.id;
  const organisationId = project.organisation.id;
  const personName = (id: string) => refs['person']?.find((person) => person.id === id)?.label ?? id;
  return (
    <>
      <h3 class="utrecht-heading-3">{text.editor.assignments}</h3>
      <ul class="workspace-records">
        {project.assignments.map((assignment) => (
          <li class="workspace-record" key={assignment.id}>
            <p class="utrecht-paragraph">
              {enumLabel(labels, text, 'personRole', assignment.role)}: {personName(assignment.person_id)} (
              {fill(text.editor.sinceDate, { date: formatWhen(locale, assignment.since) })}
              {typeof assignment['until'] === 'string' &&
                `, ${fill(text.editor.untilDate, { date: formatWhen(locale, assignment['until']) })}`}
              ) {assignment.publication && <PublicationBadge publication={assignment.publication} text={text} />}
            </p>
            {assignment.publication && (
              <WorkflowActions
                kind="assignment"
                id={assignment.id}
                projectId={projectId}
                actions={actionsFor({
                  role: project.organisation.role,
                  publication: assignment.publication,
                  hasPendingChange: false,
                  mayApprove: assignment.may_approve,
                }).filter((action) => action !== 'save')}
                note={
                  assignment.i_wrote && project.organisation.role !== 'editor' && assignment.publication === 'awaiting_approval'
                    ? assignment.may_approve
                      ? text.actions.selfAllowed
                      : text.actions.selfApproval
                    : null
                }
                idPrefix={`assignment-${assignment.id}`}
                onDone={reload}
              />
            )}
          </li>
        ))}
      </ul>
      <h3 class="utrecht-heading-3">{text.editor.assign}</h3>
      <RecordForm
        spec={assignmentForm}
        record={null}
        scope={{ projectId, scopeId: projectId }}
        references={refs}
        idPrefix="assign"
        submitLabel={text.editor.assign}
        onSaved={reload}
        onReload={reload}
      />
      <h3 class="utrecht-heading-3">{text.editor.peopleOfOrganisation}</h3>
      <RecordList
        spec={personForm}
        records={project.people}
        render={(record, idPrefix) => (
          <RecordForm
            spec={personForm}
            record={record}
            scope={{ organisationId, scopeId: organisationId }}
            references={refs}
            idPrefix={idPrefix}
            role={project.organisation.role}
            onSaved={reload}
            onReload={reload}
          />
        )}
        renderNew={(idPrefix, close) => (
          <RecordForm
            spec={personForm}
            record={null}
            scope={{ organisationId, scopeId: organisationId }}
            references={refs}
            idPrefix={idPrefix}
            onSaved={async () => {
              close();
              await reload();
            }}
          />
        )}
      />
    </>
  );
}
