import { projectForm } from '../../lib/workspace/forms/index.ts';
import { hashFor } from '../../lib/workspace/routes.ts';
import { useViewTitle, useWorkspace } from './context.ts';
import { RecordForm } from './RecordForm.tsx';

/** A new project: it starts as a draft of the chosen organisation. */
export function NewProjectView() {
  const { workspace, text, reloadWorkspace, headingRef } = useWorkspace();
  useViewTitle(text.projects.newProjectTitle);
  const organisations = workspace.memberships.map((membership) => ({ id: membership.organisation_id, label: membership.name }));
  const first = organisations[0];
  return (
    <>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="#/">
          {text.editor.back}
        </a>
      </p>
      <h1 class="utrecht-heading-1" tabIndex={-1} ref={headingRef}>
        {text.projects.newProjectTitle}
      </h1>
      {first && (
        <RecordForm
          spec={projectForm}
          record={null}
          scope={{ organisationId: first.id, scopeId: 'new-project' }}
          references={{ organisation: organisations, phase: [], person: [] }}
          defaults={{ organisation_id: first.id, status: 'planned', council_role: 'geen' }}
          idPrefix="new-project"
          onSaved={async (saved) => {
            await reloadWorkspace();
            const id = typeof saved?.['id'] === 'string' ? saved['id'] : null;
            window.location.hash = id ? hashFor({ view: 'project', projectId: id, section: 'basics' }) : '#/';
          }}
        />
      )}
    </>
  );
}
