import { fill } from '../../i18n/fill.ts';
import { hashFor } from '../../lib/workspace/routes.ts';
import { enumLabel, useViewTitle, useWorkspace } from './context.ts';
import { PublicationBadge } from './PublicationBadge.tsx';

/** My projects, per organisation, with what is waiting: drafts and records awaiting approval. */
export function ProjectsView() {
  const { workspace, text, labels, headingRef } = useWorkspace();
  useViewTitle(text.projects.title);
  return (
    <>
      <h1 class="utrecht-heading-1" tabIndex={-1} ref={headingRef}>
        {text.projects.title}
      </h1>
      {workspace.memberships.length > 0 && (
        <p class="utrecht-paragraph">
          <a class="utrecht-button-link utrecht-button-link--primary-action workspace-button-link" href={hashFor({ view: 'new-project' })}>
            {text.projects.newProject}
          </a>
        </p>
      )}
      {workspace.memberships.map((membership) => {
        const projects = workspace.projects.filter((project) => project.organisation_id === membership.organisation_id);
        const headingId = `organisation-${membership.organisation_id}`;
        return (
          <section key={membership.organisation_id} aria-labelledby={headingId}>
            <h2 class="utrecht-heading-2" id={headingId}>
              {fill(text.projects.organisation, { organisation: membership.name })}
            </h2>
            {projects.length === 0 ? (
              <p class="utrecht-paragraph">{text.projects.none}</p>
            ) : (
              <table class="utrecht-table workspace-table">
                <thead class="utrecht-table__header">
                  <tr class="utrecht-table__row">
                    <th class="utrecht-table__header-cell" scope="col">
                      {text.projects.columns.title}
                    </th>
                    <th class="utrecht-table__header-cell" scope="col">
                      {text.projects.columns.status}
                    </th>
                    <th class="utrecht-table__header-cell" scope="col">
                      {text.projects.columns.publication}
                    </th>
                    <th class="utrecht-table__header-cell" scope="col">
                      {text.projects.columns.work}
                    </th>
                  </tr>
                </thead>
                <tbody class="utrecht-table__body">
                  {projects.map((project) => (
                    <tr class="utrecht-table__row" key={project.id}>
                      <th class="utrecht-table__header-cell" scope="row">
                        <a class="utrecht-link" href={hashFor({ view: 'project', projectId: project.id, section: 'basics' })}>
                          {project.title}
                        </a>
                      </th>
                      <td class="utrecht-table__cell">{enumLabel(labels, text, 'projectStatus', project.status)}</td>
                      <td class="utrecht-table__cell">
                        <PublicationBadge publication={project.publication} text={text} />
                      </td>
                      <td class="utrecht-table__cell">
                        {fill(text.projects.drafts, { count: project.counts.draft })},{' '}
                        {fill(text.projects.awaiting, { count: project.counts.awaiting_approval })}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        );
      })}
    </>
  );
}
