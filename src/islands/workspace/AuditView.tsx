import { useEffect, useState } from 'preact/hooks';
import { changedFields, fieldLabel, tableLabel } from '../../lib/workspace/audit.ts';
import type { StaffError } from '../../lib/workspace/errors.ts';
import type { AuditEntry } from '../../lib/workspace/schemas.ts';
import { formatWhen, useViewTitle, useWorkspace } from './context.ts';
import { OrganisationPicker } from './OrganisationPicker.tsx';

const pageSize = 50;

/** The audit log of an organisation (admins only): who changed what when, with before → after. */
export function AuditView() {
  const { workspace, api, run, text, locale, headingRef } = useWorkspace();
  useViewTitle(text.audit.title);
  const organisations = workspace.memberships.filter((membership) => membership.role === 'admin');
  const [organisationId, setOrganisationId] = useState(organisations[0]?.organisation_id ?? '');
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [more, setMore] = useState(false);
  const [error, setError] = useState<StaffError | null>(null);
  const [busy, setBusy] = useState(false);

  const load = async (before?: string) => {
    if (!organisationId) return;
    setBusy(true);
    const answer = await run(() =>
      api.auditLog({ organisation_id: organisationId, limit: pageSize, ...(before ? { before_id: before } : {}) }),
    );
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    setError(null);
    setEntries((current) => (before ? [...current, ...answer.data] : answer.data));
    setMore(answer.data.length === pageSize);
  };
  useEffect(() => {
    void load();
  }, [organisationId]);

  return (
    <>
      <h1 class="utrecht-heading-1" tabIndex={-1} ref={headingRef}>
        {text.audit.title}
      </h1>
      {organisations.length === 0 ? (
        <p class="utrecht-paragraph">{text.notAllowed}</p>
      ) : (
        <>
          <p class="utrecht-paragraph">{text.audit.intro}</p>
          <OrganisationPicker organisations={organisations} value={organisationId} onChange={setOrganisationId} id="audit-organisation" />
          {error && (
            <div class="utrecht-alert utrecht-alert--error" role="alert">
              <p class="utrecht-paragraph">{error.message}</p>
            </div>
          )}
          {entries.length === 0 && !busy && !error && <p class="utrecht-paragraph">{text.audit.none}</p>}
          <ol class="workspace-records">
            {entries.map((entry) => {
              const changes = changedFields(entry.before, entry.after);
              return (
                <li class="workspace-record" key={entry.id}>
                  <p class="utrecht-paragraph">
                    <strong>{text.audit.actions[entry.action]}</strong>: {tableLabel(entry.table_name, locale)}
                    {entry.record_id ? ` (${entry.record_id.slice(0, 8)})` : ''}
                  </p>
                  <dl class="workspace-facts">
                    <dt>{text.audit.who}</dt>
                    <dd>{entry.actor_email ?? text.audit.unknownActor}</dd>
                    <dt>{text.audit.when}</dt>
                    <dd>{formatWhen(locale, entry.at)}</dd>
                  </dl>
                  {changes.length > 0 && (
                    <table class="utrecht-table workspace-table">
                      <caption class="workspace-visually-hidden">{text.audit.changes}</caption>
                      <tbody class="utrecht-table__body">
                        {changes.map((change) => (
                          <tr class="utrecht-table__row" key={change.field}>
                            <th class="utrecht-table__header-cell" scope="row">
                              {fieldLabel(entry.table_name, change.field, locale)}
                            </th>
                            <td class="utrecht-table__cell">
                              {entry.action === 'update' ? (
                                <>
                                  <del>{change.before}</del> → <ins>{change.after}</ins>
                                </>
                              ) : (
                                change.after || change.before
                              )}
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  )}
                </li>
              );
            })}
          </ol>
          {more && (
            <button
              type="button"
              class="utrecht-button utrecht-button--secondary-action"
              disabled={busy}
              onClick={() => void load(entries[entries.length - 1]?.id)}
            >
              {text.audit.loadMore}
            </button>
          )}
        </>
      )}
    </>
  );
}
