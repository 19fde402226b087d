import { useEffect, useState } from 'preact/hooks';
import { fill } from '../../i18n/fill.ts';
import type { StaffError } from '../../lib/workspace/errors.ts';
import { followerGroupRows, projectGroupsOf, type FollowerCounts } from '../../lib/workspace/followers.ts';
import { hashFor } from '../../lib/workspace/routes.ts';
import type { StaffProject } from '../../lib/workspace/schemas.ts';
import { enumLabel, useWorkspace } from './context.ts';

/**
 * Who follows the project, as numbers only (public.follower_counts answers no address), and per group: the
 * project's own groups and gaps next to the names residents typed, so staff see which groups are missing.
 * Group names typed by residents are untrusted: they are only ever rendered as text.
 */
export function FollowersSection({ project }: { project: StaffProject }) {
  const { api, run, text, locale, labels } = useWorkspace();
  const [counts, setCounts] = useState<FollowerCounts | null>(null);
  const [error, setError] = useState<StaffError | null>(null);
  const [busy, setBusy] = useState(true);
  const projectId = project.project.id;
  const t = text.followers;

  const load = async () => {
    setBusy(true);
    const answer = await run(() => api.followerCounts(projectId));
    setBusy(false);
    if (answer.ok) {
      setCounts(answer.data);
      setError(null);
    } else setError(answer.error);
  };
  useEffect(() => {
    void load();
  }, [projectId]);

  if (error) {
    return (
      <div class="utrecht-alert utrecht-alert--error" role="alert">
        <p class="utrecht-paragraph">
          <strong>{t.loadFailed}</strong> {error.message}
        </p>
        <button type="button" class="utrecht-button utrecht-button--secondary-action" disabled={busy} onClick={() => void load()}>
          {text.editor.retry}
        </button>
      </div>
    );
  }
  if (!counts) return <p class="utrecht-paragraph">{t.loading}</p>;

  const number = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL');
  const projectGroups = projectGroupsOf(project.groups);
  const rows = followerGroupRows(counts.groups, projectGroups);
  const missing = rows.filter((row) => row.missing).length;

  return (
    <>
      <p class="utrecht-paragraph">{t.intro}</p>
      <h3 class="utrecht-heading-3">{t.totals}</h3>
      <dl class="workspace-facts workspace-followers__totals">
        <dt>{t.confirmed}</dt>
        <dd>{number.format(counts.confirmed)}</dd>
        <dt>{t.pending}</dt>
        <dd>
          {number.format(counts.pending)} ({t.pendingHelp})
        </dd>
        <dt>{t.participate}</dt>
        <dd>
          {number.format(counts.participate)} ({t.participateHelp})
        </dd>
        <dt>{fill(t.allProjects, { organisation: project.organisation.name })}</dt>
        <dd>{number.format(counts.all_projects_confirmed)}</dd>
      </dl>

      <h3 class="utrecht-heading-3">{t.groupsTitle}</h3>
      <p class="utrecht-paragraph">{t.groupsIntro}</p>
      {projectGroups.length === 0 ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={hashFor({ view: 'project', projectId, section: 'groups' })}>
            {t.noProjectGroups}
          </a>
        </p>
      ) : (
        <p class="utrecht-paragraph">
          <strong>
            {missing > 0
              ? fill(t.missingSummary, { count: number.format(missing), total: number.format(projectGroups.length) })
              : t.noneMissing}
          </strong>
        </p>
      )}
      {rows.length === 0 ? (
        <p class="utrecht-paragraph">{t.noGroups}</p>
      ) : (
        <table class="utrecht-table workspace-table">
          <caption class="utrecht-table__caption">{t.caption}</caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">
                {t.columns.group}
              </th>
              <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                {t.columns.confirmed}
              </th>
              <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                {t.columns.pending}
              </th>
              <th class="utrecht-table__header-cell" scope="col">
                {t.columns.status}
              </th>
              <th class="utrecht-table__header-cell" scope="col">
                {t.columns.note}
              </th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {rows.map((row, index) => (
              <tr class="utrecht-table__row" key={`${index}-${row.name}`}>
                <th class="utrecht-table__header-cell" scope="row">
                  {row.name}
                </th>
                <td class="utrecht-table__cell utrecht-table__cell--numeric">{number.format(row.confirmed)}</td>
                <td class="utrecht-table__cell utrecht-table__cell--numeric">{number.format(row.pending)}</td>
                <td class="utrecht-table__cell">{row.status ? enumLabel(labels, text, 'groupStatus', row.status) : t.residentsOnly}</td>
                <td class="utrecht-table__cell">{row.missing && <strong>{t.missing}</strong>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
